package cn.kaoping.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Payara Micro running the application WAR at the root context, configured by system properties.
 * Used by the run command ({@link DevStack}) and, once per test run, by the integration tests
 * ({@code cn.kaoping.it.Stack}). Started without phoning home (no call to Payara's servers) and
 * without clustering.
 */
public final class PayaraServer implements AutoCloseable {

    /**
     * Ready means booted, migrated and with the demo tenants provisioned through Keycloak; on a
     * busy 2-core machine that has taken 2.5 minutes once Keycloak answered. So Payara is awaited
     * as long as what it needs (Keycloak) is still coming up, then this long at most.
     */
    private static final Duration READY_AFTER_DEPENDENCIES = Duration.ofMinutes(7);
    /**
     * What Payara Micro logs once it has booted and deployed ("Payara Micro 6.2025.10 (build 42) ready
     * in 67,813 (ms)"), also when the deployment failed: after it, a missing {@code /health/ready}
     * means the WAR is not deployed, and the wait ends at once.
     */
    static final String BOOTED = ") ready in ";
    /** A bound on the whole wait, however slow the dependencies. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(20);

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

    /**
     * Payara's data grid configuration, given by {@code -Dhazelcast.config}: neither
     * {@code --nocluster}, {@code --nohazelcast} nor {@code --interfaces} keeps Payara Micro
     * 6.2025.10 from listening on port 6900 of every interface, where a neighbour could join the
     * grid. This binds it to 127.0.0.1 ({@code hazelcast.socket.bind.any=false} with one
     * interface) and turns every way of discovering members off, so that two servers on one
     * machine (a run and a test run) never form a cluster either.
     */
    static final String DATA_GRID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <hazelcast xmlns="http://www.hazelcast.com/schema/config">
              <properties>
                <property name="hazelcast.socket.bind.any">false</property>
                <property name="hazelcast.phone.home.enabled">false</property>
              </properties>
              <network>
                <port auto-increment="true" port-count="100">6900</port>
                <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
                <join>
                  <auto-detection enabled="false"/>
                  <multicast enabled="false"/>
                  <tcp-ip enabled="false"/>
                </join>
              </network>
            </hazelcast>
            """;

    private final Process process;
    private final int port;

    private PayaraServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the WAR on {@code bindAddress:port} and returns once {@code /health/ready} answers 200
     * from this very process. The process is held by {@code children} from the moment it is
     * spawned. Payara's data grid (Hazelcast, which this single server does not use to share
     * anything) is configured by {@link #DATA_GRID}, so that it listens on loopback only and joins
     * no other member.
     *
     * @param dependenciesPending whether what the server needs is still coming up (the wait goes
     *                            on meanwhile); throws when one of them failed (the wait ends)
     */
    public static PayaraServer start(Children children, String bindAddress, Path microJar, Path war, int port,
                                     Map<String, String> config, Path log, BooleanSupplier dependenciesPending)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> preBootCommands = new ArrayList<>(PRE_BOOT_COMMANDS);
        preBootCommands.add("set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=" + bindAddress);
        Path preBoot = Files.write(log.resolveSibling("payara-preboot.asadmin"), preBootCommands);
        Path dataGrid = Files.writeString(log.resolveSibling("payara-hazelcast.xml"), DATA_GRID);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dhazelcast.config=" + dataGrid);
        // a flight recording of the server, written when it stops (BENCHMARK.md: profiling FactEntryLoadIT)
        // (stacks 256 deep: Payara's request stacks are deeper than the default 64, which cut off the application's frames)
        java.util.Optional.ofNullable(System.getProperty("kaoping.payara.jfr")).ifPresent(file -> command.addAll(List.of(
                "-XX:FlightRecorderOptions:stackdepth=256",
                "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file)));
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome"));
        command.addAll(List.of("--prebootcommandfile", preBoot.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        PayaraServer server = new PayaraServer(children.spawn("Payara Micro", builder, Duration.ofSeconds(30)), port);
        try {
            Processes.awaitHttpOk("Payara Micro", server.process, server.baseUrl() + "/health/ready",
                    READY_AFTER_DEPENDENCIES, READY_WITHIN, dependenciesPending, log, Optional.of(BOOTED));
        } catch (RuntimeException e) {
            server.close(); // a server that never became ready must not outlive the caller
            throw e;
        }
        return server;
    }

    /** The server's process (tests that look at what it listens on). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** The server's root, e.g. {@code http://localhost:8080} (no trailing slash). */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Waits until the server exits; returns its exit code. */
    int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }
}
