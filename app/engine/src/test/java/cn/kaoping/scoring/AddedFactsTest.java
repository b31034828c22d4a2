package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.json;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facts checked against facts checked before ({@link PreparedScheme#add}) give exactly what one
 * facts file listing them all gives: the same evaluation, explanations included, and the same
 * refusals; the facts checked before are left as they were.
 */
class AddedFactsTest {

    /** A rule taking one value per unit (rate-tiers) and one counting occurrences, units u1, u2. */
    private static final Scheme SCHEME = Fixture.scheme("'units': [{'code': 'u1', 'name': '单位1'}, {'code': 'u2', 'name': '单位2'}],"
            + " 'results': {'prerequisites': [{'id': 'p1', 'text': '无重大责任事故'}]},"
            + " 'indicators': [{'code': '1', 'name': '公开情况', 'points': '60', 'rules': ["
            + "{'id': 'r1', 'kind': 'per-occurrence', 'clause': '少一次扣10分', 'amount': '10'},"
            + "{'id': 'r2', 'kind': 'rate-tiers', 'clause': '完成率', 'tiers': [{'range': '[0%, 100%]', 'amount': '1'}]}]}]");

    @ParameterizedTest
    @MethodSource("cn.kaoping.scoring.StandingsAndExplainTest#exampleFacts")
    void seedSchemesFactByFact(Path factsFile) {
        String name = factsFile.getFileName().toString().replaceFirst("\\.(example|sample)\\.facts\\.json$", ".scheme.json");
        PreparedScheme prepared = Fixture.ENGINE.prepare(SchemeFixtures.LOADER.load(factsFile.resolveSibling(name)).orThrow());
        FactSet whole = SchemeFixtures.FACTS.load(factsFile).orThrow();
        String expected = EvaluationJson.write(prepared.evaluate(whole));
        CheckedFacts checked = prepared.check(new FactSet(whole.scheme(), whole.units(), List.of()));
        for (Fact f : whole.facts()) {
            checked = prepared.add(checked, List.of(f));
        }
        assertEquals(whole.facts().size(), checked.size());
        assertEquals(expected, EvaluationJson.write(prepared.evaluate(checked)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1500, 2999})
    void theGeneratedCycleInTwoParts(int first) {
        PreparedScheme prepared = Fixture.ENGINE.prepare(CycleGenerator.scheme());
        FactSet whole = CycleGenerator.facts(3000, 42);
        CheckedFacts before = prepared.check(new FactSet(whole.scheme(), whole.units(), whole.facts().subList(0, first)));
        Standings beforeStandings = prepared.standings(before);
        CheckedFacts all = prepared.add(before, whole.facts().subList(first, whole.facts().size()));
        Evaluation expected = prepared.evaluate(whole);
        assertEquals(expected, prepared.evaluate(all));
        String unit = expected.units().get(0).unit().code();
        assertEquals(expected.unit(unit), prepared.explain(all, unit));
        // the facts checked before are as they were
        assertEquals(beforeStandings, prepared.standings(before));
    }

    /** 市对县 2.7 (audit F2/A2): the park takes the district's score, also when the district's fact comes later. */
    @Test
    void aUnitTakingAnothersFactsFollowsAFactAddedThere() {
        Path dir = SchemeFixtures.tenantSchemes().resolve("anon-city");
        PreparedScheme prepared = Fixture.ENGINE.prepare(SchemeFixtures.LOADER.load(dir.resolve("county-targets.scheme.json")).orThrow());
        String park = "{\"scheme\": \"anon-city-county-targets\", \"units\": [{\"code\": \"park\", \"name\": \"市直园区（示例）\"}], "
                + "\"facts\": [{\"unit\": \"park\", \"rule\": \"2.7/r1\", \"sameAs\": \"county-a\"}";
        String district = "{\"unit\": \"county-a\", \"rule\": \"2.7/r1\", \"score\": \"86.5\"}";
        FactSet whole = load(park + ", " + district + "]}");
        CheckedFacts parkOnly = prepared.check(load(park + "]}"));
        CheckedFacts both = prepared.add(parkOnly, SchemeFixtures.FACTS.facts(array("[" + district + "]"), parkOnly.size()).orThrow());
        assertEquals(EvaluationJson.write(prepared.evaluate(whole)), EvaluationJson.write(prepared.evaluate(both)));
    }

    @Test
    void aSecondValueIsRefusedAgainstTheFactsBefore() {
        PreparedScheme prepared = Fixture.ENGINE.prepare(SCHEME);
        CheckedFacts stored = prepared.check(Fixture.facts("{'id': 'fact-7', 'unit': 'u1', 'rule': '1/r2', 'value': '50%'},"
                + "{'id': 'fact-8', 'unit': 'u1', 'rule': 'prerequisites/p1', 'met': true}"));
        String storedEvaluated = EvaluationJson.write(prepared.evaluate(stored));
        // the added facts are named by their place among the added ones, the facts before by their id
        assertEquals(List.of("facts[1]: a second fact for 1/r2 and unit u1 (first: fact-7); 1/r2 takes one value per unit",
                        "facts[2]: a second fact for prerequisites/p1 and unit u1 (first: fact-8); a prerequisite is met or not once per unit",
                        "facts[3]: a second fact for 1/r2 and unit u2 (first: facts[0]); 1/r2 takes one value per unit"),
                rejected(prepared, stored, "[{'unit': 'u2', 'rule': '1/r2', 'value': '10%'}, {'unit': 'u1', 'rule': '1/r2', 'value': '60%'},"
                        + "{'unit': 'u1', 'rule': 'prerequisites/p1', 'met': false}, {'unit': 'u2', 'rule': '1/r2', 'value': '20%'}]"));
        // a refused addition leaves nothing behind: u2's first value is still its first
        CheckedFacts more = prepared.add(stored, added(stored, "[{'unit': 'u2', 'rule': '1/r2', 'value': '10%'},"
                + "{'unit': 'u1', 'rule': '1/r1', 'count': 2}]"));
        assertEquals(storedEvaluated, EvaluationJson.write(prepared.evaluate(stored)));
        // as one file listing them all
        assertEquals(EvaluationJson.write(prepared.evaluate(Fixture.facts("{'id': 'fact-7', 'unit': 'u1', 'rule': '1/r2', 'value': '50%'},"
                        + "{'id': 'fact-8', 'unit': 'u1', 'rule': 'prerequisites/p1', 'met': true},"
                        + "{'unit': 'u2', 'rule': '1/r2', 'value': '10%'}, {'unit': 'u1', 'rule': '1/r1', 'count': 2}"))),
                EvaluationJson.write(prepared.evaluate(more)));
    }

    @Test
    void factsAloneAreReadAtTheirPlace() {
        Loaded<List<Fact>> read = SchemeFixtures.FACTS.facts(array("[{'unit': 'u1', 'rule': '1/r1'}, {'unit': 'u2', 'rule': '1/r1', 'count': 3}]"), 5);
        assertEquals(List.of(5, 6), read.orThrow().stream().map(Fact::index).toList());
        assertEquals(List.of("facts[1].count: must be a whole number ≥ 1", "facts[1].colour: unknown field"),
                SchemeFixtures.FACTS.facts(array("[{'unit': 'u1', 'rule': '1/r1'}, {'unit': 'u1', 'rule': '1/r1', 'count': 0, 'colour': 'red'}]"), 5)
                        .problems().stream().map(Problem::toString).toList());
    }

    @Test
    void factsCheckedAgainstAnotherPreparedSchemeAreRefused() {
        CheckedFacts checked = Fixture.ENGINE.prepare(SCHEME).check(Fixture.facts(""));
        assertThrows(IllegalArgumentException.class, () -> Fixture.ENGINE.prepare(SCHEME).add(checked, List.of()));
    }

    private static List<String> rejected(PreparedScheme prepared, CheckedFacts before, String facts) {
        FactsRejected e = assertThrows(FactsRejected.class, () -> prepared.add(before,
                SchemeFixtures.FACTS.facts(array(facts), 0).orThrow()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static List<Fact> added(CheckedFacts before, String facts) {
        return SchemeFixtures.FACTS.facts(array(facts), before.size()).orThrow();
    }

    private static JsonArray array(String facts) {
        return Json.createReader(new StringReader(json(facts))).readArray();
    }

    private static FactSet load(String text) {
        return SchemeFixtures.FACTS.load(new StringReader(text)).orThrow();
    }
}
