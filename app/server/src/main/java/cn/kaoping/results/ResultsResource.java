package cn.kaoping.results;

import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A cycle's live results, as the engine computes them from the stored facts: the standings (for
 * the scheme admin, approvers, assessors), a unit's sheet explained down to the facts (a unit
 * reporter: its own units), and who is behind.
 */
@Path("tenants/{tenant}/cycles/{cycle}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class ResultsResource {

    @Inject
    ResultsService results;

    /** Totals, part totals, ranks within series, grades, awards and consequences of every unit. */
    @GET
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.ASSESSOR})
    public CycleResults results(@PathParam("cycle") String cycle) {
        return results.results(cycle);
    }

    /** One unit's sheet (考核表): its result with every figure explained, and the facts behind them. */
    @GET
    @Path("units/{unit}")
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.ASSESSOR, Role.UNIT_REPORTER})
    @APIResponse(responseCode = "200", description = "cycle, scheme, unit (as kaoping-cli evaluate --json writes a unit), facts by label",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response sheet(@PathParam("cycle") String cycle, @PathParam("unit") String unit) {
        return Response.ok(results.sheet(cycle, unit), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Per agency and per unit: the indicators with no entry yet. */
    @GET
    @Path("progress")
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.ASSESSOR})
    public Progress progress(@PathParam("cycle") String cycle) {
        return results.progress(cycle);
    }
}
