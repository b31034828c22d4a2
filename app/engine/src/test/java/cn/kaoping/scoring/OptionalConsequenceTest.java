package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.ResultLookups.unit;
import static cn.kaoping.scoring.StandingsTest.member;
import static cn.kaoping.scoring.StandingsTest.scheme;
import static cn.kaoping.scoring.StandingsTest.total;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consequence optional for some series (漳州 六2 评为优秀单位的…按20%下达…(第三系列的单位可比照执行)): mandatory
 * elsewhere, pending for those series until a {@code decisions/<name>} fact decides it per unit (FORMAT.md §6).
 */
class OptionalConsequenceTest {

    private static final Scheme SCHEME = scheme(member("a", "s1") + "," + member("b", "s2") + "," + member("c", "s2"),
            "{'grades': [{'name': '优秀', 'score': '[90, ∞)'}, {'name': '合格'}], 'consequences': ["
                    + "{'grade': '优秀', 'outcome': '优秀比例按20%下达', 'measures': {'staffExcellentRatio': '20%'}, "
                    + "'optional': {'series': ['s2'], 'decision': '比照执行'}}]}");

    private static List<String> outcomes(Evaluation e, String code) {
        return unit(e, code).outcomes().stream().map(UnitResult.Outcome::text).toList();
    }

    @Test
    void mandatoryForOtherSeriesPendingUntilDecidedForTheNamedOnes() {
        // a (s1) 95: 优秀, the consequence applies; b and c (s2) 95 and 92: 优秀, may follow it — pending, not applied
        Evaluation undecided = evaluate(SCHEME, total("a", "95") + "," + total("b", "95") + "," + total("c", "92"));
        assertEquals(List.of("优秀比例按20%下达"), outcomes(undecided, "a"));
        assertEquals(List.of(), unit(undecided, "a").pending());
        assertEquals(List.of(), outcomes(undecided, "b"));
        assertEquals(List.of("比照执行"), unit(undecided, "b").pending());
        assertEquals(List.of("可比照执行，待研究决定（比照执行）：优秀比例按20%下达"), unit(undecided, "b").notes());
        // decided: b follows it (20%), c does not; neither is pending any more
        Evaluation decided = evaluate(SCHEME, total("a", "95") + "," + total("b", "95") + "," + total("c", "92") + ","
                + "{'unit': 'b', 'rule': 'decisions/比照执行', 'granted': true, 'decidedBy': '效能办', 'decidedOn': '2010-01-20', 'reason': '同意'},"
                + "{'unit': 'c', 'rule': 'decisions/比照执行', 'granted': false, 'decidedBy': '效能办', 'decidedOn': '2010-01-20', 'reason': '不同意'}");
        assertEquals(List.of("优秀比例按20%下达"), outcomes(decided, "b"));
        assertEquals(List.of(), outcomes(decided, "c"));
        assertEquals(List.of(List.of(), List.of(), List.of()), decided.units().stream().map(UnitResult::pending).toList());
        assertEquals(List.of("经研究决定（效能办，2010-01-20，facts[3]）：适用「比照执行」。理由：同意"), unit(decided, "b").notes());
        assertEquals(List.of("经研究决定（效能办，2010-01-20，facts[4]）：不适用「比照执行」。理由：不同意"), unit(decided, "c").notes());
    }

    @Test
    void aConsequenceWhoseConditionsFailWaitsForNothing() {
        // c (s2) 80: 合格, so the 优秀 consequence does not hold and nothing is pending for it
        Evaluation e = evaluate(SCHEME, total("a", "95") + "," + total("b", "95") + "," + total("c", "80"));
        assertEquals(List.of(), unit(e, "c").pending());
        assertEquals(List.of(), unit(e, "c").notes());
    }

    private static List<String> problems(String consequences) {
        return SchemeFixtures.problems(Fixture.json("{'format': 'kaoping-scheme/1', 'id': 't', 'jurisdiction': {'code': '0', 'name': 'x'}, "
                + "'year': 2020, 'name': 'x', 'series': [{'code': 's1', 'name': '一'}], 'indicators': [], 'results': {'grades': "
                + "[{'name': '优秀', 'quota': 1}], 'consequences': [" + consequences + "]}}"));
    }

    @Test
    void optionalNamesKnownSeriesAndADecisionOfItsOwn() {
        assertEquals(List.of("results.consequences[0].optional.decision: is required",
                        "results.consequences[1].optional.when: unknown field"),
                problems("{'outcome': 'o', 'optional': {'series': ['s1']}}, {'outcome': 'o', 'optional': {'series': ['s1'], "
                        + "'decision': 'd', 'when': 'x'}}"));
        assertEquals(List.of("results.consequences[0].optional.series: names the series for which the consequence is optional (at least one)",
                        "results.consequences[1].optional.series[0]: unknown series \"s9\"",
                        "results.consequences[1].optional.decision: \"优秀\" already names a grade with a quota or a prize, whose decisions "
                                + "settle ties; choose another name"),
                problems("{'outcome': 'o', 'optional': {'series': [], 'decision': 'd'}}, {'outcome': 'o', 'optional': {'series': ['s9'], "
                        + "'decision': '优秀'}}"));
    }
}
