package cn.kaoping.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Signals;
import cn.kaoping.it.Stack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keycloak frozen for longer than MicroProfile JWT keeps the realm's keys (30 s,
 * {@code payara-mp-jwt.properties}): a token Keycloak issued before is still accepted, and
 * quickly, because the server reads the last good keys from its own copy; health says the keys
 * are kept and the server stays ready. Before {@link RealmKeys}, Payara fetched the keys from
 * Keycloak again once its cache expired, with no time bound, and every token was refused.
 */
class RealmKeysIT extends DeployedServer {

    /** Longer than Payara's key cache (publicKey.cache.ttl = 30 s) and than the test stack's key refresh (2 s). */
    private static final Duration FROZEN_FOR = Duration.ofSeconds(36);

    @Test
    void aTokenIssuedBeforeKeycloakFroze_isAcceptedAfterTheKeyCacheExpired() throws Exception {
        assertEquals(200, api.get("api/tenants/xingan", Optional.of("viewer")).status()); // keys read once
        String issuedBefore = Api.freshToken("viewer"); // never shown to the server before the freeze
        List<ProcessHandle> keycloak = Stack.keycloak().processes();
        Signals.send("STOP", keycloak);
        try {
            Thread.sleep(FROZEN_FOR.toMillis());
            Api.Response health = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> api.get("health/ready", Optional.empty()));
            assertEquals(200, health.status(), health.body());
            assertEquals("kept", keys(health), health.body());

            Instant start = Instant.now();
            Api.Response read = assertTimeoutPreemptively(Duration.ofSeconds(15),
                    () -> api.get("api/tenants/xingan", issuedBefore));
            assertEquals(200, read.status(), read.body());
            Duration took = Duration.between(start, Instant.now());
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
        } finally {
            Signals.send("CONT", keycloak);
        }
        Instant until = Instant.now().plusSeconds(30);
        Api.Response health;
        do {
            Thread.sleep(500);
            health = api.get("health/ready", Optional.empty());
        } while (!keys(health).equals("current") && Instant.now().isBefore(until));
        assertEquals("current", keys(health), health.body());
    }

    /** The state of the realm's keys in a health answer: the data of its check "keycloak". */
    private static String keys(Api.Response health) {
        return health.object().getJsonArray("checks").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("keycloak"))
                .map(c -> c.getJsonObject("data").getString("keys")).findFirst().orElse("absent");
    }
}
