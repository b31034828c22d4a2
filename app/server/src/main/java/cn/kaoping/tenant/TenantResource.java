package cn.kaoping.tenant;

import cn.kaoping.api.InvalidInputException;
import cn.kaoping.audit.Actor;
import cn.kaoping.audit.AuditEvent;
import cn.kaoping.jurisdiction.Jurisdiction;
import cn.kaoping.jurisdiction.Jurisdictions;
import cn.kaoping.security.Caller;
import cn.kaoping.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Tenants: provisioning by a platform admin of the subtree, reading by members and the admins
 * above, archiving by the admins above. Another tenant's resources answer 404; a missing role 403.
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class TenantResource {

    @Inject
    ProvisioningService provisioning;
    @Inject
    TenantRecords records;
    @Inject
    TenantAccess access;
    @Inject
    Caller caller;
    @Inject
    Jurisdictions jurisdictions;
    @Inject
    FailureInjection failures;

    /**
     * Provisions a tenant: 201 when created, 200 when the same request was done before.
     * The caller must be a platform admin of a tenant above the new one (or an operator).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response provision(ProvisionTenant request, @HeaderParam("Idempotency-Key") String idempotencyKey,
                              @HeaderParam(FailureInjection.HEADER) String failAfter, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "must be a JSON object: code, name, level, parent, template, year, admin");
        }
        Optional<String> anchor = Optional.ofNullable(request.parent())
                .or(() -> jurisdictions.byCode(request.code()).flatMap(Jurisdiction::parent).map(Jurisdiction::code));
        boolean allowed = anchor.map(access::administersSubtreeOf).orElse(caller.isOperator());
        if (!allowed) {
            throw new ForbiddenException("Only a platform admin of a tenant above '" + request.code() + "' may provision it.");
        }
        Optional<String> templateSource = request.templateRequested()
                .filter(t -> t.tenant() != null)
                .map(t -> {
                    access.visible(t.tenant());
                    return records.schemeDocument(t.tenant(), t.scheme())
                            .orElseThrow(() -> new InvalidInputException("template.scheme",
                                    "tenant '" + t.tenant() + "' has no scheme '" + t.scheme() + "'"));
                });
        ProvisioningService.Outcome outcome = provisioning.provision(request,
                Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()), actor(), templateSource,
                failures.requested(failAfter));
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(request.code()).build())
                : Response.ok();
        return response.entity(outcome.tenant()).build();
    }

    /** The tenants the caller may see, ordered by code. */
    @GET
    public List<TenantView> list() {
        return records.all().stream().filter(t -> access.canSee(t.code())).toList();
    }

    @GET
    @Path("{code}")
    public TenantView get(@PathParam("code") String code) {
        access.visible(code);
        return records.view(code, true).orElseThrow();
    }

    /** The document of one of the tenant's schemes. */
    @GET
    @Path("{code}/schemes/{scheme}")
    public Response scheme(@PathParam("code") String code, @PathParam("scheme") String scheme) {
        access.visible(code);
        return Response.ok(records.schemeDocument(code, scheme)
                .orElseThrow(() -> new NotFoundException("Tenant '" + code + "' has no scheme '" + scheme + "'.")))
                .build();
    }

    /** What was done in the tenant, newest first: for its scheme and platform admins. */
    @GET
    @Path("{code}/audit")
    public List<AuditEntry> audit(@PathParam("code") String code) {
        access.require(code, Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN);
        return records.auditEvents(code).stream().map(AuditEntry::of).toList();
    }

    /** Archives the tenant: its users lose access, the admins above keep reading its data. */
    @POST
    @Path("{code}/archive")
    public TenantView archive(@PathParam("code") String code) {
        access.requireAdministeredFromAbove(code);
        records.archive(code, actor());
        return records.view(code, true).orElseThrow();
    }

    private Actor actor() {
        return new Actor(caller.subject(), caller.displayName());
    }

    /** An audit trail entry as the API shows it. */
    public record AuditEntry(OffsetDateTime at, String actor, String action, String detail) {
        static AuditEntry of(AuditEvent e) {
            return new AuditEntry(e.at(), e.actorName(), e.action(), e.detail());
        }
    }
}
