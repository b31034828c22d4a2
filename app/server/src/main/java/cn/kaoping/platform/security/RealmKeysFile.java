package cn.kaoping.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default of {@code kaoping.oidc.keys.file}: a file in a directory of its own, made once per
 * server process, so that two servers on one machine never read each other's realm keys. The file
 * does not exist until {@link RealmKeys} has fetched a key set (an empty file would be cached by
 * MicroProfile JWT as "no key"). The lowest ordinal: a system property, an environment variable
 * ({@code KAOPING_OIDC_KEYS_FILE}) or {@code microprofile-config.properties} overrides it.
 */
public class RealmKeysFile implements ConfigSource {

    static final String NAME = "kaoping.oidc.keys.file";
    private static final String DEFAULT = defaultFile();

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, DEFAULT);
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName) ? DEFAULT : null;
    }

    @Override
    public String getName() {
        return "kaoping-realm-keys-file";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }

    private static String defaultFile() {
        try {
            Path directory = Files.createTempDirectory("kaoping-realm-keys-");
            directory.toFile().deleteOnExit();
            Path file = directory.resolve("jwks.json");
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for the realm's keys", e);
        }
    }
}
