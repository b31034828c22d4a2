package cn.kaoping.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * README command 1 ({@code mvn -P run}): PostgreSQL, Keycloak and Payara Micro with the
 * application, each embedded unless configured as external. One Ctrl-C stops all three.
 *
 * <p>Configuration (environment variables): {@code KAOPING_HOME} (default {@code .kaoping/} in the
 * repository: PostgreSQL data, Keycloak installation and data, logs); {@code KAOPING_HTTP_PORT}
 * (8080); {@code KAOPING_DB_PORT} (15432); {@code KAOPING_KEYCLOAK_PORT} (8180);
 * {@code KAOPING_DB_URL}, {@code KAOPING_DB_USER}, {@code KAOPING_DB_PASSWORD} for an external
 * PostgreSQL; {@code KAOPING_OIDC_ISSUER} for an external Keycloak realm.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("kaoping.root", ".")).toAbsolutePath().normalize();
        Path home = env("KAOPING_HOME").map(Path::of).orElse(root.resolve(".kaoping")).toAbsolutePath();
        Path logs = Files.createDirectories(home.resolve("logs"));
        int httpPort = env("KAOPING_HTTP_PORT").map(Integer::parseInt).orElse(8080);
        Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "kaoping-stop"));

        Map<String, String> config = new LinkedHashMap<>();
        Optional<String> externalDb = env("KAOPING_DB_URL");
        String dbNote;
        if (externalDb.isPresent()) {
            // the application reads KAOPING_DB_* itself; nothing to pass on
            dbNote = "external " + externalDb.get();
        } else {
            int dbPort = env("KAOPING_DB_PORT").map(Integer::parseInt).orElse(15432);
            System.out.println("Starting PostgreSQL on port " + dbPort + " ...");
            EmbeddedDatabase db = EmbeddedDatabase.start(dbPort, home.resolve("postgres"), true);
            started.push(db);
            config.putAll(db.applicationConfig());
            dbNote = db.jdbcUrl() + " (data in " + home.resolve("postgres") + ")";
        }

        // Keycloak and Payara start side by side: Payara needs Keycloak only when a token arrives.
        Optional<String> externalIssuer = env("KAOPING_OIDC_ISSUER");
        int kcPort = env("KAOPING_KEYCLOAK_PORT").map(Integer::parseInt).orElse(8180);
        String issuer = externalIssuer.orElse("http://localhost:" + kcPort + "/realms/" + KeycloakServer.REALM);
        CompletableFuture<String> keycloakNote;
        if (externalIssuer.isPresent()) {
            keycloakNote = CompletableFuture.completedFuture("external realm " + issuer);
        } else {
            String version = System.getProperty("kaoping.keycloak.version");
            System.out.println("Starting Keycloak " + version + " on port " + kcPort + " (the first start unpacks and builds it) ...");
            keycloakNote = CompletableFuture.supplyAsync(() -> {
                try {
                    KeycloakServer kc = KeycloakServer.start(Path.of(System.getProperty("kaoping.keycloak.zip")),
                            home.resolve("keycloak-" + version), root.resolve("keycloak/kaoping-realm.json"),
                            kcPort, kcPort + 10, false, logs.resolve("keycloak.log"));
                    started.push(kc);
                    return kc.baseUrl() + "/admin (admin console: " + KeycloakServer.ADMIN_USER + " / "
                            + KeycloakServer.ADMIN_PASSWORD + ")";
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        config.put("kaoping.oidc.issuer", issuer);
        config.put("kaoping.demo.tenants", "true");

        System.out.println("Starting Payara Micro on port " + httpPort + " ...");
        PayaraServer payara = PayaraServer.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("kaoping.war")), httpPort, config, logs.resolve("payara.log"));
        started.push(payara);

        String base = payara.baseUrl();
        System.out.println("""

                Kaoping is running.
                  API          %1$s/api/jurisdictions
                  OpenAPI      %1$s/openapi
                  Health       %1$s/health/ready
                  PostgreSQL   %2$s
                  Keycloak     %3$s
                  Logs         %4$s

                Demo logins (password "demo"): platform (operator), jx-admin (江西省 platform admin),
                scheme / assessor / approver / reporter / viewer (新干县), zz-scheme / zz-viewer (漳州市).
                Try:
                  TOKEN=$(curl -s -d grant_type=password -d client_id=kaoping-cli -d username=viewer -d password=demo \\
                      %5$s/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %1$s/api/tenants/xingan

                Press Ctrl-C to stop everything.
                """.formatted(base, dbNote, keycloakNote.join(), logs, issuer));
        payara.awaitExit();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    private static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable server = started.pop();
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + server + ": " + e);
            }
        }
        System.out.println("Kaoping stopped.");
    }
}
