package cn.kaoping.jurisdiction;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The registry of jurisdictions: province → city → county → township, and organisations. */
@Path("jurisdictions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class JurisdictionResource {

    @Inject
    JurisdictionRegistry registry;

    /** The whole registry as a forest: the roots, each with its children, ordered by code. */
    @GET
    public List<JurisdictionNode> tree() {
        return registry.tree();
    }

    @GET
    @Path("{code}")
    public JurisdictionView get(@PathParam("code") String code) {
        return registry.get(code);
    }

    /**
     * Establishes a jurisdiction below {@code code}: 201 with its location. For operators and the
     * platform admins of a tenant at or above {@code code}.
     */
    @POST
    @Path("{code}/children")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Established",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurisdictionView.class)))
    @APIResponse(responseCode = "409", description = "A jurisdiction with this code exists already")
    public Response establishChild(@PathParam("code") String code, NewJurisdiction request,
                                   @Context UriInfo uri) {
        if (request == null) {
            throw new DomainException.Invalid("body", "must be a JSON object with code, name and level");
        }
        JurisdictionView created = registry.establishChild(code, request);
        return Response.created(uri.getBaseUriBuilder().path(JurisdictionResource.class).path(created.code()).build())
                .entity(created)
                .build();
    }
}
