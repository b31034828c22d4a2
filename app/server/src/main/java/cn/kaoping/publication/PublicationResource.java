package cn.kaoping.publication;

import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * A cycle's publication (通报): the scheme admin publishes a decided cycle; the frozen ranking and
 * sheets are read here, never recomputed.
 */
@Path("tenants/{tenant}/cycles/{cycle}/publication")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class PublicationResource {

    @Inject
    PublicationService publications;

    /** Publishes the decided cycle: freezes its ranking and every unit's sheet. */
    @POST
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "201", description = "Published: cycle, publishedBy, publishedAt, schemeHash, results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "409", description = "Not decided yet, or published already")
    public Response publish(@PathParam("cycle") String cycle) {
        return Response.status(Response.Status.CREATED).entity(publications.publish(cycle)).build();
    }

    /** The published ranking: totals, ranks, grades, awards, consequences and notes, as published. */
    @GET
    @TenantRoles({Role.VIEWER, Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER})
    @APIResponse(responseCode = "200", description = "cycle, publishedBy, publishedAt, schemeHash, results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationView.class)))
    public Response ranking(@PathParam("cycle") String cycle) {
        return Response.ok(publications.ranking(cycle)).build();
    }

    /** One unit's sheet as published (a unit reporter: its own). */
    @GET
    @Path("units/{unit}")
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN, Role.APPROVER, Role.UNIT_REPORTER})
    @APIResponse(responseCode = "200", description = "The sheet as GET …/results/units/{unit} gave it when published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response sheet(@PathParam("cycle") String cycle, @PathParam("unit") String unit) {
        return Response.ok(publications.sheet(cycle, unit), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
