package cn.kaoping.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.it.KaopingIT;
import cn.kaoping.it.Stack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail and the facts are append-only for the application's database role: it inserts
 * and reads rows of its tenant, and PostgreSQL refuses it any UPDATE or DELETE of them (no grant,
 * and a trigger for every role). Plain JDBC as the application's role on a database of its own.
 */
@KaopingIT
class AppendOnlyIT {

    private static final String DATABASE = "kaoping_append_only";

    @BeforeAll
    static void aTenant() throws SQLException {
        Stack.migratedDatabase(DATABASE);
        try (Connection c = Stack.database().superuserConnection(DATABASE); Statement s = c.createStatement()) {
            s.execute("INSERT INTO tenant (code, status, keycloak_group, provisioned_by) "
                    + "VALUES ('xingan', 'ACTIVE', '/tenants/xingan', 'AppendOnlyIT')");
        }
    }

    @Test
    void theApplicationRoleAddsAuditRowsButCannotChangeOrDeleteThem() throws SQLException {
        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            enter(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO audit_event (tenant_code, actor_subject, actor_name, action, detail, before_state, after_state) "
                        + "VALUES ('xingan', 'sub-1', '王办', 'fact.corrected', '更正', '{\"count\":2}', '{\"count\":1}')");
            }
            c.commit();
            enter(c);
            assertRefused(c, "UPDATE audit_event SET detail = '改过' WHERE actor_subject = 'sub-1'");
            enter(c);
            assertRefused(c, "DELETE FROM audit_event WHERE actor_subject = 'sub-1'");
            enter(c);
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT detail, before_state FROM audit_event WHERE actor_subject = 'sub-1'")) {
                r.next();
                assertEquals("更正", r.getString(1));
                assertEquals("{\"count\":2}", r.getString(2));
            }
            c.commit();
        }
    }

    @Test
    void evenASuperuserCannotDeleteAuditRows() throws SQLException {
        try (Connection c = Stack.database().superuserConnection(DATABASE); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_event (tenant_code, actor_subject, actor_name, action, detail) "
                    + "VALUES ('xingan', 'sub-2', 'x', 'a', 'd')");
            SQLException e = assertThrows(SQLException.class, () -> s.execute("DELETE FROM audit_event WHERE actor_subject = 'sub-2'"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
    }

    /** A cycle of 新干 on a scheme version of its own, made by the superuser. */
    private static void cycle(String scheme, String code) throws SQLException {
        try (Connection c = Stack.database().superuserConnection(DATABASE); Statement s = c.createStatement()) {
            s.execute("INSERT INTO scheme_version (tenant_code, scheme_id, version, status, year, name, origin, document, "
                    + "content_hash, created_by, published_at, published_by) VALUES ('xingan', '" + scheme + "', 1, 'PUBLISHED', "
                    + "2006, 't', 'none', '{}', repeat('0', 64), 't', now(), 't')");
            s.execute("INSERT INTO cycle (tenant_code, code, name, year, scheme_id, scheme_version, entry_opens, entry_closes, "
                    + "state, created_by) VALUES ('xingan', '" + code + "', '2006', 2006, '" + scheme + "', 1, DATE '2006-01-01', "
                    + "DATE '2006-12-31', 'OPEN', 't')");
        }
    }

    @Test
    void aFactEntryIsNeverChangedInPlace() throws SQLException {
        cycle("xingan-t-2006", "c1");
        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            enter(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO fact_entry (id, tenant_code, cycle_id, fact_id, version, action, unit_code, rule_ref, fact, "
                        + "entered_by_subject, entered_by_name) SELECT 1, 'xingan', id, 1, 1, 'ENTERED', 'u1', '1/r1', "
                        + "'{\"unit\":\"u1\",\"rule\":\"1/r1\"}', 's', 'n' FROM cycle WHERE code = 'c1'");
            }
            c.commit();
            enter(c);
            assertRefused(c, "UPDATE fact_entry SET fact = '{}' WHERE id = 1");
            enter(c);
            assertRefused(c, "DELETE FROM fact_entry WHERE id = 1");
        }
    }

    @Test
    void signOffsAndPublicationsAreNeverChangedInPlace() throws SQLException {
        cycle("xingan-a-2006", "c-approval");
        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            enter(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO approval (tenant_code, cycle_id, level, unit_code, agency, version, action, by_subject, by_name) "
                        + "SELECT 'xingan', id, 'decision', '', '', 1, 'APPROVED', 's', 'n' FROM cycle WHERE code = 'c-approval'");
                s.execute("INSERT INTO publication (tenant_code, cycle_id, scheme_hash, ranking, published_by) "
                        + "SELECT 'xingan', id, repeat('0', 64), '{}', 'n' FROM cycle WHERE code = 'c-approval'");
            }
            c.commit();
            for (String sql : List.of("UPDATE approval SET action = 'REVOKED' WHERE level = 'decision'",
                    "DELETE FROM approval WHERE level = 'decision'", "UPDATE publication SET ranking = '{\"units\": []}'",
                    "DELETE FROM publication")) {
                enter(c);
                assertRefused(c, sql);
            }
        }
    }

    private static void enter(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('kaoping.tenant', ?, true)")) {
            s.setString(1, "xingan");
            s.executeQuery().close();
        }
    }

    /** The statement fails for lack of privilege, and the transaction is rolled back. */
    private static void assertRefused(Connection c, String sql) throws SQLException {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
        assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        c.rollback();
    }
}
