package cn.kaoping.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Signals;
import cn.kaoping.it.Stack;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A dependency that does not answer gives a quick 503 problem with {@code Retry-After}, never a
 * request held for as long as it is frozen. The stack is shared by the run: every freeze ends in
 * {@code finally}, and each test proves the server serves again before it ends.
 */
class FrozenDependenciesIT extends DeployedServer {

    private static final Optional<String> PROVINCIAL_ADMIN = Optional.of("jx-admin");

    /**
     * The list of tenants, which reads the tenant table on every request (a single tenant's view and
     * chain are kept between requests until the tenancy tables change: TenancyCacheIT).
     */
    @Test
    void aTableLockedInPostgresqlGivesA503WithRetryAfterWithinTheLockTimeout() throws Exception {
        assertEquals(200, api.get("api/tenants", Optional.of("viewer")).status()); // token and keys cached
        try (Connection c = Stack.database().superuserConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("LOCK TABLE tenant IN ACCESS EXCLUSIVE MODE");
            try {
                Instant start = Instant.now();
                Api.Response r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> api.get("api/tenants", Optional.of("viewer")));
                Duration took = Duration.between(start, Instant.now());
                assertEquals(503, r.status(), r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
                assertTrue(r.header("Retry-After").isPresent(), r.body());
                assertTrue(took.compareTo(Duration.ofSeconds(12)) < 0, "took " + took);
            } finally {
                c.rollback();
            }
        }
        assertEquals(200, api.get("api/tenants", Optional.of("viewer")).status());
        assertEquals(200, api.get("health/ready", Optional.empty()).status());
    }

    @Test
    void aFrozenKeycloakMakesProvisioningAnswer503WithRetryAfterWithinTheBound() throws Exception {
        assertEquals(200, api.get("api/tenants/jiangxi", PROVINCIAL_ADMIN).status()); // token and keys cached
        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String request = "{\"code\":\"" + code + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\",\"parent\":\"jian\","
                + "\"admin\":{\"username\":\"" + code + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\"}}";
        List<ProcessHandle> keycloak = Stack.keycloak().processes();
        Signals.send("STOP", keycloak);
        try {
            Instant start = Instant.now();
            Api.Response r = assertTimeoutPreemptively(Duration.ofSeconds(40),
                    () -> api.post("api/tenants", PROVINCIAL_ADMIN, request));
            Duration took = Duration.between(start, Instant.now());
            assertEquals(503, r.status(), r.body());
            assertTrue(r.header("Retry-After").isPresent(), r.body());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
        } finally {
            Signals.send("CONT", keycloak);
        }
        // Keycloak serves again, and so does provisioning: the same request now succeeds
        Api.Response again = api.post("api/tenants", PROVINCIAL_ADMIN, request);
        assertEquals(201, again.status(), again.body());
    }

    @Test
    void readinessIsDownWithinItsBoundWhilePostgresqlIsFrozen() throws Exception {
        assertEquals(200, api.get("health/ready", Optional.empty()).status());
        List<ProcessHandle> postgres = postgresProcesses();
        Signals.send("STOP", postgres);
        try {
            for (int probe = 0; probe < 2; probe++) { // the second while the first check still hangs
                Instant start = Instant.now();
                Api.Response r = assertTimeoutPreemptively(Duration.ofSeconds(15),
                        () -> api.get("health/ready", Optional.empty()));
                Duration took = Duration.between(start, Instant.now());
                assertEquals(503, r.status(), r.body());
                assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "took " + took);
            }
        } finally {
            Signals.send("CONT", postgres);
        }
        Instant until = Instant.now().plusSeconds(30);
        Api.Response up;
        do {
            Thread.sleep(500);
            up = api.get("health/ready", Optional.empty());
        } while (up.status() != 200 && Instant.now().isBefore(until));
        assertEquals(200, up.status(), up.body());
        assertEquals(200, api.get("api/tenants/xingan", Optional.of("viewer")).status());
    }

    /** The postmaster (its pid is the first line of postmaster.pid) and every backend it forked. */
    private static List<ProcessHandle> postgresProcesses() throws Exception {
        String dataDirectory;
        try (Connection c = Stack.database().superuserConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT setting FROM pg_settings WHERE name = 'data_directory'")) {
            rs.next();
            dataDirectory = rs.getString(1);
        }
        long pid = Long.parseLong(java.nio.file.Files.readAllLines(java.nio.file.Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new java.util.ArrayList<>();
        all.add(postmaster);
        postmaster.descendants().forEach(all::add);
        return all;
    }
}
