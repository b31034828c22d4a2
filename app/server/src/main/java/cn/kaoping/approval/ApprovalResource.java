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
 * A cycle's approval chain (审批, tenant-schemes/FORMAT.md §6.1): everyone sees where each item
 * stands and who signed it when; approvers (and, where the scheme says so, scheme admins) sign
 * the items of their level, one or many at once, return an item of the level below with a
 * reason, and withdraw a sign-off of their level or a lower one. Refusals say why: 403 not your
 * level or agency, 409 signed already, lower level not signed yet, signed above, decided.
 * (Its path ends in {@code approvals}: a root resource at {@code cycles/{cycle}} would take every
 * request for a cycle from {@code CycleResource}, JAX-RS choosing one root resource per request.)
 */
@Path("tenants/{tenant}/cycles/{cycle}/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class ApprovalResource {

    @Inject
    ApprovalService approvals;

    /** The levels and every item's state, with the last action's who, when and why. */
    @GET
    public ChainView chain(@PathParam("cycle") String cycle) {
        return approvals.chain(cycle);
    }

    /** The items the caller signs, each with whether it can be signed now and what it waits for. */
    @GET
    @Path("queue")
    @TenantRoles({Role.APPROVER, Role.SCHEME_ADMIN})
    public ChainView queue(@PathParam("cycle") String cycle) {
        return approvals.queue(cycle);
    }

    /** Every approval, return and withdrawal of the cycle, oldest first. */
    @GET
    @Path("history")
    public List<ApprovalEntry.ActionView> history(@PathParam("cycle") String cycle) {
        return approvals.history(cycle);
    }

    /** Signs items of one level, all or none (批量签核); the last level's sign-off decides the cycle (审定). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.APPROVER, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "201", description = "Signed: the actions taken")
    @APIResponse(responseCode = "403", description = "Not the caller's level, agency or unit")
    @APIResponse(responseCode = "409", description = "Signed already, a lower level has not signed, the self-assessment is not submitted, or the cycle is decided")
    public Response approve(@PathParam("cycle") String cycle, SignOffs request) {
        return Response.status(Response.Status.CREATED).entity(approvals.approve(cycle, request)).build();
    }

    /** 退回: returns a sign-off of a lower level with its reason, reopening what it covers. */
    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.APPROVER, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "200", description = "Returned")
    public ApprovalEntry.ActionView giveBack(@PathParam("cycle") String cycle, ItemAction request) {
        return approvals.giveBack(cycle, request);
    }

    /** 撤销: withdraws a sign-off of the caller's level (same agency) or of a lower one, top down. */
    @POST
    @Path("revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({Role.APPROVER, Role.SCHEME_ADMIN})
    @APIResponse(responseCode = "200", description = "Withdrawn")
    public ApprovalEntry.ActionView revoke(@PathParam("cycle") String cycle, ItemAction request) {
        return approvals.revoke(cycle, request);
    }
}
