package cn.kaoping.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the application WAR at the root context, configured by system properties.
 * Used by the run command ({@link DevStack}) and, once per test run, by the integration tests
 * ({@code cn.kaoping.it.Stack}). Started without phoning home (no call to Payara's servers) and
 * without clustering.
 */
public final class PayaraServer implements AutoCloseable {

    /**
     * Ready means booted, migrated and with the demo tenants provisioned through Keycloak; on a
     * busy 2-core machine that has taken 2.5 minutes, so the wait is generous (the Arquillian
     * container the tests used before allowed 4 minutes to boot plus 3 to become ready).
     */
    private static final Duration READY_WITHIN = Duration.ofMinutes(7);

    /**
     * asadmin commands run before Payara Micro boots: nothing that a client could use to learn
     * what serves it. No product name in a {@code Server} or {@code X-Powered-By} header, and no
     * MicroProfile Metrics at {@code /metrics} (served without authentication: JVM, threads, pools,
     * every endpoint's timings; nothing here scrapes it). A deployment on another Payara runs the
     * same commands (README).
     */
    static final List<String> PRE_BOOT_COMMANDS = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false",
            "set configs.config.server-config.microprofile-metrics-configuration.enabled=false");

    private final Process process;
    private final int port;

    private PayaraServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the WAR on {@code port} and returns once {@code /health/ready} answers 200. */
    public static PayaraServer start(Path microJar, Path war, int port, Map<String, String> config, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        Files.createDirectories(log.getParent());
        Path preBoot = Files.write(log.resolveSibling("payara-pre-boot.asadmin"), PRE_BOOT_COMMANDS);
        command.addAll(List.of("-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--prebootcommandfile", preBoot.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PayaraServer server = new PayaraServer(process, port);
        try {
            Processes.awaitHttpOk("Payara Micro", process, server.baseUrl() + "/health/ready", READY_WITHIN, log);
        } catch (RuntimeException e) {
            server.close(); // nobody else holds it: a server that never became ready must not outlive the caller
            throw e;
        }
        return server;
    }

    /** The server's root, e.g. {@code http://localhost:8080} (no trailing slash). */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }
}
