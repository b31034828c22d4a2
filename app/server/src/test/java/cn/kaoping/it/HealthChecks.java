package cn.kaoping.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/** What an anonymous client may read in a check of {@code /health/ready}. */
public final class HealthChecks {

    private HealthChecks() {
    }

    /**
     * Name and status, nothing of why (host, port, role go to the log); the one datum allowed is
     * the {@code keycloak} check's state of the realm's keys, a word.
     */
    public static void assertOnlyNameAndStatus(JsonObject check, String body) {
        assertTrue(check.keySet().containsAll(Set.of("name", "status")), body);
        assertTrue(Set.of("name", "status", "data").containsAll(check.keySet()), body);
        JsonObject data = check.containsKey("data") ? check.getJsonObject("data") : JsonValue.EMPTY_JSON_OBJECT;
        if (check.getString("name").equals("keycloak")) {
            assertEquals(Set.of("keys"), data.keySet(), body);
            assertTrue(Set.of("current", "kept", "none").contains(data.getString("keys")), body);
        } else {
            assertTrue(data.isEmpty(), body);
        }
    }
}
