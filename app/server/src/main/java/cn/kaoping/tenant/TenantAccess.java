package cn.kaoping.tenant;

import cn.kaoping.jurisdiction.Jurisdiction;
import cn.kaoping.jurisdiction.Jurisdictions;
import cn.kaoping.security.Caller;
import cn.kaoping.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and do what in which tenant. A tenant is visible to its members while it is active,
 * to the platform admins of the tenants above it (also once archived) and to operators; to anyone
 * else it does not exist (404). A visible tenant refuses a caller without the needed role (403).
 */
@RequestScoped
@Transactional
public class TenantAccess {

    @Inject
    Caller caller;
    @Inject
    Tenants tenants;
    @Inject
    Jurisdictions jurisdictions;

    /** The tenant, if the caller may see it; else 404 as if it did not exist. */
    public Tenant visible(String code) {
        return tenants.byCode(code).filter(this::canSee).orElseThrow(() -> notFound(code));
    }

    /** Whether the tenant exists and the caller may see it. */
    public boolean canSee(String code) {
        return tenants.byCode(code).map(this::canSee).orElse(false);
    }

    private boolean canSee(Tenant tenant) {
        return caller.isOperator()
                || (tenant.isActive() && !caller.rolesIn(tenant.code()).isEmpty())
                || administersFromAbove(tenant.code());
    }

    /**
     * The tenant, if the caller holds one of {@code roles} in it. The platform admins of the
     * tenants above count as its platform admins and viewers.
     */
    public Tenant require(String code, String... roles) {
        Tenant tenant = visible(code);
        Set<String> needed = Set.copyOf(Arrays.asList(roles));
        boolean holds = tenant.isActive() && caller.rolesIn(code).stream().anyMatch(needed::contains);
        boolean fromAbove = (needed.contains(Role.PLATFORM_ADMIN) || needed.contains(Role.VIEWER))
                && administersFromAbove(code);
        if (caller.isOperator() || holds || fromAbove) {
            return tenant;
        }
        throw new ForbiddenException("Your roles in tenant '" + code + "' do not allow this request.");
    }

    /**
     * Whether the caller may establish jurisdictions and provision tenants below the
     * jurisdiction {@code code}: an operator, or a platform admin of an active tenant at or above it.
     */
    public boolean administersSubtreeOf(String jurisdictionCode) {
        return caller.isOperator() || adminTenantAtOrAbove(jurisdictionCode, true).isPresent();
    }

    /**
     * The tenant, if the caller administers it from above: a platform admin of a tenant above it,
     * or an operator (archiving is not for the tenant's own admins).
     */
    public Tenant requireAdministeredFromAbove(String code) {
        Tenant tenant = visible(code);
        if (caller.isOperator() || administersFromAbove(code)) {
            return tenant;
        }
        throw new ForbiddenException("Only the platform admins of a tenant above '" + code + "' may do this.");
    }

    /** Whether the caller is a platform admin of an active tenant strictly above tenant {@code code}. */
    private boolean administersFromAbove(String code) {
        return adminTenantAtOrAbove(code, false).isPresent();
    }

    private Optional<String> adminTenantAtOrAbove(String jurisdictionCode, boolean includingItself) {
        Optional<Jurisdiction> j = jurisdictions.byCode(jurisdictionCode);
        if (!includingItself) {
            j = j.flatMap(Jurisdiction::parent);
        }
        for (; j.isPresent(); j = j.get().parent()) {
            String code = j.get().code();
            if (caller.rolesIn(code).contains(Role.PLATFORM_ADMIN)
                    && tenants.byCode(code).map(Tenant::isActive).orElse(false)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("No tenant '" + code + "'.");
    }
}
