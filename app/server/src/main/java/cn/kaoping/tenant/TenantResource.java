package cn.kaoping.tenant;

import cn.kaoping.audit.AuditEvent;
import cn.kaoping.platform.persistence.TenancyCache;
import cn.kaoping.platform.persistence.TenancyChanges;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.web.TenantRoles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One tenant, for those who may see it: its members while it is active, the admins above always.
 * The {@code {tenant}} is resolved and checked before any method runs (see
 * {@link cn.kaoping.platform.web.TenantPathFilter}). Stateless, so one instance serves every
 * request: a request-scoped resource was created and injected anew for each one.
 */
@Path("tenants/{tenant}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MEMBER)
public class TenantResource {

    @Inject
    TenantService tenant;
    @Inject
    ProvisioningService provisioning;
    @Inject
    CurrentTenant current;
    @Inject
    TenancyChanges changes;

    /**
     * Views kept until a jurisdiction, tenant or scheme version changes: a view is the same for
     * everyone who may see the tenant (checked before, on every request), and the tenancy tables
     * change far less often than pages ask for the tenant.
     */
    private TenancyCache<TenantView> views;

    @PostConstruct
    void keepViews() {
        views = new TenancyCache<>(changes::generation, view -> true);
    }

    @GET
    public TenantView get() {
        return views.get(current.code(), tenant::view);
    }

    /** What was done in the tenant, newest first: for its scheme and platform admins. */
    @GET
    @Path("audit")
    @TenantRoles({Role.SCHEME_ADMIN, Role.PLATFORM_ADMIN})
    public List<AuditEntry> audit() {
        return tenant.auditEvents().stream().map(AuditEntry::of).toList();
    }

    /** Archives the tenant: its users lose access, the admins above keep reading its data. */
    @POST
    @Path("archive")
    @TenantRoles(Role.ADMIN_ABOVE)
    public TenantView archive() {
        tenant.archive();
        return tenant.view();
    }

    /**
     * A new one-time password for one of the tenant's scheme admins: the way back when the answer
     * to provisioning, which carried the first one, was lost. For the admins above the tenant.
     */
    @POST
    @Path("admins/{username}/temporary-password")
    @TenantRoles(Role.ADMIN_ABOVE)
    public ProvisionedTenant.AdminAccount newTemporaryPassword(@PathParam("username") String username) {
        ProvisionedTenant.AdminAccount account = provisioning.newTemporaryPassword(current.code(), username);
        tenant.recordTemporaryPassword(username);
        return account;
    }

    /** An audit trail entry as the API shows it. */
    public record AuditEntry(OffsetDateTime at, String actor, String actorSubject, String action, String detail,
                             Optional<String> before, Optional<String> after) {
        static AuditEntry of(AuditEvent e) {
            return new AuditEntry(e.at(), e.actorName(), e.actorSubject(), e.action(), e.detail(), e.before(), e.after());
        }
    }
}
