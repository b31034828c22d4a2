package cn.kaoping.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmKeysTest {

    private static final String KEY_SET = "{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";

    @TempDir
    Path directory;

    @Test
    void onlyAKeySetWithKeysIsKept() {
        assertTrue(RealmKeys.holdsKeys(KEY_SET));
        assertFalse(RealmKeys.holdsKeys("{\"keys\":[]}"));
        assertFalse(RealmKeys.holdsKeys("{\"keys\":[{\"kid\":\"k1\"}]}"));
        assertFalse(RealmKeys.holdsKeys("{\"keys\":{}}"));
        assertFalse(RealmKeys.holdsKeys("[]"));
        assertFalse(RealmKeys.holdsKeys("<html>proxy error</html>"));
        assertFalse(RealmKeys.holdsKeys(""));
    }

    @Test
    void aFetchedKeySetReplacesTheFileAndTheStateIsCurrent() throws IOException {
        RealmKeys keys = keys("http://127.0.0.1:1/realms/none");
        assertEquals(RealmKeys.State.NONE, keys.state());
        keys.keep(KEY_SET);
        assertEquals(KEY_SET, Files.readString(Path.of(keys.file)));
        assertEquals(RealmKeys.State.CURRENT, keys.state());
        assertTrue(keys.fetchedAt().isPresent());
    }

    @Test
    void somethingElseThanAKeySetLeavesTheLastGoodKeys() throws IOException {
        RealmKeys keys = keys("http://127.0.0.1:1/realms/none");
        keys.keep(KEY_SET);
        assertThrows(IOException.class, () -> keys.keep("{\"keys\":[]}"));
        assertEquals(KEY_SET, Files.readString(Path.of(keys.file)));
    }

    @Test
    void anUnreachableKeycloakKeepsTheLastGoodKeys() throws IOException {
        RealmKeys keys = keys("http://127.0.0.1:1/realms/none"); // port 1: connection refused at once
        keys.keep(KEY_SET);
        keys.refresh();
        assertEquals(RealmKeys.State.KEPT, keys.state());
        assertEquals(KEY_SET, Files.readString(Path.of(keys.file)));
    }

    @Test
    void withoutAnyKeySetYetAFailedFetchLeavesNoFile() {
        RealmKeys keys = keys("http://127.0.0.1:1/realms/none");
        keys.refresh();
        assertEquals(RealmKeys.State.NONE, keys.state());
        assertFalse(Files.exists(Path.of(keys.file)), "an empty file would be cached as 'no key'");
    }

    private RealmKeys keys(String issuer) {
        RealmKeys keys = new RealmKeys();
        keys.issuer = issuer;
        keys.file = directory.resolve("keys/jwks.json").toString();
        keys.readTimeoutMillis = 2000;
        keys.http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        return keys;
    }
}
