package cn.kaoping.selfassessment;

import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.Preconditions;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A unit's self-assessment (自评) in a cycle: its reporters fill it in and submit it; the scheme
 * admin or an approver returns it. Its ETag is its revision.
 */
@Path("tenants/{tenant}/cycles/{cycle}/self-assessments/{unit}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class SelfAssessmentResource {

    @Inject
    SelfAssessmentService selfAssessments;

    /** The unit's self-assessment (a unit reporter: its own units only). */
    @GET
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.ASSESSOR, Role.UNIT_REPORTER})
    @APIResponse(responseCode = "200", description = "The self-assessment; ETag: its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessmentView.class)))
    public Response view(@PathParam("cycle") String cycle, @PathParam("unit") String unit) {
        return tagged(selfAssessments.view(cycle, unit));
    }

    /** Sets one indicator's 自评分 and reason ({@code If-Match}: the revision read); 409 once submitted. */
    @PUT
    @Path("items/{indicator}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.UNIT_REPORTER)
    @APIResponse(responseCode = "200", description = "The self-assessment with the item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessmentView.class)))
    @APIResponse(responseCode = "409", description = "Submitted (read-only until returned), changed meanwhile, or the window is closed")
    public Response put(@PathParam("cycle") String cycle, @PathParam("unit") String unit,
                        @PathParam("indicator") String indicator, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        ItemInput input) {
        return tagged(selfAssessments.put(cycle, unit, indicator, input, Preconditions.ifMatchVersion(ifMatch)));
    }

    /** Submits the self-assessment: read-only for the unit from then on, unless returned. */
    @POST
    @Path("submission")
    @TenantRoles(Role.UNIT_REPORTER)
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessmentView.class)))
    public Response submit(@PathParam("cycle") String cycle, @PathParam("unit") String unit,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(selfAssessments.submit(cycle, unit, Preconditions.ifMatchVersion(ifMatch)));
    }

    /** Returns a submitted self-assessment to the unit with the reason (退回). */
    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.SCHEME_ADMIN, Role.APPROVER})
    @APIResponse(responseCode = "200", description = "Returned: the unit may edit it again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfAssessmentView.class)))
    public Response giveBack(@PathParam("cycle") String cycle, @PathParam("unit") String unit,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReturnRequest request) {
        return tagged(selfAssessments.giveBack(cycle, unit, request, Preconditions.ifMatchVersion(ifMatch)));
    }

    private static Response tagged(SelfAssessmentView view) {
        return Response.ok(view).tag(Preconditions.versionTag(view.revision())).build();
    }
}
