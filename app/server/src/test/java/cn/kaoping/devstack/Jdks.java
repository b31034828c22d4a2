package cn.kaoping.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds a JDK of at least a given major version on this machine (Keycloak 26 needs 21+). */
final class Jdks {

    private Jdks() {
    }

    /**
     * Looks in {@code KAOPING_KEYCLOAK_JAVA_HOME}, {@code JAVA_HOME}, the running JVM and the
     * usual installation folders, in that order.
     */
    static Path find(int minimumMajor) {
        List<Path> candidates = new ArrayList<>();
        env("KAOPING_KEYCLOAK_JAVA_HOME").ifPresent(candidates::add);
        env("JAVA_HOME").ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String root : List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt",
                System.getProperty("user.home") + "/.sdkman/candidates/java", "/Library/Java/JavaVirtualMachines")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    entries.sorted().forEach(p -> {
                        candidates.add(p);
                        candidates.add(p.resolve("Contents/Home"));
                    });
                } catch (IOException ignored) {
                    // an unreadable folder holds no usable JDK
                }
            }
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> majorVersion(home).orElse(0) >= minimumMajor)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK " + minimumMajor
                        + " or newer and none was found: install one (e.g. apt-get install openjdk-21-jdk-headless)"
                        + " or point KAOPING_KEYCLOAK_JAVA_HOME at it."));
    }

    private static Optional<Path> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).map(Path::of);
    }

    /** The major version from the JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"}). */
    private static Optional<Integer> majorVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(release)) {
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("JAVA_VERSION", "").replace("\"", "");
            String major = version.startsWith("1.") ? version.substring(2, 3) : version.split("[.+-]")[0];
            return Optional.of(Integer.parseInt(major));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
