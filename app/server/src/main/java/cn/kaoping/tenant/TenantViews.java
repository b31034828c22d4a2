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

    /** Every column of a view; {@code %s} is the filter. */
    private static final String VIEW = """
            SELECT t.code, j.name, j.level, p.code, t.status, t.archived_at,
                   (WITH RECURSIVE up (id, parent_id, depth) AS (
                        SELECT a.id, a.parent_id, 1 FROM jurisdiction a WHERE a.id = j.parent_id
                        UNION ALL
                        SELECT x.id, x.parent_id, up.depth + 1 FROM jurisdiction x JOIN up ON x.id = up.parent_id)
                    SELECT pt.code FROM up JOIN jurisdiction uj ON uj.id = up.id JOIN tenant pt ON pt.code = uj.code
                    ORDER BY up.depth LIMIT 1)
            FROM tenant t JOIN jurisdiction j ON j.code = t.code LEFT JOIN jurisdiction p ON p.id = j.parent_id
            WHERE %s ORDER BY t.code""";

    /**
     * Visible to the caller: an operator sees all; a member sees its active tenants; a platform
     * admin of an active tenant sees every tenant strictly below it, archived or not.
     */
    private static final String VISIBLE = """
            WITH RECURSIVE below (id) AS (
                SELECT c.id FROM jurisdiction a
                    JOIN tenant at ON at.code = a.code AND at.status = 'ACTIVE'
                    JOIN jurisdiction c ON c.parent_id = a.id
                WHERE a.code = ANY (?)
                UNION
                SELECT c.id FROM jurisdiction c JOIN below b ON c.parent_id = b.id)
            """ + VIEW.formatted("? OR (t.status = 'ACTIVE' AND t.code = ANY (?)) OR j.id IN (SELECT id FROM below)");

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
        return query(VISIBLE, (c, s) -> {
            s.setArray(1, c.createArrayOf("varchar", admins));
            s.setBoolean(2, caller.isOperator());
            s.setArray(3, c.createArrayOf("varchar", members));
        });
    }

    /** One tenant, whoever asks (the caller's access is checked before). */
    public Optional<TenantView> one(String code) {
        return query(VIEW.formatted("t.code = ?"), (c, s) -> s.setString(1, code)).stream().findFirst();
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
                    views.add(new TenantView(r.getString(1), r.getString(2), JurisdictionLevel.valueOf(r.getString(3)),
                            r.getString(4), r.getString(7), TenantStatus.valueOf(r.getString(5)),
                            r.getObject(6, OffsetDateTime.class), null));
                }
            }
            return views;
        }
    }
}
