package cn.kaoping.platform.security;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Who may see which tenant, and with which roles. A tenant is visible to its members while it is
 * active, to the platform admins of the tenants above it (also once archived) and to operators;
 * to anyone else it does not exist. Platform admins of a tenant above hold, in it, the roles
 * platform admin, viewer and {@link Role#ADMIN_ABOVE}; an operator holds every role.
 *
 * <p>One query per jurisdiction asked about (its chain of ancestors with their tenants), made once
 * per request: the filter of {@code {tenant}} paths and the services share the answer.
 */
@RequestScoped
public class TenantAccess {

    /** The jurisdiction, its ancestors (nearest first) and, where one is a tenant, its status. */
    private static final String CHAIN = """
            WITH RECURSIVE up (id, parent_id, code, name, depth) AS (
                SELECT id, parent_id, code, name, 0 FROM jurisdiction WHERE code = ?
                UNION ALL
                SELECT j.id, j.parent_id, j.code, j.name, up.depth + 1 FROM jurisdiction j JOIN up ON j.id = up.parent_id)
            SELECT up.code, up.name, t.status FROM up LEFT JOIN tenant t ON t.code = up.code ORDER BY up.depth""";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;
    @Inject
    Caller caller;

    private final Map<String, List<Link>> chains = new HashMap<>();

    /** One jurisdiction of a chain: code, name, and its tenant's status when it is a tenant. */
    private record Link(String code, String name, Optional<String> tenantStatus) {
        boolean activeTenant() {
            return tenantStatus.filter("ACTIVE"::equals).isPresent();
        }
    }

    /** The tenant as this caller may use it; {@link DomainException.NotFound} when the caller may not see it. */
    public AccessibleTenant visible(String code) {
        return find(code).orElseThrow(() -> new DomainException.NotFound("找不到租户 " + code + "，或你无权查看。"));
    }

    /** The tenant as this caller may use it, if it exists and the caller may see it. */
    public Optional<AccessibleTenant> find(String code) {
        List<Link> chain = chain(code);
        if (chain.isEmpty() || chain.get(0).tenantStatus().isEmpty()) {
            return Optional.empty();
        }
        Link self = chain.get(0);
        boolean active = self.activeTenant();
        Set<String> roles = new LinkedHashSet<>();
        if (caller.isOperator()) {
            roles.addAll(Role.TENANT_ROLES);
            roles.add(Role.ADMIN_ABOVE);
        }
        if (active) {
            roles.addAll(caller.rolesIn(code));
        }
        if (adminAbove(chain.subList(1, chain.size())).isPresent()) {
            roles.addAll(List.of(Role.PLATFORM_ADMIN, Role.VIEWER, Role.ADMIN_ABOVE));
        }
        boolean visible = caller.isOperator() || !roles.isEmpty();
        return visible ? Optional.of(new AccessibleTenant(code, self.name(), active, roles)) : Optional.empty();
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
        List<Link> known = chains.get(code);
        if (known != null) {
            return known;
        }
        List<Link> chain = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CHAIN)) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    chain.add(new Link(r.getString(1), r.getString(2), Optional.ofNullable(r.getString(3))));
                }
            }
        } catch (SQLException e) {
            throw new DomainException.Unavailable("数据库暂时不可用，请稍后再试。", Optional.empty(), e);
        }
        chains.put(code, List.copyOf(chain));
        return chain;
    }
}
