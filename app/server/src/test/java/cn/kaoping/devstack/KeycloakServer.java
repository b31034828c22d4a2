package cn.kaoping.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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
     * Starts Keycloak installed under {@code home} (unpacked from {@code distZip} if absent).
     *
     * @param realmFile  the realm to import when it does not exist yet
     * @param freshRealm drop Keycloak's own database first, so the realm is imported anew
     */
    public static KeycloakServer start(Path distZip, Path home, Path realmFile, int port, int managementPort,
                                       boolean freshRealm, Path log) throws IOException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            unpack(distZip, home);
        }
        if (freshRealm) {
            deleteTree(home.resolve("data/h2"));
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.getParent());

        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", Jdks.find(21).toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        KeycloakServer server = new KeycloakServer(pb.start(), port);
        try {
            Processes.awaitHttpOk("Keycloak", server.process,
                    server.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(5), log);
        } catch (RuntimeException e) {
            server.close(); // nobody else holds it: a server that never became ready must not outlive the caller
            throw e;
        }
        return server;
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
