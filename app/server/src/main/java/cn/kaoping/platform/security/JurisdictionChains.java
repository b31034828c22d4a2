package cn.kaoping.platform.security;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.persistence.DatabaseMigration;
import cn.kaoping.platform.persistence.TenancyCache;
import cn.kaoping.platform.persistence.TenancyChanges;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A jurisdiction's chain of ancestors with their tenants, read in one recursive query, for
 * {@link TenantAccess}, and kept until a jurisdiction or tenant changes ({@link TenancyCache}):
 * every request under {@code /api/tenants/{tenant}} asks for its tenant's chain, and chains change
 * only when a jurisdiction is established or a tenant provisioned or archived. Application-scoped so that the data source is
 * looked up once: injecting a {@code @Resource} into the request-scoped {@link TenantAccess} cost
 * a JNDI lookup (and a copy of the reference) on every request, a fifth of a tenant read.
 */
@ApplicationScoped
public class JurisdictionChains {

    /**
     * The jurisdiction, its ancestors (nearest first) and, where one is a tenant, its status: an
     * index look-up per level ({@code LATERAL … LIMIT 1} keeps the planner from hash-joining whole
     * tables, whose cost grows with the tenants there are).
     */
    private static final String CHAIN = """
            WITH RECURSIVE up (id, parent_id, code, name, depth) AS (
                SELECT id, parent_id, code, name, 0 FROM jurisdiction WHERE code = ?
                UNION ALL
                SELECT j.id, j.parent_id, j.code, j.name, up.depth + 1
                FROM up, LATERAL (SELECT id, parent_id, code, name FROM jurisdiction WHERE id = up.parent_id LIMIT 1) j)
            SELECT up.code, up.name, t.status
            FROM up LEFT JOIN LATERAL (SELECT status FROM tenant WHERE code = up.code LIMIT 1) t ON true
            ORDER BY up.depth""";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;
    @Inject
    TenancyChanges changes;

    /** Chains of jurisdictions that exist: a code that names none is looked up again when asked again. */
    private TenancyCache<List<Link>> kept;

    @PostConstruct
    void keep() {
        kept = new TenancyCache<>(changes::generation, chain -> !chain.isEmpty());
    }

    /** One jurisdiction of a chain: code, name, and its tenant's status when it is a tenant. */
    public record Link(String code, String name, Optional<String> tenantStatus) {
        public boolean activeTenant() {
            return tenantStatus.filter("ACTIVE"::equals).isPresent();
        }
    }

    /** The jurisdiction {@code code} and its ancestors, nearest first; empty when there is none. */
    public List<Link> of(String code) {
        return kept.get(code, () -> read(code));
    }

    private List<Link> read(String code) {
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
        return List.copyOf(chain);
    }
}
