package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scoring.RuleRegistry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code tenant-schemes/schema/} say what the rule kinds' descriptions say: their
 * kind-specific parts are made from {@link RuleKind#describe()} ({@link KindSchemas}) and compared
 * with the committed files. After changing a kind, regenerate them with
 * {@code mvn -o -q test -pl app/engine -Dtest=KindSchemasTest -Dkaoping.writeSchemas=true}
 * and commit the result.
 */
class KindSchemasTest {

    private static final RuleRegistry KINDS = RuleRegistry.standard();

    @Test
    void theSchemeSchemaDescribesEveryKindsParameters() throws IOException {
        holds("scheme.schema.json", KindSchemas::scheme);
    }

    @Test
    void theFactsSchemaDescribesEveryKindsFactFields() throws IOException {
        holds("facts.schema.json", KindSchemas::facts);
    }

    private static void holds(String name, BiFunction<JsonObject, RuleKindCatalog, JsonObject> generate) throws IOException {
        Path file = SchemeFixtures.tenantSchemes().resolve("schema").resolve(name);
        JsonObject committed;
        try (JsonReader in = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            committed = in.readObject();
        }
        JsonObject expected = generate.apply(committed, KINDS);
        if (Boolean.getBoolean("kaoping.writeSchemas")) {
            Files.writeString(file, KindSchemas.pretty(expected), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(KindSchemas.pretty(expected), KindSchemas.pretty(committed), name + " differs from the rule kinds' "
                + "descriptions; regenerate it: mvn -o -q test -pl app/engine -Dtest=KindSchemasTest -Dkaoping.writeSchemas=true");
    }
}
