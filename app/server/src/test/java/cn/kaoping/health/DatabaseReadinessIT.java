package cn.kaoping.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.devstack.EmbeddedDatabase;
import cn.kaoping.it.Api;
import cn.kaoping.it.HealthChecks;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Stack;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code /health/ready} follows PostgreSQL: DOWN while the application cannot connect, UP again
 * once it can. The outage is made real by refusing the application's login role and ending its
 * sessions. The server is shared by the whole run, so the outage ends in {@code finally} and the
 * test proves the server serves again before it ends.
 */
class DatabaseReadinessIT extends DeployedServer {

    @Test
    void readinessIsDownWhilePostgresqlIsUnreachable() throws Exception {
        Api server = api;
        try {
            cutOffApplication(true);
            Api.Response down = server.get("health/ready", Optional.empty());
            assertEquals(503, down.status(), down.body());
            assertEquals("DOWN", down.object().getString("status"));
            // which check is down, and nothing of why: the cause (host, port, role) is in the log
            for (var check : down.object().getJsonArray("checks")) {
                HealthChecks.assertOnlyNameAndStatus(check.asJsonObject(), down.body());
            }
        } finally {
            cutOffApplication(false);
        }
        Api.Response up = server.get("health/ready", Optional.empty());
        assertEquals(200, up.status(), up.body());
        assertEquals("UP", up.object().getString("status"));
        // the pool recovered: the API reads the database again
        assertEquals(200, api.get("api/jurisdictions/xingan", Optional.of("viewer")).status());
    }

    private static void cutOffApplication(boolean cut) throws SQLException {
        try (Connection c = Stack.database().superuserConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + EmbeddedDatabase.USER + (cut ? " NOLOGIN" : " LOGIN"));
            if (cut) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '"
                        + EmbeddedDatabase.USER + "'");
            }
        }
    }
}
