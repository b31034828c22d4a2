package cn.kaoping.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Stack;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A dependency that does not answer gives a quick 503 problem with {@code Retry-After}, never a
 * request held for as long as it is frozen. The stack is shared by the run: every freeze ends in
 * {@code finally}, and each test proves the server serves again before it ends.
 */
class FrozenDependenciesIT extends DeployedServer {

    @Test
    void aTableLockedInPostgresqlGivesA503WithRetryAfterWithinTheLockTimeout() throws Exception {
        assertEquals(200, api.get("api/tenants/xingan", Optional.of("viewer")).status()); // token and keys cached
        try (Connection c = Stack.database().superuserConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("LOCK TABLE tenant IN ACCESS EXCLUSIVE MODE");
            try {
                Instant start = Instant.now();
                Api.Response r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> api.get("api/tenants/xingan", Optional.of("viewer")));
                Duration took = Duration.between(start, Instant.now());
                assertEquals(503, r.status(), r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertTrue(r.header("Retry-After").isPresent(), r.body());
                assertTrue(took.compareTo(Duration.ofSeconds(12)) < 0, "took " + took);
            } finally {
                c.rollback();
            }
        }
        assertEquals(200, api.get("api/tenants/xingan", Optional.of("viewer")).status());
        assertEquals(200, api.get("health/ready", Optional.empty()).status());
    }
}
