package cn.kaoping.tenant;

import cn.kaoping.jurisdiction.JurisdictionLevel;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.persistence.DatabaseMigration;
import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Tenants as the API lists them, each list one SQL statement whatever the number of tenants:
 * the parent tenant (the nearest tenant above) and the caller's visibility are computed by
 * recursive queries in PostgreSQL, not by walking the jurisdiction chain in Java.
 */
@ApplicationScoped
public class TenantViews {

    /**
     * Every column of the view of each tenant in {@code visible (code)}, a common table expression
     * the statement defines before this. Every step is an index look-up per visible tenant (the
     * {@code LATERAL … LIMIT 1} sub-selects keep the planner from joining whole tables), so the
     * cost follows the tenants listed, not the tenants there are: with 1,000 tenants outside the
     * caller's view, whole-table scans had made a one-tenant list cost 5–6 ms in PostgreSQL.
     * The last column is the parent tenant: the nearest jurisdiction above that is a tenant.
     */
    private static final String VIEW = """
            SELECT t.code, t.name, t.level, p.code, t.status, t.archived_at,
                   (WITH RECURSIVE up (id, parent_id, code, depth) AS (
                        SELECT a.id, a.parent_id, a.code, 1 FROM jurisdiction a WHERE a.id = t.parent_id
                        UNION ALL
                        SELECT x.id, x.parent_id, x.code, up.depth + 1
                        FROM up, LATERAL (SELECT id, parent_id, code FROM jurisdiction WHERE id = up.parent_id LIMIT 1) x)
                    SELECT up.code FROM up, LATERAL (SELECT 1 FROM tenant pt WHERE pt.code = up.code LIMIT 1) pt
                    ORDER BY up.depth LIMIT 1)
            FROM visible v,
                 LATERAL (SELECT t.code, t.status, t.archived_at, j.name, j.level, j.parent_id
                          FROM tenant t JOIN jurisdiction j ON j.code = t.code WHERE t.code = v.code LIMIT 1) t
                 LEFT JOIN LATERAL (SELECT code FROM jurisdiction WHERE id = t.parent_id LIMIT 1) p ON true
            ORDER BY t.code""";

    private static final String ONE = "WITH visible (code) AS (VALUES (CAST(? AS varchar))) " + VIEW;

    /** An operator's list: every tenant. */
    private static final String ALL = "WITH visible (code) AS (SELECT code FROM tenant) " + VIEW;

    /**
     * A member's list: its active tenants, and, for a platform admin of an active tenant, every
     * tenant strictly below it, archived or not (the walk down follows jurisdiction_parent). A
     * tenant both a member's and below its admin tenant comes twice, next to each other once
     * ordered, and is listed once ({@link #query}): a {@code UNION} here sized its hash table by
     * the number of tenants there are, and cost as much as the rest of the statement.
     */
    private static final String VISIBLE = """
            WITH RECURSIVE below (id) AS (
                SELECT c.id FROM jurisdiction a
                    JOIN tenant at ON at.code = a.code AND at.status = 'ACTIVE'
                    JOIN jurisdiction c ON c.parent_id = a.id
                WHERE a.code = ANY (?)
                UNION
                SELECT c.id FROM below b, LATERAL (SELECT id FROM jurisdiction WHERE parent_id = b.id OFFSET 0) c),
            visible (code) AS (
                SELECT code FROM tenant WHERE status = 'ACTIVE' AND code = ANY (?)
                UNION ALL
                SELECT j.code FROM below b, LATERAL (SELECT code FROM jurisdiction WHERE id = b.id LIMIT 1) j)
            """ + VIEW;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;
    @PersistenceContext(unitName = "kaoping")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The tenants the caller may see, ordered by code. */
    public List<TenantView> visibleTo(Caller caller) {
        Map<String, Set<String>> roles = caller.tenantRoles();
        String[] admins = roles.entrySet().stream().filter(e -> e.getValue().contains(Role.PLATFORM_ADMIN))
                .map(Map.Entry::getKey).toArray(String[]::new);
        String[] members = roles.keySet().toArray(String[]::new);
        if (caller.isOperator()) {
            return query(ALL, (c, s) -> { });
        }
        return query(VISIBLE, (c, s) -> {
            s.setArray(1, c.createArrayOf("varchar", admins));
            s.setArray(2, c.createArrayOf("varchar", members));
        });
    }

    /** One tenant, whoever asks (the caller's access is checked before). */
    public Optional<TenantView> one(String code) {
        return query(ONE, (c, s) -> s.setString(1, code)).stream().findFirst();
    }

    private interface Parameters {
        void set(Connection c, PreparedStatement s) throws SQLException;
    }

    /**
     * Runs on the connection of the current transaction once the transaction has entered a tenant
     * (EclipseLink then holds that connection, in the transaction, until its end: see
     * persistence.xml and {@link TenantScope}), so that a read inside a tenant's service costs no
     * second checkout and validation of a pooled connection; on a pooled connection otherwise.
     * Not before: EclipseLink hands out its connection before it has begun the transaction on it.
     */
    private List<TenantView> query(String sql, Parameters parameters) {
        try {
            if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE
                    && transaction.getResource(TenantScope.PROPERTY) != null) {
                return query(em.unwrap(Connection.class), sql, parameters);
            }
            try (Connection c = dataSource.getConnection()) {
                return query(c, sql, parameters);
            }
        } catch (SQLException e) {
            throw new DomainException.Unavailable("数据库暂时不可用，请稍后再试。", Optional.empty(), e);
        }
    }

    private static List<TenantView> query(Connection c, String sql, Parameters parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            parameters.set(c, s);
            List<TenantView> views = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!views.isEmpty() && views.get(views.size() - 1).code().equals(r.getString(1))) {
                        continue; // the same tenant by two ways (VISIBLE)
                    }
                    views.add(new TenantView(r.getString(1), r.getString(2), JurisdictionLevel.valueOf(r.getString(3)),
                            r.getString(4), r.getString(7), TenantStatus.valueOf(r.getString(5)),
                            r.getObject(6, OffsetDateTime.class), null));
                }
            }
            return views;
        }
    }
}
