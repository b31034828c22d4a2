package cn.kaoping.entry;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One version of a fact as the API shows it: the fact ({@code id}, stable across corrections), its
 * {@code version} (the ETag a change sends back), what this entry did, the fact as the facts
 * format writes it (none once withdrawn), the reason, who entered it (Keycloak subject and name)
 * and when.
 */
public record FactView(long id, int version, FactEntry.Action action, String unit, String rule,
                       Optional<String> agency, Optional<JsonObject> fact, Optional<String> reason,
                       String enteredBy, String enteredBySubject, OffsetDateTime enteredAt) {

    /** The JSON provider, looked up once: {@code Json.create…} looks it up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static FactView of(FactEntry e, Optional<String> reason, String subject, String name, OffsetDateTime at) {
        return new FactView(e.factId(), e.version(), e.action(), e.unit(), e.rule(), e.agency(),
                e.fact().map(text -> JSON.createReader(new StringReader(text)).readObject()), reason, name, subject, at);
    }
}
