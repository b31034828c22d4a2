package cn.kaoping.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.KaopingIT;
import cn.kaoping.it.Stack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Audit rows are numbered by the application in blocks of 50 from their sequence (V15): each block
 * is {@code nextval - 49 … nextval}. A database that already held audit rows when it was migrated
 * must hand out blocks past every one of them — row-level security hid the rows from the migration
 * (V16). Plain JDBC on a database of its own, migrated to V14, given rows, then migrated on.
 */
@KaopingIT
class AuditNumberingIT {

    private static final String DATABASE = "kaoping_audit_numbering";

    @Test
    void aDatabaseWithAuditRowsNumbersNewOnesAfterThem() throws SQLException {
        Stack.database().createDatabase(DATABASE);
        Stack.migrate(DATABASE, "14");
        try (Connection c = Stack.database().superuserConnection(DATABASE); Statement s = c.createStatement()) {
            s.execute("INSERT INTO tenant (code, status, keycloak_group, provisioned_by) "
                    + "VALUES ('xingan', 'ACTIVE', '/tenants/xingan', 'AuditNumberingIT')");
        }
        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            enter(c);
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= 3; i++) {
                    s.execute("INSERT INTO audit_event (tenant_code, actor_subject, actor_name, action, detail) "
                            + "VALUES ('xingan', 'sub-1', '王办', 'tenant.provisioned', '第" + i + "条')");
                }
            }
            c.commit();
        }

        Stack.migrate(DATABASE, "latest");

        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            enter(c);
            long highest = single(c, "SELECT max(id) FROM audit_event");
            assertEquals(3, highest, "the rows before the migration");
            long next = single(c, "SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))");
            assertTrue(next - 49 > highest, "the next block " + (next - 49) + "…" + next + " must start after " + highest);
            try (Statement s = c.createStatement()) {
                // what the application does with the block: its first id
                s.execute("INSERT INTO audit_event (id, tenant_code, actor_subject, actor_name, action, detail) "
                        + "VALUES (" + (next - 49) + ", 'xingan', 'sub-1', '王办', 'cycle.opened', '新的一条')");
            }
            c.commit();
        }
    }

    private static void enter(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('kaoping.tenant', 'xingan', true)");
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
