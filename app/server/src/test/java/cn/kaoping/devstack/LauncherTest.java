package cn.kaoping.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's launcher ({@link DevStack}) with stand-ins for Keycloak (a {@code kc.sh}) and
 * Payara Micro ({@link FakeServer}), on ports chosen free: a taken port is refused before anything
 * starts, and a failed start leaves no process behind.
 */
class LauncherTest {

    @TempDir
    Path dir;
    private Set<Long> before;
    private final Children children = new Children();

    @BeforeEach
    void remember() {
        before = descendants();
    }

    @AfterEach
    void stopLeftovers() {
        children.close();
    }

    @Test
    void aTakenPortIsRefusedNamingThePortItsVariableAndItsOwnerBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            DevStack.Settings s = settings(port, freePort(), Optional.of("jdbc:postgresql://localhost:1/x"),
                    fakeKeycloak("exec sleep 600"), fakePayara(600_000, 0));
            Ports.Taken refused = assertThrows(Ports.Taken.class, () -> DevStack.start(s, children));
            String m = refused.getMessage();
            assertTrue(m.contains("Port " + port + " (Payara Micro, the API)"), m);
            assertTrue(m.contains("KAOPING_HTTP_PORT"), m);
            assertTrue(m.contains("PID " + ProcessHandle.current().pid()), m);
            assertEquals(Set.of(), newDescendants(), "nothing was spawned");
            assertFalse(Files.exists(dir.resolve("kc.pid")));
        }
    }

    @Test
    void payaraDyingWhileKeycloakComesUpStopsKeycloakToo() throws Exception {
        DevStack.Settings s = settings(freePort(), freePort(), Optional.of("jdbc:postgresql://localhost:1/x"),
                fakeKeycloak("echo $$ > " + dir.resolve("kc.pid") + "; sleep 600 & wait"), fakePayara(3_000, 3));
        Instant start = Instant.now();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DevStack.start(s, children));
        assertTrue(e.getMessage().contains("Payara Micro exited with 3"), e.getMessage());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 60, "failed fast");
        long keycloak = Long.parseLong(Files.readString(dir.resolve("kc.pid")).trim());
        assertFalse(ProcessHandle.of(keycloak).map(ProcessHandle::isAlive).orElse(false), "Keycloak was stopped");
        assertEquals(Set.of(), newDescendants(), "no process left behind");
    }

    @Test
    void keycloakDyingEndsTheWaitForPayaraAtOnceAndStopsIt() throws Exception {
        DevStack.Settings s = settings(freePort(), freePort(), Optional.of("jdbc:postgresql://localhost:1/x"),
                fakeKeycloak("sleep 2; echo 'no Java here' >&2; exit 4"), fakePayara(600_000, 0));
        Instant start = Instant.now();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DevStack.start(s, children));
        assertTrue(e.getMessage().contains("Keycloak did not start"), e.getMessage());
        assertTrue(e.getMessage().contains("exited with 4"), e.getMessage());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 60, "failed fast");
        long payara = Long.parseLong(Files.readString(dir.resolve("payara.pid")).trim());
        assertFalse(ProcessHandle.of(payara).map(ProcessHandle::isAlive).orElse(false), "Payara was stopped");
        assertEquals(Set.of(), newDescendants(), "no process left behind");
    }

    @Test
    void aServerThatNeverAnswersIsStoppedWithItsDescendants() throws Exception {
        Process p = children.spawn("never", new ProcessBuilder("sh", "-c", "sleep 600 & sleep 600 & wait"), Duration.ofSeconds(5));
        Path log = Files.writeString(dir.resolve("never.log"), "");
        Thread.sleep(300);
        List<ProcessHandle> family = p.descendants().toList();
        assertEquals(2, family.size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Processes.awaitHttpOk("never", p,
                "http://127.0.0.1:" + freePort() + "/", Duration.ofSeconds(2), log));
        assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
        children.close();
        assertFalse(p.isAlive());
        family.forEach(d -> assertFalse(d.isAlive(), "descendant " + d.pid()));
        assertThrows(IllegalStateException.class, () -> children.spawn("late", new ProcessBuilder("true"), Duration.ZERO),
                "nothing is spawned once the stack stops");
    }

    @Test
    void anAnswerFromAnotherProcessIsNotTakenForTheServerStarted() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        other.start();
        try {
            Process p = children.spawn("mine", new ProcessBuilder("sleep", "600"), Duration.ofSeconds(5));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Processes.awaitHttpOk("mine", p,
                    "http://127.0.0.1:" + other.getAddress().getPort() + "/", Duration.ofSeconds(10), dir.resolve("none.log")));
            assertTrue(e.getMessage().contains("not from the mine just started"), e.getMessage());
            assertTrue(e.getMessage().contains("PID " + ProcessHandle.current().pid()), e.getMessage());
        } finally {
            other.stop(0);
        }
    }

    @Test
    void theWaitLastsWhileDependenciesComeUpAndEndsWhenOneFails() throws Exception {
        Process p = children.spawn("waiting", new ProcessBuilder("sleep", "600"), Duration.ofSeconds(5));
        String url = "http://127.0.0.1:" + freePort() + "/";
        Instant start = Instant.now();
        Instant depsReady = start.plusSeconds(3);
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> Processes.awaitHttpOk("waiting", p, url,
                Duration.ofSeconds(1), Duration.ofSeconds(30), () -> Instant.now().isBefore(depsReady), dir.resolve("none.log"),
                Optional.empty()));
        long waited = Duration.between(start, Instant.now()).toMillis();
        assertTrue(waited >= 3_900 && waited < 15_000, "waited " + waited + " ms: " + late.getMessage());
        assertTrue(late.getMessage().contains("after what it needs was ready"), late.getMessage());

        Instant again = Instant.now();
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> Processes.awaitHttpOk("waiting", p, url,
                Duration.ofMinutes(5), Duration.ofMinutes(5), () -> {
                    throw new IllegalStateException("Keycloak did not start");
                }, dir.resolve("none.log"), Optional.empty()));
        assertEquals("Keycloak did not start", failed.getMessage());
        assertTrue(Duration.between(again, Instant.now()).toSeconds() < 5);
    }

    @Test
    void aServerThatStartedWithoutDeployingTheApplicationFailsAtOnce() throws Exception {
        // Payara Micro logs its start also when the WAR failed to deploy; the URL is then not found
        HttpServer empty = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        empty.createContext("/", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        empty.start();
        try {
            Path log = Files.writeString(dir.resolve("payara.log"), "Exception during lifecycle processing\n"
                    + "Payara Micro 6.2025.10 (build 42)" + PayaraServer.BOOTED + "12,345 (ms)\n");
            Process p = children.spawn("payara", new ProcessBuilder("sleep", "600"), Duration.ofSeconds(5));
            Instant start = Instant.now();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Processes.awaitHttpOk("payara", p,
                    "http://127.0.0.1:" + empty.getAddress().getPort() + "/health/ready", Duration.ofMinutes(7),
                    Duration.ofMinutes(20), () -> false, log, Optional.of(PayaraServer.BOOTED)));
            assertTrue(e.getMessage().contains("failed to deploy"), e.getMessage());
            assertTrue(e.getMessage().contains("Exception during lifecycle processing"), "the log's tail is shown: " + e.getMessage());
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "failed at once, not after 7 minutes");
        } finally {
            empty.stop(0);
        }
    }

    @Test
    void keycloakRunsBelowTheApisCpuPriority() throws Exception {
        assertEquals(10, DevStack.Settings.of(Map.of()).keycloakNice());
        assertEquals(0, DevStack.Settings.of(Map.of("KAOPING_KEYCLOAK_NICE", "0")).keycloakNice());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> DevStack.Settings.of(Map.of("KAOPING_KEYCLOAK_NICE", "20")));
        assertTrue(wrong.getMessage().contains("KAOPING_KEYCLOAK_NICE must be a whole number from 0 to 19"), wrong.getMessage());

        Path seen = dir.resolve("kc.nice");
        DevStack.Settings s = settings(freePort(), freePort(), Optional.of("jdbc:postgresql://localhost:1/x"),
                fakeKeycloak("nice > " + seen + ".part && mv " + seen + ".part " + seen + "; sleep 600 & wait"),
                fakePayara(3_000, 3), 10);
        assertThrows(IllegalStateException.class, () -> DevStack.start(s, children));
        int own = Integer.parseInt(new String(new ProcessBuilder("nice").start().getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim());
        assertEquals(Math.min(19, own + 10), Integer.parseInt(Files.readString(seen).trim()), "kc.sh ran at the launcher's nice + 10");
    }

    @Test
    void theStackListensOnLoopbackUnlessOpened() {
        assertEquals("127.0.0.1", DevStack.Settings.of(Map.of()).bind());
        assertEquals("0.0.0.0", DevStack.Settings.of(Map.of("KAOPING_BIND", "0.0.0.0")).bind());
    }

    private DevStack.Settings settings(int httpPort, int keycloakPort, Optional<String> externalDb, Path keycloakZip,
                                       Path payaraJar) throws IOException {
        return settings(httpPort, keycloakPort, externalDb, keycloakZip, payaraJar, 0);
    }

    private DevStack.Settings settings(int httpPort, int keycloakPort, Optional<String> externalDb, Path keycloakZip,
                                       Path payaraJar, int keycloakNice) throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createDirectories(root.resolve("keycloak"));
        Files.writeString(root.resolve("keycloak/kaoping-realm.json"), "{}");
        return new DevStack.Settings(root, dir.resolve("home"), dir.resolve("cache"), "127.0.0.1", httpPort, externalDb,
                0, Optional.empty(), keycloakPort, keycloakNice, dir.resolve("kaoping.war"), payaraJar, keycloakZip, "test");
    }

    /** A Keycloak distribution whose {@code kc.sh} runs {@code script}. */
    private Path fakeKeycloak(String script) throws IOException {
        Path zip = dir.resolve("keycloak.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("keycloak-test/bin/kc.sh"));
            out.write(("#!/bin/sh\n" + script + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("keycloak-test/lib/lib/main/some.jar"));
            out.write(new byte[] {1, 2, 3});
        }
        return zip;
    }

    /** A Payara Micro that writes its PID, lives {@code millis} and exits with {@code exit}. */
    private Path fakePayara(long millis, int exit) throws IOException {
        Path jar = dir.resolve("payara.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeServer.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             InputStream cls = FakeServer.class.getResourceAsStream("FakeServer.class")) {
            out.putNextEntry(new JarEntry(FakeServer.class.getName().replace('.', '/') + ".class"));
            cls.transferTo(out);
            out.putNextEntry(new JarEntry("fake.properties"));
            out.write(("pidFile=" + dir.resolve("payara.pid") + "\nmillis=" + millis + "\nexit=" + exit + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private Set<Long> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    private Set<Long> newDescendants() {
        Set<Long> now = descendants();
        now.removeAll(before);
        return now;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
