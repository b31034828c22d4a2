package cn.kaoping.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Keycloak unpacked per version and machine, shared by the tests' and the run's installations. */
class KeycloakInstallTest {

    @TempDir
    Path dir;

    @Test
    void aSecondInstallationNeitherUnpacksNorAugmentsAgain() throws Exception {
        Path zip = dir.resolve("dist.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String[] e : new String[][] {{"bin/kc.sh", "#!/bin/sh\n"}, {"lib/lib/main/keycloak.jar", "classes"},
                    {"lib/quarkus/generated-bytecode.jar", "production build"}, {"conf/keycloak.conf", "# conf\n"}}) {
                out.putNextEntry(new ZipEntry("keycloak-26.0.0/" + e[0]));
                out.write(e[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        Path cache = dir.resolve("cache");
        Path tests = dir.resolve("target/it/keycloak-26.0.0");
        assertTrue(KeycloakServer.install(zip, cache, tests));
        assertTrue(Files.isExecutable(tests.resolve("bin/kc.sh")));
        assertTrue(Files.isRegularFile(cache.resolve("keycloak-26.0.0/bin/kc.sh")), "unpacked once into the cache");
        assertFalse(KeycloakServer.install(zip, cache, tests), "an installation is kept");

        // a start augmented the tests' installation and shared its build
        Files.createDirectories(cache.resolve("keycloak-26.0.0.build"));
        Files.writeString(cache.resolve("keycloak-26.0.0.build/generated-bytecode.jar"), "dev build");
        Files.delete(zip); // the second installation must not need the distribution again

        Path run = dir.resolve(".kaoping/keycloak-26.0.0");
        assertTrue(KeycloakServer.install(zip, cache, run));
        assertEquals("dev build", Files.readString(run.resolve("lib/quarkus/generated-bytecode.jar")));
        assertEquals(Files.getAttribute(cache.resolve("keycloak-26.0.0/lib/lib/main/keycloak.jar"), "unix:ino"),
                Files.getAttribute(run.resolve("lib/lib/main/keycloak.jar"), "unix:ino"), "libraries are shared, not copied");
        Files.writeString(run.resolve("lib/quarkus/generated-bytecode.jar"), "augmented again");
        assertEquals("dev build", Files.readString(cache.resolve("keycloak-26.0.0.build/generated-bytecode.jar")),
                "what Keycloak rewrites is each installation's own");
    }

    @Test
    void theCacheIsSharedUnderTheUsersCacheUnlessSet() {
        assertEquals(Path.of("/x/kaoping"), KeycloakServer.cache(Map.of("XDG_CACHE_HOME", "/x")));
        assertEquals(Path.of("/y"), KeycloakServer.cache(Map.of("KAOPING_CACHE", "/y")));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache/kaoping"), KeycloakServer.cache(Map.of()));
    }
}
