package cn.kaoping.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * README command 1 ({@code mvn -P run}): PostgreSQL, Keycloak and Payara Micro with the
 * application, each embedded unless configured as external. One Ctrl-C stops all three.
 *
 * <p>It refuses to start when a port it needs is taken (naming the port, its variable and the
 * process holding it); it holds every process from the moment it is spawned, so that a failure,
 * a timeout or Ctrl-C stops all of them; it waits for Payara as long as Keycloak is coming up;
 * and it checks that each answering server is the process it started.
 *
 * <p>Configuration (environment variables): {@code KAOPING_HOME} (default {@code .kaoping/} in the
 * repository: PostgreSQL data, Keycloak installation and data, logs); {@code KAOPING_CACHE}
 * (default {@code ~/.cache/kaoping}: the Keycloak distribution unpacked once, shared with the
 * tests); {@code KAOPING_BIND} (127.0.0.1: the address all three listen on; {@code 0.0.0.0}
 * opens them to the network); {@code KAOPING_HTTP_PORT} (8080); {@code KAOPING_DB_PORT} (15432);
 * {@code KAOPING_KEYCLOAK_PORT} (8180); {@code KAOPING_DB_URL}, {@code KAOPING_DB_USER},
 * {@code KAOPING_DB_PASSWORD} for an external PostgreSQL; {@code KAOPING_OIDC_ISSUER} for an
 * external Keycloak realm; {@code KAOPING_KEYCLOAK_NICE} (10: the embedded Keycloak's CPU priority, below the
 * API's, so that its work for a burst of provisionings does not slow other tenants' requests; 0 to 19).
 */
public final class DevStack {

    /** What the run is told by its environment and by the build (system properties). */
    record Settings(Path root, Path home, Path cache, String bind, int httpPort, Optional<String> externalDb,
                    int dbPort, Optional<String> externalIssuer, int keycloakPort, int keycloakNice, Path war, Path payaraJar,
                    Path keycloakZip, String keycloakVersion) {

        static Settings of(Map<String, String> env) {
            Path root = Path.of(System.getProperty("kaoping.root", ".")).toAbsolutePath().normalize();
            return new Settings(root,
                    get(env, "KAOPING_HOME").map(Path::of).orElse(root.resolve(".kaoping")).toAbsolutePath(),
                    KeycloakServer.cache(env),
                    get(env, "KAOPING_BIND").orElse("127.0.0.1"),
                    port(env, "KAOPING_HTTP_PORT", 8080),
                    get(env, "KAOPING_DB_URL"),
                    port(env, "KAOPING_DB_PORT", 15432),
                    get(env, "KAOPING_OIDC_ISSUER"),
                    port(env, "KAOPING_KEYCLOAK_PORT", 8180),
                    niceness(env, "KAOPING_KEYCLOAK_NICE", 10),
                    Path.of(System.getProperty("kaoping.war", "app/server/target/kaoping.war")),
                    Path.of(System.getProperty("payara.microJar", "app/server/target/payara-micro.jar")),
                    Path.of(System.getProperty("kaoping.keycloak.zip", "app/server/target/keycloak-dist.zip")),
                    System.getProperty("kaoping.keycloak.version", "unknown"));
        }

        /** The ports this run would listen on. */
        List<Ports.Claim> claims() {
            List<Ports.Claim> claims = new ArrayList<>();
            claims.add(new Ports.Claim("Payara Micro, the API", httpPort, "KAOPING_HTTP_PORT"));
            if (externalDb.isEmpty()) {
                claims.add(new Ports.Claim("PostgreSQL", dbPort, "KAOPING_DB_PORT"));
            }
            if (externalIssuer.isEmpty()) {
                claims.add(new Ports.Claim("Keycloak", keycloakPort, "KAOPING_KEYCLOAK_PORT"));
                claims.add(new Ports.Claim("Keycloak management", keycloakPort + 10, "KAOPING_KEYCLOAK_PORT (+10)"));
            }
            return claims;
        }

        /** A CPU priority as {@code nice} takes it, 0 (the default priority) to 19 (the lowest). */
        private static int niceness(Map<String, String> env, String name, int otherwise) {
            return whole(env, name, otherwise, 0, 19, "a whole number from 0 to 19");
        }

        private static int port(Map<String, String> env, String name, int otherwise) {
            return whole(env, name, otherwise, 0, 65_535, "a port number");
        }

        private static int whole(Map<String, String> env, String name, int otherwise, int min, int max, String what) {
            Optional<String> value = get(env, name);
            try {
                int n = value.map(String::trim).map(Integer::parseInt).orElse(otherwise);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new IllegalArgumentException(name + " must be " + what + ", not \"" + value.orElse("") + "\"");
        }
    }

    /** The servers of a run that has started. */
    record Started(PayaraServer payara, String databaseNote, String keycloakNote, String issuer, Path logs) {
    }

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        java.time.Instant begin = java.time.Instant.now();
        Settings settings = Settings.of(System.getenv());
        Children children = new Children();
        boolean[] stopping = {false};
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping[0] = true;
            children.close();
            System.out.println("Kaoping stopped.");
        }, "kaoping-stop"));
        Started started;
        try {
            started = start(settings, children);
        } catch (Ports.Taken e) {
            System.err.println(e.getMessage());
            throw e;
        }
        printWelcome(started, java.time.Duration.between(begin, java.time.Instant.now()).toSeconds());
        int exit = started.payara().awaitExit();
        if (!stopping[0]) {
            children.close();
            throw new IllegalStateException("Payara Micro exited with " + exit + ": see " + started.logs().resolve("payara.log"));
        }
    }

    /**
     * Starts the stack, its processes held by {@code children} from their spawning on. Refuses
     * before spawning anything when a port is taken; on any failure stops all it started.
     */
    static Started start(Settings s, Children children) throws Exception {
        Ports.ensureFree(s.bind(), s.claims());
        try {
            return startChecked(s, children);
        } catch (Exception | Error e) {
            children.close();
            throw e;
        }
    }

    private static Started startChecked(Settings s, Children children) throws Exception {
        Path logs = Files.createDirectories(s.home().resolve("logs"));
        Map<String, String> config = new LinkedHashMap<>();
        String dbNote;
        if (s.externalDb().isPresent()) {
            // the application reads KAOPING_DB_* itself; nothing to pass on
            dbNote = "external " + s.externalDb().get();
        } else {
            System.out.println("Starting PostgreSQL on " + s.bind() + ":" + s.dbPort() + " ...");
            EmbeddedDatabase db = EmbeddedDatabase.start(s.dbPort(), s.home().resolve("postgres"), true, s.bind());
            children.add("PostgreSQL", db);
            config.putAll(db.applicationConfig());
            dbNote = db.jdbcUrl() + " (data in " + s.home().resolve("postgres") + ")";
        }

        // Keycloak and Payara start side by side; Payara is awaited as long as Keycloak is coming up.
        String issuer = s.externalIssuer()
                .orElse("http://localhost:" + s.keycloakPort() + "/realms/" + KeycloakServer.REALM);
        CompletableFuture<String> keycloakNote;
        if (s.externalIssuer().isPresent()) {
            keycloakNote = CompletableFuture.completedFuture("external realm " + issuer);
        } else {
            System.out.println("Starting Keycloak " + s.keycloakVersion() + " on " + s.bind() + ":" + s.keycloakPort()
                    + " (the first start on this machine unpacks and builds it) ...");
            keycloakNote = CompletableFuture.supplyAsync(() -> {
                try {
                    KeycloakServer kc = KeycloakServer.start(children, s.cache(), s.bind(), s.keycloakZip(),
                            s.home().resolve("keycloak-" + s.keycloakVersion()), s.root().resolve("keycloak/kaoping-realm.json"),
                            s.keycloakPort(), s.keycloakPort() + 10, false, s.keycloakNice(), logs.resolve("keycloak.log"));
                    if (s.httpPort() != WebClientOrigins.REALM_FILE_PORT) {
                        WebClientOrigins.allowPort(kc.baseUrl(), s.httpPort());
                    }
                    return kc.baseUrl() + "/admin (admin console: " + KeycloakServer.ADMIN_USER + " / "
                            + KeycloakServer.ADMIN_PASSWORD + ")";
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, task -> {
                Thread t = new Thread(task, "keycloak-start");
                t.setDaemon(true);
                t.start();
            });
        }
        config.put("kaoping.oidc.issuer", issuer);
        config.put("kaoping.demo.tenants", "true");

        System.out.println("Starting Payara Micro on " + s.bind() + ":" + s.httpPort() + " ...");
        PayaraServer payara = PayaraServer.start(children, s.bind(), s.payaraJar(), s.war(), s.httpPort(), config,
                logs.resolve("payara.log"), () -> pending(keycloakNote));
        return new Started(payara, dbNote, joined(keycloakNote), issuer, logs);
    }

    /** Whether Keycloak is still coming up; throws if it failed. */
    private static boolean pending(CompletableFuture<String> keycloak) {
        if (keycloak.isCompletedExceptionally()) {
            joined(keycloak);
        }
        return !keycloak.isDone();
    }

    private static String joined(CompletableFuture<String> keycloak) {
        try {
            return keycloak.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("Keycloak did not start: " + cause.getMessage(), cause);
        }
    }

    private static void printWelcome(Started s, long seconds) {
        String base = s.payara().baseUrl();
        System.out.println("""

                Kaoping is running (started in %6$d s).
                  Web (UI)     %1$s/   (log in as a demo user below, password "demo")
                  API          %1$s/api/jurisdictions
                  OpenAPI      %1$s/openapi
                  Health       %1$s/health/ready
                  PostgreSQL   %2$s
                  Keycloak     %3$s
                  Logs         %4$s

                Demo logins (password "demo"): platform (operator), jx-admin (江西省 platform admin),
                scheme / assessor / approver / reporter / viewer (新干县), zz-scheme / zz-viewer (漳州市).
                Try:
                  TOKEN=$(curl -sf -d grant_type=password -d client_id=kaoping-cli -d username=viewer -d password=demo \\
                      %5$s/protocol/openid-connect/token | sed -n 's/.*"access_token":"\\([^"]*\\)".*/\\1/p')
                  curl -f -H "Authorization: Bearer ${TOKEN:?login failed}" %1$s/api/tenants/xingan

                Press Ctrl-C to stop everything.
                """.formatted(base, s.databaseNote(), s.keycloakNote(), s.logs(), s.issuer(), seconds));
    }

    private static Optional<String> get(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }
}
