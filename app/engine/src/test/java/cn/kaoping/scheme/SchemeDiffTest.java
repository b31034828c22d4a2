package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The structural diff of two schemes, on 新干县's scheme and edits of it. */
class SchemeDiffTest {

    private static final JsonObject XINGAN = read();

    @Test
    void aSchemeAgainstItselfHasNoChange() {
        SchemeDiff diff = SchemeDiff.between(scheme(XINGAN), scheme(XINGAN));
        assertTrue(diff.isEmpty(), diff.toString());
    }

    @Test
    void aNewApprovalChainIsAChangeOfTheScheme() {
        JsonObject edited = Json.createObjectBuilder(XINGAN).add("approval", Json.createReader(new StringReader(
                "{\"levels\": [{\"id\": \"final\", \"name\": \"县考评领导小组审定\", \"covers\": \"cycle\","
                        + " \"signedBy\": {\"role\": \"approver\", \"scope\": \"tenant\"}}]}")).readObject()).build();
        assertEquals(List.of("approval"), SchemeDiff.between(scheme(XINGAN), scheme(edited)).scheme());
    }

    @Test
    void pointsMovedBetweenIndicatorsAndAnAmountChangedAreNamedWithTheirPoints() {
        // 15 + 10 stay 25: indicator 1 gets 20, indicator 2 keeps 5; rule 1/r1 deducts 4 instead of 3
        JsonObject edited = indicator(indicator(XINGAN, 0, i -> Json.createObjectBuilder(i).add("points", "20")
                        .add("rules", rule(i.getJsonArray("rules"), 0, r -> Json.createObjectBuilder(r).add("amount", "4").build()))
                        .build()),
                1, i -> Json.createObjectBuilder(i).add("points", "5.00").build());
        SchemeDiff diff = SchemeDiff.between(scheme(XINGAN), scheme(edited));

        assertEquals(List.of(), diff.scheme());
        assertEquals(List.of(
                new SchemeDiff.Entry("1", "领导重视情况", SchemeDiff.Change.CHANGED, points("15"), points("20"), List.of("points")),
                new SchemeDiff.Entry("2", XINGAN.getJsonArray("indicators").getJsonObject(1).getString("name"),
                        SchemeDiff.Change.CHANGED, points("10"), points("5.00"), List.of("points"))), diff.indicators());
        assertEquals(1, diff.rules().size());
        SchemeDiff.Entry rule = diff.rules().get(0);
        assertEquals("1/r1", rule.key());
        assertEquals(SchemeDiff.Change.CHANGED, rule.change());
        assertEquals(List.of("params"), rule.changed());
    }

    @Test
    void aWindowPutOnARuleIsAChangeOfTheRule() {
        // 湖北 两年内 written on 新干's rule 1/r1: {"within": {"years": 2}}
        JsonObject edited = indicator(XINGAN, 0, i -> Json.createObjectBuilder(i).add("rules", rule(i.getJsonArray("rules"), 0,
                r -> Json.createObjectBuilder(r).add("within", Json.createObjectBuilder().add("years", 2)).build())).build());
        SchemeDiff diff = SchemeDiff.between(scheme(XINGAN), scheme(edited));
        assertEquals(1, diff.rules().size());
        assertEquals(List.of("within"), diff.rules().get(0).changed());
    }

    @Test
    void addedAndRemovedIndicatorsAndRulesAreListedWithTheirPoints() {
        // indicator 4 (15 points) is split: 4 keeps 10 and loses rule r2; a new indicator 6 has 5 and one rule
        JsonObject six = Json.createObjectBuilder().add("code", "6").add("name", "新增指标").add("points", "5")
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "r1").add("kind", "once")
                        .add("clause", "未按时报送的扣2分").add("amount", "2")))
                .build();
        JsonObject edited = indicator(XINGAN, 3, i -> Json.createObjectBuilder(i).add("points", "10")
                .add("rules", Json.createArrayBuilder().add(i.getJsonArray("rules").get(0))).build());
        JsonArrayBuilder indicators = Json.createArrayBuilder(edited.getJsonArray("indicators")).add(six);
        edited = Json.createObjectBuilder(edited).add("indicators", indicators).add("year", 2007).build();

        SchemeDiff diff = SchemeDiff.between(scheme(XINGAN), scheme(edited));

        assertEquals(List.of("year", "period"), diff.scheme()); // the 考核期 follows the year unless written
        assertEquals(List.of("4:CHANGED:15>10", "6:ADDED:>5"), diff.indicators().stream().map(SchemeDiffTest::brief).toList());
        assertEquals(List.of("6/r1:ADDED:>", "4/r2:REMOVED:>"), diff.rules().stream().map(SchemeDiffTest::brief).toList());
        assertEquals("未按时报送的扣2分", diff.rules().get(0).name());
    }

    private static String brief(SchemeDiff.Entry e) {
        return e.key() + ":" + e.change() + ":" + e.before().map(BigDecimal::toPlainString).orElse("") + ">"
                + e.after().map(BigDecimal::toPlainString).orElse("");
    }

    private static Optional<BigDecimal> points(String text) {
        return Optional.of(new BigDecimal(text));
    }

    private static JsonObject indicator(JsonObject scheme, int index, UnaryOperator<JsonObject> edit) {
        return Json.createObjectBuilder(scheme).add("indicators", replace(scheme.getJsonArray("indicators"), index, edit)).build();
    }

    private static JsonArray rule(JsonArray rules, int index, UnaryOperator<JsonObject> edit) {
        return replace(rules, index, edit);
    }

    private static JsonArray replace(JsonArray array, int index, UnaryOperator<JsonObject> edit) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            b.add(i == index ? edit.apply(v.asJsonObject()) : v);
        }
        return b.build();
    }

    private static Scheme scheme(JsonObject json) {
        return SchemeFixtures.LOADER.load(new StringReader(json.toString())).orThrow();
    }

    private static JsonObject read() {
        try {
            return Json.createReader(new StringReader(Files.readString(SchemeFixtures.xingan()))).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
