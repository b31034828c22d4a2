package cn.kaoping.platform.security;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.security.JurisdictionChains.Link;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may see which tenant, and with which roles. A tenant is visible to its members while it is
 * active, to the platform admins of the tenants above it (also once archived) and to operators;
 * to anyone else it does not exist. Platform admins of a tenant above hold, in it, the roles
 * platform admin, viewer and {@link Role#ADMIN_ABOVE}; an operator holds every role. The scheme
 * admins of a tenant linked to a unit of its cycles (a county of a city's cycle) are that unit's
 * reporters ({@link LinkedUnits}).
 *
 * <p>One query per jurisdiction asked about (its chain of ancestors with their tenants), made once
 * per request: the filter of {@code {tenant}} paths and the services share the answer.
 */
@RequestScoped
public class TenantAccess {

    @Inject
    JurisdictionChains chains;
    @Inject
    Caller caller;
    @Inject
    LinkedUnits linkedUnits;

    private final Map<String, List<Link>> known = new HashMap<>();

    /** The tenant as this caller may use it; {@link DomainException.NotFound} when the caller may not see it. */
    public AccessibleTenant visible(String code) {
        return find(code).orElseThrow(() -> new DomainException.NotFound("找不到租户 " + InputCheck.echo(code) + "，或你无权查看。"));
    }

    /** The tenant as this caller may use it, if it exists and the caller may see it. */
    public Optional<AccessibleTenant> find(String code) {
        List<Link> chain = chain(code);
        if (chain.isEmpty() || chain.get(0).tenantStatus().isEmpty()) {
            return Optional.empty();
        }
        Link self = chain.get(0);
        Set<String> roles = new LinkedHashSet<>();
        if (caller.isOperator()) {
            roles.addAll(Role.TENANT_ROLES);
            roles.add(Role.ADMIN_ABOVE);
        }
        if (self.activeTenant()) {
            roles.addAll(caller.rolesIn(code));
        }
        if (adminAbove(chain.subList(1, chain.size())).isPresent()) {
            roles.addAll(List.of(Role.PLATFORM_ADMIN, Role.VIEWER, Role.ADMIN_ABOVE));
        }
        Set<String> linked = self.activeTenant() ? linkedUnits(code) : Set.of();
        if (!linked.isEmpty()) {
            roles.add(Role.UNIT_REPORTER);
        }
        // no role at all (an operator holds every one): the tenant does not exist for this caller
        return roles.isEmpty() ? Optional.empty() : Optional.of(new AccessibleTenant(code, self.name(), roles, linked));
    }

    /**
     * The units of {@code code}'s cycles linked to a tenant the caller is a scheme admin of (a county
     * of a city's cycle, seed 001): the caller reports for them. Asked only of callers who are
     * scheme admins of another tenant, from the token, so that other requests make no query for it.
     */
    private Set<String> linkedUnits(String code) {
        Set<String> units = new TreeSet<>();
        caller.tenantRoles().forEach((tenant, held) -> {
            if (!tenant.equals(code) && held.contains(Role.SCHEME_ADMIN)) {
                units.addAll(linkedUnits.of(code, tenant));
            }
        });
        return Set.copyOf(units);
    }

    /**
     * Whether the caller may establish jurisdictions and provision tenants below the jurisdiction
     * {@code code}: an operator, or a platform admin of an active tenant at or above it.
     */
    public boolean administersSubtreeOf(String jurisdictionCode) {
        return caller.isOperator() || adminAbove(chain(jurisdictionCode)).isPresent();
    }

    private Optional<Link> adminAbove(List<Link> links) {
        return links.stream()
                .filter(l -> l.activeTenant() && caller.rolesIn(l.code()).contains(Role.PLATFORM_ADMIN))
                .findFirst();
    }

    private List<Link> chain(String code) {
        return known.computeIfAbsent(code, chains::of);
    }
}
