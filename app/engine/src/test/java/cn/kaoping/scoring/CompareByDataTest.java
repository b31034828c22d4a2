package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Range;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.kind.PerCountKind;
import cn.kaoping.scoring.kind.RateTiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two evaluations compare by their data (amounts, facts, justifications), never by their wording. */
class CompareByDataTest {

    private static final Scheme SCHEME = oneIndicator("{'code': '16', 'name': '信息工作', 'points': '1', 'rules': ["
            + "{'id': 'r1', 'kind': 'per-occurrence', 'clause': '每次扣0.1分', 'amount': '0.1'},"
            + "{'id': 'r2', 'kind': 'rate-tiers', 'clause': '完成率', 'tiers': [{'range': '[100%, 100%]', 'amount': '0'},"
            + "{'range': '[75%, 100%)', 'amount': '0.2'}, {'range': '[0%, 75%)', 'amount': '0.5'}]}]}", 2);

    private static final String FACTS = "{'unit': 'u1', 'rule': '16/r1', 'count': 2}, {'unit': 'u1', 'rule': '16/r2', 'value': '80%'},"
            + "{'unit': 'u2', 'rule': '16/r2', 'value': '100%'}";

    @Test
    void theSameFactsGiveEqualEvaluations() {
        assertEquals(evaluate(SCHEME, FACTS), evaluate(SCHEME, FACTS));
    }

    @Test
    void factsCheckedOnceScoreAsOftenAsNeededAsTheFileDoes() {
        PreparedScheme prepared = Fixture.ENGINE.prepare(SCHEME);
        CheckedFacts checked = prepared.check(Fixture.facts(FACTS));
        assertEquals(prepared.evaluate(Fixture.facts(FACTS)), prepared.evaluate(checked));
        assertEquals(prepared.standings(checked), prepared.standings(checked));
        assertEquals(prepared.evaluate(checked).standings(), prepared.standings(checked));
    }

    @Test
    void aChangedFactChangesTheLineItExplainsAndNothingElse() {
        Evaluation before = evaluate(SCHEME, FACTS);
        Evaluation after = evaluate(SCHEME, FACTS.replace("'80%'", "'60%'"));
        assertNotEquals(before, after);
        assertEquals(List.of("u1 16/r2 facts[1]"), differentLines(before, after));
        Line changed = ResultLookups.rule(ResultLookups.unit(after, "u1"), "16/r2").lines().get(0);
        assertEquals(new RateTiers.InTier(DecimalText.parse("60%").orElseThrow(), RateTiers.Measure.RATE,
                new RateTiers.Tier(Range.parse("[0%, 75%)").range().orElseThrow(), new BigDecimal("0.5"), Optional.empty()),
                Optional.empty(), Optional.empty()), changed.why());
        assertEquals(new PerCountKind.Counted(Optional.empty(), new BigDecimal("0.1"), 2),
                ResultLookups.rule(ResultLookups.unit(after, "u1"), "16/r1").lines().get(0).why());
    }

    /** The lines that differ, as "unit rule facts", found by comparing records, not text. */
    private static List<String> differentLines(Evaluation a, Evaluation b) {
        List<String> out = new ArrayList<>();
        for (UnitResult u : a.units()) {
            UnitResult v = ResultLookups.unit(b, u.unit().code());
            for (NodeResult n : u.indicators()) {
                NodeResult m = ResultLookups.node(v, n.code());
                for (int r = 0; r < n.rules().size(); r++) {
                    RuleOutcome x = n.rules().get(r);
                    RuleOutcome y = m.rules().get(r);
                    for (int l = 0; l < x.lines().size(); l++) {
                        if (!x.lines().get(l).equals(y.lines().get(l))) {
                            out.add(u.unit().code() + " " + x.rule() + " " + String.join(",", x.lines().get(l).facts()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
