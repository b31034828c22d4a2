package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.json;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.Fixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad facts are refused, all at once, each with its path; nothing is scored. */
class FactsRejectedTest {

    private static final Scheme SCHEME = oneIndicator("{'code': '1', 'name': '公开情况', 'points': '60', 'rules': ["
            + "{'id': 'r1', 'kind': 'per-occurrence', 'clause': '少一次扣10分', 'amount': '10'},"
            + "{'id': 'r2', 'kind': 'rate-tiers', 'clause': '完成率', 'tiers': [{'range': '[0%, 100%]', 'amount': '1'}]},"
            + "{'id': 'r3', 'kind': 'per-occurrence', 'clause': '按档次', 'grades': {'通报': '1'}}]}", 1);

    @Test
    void everyProblemOfTheFileIsListed() {
        assertEquals(List.of(
                        "facts[0].unit: unknown unit \"u9\"",
                        "facts[1].rule: unknown rule \"1/r9\"",
                        "facts[2].value: not read by per-occurrence rules",
                        "facts[3].value: a rate of 140% is outside 0%–100%",
                        // facts[3] was the first value for 1/r2, wrong as it is
                        "facts[4]: a second fact for 1/r2 and unit u1 (first: facts[3]); 1/r2 takes one value per unit",
                        "facts[5]: a second fact for 1/r2 and unit u1 (first: facts[3]); 1/r2 takes one value per unit",
                        "facts[6].grade: unknown grade \"警告\" for 1/r3 (one of 通报)",
                        "facts[7].grade: is required by 1/r3 (one of 通报)",
                        "facts[8].role: 1/r1 has no jointWork shares",
                        "facts[9].condition: 1/r1 has no multipliers",
                        "facts[10].rule: unknown prerequisite \"p1\""),
                rejected(SCHEME, "{'unit': 'u9', 'rule': '1/r1'}, {'unit': 'u1', 'rule': '1/r9'}, {'unit': 'u1', 'rule': '1/r1', 'value': '1'},"
                        + "{'unit': 'u1', 'rule': '1/r2', 'value': '140%'}, {'unit': 'u1', 'rule': '1/r2', 'value': '50%'},"
                        + "{'unit': 'u1', 'rule': '1/r2', 'value': '60%'}, {'unit': 'u1', 'rule': '1/r3', 'grade': '警告'},"
                        + "{'unit': 'u1', 'rule': '1/r3'}, {'unit': 'u1', 'rule': '1/r1', 'role': 'lead'},"
                        + "{'unit': 'u1', 'rule': '1/r1', 'condition': '双倍'}, {'unit': 'u1', 'rule': 'prerequisites/p1', 'met': true}"));
    }

    @Test
    void factsForAnotherSchemeAreRefused() {
        FactSet facts = SchemeFixtures.FACTS.load(new StringReader(json("{'scheme': 'other', 'facts': []}"))).orThrow();
        FactsRejected e = assertThrows(FactsRejected.class, () -> Fixture.ENGINE.evaluate(SCHEME, facts));
        assertEquals(List.of("scheme: the facts are for \"other\", not \"t\""), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theFactsFileItselfIsCheckedForShape() {
        List<String> problems = SchemeFixtures.FACTS.load(new StringReader(json("{'scheme': 't', 'facts': [{'unit': 'u1', "
                + "'rule': '1/r1', 'count': 0, 'value': 'abc', 'role': 'boss', 'colour': 'red'}]}"))).problems()
                .stream().map(Problem::toString).toList();
        assertEquals(List.of("facts[0].count: must be a whole number ≥ 1", "facts[0].value: \"abc\" is not a decimal number",
                "facts[0].role: \"boss\" is not one of \"lead\", \"co\"", "facts[0].colour: unknown field"), problems);
    }
}
