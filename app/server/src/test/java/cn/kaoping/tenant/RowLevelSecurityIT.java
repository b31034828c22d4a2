package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.KaopingIT;
import cn.kaoping.it.Stack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second wall alone: PostgreSQL's row-level security, with plain JDBC as the application's
 * role and no EclipseLink in the way. It needs no server: it runs on a database of its own on the
 * shared PostgreSQL, migrated by the application's Flyway scripts, where the tenants 新干县 and
 * 漳州市 each get a scheme copy (written as the superuser, whom row-level security does not bind).
 */
@KaopingIT
class RowLevelSecurityIT {

    private static final String DATABASE = "kaoping_rls";

    @BeforeAll
    static void twoTenantsWithASchemeCopyEach() throws SQLException {
        Stack.migratedDatabase(DATABASE);
        try (Connection c = Stack.database().superuserConnection(DATABASE); Statement s = c.createStatement()) {
            for (String tenant : List.of("xingan", "zhangzhou")) {
                s.execute("INSERT INTO tenant (code, status, keycloak_group, provisioned_by) "
                        + "VALUES ('" + tenant + "', 'ACTIVE', '/tenants/" + tenant + "', 'RowLevelSecurityIT')");
                // a draft, which the trigger lets change: only row-level security keeps the other tenant out
                s.execute("INSERT INTO scheme_version (tenant_code, scheme_id, version, status, year, name, origin, document, "
                        + "content_hash, created_by) VALUES ('" + tenant + "', '" + tenant + "-rls-2006', 1, 'DRAFT', 2006, "
                        + "'测试', 'none', '{}', repeat('0', 64), 'RowLevelSecurityIT')");
            }
        }
    }

    @Test
    void everyTableATenantOwnsHasRowLevelSecurityEnabledAndForced() throws SQLException {
        List<String> unguarded = new ArrayList<>();
        int owned = 0;
        try (Connection c = Stack.database().superuserConnection(DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.relname, t.relrowsecurity, t.relforcerowsecurity, "
                     + "EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = t.oid) FROM pg_class t "
                     + "JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid "
                     + "WHERE n.nspname = 'public' AND t.relkind = 'r' AND a.attname = 'tenant_code' AND NOT a.attisdropped")) {
            while (rs.next()) {
                owned++;
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || !rs.getBoolean(4)) {
                    unguarded.add(rs.getString(1));
                }
            }
        }
        assertTrue(owned >= 15, "tables with a tenant_code: " + owned);
        assertEquals(List.of(), unguarded, "tables with a tenant_code but without a forced row-level security policy");
    }

    @Test
    void withTenantASetTheApplicationRoleSeesNoneOfTenantBsRows() throws SQLException {
        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            enter(c, "xingan");
            List<String> tenants = tenantsOfSchemeRows(c);
            assertTrue(!tenants.isEmpty() && tenants.stream().allMatch("xingan"::equals), tenants.toString());
            c.commit();

            enter(c, "zhangzhou");
            List<String> other = tenantsOfSchemeRows(c);
            assertTrue(!other.isEmpty() && other.stream().allMatch("zhangzhou"::equals), other.toString());
            c.commit();
        }
    }

    @Test
    void withoutATenantNothingIsVisibleAndTheSettingNeverOutlivesItsTransaction() throws SQLException {
        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            assertEquals(List.of(), tenantsOfSchemeRows(c));
            c.commit();
            enter(c, "xingan");
            c.commit();
            // the same (pooled) connection, a new transaction: the tenant is gone
            assertEquals(List.of(), tenantsOfSchemeRows(c));
            c.commit();
        }
    }

    @Test
    void tenantACannotWriteRowsOfTenantB() throws SQLException {
        try (Connection c = Stack.database().applicationConnection(DATABASE)) {
            c.setAutoCommit(false);
            enter(c, "xingan");
            SQLException refused = assertThrows(SQLException.class, () -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO scheme_version (tenant_code, scheme_id, version, status, year, name, origin, document, "
                            + "content_hash, created_by) VALUES ('zhangzhou', 'zhangzhou-forged-2030', 1, 'DRAFT', 2030, '伪造', "
                            + "'none', '{}', repeat('0', 64), '伪造者')");
                }
            });
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            c.rollback();

            enter(c, "xingan");
            try (Statement s = c.createStatement()) {
                assertEquals(0, s.executeUpdate("UPDATE scheme_version SET name = '改' WHERE tenant_code = 'zhangzhou'"));
                assertEquals(0, s.executeUpdate("DELETE FROM scheme_version WHERE tenant_code = 'zhangzhou'"));
            }
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotSwitchRowLevelSecurityOff() throws SQLException {
        try (Connection c = Stack.database().applicationConnection(DATABASE); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.execute("ALTER TABLE scheme_version NO FORCE ROW LEVEL SECURITY"));
            assertTrue(refused.getMessage().contains("must be owner"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.execute("SET row_security = off; SELECT count(*) FROM scheme_version"));
        }
    }

    private static void enter(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('kaoping.tenant', ?, true)")) {
            s.setString(1, tenant);
            s.execute();
        }
    }

    private static List<String> tenantsOfSchemeRows(Connection c) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tenant_code FROM scheme_version")) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        return tenants;
    }
}
