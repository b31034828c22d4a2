package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Stack;
import cn.kaoping.platform.persistence.TenancyChanges;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant's view and its chain of jurisdictions are kept between requests (TenancyCache) until the
 * tenancy tables change: changes made by this server are seen by the next request, without
 * waiting for PostgreSQL's notice (TenantProvisioningIT also archives a tenant and reads it at
 * once), changes made elsewhere, in
 * PostgreSQL, within moments, also while the server's listening connection is lost.
 */
class TenancyCacheIT extends DeployedServer {

    private static final Optional<String> VIEWER = Optional.of("viewer");
    private static final Optional<String> SCHEME_ADMIN = Optional.of("scheme");
    /** How long a change made in PostgreSQL may take to be seen: the notification's trip, or a reconnection. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(5);

    @Test
    void aKeptViewIsServedWhileTheTenantTableIsLocked() throws Exception {
        assertEquals(200, api.get("api/tenants/xingan", VIEWER).status());
        try (Connection c = Stack.database().superuserConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("LOCK TABLE tenant IN ACCESS EXCLUSIVE MODE");
            try {
                // before the view was kept, this read waited for the lock and answered 503 after lock_timeout
                Api.Response r = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> api.get("api/tenants/xingan", VIEWER));
                assertEquals(200, r.status(), r.body());
                assertEquals("xingan", r.object().getString("code"));
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void aKeptViewIsStillNotFoundForAnotherTenantsUserAndUnauthorizedWithoutAToken() {
        assertEquals(200, api.get("api/tenants/xingan", VIEWER).status()); // kept
        // the access check runs for every caller before the kept view is served
        assertEquals(404, api.get("api/tenants/xingan", Optional.of("zz-viewer")).status());
        assertEquals(401, api.get("api/tenants/xingan", Optional.empty()).status());
        assertEquals(200, api.get("api/tenants/zhangzhou", Optional.of("zz-viewer")).status()); // kept as well
        assertEquals(404, api.get("api/tenants/zhangzhou", VIEWER).status());
    }

    @Test
    void aChangeMadeByThisServerIsSeenByTheNextRequestWithoutPostgresqlsNotice() throws Exception {
        assertEquals(200, api.get("api/tenants/xingan", VIEWER).status()); // kept
        String id = "xingan-c" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "-2030";
        String seed = Files.readString(Path.of(System.getProperty("kaoping.root", ".."), "tenant-schemes/xingan/yangguang-2006.scheme.json"));
        String scheme = Json.createObjectBuilder(Json.createReader(new StringReader(seed)).readObject())
                .add("id", id).add("year", 2030).build().toString();
        announce(false);
        try {
            Api.Response created = api.post("api/tenants/xingan/schemes", SCHEME_ADMIN, scheme);
            assertEquals(201, created.status(), created.body());
            // PostgreSQL announced nothing: only the upload's own commit can have dropped the kept view
            Api.Response view = api.get("api/tenants/xingan", VIEWER);
            assertTrue(view.object().getJsonArray("schemes").stream().anyMatch(v -> v.asJsonObject().getString("id").equals(id)),
                    view.body());
        } finally {
            announce(true);
            api.call("DELETE", "api/tenants/xingan/schemes/" + id + "/versions/1", SCHEME_ADMIN, Optional.empty(), Map.of());
        }
    }

    @Test
    void aChangeMadeInPostgresqlIsSeenWithinMoments() throws Exception {
        String name = api.get("api/tenants/xingan", VIEWER).object().getString("name");
        try {
            rename("xingan", name + "（改）");
            assertSeen(name + "（改）");
        } finally {
            rename("xingan", name);
        }
        assertSeen(name);
    }

    @Test
    void aChangeMadeWhileTheListenerIsDisconnectedIsSeen() throws Exception {
        String name = api.get("api/tenants/xingan", VIEWER).object().getString("name");
        try {
            assertEquals(1, terminateListener(), "the server's one listening connection");
            rename("xingan", name + "（断）");
            assertSeen(name + "（断）");
        } finally {
            rename("xingan", name);
        }
        assertSeen(name);
    }

    private void assertSeen(String name) throws InterruptedException {
        Instant until = Instant.now().plus(SEEN_WITHIN);
        String seen;
        do {
            Api.Response r = api.get("api/tenants/xingan", VIEWER);
            assertEquals(200, r.status(), r.body());
            seen = r.object().getString("name");
            if (seen.equals(name)) {
                return;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(until));
        assertEquals(name, seen, "the tenant's name " + SEEN_WITHIN.toSeconds() + " s after it changed");
    }

    /** Turns the scheme versions' notice of changes (V18) off and on again. */
    private static void announce(boolean on) throws SQLException {
        try (Connection c = Stack.database().superuserConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE scheme_version " + (on ? "ENABLE" : "DISABLE") + " TRIGGER scheme_version_changed");
        }
    }

    private static void rename(String code, String name) throws SQLException {
        try (Connection c = Stack.database().superuserConnection();
             PreparedStatement s = c.prepareStatement("UPDATE jurisdiction SET name = ? WHERE code = ?")) {
            s.setString(1, name);
            s.setString(2, code);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** Ends the listening connection's session, once it is there (another test may have ended it just before). */
    private static int terminateListener() throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(SEEN_WITHIN);
        while (listeners("count(*)") == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        return listeners("count(*) FILTER (WHERE pg_terminate_backend(pid))");
    }

    private static int listeners(String count) throws SQLException {
        try (Connection c = Stack.database().superuserConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + count + " FROM pg_stat_activity WHERE application_name = ?")) {
            s.setString(1, TenancyChanges.APPLICATION_NAME);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
