package cn.kaoping.applications;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Bonus applications of a cycle (特别附加分申报): units apply; whoever enters facts of the rule
 * approves (the approval is a fact) or refuses. An application's ETag is its revision.
 */
@Path("tenants/{tenant}/cycles/{cycle}/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    /** A unit's application: 201. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.UNIT_REPORTER)
    @APIResponse(responseCode = "201", description = "Applied; pending",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response apply(@PathParam("cycle") String cycle, NewApplication request) {
        return tagged(Response.status(201), applications.apply(cycle, request));
    }

    /** The cycle's applications (a unit reporter: of its units). */
    @GET
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.ASSESSOR, Role.UNIT_REPORTER})
    public List<ApplicationView> list(@PathParam("cycle") String cycle) {
        return applications.list(cycle);
    }

    /** Approves with {@code amount} (最终赋分, for rules that take one): a fact is entered, linked to the application. */
    @POST
    @Path("{application}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.ASSESSOR, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "200", description = "Approved; fact names the fact made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "The engine refuses the fact (e.g. amount outside the rule's range); nothing kept")
    @APIResponse(responseCode = "409", description = "Decided already, or changed meanwhile (If-Match)")
    public Response approve(@PathParam("cycle") String cycle, @PathParam("application") long id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Decision decision) {
        return tagged(Response.ok(), applications.approve(cycle, id, decision, Preconditions.ifMatchVersion(ifMatch)));
    }

    /** Refuses with {@code reason}. */
    @POST
    @Path("{application}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.ASSESSOR, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "200", description = "Refused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Decided already, or changed meanwhile (If-Match)")
    public Response refuse(@PathParam("cycle") String cycle, @PathParam("application") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Decision decision) {
        return tagged(Response.ok(), applications.refuse(cycle, id, decision, Preconditions.ifMatchVersion(ifMatch)));
    }

    private static Response tagged(Response.ResponseBuilder response, ApplicationView view) {
        return response.entity(view).tag(Preconditions.versionTag(view.revision())).build();
    }
}
