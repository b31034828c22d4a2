package cn.kaoping.it;

import cn.kaoping.devstack.EmbeddedDatabase;
import cn.kaoping.devstack.KeycloakServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL and a real Keycloak once per test JVM, before Arquillian boots Payara
 * Micro, and hands their addresses to Payara through {@code payara.cmdOptions} (Payara runs as a
 * child process: it sees JVM options, not this JVM's system properties). Registered ahead of the
 * Arquillian extension by {@link KaopingIT}.
 */
public final class Stack implements BeforeAllCallback {

    private static EmbeddedDatabase database;
    private static KeycloakServer keycloak;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    static synchronized void start() throws IOException, SQLException {
        if (database != null) {
            return;
        }
        Path work = Path.of(System.getProperty("kaoping.work", "target/it"));
        Path root = Path.of(System.getProperty("kaoping.root", ".."));
        database = EmbeddedDatabase.start(0, work.resolve("postgres"), false);
        int kcPort = freePort();
        keycloak = KeycloakServer.start(Path.of(System.getProperty("kaoping.keycloak.zip")),
                work.resolve("keycloak-" + System.getProperty("kaoping.keycloak.version")),
                root.resolve("keycloak/kaoping-realm.json"), kcPort, freePort(), true, work.resolve("keycloak.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(Stack::stop, "it-stack-stop"));
        Map<String, String> config = new TreeMap<>(database.applicationConfig());
        config.put("kaoping.oidc.issuer", keycloak.issuer());
        config.put("kaoping.demo.tenants", "true");
        config.put("kaoping.testing.failure-injection", "true");
        System.setProperty("payara.cmdOptions", config.entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
    }

    private static void stop() {
        try {
            keycloak.close();
        } finally {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }
    }

    public static EmbeddedDatabase database() {
        return database;
    }

    public static KeycloakServer keycloak() {
        return keycloak;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
