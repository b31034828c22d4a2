package cn.kaoping.people;

import cn.kaoping.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import cn.kaoping.platform.web.TenantRoles;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Who does what in the tenant (人员安排): its scheme admins put people in places and remove them;
 * everyone reads their own places.
 */
@Path("tenants/{tenant}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class PeopleResource {

    @Inject
    PeopleService people;
    @Inject
    PeopleRecords records;

    /** Every assignment of the tenant. */
    @GET
    @TenantRoles(Role.SCHEME_ADMIN)
    public List<AssignmentView> list() {
        return records.list();
    }

    /** The answer of {@link #assign}: the assignment, and the temporary password of an account created for it. */
    public record Assigned(AssignmentView assignment, Optional<String> temporaryPassword) {
    }

    /**
     * Puts a person in a place, creating the Keycloak account when there is none (201 with its
     * temporary password, shown once); the same place again answers 200 with the assignment.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assigned.class)))
    @APIResponse(responseCode = "200", description = "The person holds the place already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assigned.class)))
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached; nothing was done")
    public Response assign(NewAssignment request) {
        PeopleService.Outcome outcome = people.assign(request);
        return Response.status(outcome.created() ? 201 : 200)
                .entity(new Assigned(outcome.assignment(), outcome.temporaryPassword())).build();
    }

    /** Removes a place; it takes effect on the holder's next request. */
    @DELETE
    @Path("{assignment}")
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    public AssignmentView remove(@PathParam("assignment") long id) {
        return people.remove(id);
    }

    /** The caller's own places in the tenant. */
    @GET
    @Path("mine")
    public List<Place> mine() {
        return records.mine();
    }
}
