package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.rule;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import org.junit.jupiter.api.Test;

/**
 * {@code steps} {@code including}: a minimum that includes a part (audit 000-001-004 F6). 桂林 1.(6)
 * 年内开展党风廉政教育2次（其中，不少于1次到廉政教育基地接受教育）以上，每少1次扣0.05分; the worked example is in
 * {@code GuilinSchemeTest.theEducationBaseIsPartOfTheTwoSessions}.
 */
class PartOfAMinimumTest {

    private static Scheme education(String combine) {
        return oneIndicator("{'code': '1', 'name': '机关党建工作', 'points': '0.1', 'rules': [{'id': 'r6b', 'kind': 'steps', "
                + "'clause': '年内开展党风廉政教育2次（其中，不少于1次到廉政教育基地接受教育）以上，每少1次扣0.05分。', 'from': '2', "
                + "'direction': 'below', 'step': '1', 'amount': '0.05', 'including': '到廉政教育基地接受教育', "
                + "'includingAtLeast': '1'" + combine + "}]}", 2);
    }

    @Test
    void sessionsEnteredOneByOneAddTheirParts() {
        // combine sum, one fact per session: u1 two sessions, the second at the 基地 → 2 and 1: nothing short, 0;
        // u2 two sessions elsewhere → 2 and 0: max(2 − 2, 1 − 0) = 1 short → 0.05, 0.1 − 0.05 = 0.05
        Evaluation e = evaluate(education(", 'combine': 'sum'"),
                "{'unit': 'u1', 'rule': '1/r6b', 'value': '1', 'including': '0'},"
                        + "{'unit': 'u1', 'rule': '1/r6b', 'value': '1', 'including': '1'},"
                        + "{'unit': 'u2', 'rule': '1/r6b', 'value': '1', 'including': '0'},"
                        + "{'unit': 'u2', 'rule': '1/r6b', 'value': '1', 'including': '0'}");
        assertPoints("0.1", node(unit(e, "u1"), "1").score());
        assertPoints("0.05", node(unit(e, "u2"), "1").score());
        assertEquals("合计 2：其中到廉政教育基地接受教育 0（不少于 1）；距起点 1，1 步 × 0.05分 = 0.05分",
                rule(node(unit(e, "u2"), "1"), "1/r6b").lines().get(0).note());
    }

    @Test
    void aTotalShortOfItsMinimumCountsItsOwnShortfall() {
        // each fact alone: u1 0 sessions → max(2, 1) = 2 short → 0.1; u2 1 session at the 基地 → max(1, 0) = 1 → 0.05
        Evaluation e = evaluate(education(""), "{'unit': 'u1', 'rule': '1/r6b', 'value': '0', 'including': '0'},"
                + "{'unit': 'u2', 'rule': '1/r6b', 'value': '1', 'including': '1'}");
        assertPoints("0.1", rule(node(unit(e, "u1"), "1"), "1/r6b").amount());
        assertPoints("0.05", rule(node(unit(e, "u2"), "1"), "1/r6b").amount());
    }
}
