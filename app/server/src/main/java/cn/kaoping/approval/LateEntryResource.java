package cn.kaoping.approval;

import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Late-entry exceptions (补录, tenant-schemes/FORMAT.md §6.1): every member sees them; the scheme
 * admin reopens one unit's (or one indicator's) entry past the window and the sign-offs.
 */
@Path("tenants/{tenant}/cycles/{cycle}/late-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class LateEntryResource {

    @Inject
    ApprovalService approvals;

    /** The late-entry exceptions (补录) of the cycle. */
    @GET
    public List<LateEntry.LateEntryView> lateEntries(@PathParam("cycle") String cycle) {
        return approvals.lateEntries(cycle);
    }

    /** Reopens one unit's (or one indicator's) entry past the window and the sign-offs, with a reason, until a day. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.SCHEME_ADMIN)
    @APIResponse(responseCode = "201", description = "Granted")
    public Response grantLateEntry(@PathParam("cycle") String cycle, NewLateEntry request) {
        return Response.status(Response.Status.CREATED).entity(approvals.grantLateEntry(cycle, request)).build();
    }
}
