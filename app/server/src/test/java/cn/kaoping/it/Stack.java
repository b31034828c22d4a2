package cn.kaoping.it;

import cn.kaoping.devstack.Children;
import cn.kaoping.devstack.EmbeddedDatabase;
import cn.kaoping.devstack.KeycloakServer;
import cn.kaoping.devstack.PayaraServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stack every integration test of a run shares: one real PostgreSQL, one real Keycloak and
 * one Payara Micro running the built WAR, each started the first time a test asks for it and
 * stopped when the test run ends (JUnit's root store closes it; a shutdown hook covers an aborted
 * run). Payara starts after PostgreSQL and Keycloak, on a free port, with the demo tenants and
 * failure injection on, by the same {@link PayaraServer} the run command uses.
 *
 * <p>Because the server is shared, a test must not depend on what another test did or did not do:
 * a test that creates data uses codes of its own, and a test that breaks something restores it.
 */
public final class Stack implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Stack.class);
    private static final Running RUNNING = new Running();

    @Override
    public void beforeAll(ExtensionContext context) {
        // the root store closes what it holds once, after the last test of the run
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, k -> RUNNING, Running.class);
    }

    /** PostgreSQL, started if it is not yet running. */
    public static EmbeddedDatabase database() {
        return RUNNING.database();
    }

    /** Keycloak with the demo realm, started if it is not yet running. */
    public static KeycloakServer keycloak() {
        return RUNNING.keycloak();
    }

    /** The shared Payara Micro's process, started if it is not yet running. */
    public static ProcessHandle payaraProcess() {
        return RUNNING.payara().process();
    }

    /** The root of the application on the shared Payara Micro, e.g. {@code http://localhost:8123/}. */
    public static URI server() {
        return URI.create(RUNNING.payara().baseUrl() + "/");
    }

    /**
     * A database of its own on the shared PostgreSQL, migrated with the application's Flyway
     * scripts exactly as the application migrates its own ({@code DatabaseMigration}: as the schema
     * owner, granting the application role), for tests of the schema that need no server.
     */
    public static String migratedDatabase(String name) {
        EmbeddedDatabase db = database();
        try {
            db.createDatabase(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        migrate(name, "latest");
        return name;
    }

    /** Migrates the database {@code name} up to the version {@code target} ("latest" for all), as the application does. */
    public static void migrate(String name, String target) {
        Flyway.configure(Stack.class.getClassLoader())
                .dataSource(database().jdbcUrl(name), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", EmbeddedDatabase.USER))
                .target(target)
                .load()
                .migrate();
    }

    /** What has been started so far, stopped in reverse order. */
    private static final class Running implements AutoCloseable {

        private final Path work = Path.of(System.getProperty("kaoping.work", "target/it")).toAbsolutePath();
        private final Path root = Path.of(System.getProperty("kaoping.root", "../..")).toAbsolutePath().normalize();
        /** Every process spawned, held from its start: a run aborted while one comes up stops it too. */
        private final Children children = new Children();
        private EmbeddedDatabase database;
        private KeycloakServer keycloak;
        private PayaraServer payara;
        private boolean hooked;
        /** A server that failed to start fails every later test at once instead of starting again. */
        private final Map<String, RuntimeException> failures = new HashMap<>();

        synchronized EmbeddedDatabase database() {
            if (database == null) {
                stopAtExit();
                database = timed("PostgreSQL", () -> EmbeddedDatabase.start(0, work.resolve("postgres"), false));
            }
            return database;
        }

        synchronized KeycloakServer keycloak() {
            if (keycloak == null) {
                stopAtExit();
                String version = System.getProperty("kaoping.keycloak.version");
                keycloak = timed("Keycloak", () -> KeycloakServer.start(children, KeycloakServer.cache(System.getenv()),
                        "127.0.0.1", Path.of(System.getProperty("kaoping.keycloak.zip")), work.resolve("keycloak-" + version),
                        root.resolve("keycloak/kaoping-realm.json"), freePort(), freePort(), true, 0,
                        work.resolve("keycloak.log")));
            }
            return keycloak;
        }

        synchronized PayaraServer payara() {
            if (payara == null) {
                Map<String, String> config = new TreeMap<>(database().applicationConfig());
                config.put("kaoping.oidc.issuer", keycloak().issuer());
                config.put("kaoping.demo.tenants", "true");
                config.put("kaoping.testing.failure-injection", "true");
                config.put("kaoping.oidc.keys.refresh", "PT2S"); // RealmKeysIT: the keys' state follows Keycloak within seconds
                payara = timed("Payara Micro", () -> PayaraServer.start(children, "127.0.0.1",
                        Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("kaoping.war")),
                        freePort(), config, work.resolve("payara.log"), () -> false));
            }
            return payara;
        }

        private void stopAtExit() {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::close, "it-stack-stop"));
                hooked = true;
            }
        }

        @Override
        public synchronized void close() {
            if (payara != null) {
                payara.close();
                payara = null;
            }
            if (keycloak != null) {
                keycloak.close();
                keycloak = null;
            }
            if (database != null) {
                try {
                    database.close();
                } catch (IOException e) {
                    System.err.println("PostgreSQL did not stop cleanly: " + e);
                }
                database = null;
            }
            children.close();
        }

        private <T> T timed(String name, Start<T> start) {
            if (failures.containsKey(name)) {
                throw new IllegalStateException(name + " failed to start earlier in this run", failures.get(name));
            }
            Instant begin = Instant.now();
            try {
                T started = start.run();
                System.out.println("[it] " + name + " ready in " + Duration.between(begin, Instant.now()).toMillis() + " ms");
                return started;
            } catch (IOException e) {
                throw failed(name, new UncheckedIOException(name + " did not start", e));
            } catch (SQLException e) {
                throw failed(name, new IllegalStateException(name + " did not start", e));
            } catch (RuntimeException e) {
                throw failed(name, e);
            }
        }

        private RuntimeException failed(String name, RuntimeException e) {
            failures.put(name, e);
            return e;
        }
    }

    @FunctionalInterface
    private interface Start<T> {
        T run() throws IOException, SQLException;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
