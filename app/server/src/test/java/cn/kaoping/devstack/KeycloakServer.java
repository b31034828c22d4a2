package cn.kaoping.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist:zip}),
 * in development mode with the realm of {@code keycloak/} imported. It runs on a JDK 21+ found on
 * this machine. Always started with the same build options, so it augments itself only once.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "kaoping";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * How long Keycloak may take to answer once spawned: its first start augments the build
     * (Quarkus), which has taken over 4 minutes on a busy 2-core machine. A Keycloak that exits
     * fails the wait at once.
     */
    private static final Duration READY_WITHIN = Duration.ofMinutes(10);

    /**
     * Starts Keycloak installed under {@code home} and returns once its realm answers. The
     * installation is made from one shared copy per version under {@code cache} (see
     * {@link #install}); the process is held by {@code children} from the moment it is spawned.
     *
     * @param bindAddress the address it listens on (127.0.0.1 unless the stack is opened)
     * @param realmFile   the realm to import when it does not exist yet
     * @param freshRealm  drop Keycloak's own database first, so the realm is imported anew
     * @param nice        the CPU priority it runs at, as {@code nice} takes it (0: the same as the server's)
     */
    public static KeycloakServer start(Children children, Path cache, String bindAddress, Path distZip, Path home,
                                       Path realmFile, int port, int managementPort, boolean freshRealm, int nice, Path log)
            throws IOException {
        boolean installed = install(distZip, cache, home);
        if (freshRealm) {
            deleteTree(home.resolve("data/h2"));
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.getParent());

        List<String> command = new ArrayList<>();
        if (nice != 0) {
            command.addAll(List.of("nice", "-n", Integer.toString(nice)));
        }
        command.addAll(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + bindAddress, "--http-port=" + port, "--http-management-port=" + managementPort,
                "--import-realm"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", Jdks.find(21).toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        KeycloakServer server = new KeycloakServer(children.spawn("Keycloak", pb, Duration.ofSeconds(20)), port);
        try {
            Processes.awaitHttpOk("Keycloak", server.process,
                    server.issuer() + "/.well-known/openid-configuration", READY_WITHIN, log);
        } catch (RuntimeException e) {
            server.close(); // a server that never became ready must not outlive the caller
            throw e;
        }
        if (installed) {
            shareBuild(home, cache);
        }
        return server;
    }

    /**
     * Where installations are shared: {@code KAOPING_CACHE}, else {@code $XDG_CACHE_HOME/kaoping},
     * else {@code ~/.cache/kaoping}.
     */
    public static Path cache(Map<String, String> env) {
        String explicit = env.get("KAOPING_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("kaoping").toAbsolutePath();
    }

    /**
     * Makes {@code home} a Keycloak installation unless it is one: the distribution is unpacked
     * once per version into {@code cache} ({@code keycloak-<version>/}), and each installation
     * (the tests' under {@code target/}, the run's under {@code .kaoping/}) hard-links its
     * libraries and copies only what Keycloak writes: {@code lib/quarkus/} (the augmented build,
     * taken from {@code keycloak-<version>.build/} once a start has made it, so that a new
     * installation does not augment again), {@code bin/}, {@code conf/} and {@code data/}.
     *
     * @return whether {@code home} was made now
     */
    static boolean install(Path distZip, Path cache, Path home) throws IOException {
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return false;
        }
        String name = home.getFileName().toString();
        Path dist = cache.resolve(name);
        Files.createDirectories(cache);
        try (FileChannel lock = FileChannel.open(cache.resolve(name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lock.lock()) {
            if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
                unpack(distZip, dist);
            }
        }
        Path build = cache.resolve(name + ".build");
        Path staging = home.resolveSibling(name + ".installing");
        deleteTree(staging);
        Files.createDirectories(staging);
        try (var paths = Files.walk(dist)) {
            for (Path from : paths.toList()) {
                Path rel = dist.relativize(from);
                Path to = staging.resolve(rel.toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (rel.startsWith("lib/quarkus") && Files.isRegularFile(build.resolve(rel.getFileName()))) {
                    Files.copy(build.resolve(rel.getFileName()), to, StandardCopyOption.COPY_ATTRIBUTES);
                } else if (rel.startsWith("lib/quarkus") || rel.startsWith("bin") || rel.startsWith("conf")
                        || rel.startsWith("data")) {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                } else {
                    try {
                        Files.createLink(to, from);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES); // another file system
                    }
                }
            }
        }
        deleteTree(home);
        Files.createDirectories(home.getParent());
        Files.move(staging, home);
        return true;
    }

    /** Offers the build a start has just augmented to later installations, unless one is there. */
    private static void shareBuild(Path home, Path cache) {
        Path build = cache.resolve(home.getFileName() + ".build");
        if (Files.isDirectory(build) || !Files.isDirectory(home.resolve("lib/quarkus"))) {
            return;
        }
        Path staging = cache.resolve(home.getFileName() + ".build." + ProcessHandle.current().pid());
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            try (var files = Files.list(home.resolve("lib/quarkus"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, staging.resolve(f.getFileName().toString()));
                }
            }
            Files.move(staging, build, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another start shared its build first, or the cache is not writable: later ones augment
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // left for the next attempt
            }
        }
    }

    /** Keycloak's processes (the launch script and the JVM it runs), for tests that freeze it. */
    public java.util.List<ProcessHandle> processes() {
        java.util.List<ProcessHandle> all = new java.util.ArrayList<>();
        all.add(process.toHandle());
        process.descendants().forEach(all::add);
        return all;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The issuer of the realm's tokens, as MicroProfile JWT checks it. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }

    /** Unpacks the distribution's single top folder ({@code keycloak-26.x.y/}) as {@code home}. */
    private static void unpack(Path zip, Path home) throws IOException {
        Path staging = Files.createDirectories(home.resolveSibling(home.getFileName() + ".unpacking"));
        deleteTree(staging);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                String name = e.getName();
                int slash = name.indexOf('/');
                Path target = staging.resolve(slash < 0 ? name : name.substring(slash + 1)).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Entry outside the distribution: " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        deleteTree(home);
        Files.createDirectories(home.getParent());
        Files.move(staging, home);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
