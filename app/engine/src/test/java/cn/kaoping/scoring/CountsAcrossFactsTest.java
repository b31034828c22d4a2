package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.rule;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thresholds over counts summed across facts: {@code steps} with {@code combine: sum}; a task rule counting
 * the facts of the bonus rule for extras (issue 11 item 4; audit 002-003 G7/J1, G8/J2).
 */
class CountsAcrossFactsTest {

    // 吉水 共性13 积极参与支持局创建文明单位的各项活动(2分),无故缺席的扣0.2分,缺席3次以上此项不得分
    private static Scheme absences(String combine) {
        return oneIndicator("{'code': '1.13.1', 'name': '参与支持局创建文明单位的各项活动', 'points': '2', 'rules': [{'id': 'r1', "
                + "'kind': 'steps', 'clause': '无故缺席的扣0.2分,缺席3次以上此项不得分', 'step': '1', 'amount': '0.2', "
                + "'thresholds': [{'atLeast': '3', 'amount': '2'}]" + combine + "}]}", 2);
    }

    private static final String ONE_BY_ONE = "{'unit': 'u1', 'rule': '1.13.1/r1', 'value': '1', 'reason': '3月缺席'},"
            + "{'unit': 'u1', 'rule': '1.13.1/r1', 'value': '1', 'reason': '6月缺席'},"
            + "{'unit': 'u1', 'rule': '1.13.1/r1', 'value': '1', 'reason': '9月缺席'},"
            + "{'unit': 'u2', 'rule': '1.13.1/r1', 'value': '1'}, {'unit': 'u2', 'rule': '1.13.1/r1', 'value': '1'}";

    @Test
    void threeAbsencesEnteredOneByOneLoseTheItem() {
        Evaluation e = evaluate(absences(", 'combine': 'sum'"), ONE_BY_ONE);
        // u1: 1 + 1 + 1 = 3 absences ≥ 3 → 此项不得分: 2 deducted, 0 left (the audit's probe gave 1.4)
        assertPoints("0", node(unit(e, "u1"), "1.13.1").score());
        assertEquals("合计 3：距起点 3 ≥ 3 → 2分", rule(node(unit(e, "u1"), "1.13.1"), "1.13.1/r1").lines().get(0).note());
        // u2: 2 absences × 0.2 = 0.4 → 1.6
        assertPoints("1.6", node(unit(e, "u2"), "1.13.1").score());
    }

    @Test
    void eachFactAloneIsWhatTheDefaultDoes() {
        // without combine each fact is scored alone: 3 × 0.2 = 0.6 → 1.4, the figure the audit found wrong
        assertPoints("1.4", node(unit(evaluate(absences(""), ONE_BY_ONE), "u1"), "1.13.1").score());
    }

    private static final String HEAD = "{'format': 'kaoping-scheme/1', 'id': 't', 'jurisdiction': {'code': '0', 'name': '测试'}, "
            + "'year': 2020, 'name': '测试', 'indicators': [{'code': '1.6', 'name': '政务信息', 'points': '3', 'rules': [";

    @Test
    void aTaskRuleNamesASiblingAndHasAFixedTarget() {
        // 吉水 共性6 全年完成上稿任务3篇计3分 … 每多录用…加分: r1 counts r2's articles
        assertEquals(List.of("indicators[0].rules[0].countsFactsOf: needs a fixed target (the counted facts carry none)"),
                SchemeFixtures.problems(Fixture.json(HEAD + "{'id': 'r1', 'kind': 'proportional', 'clause': 'c', "
                        + "'countsFactsOf': 'r2'}, {'id': 'r2', 'kind': 'level-bonus', 'clause': 'c', 'levels': {'县': '0.1'}, "
                        + "'afterTask': 3}]}]}")));
        assertEquals(List.of("indicators[0].rules[0].countsFactsOf: no other rule \"r9\" in this indicator"),
                SchemeFixtures.problems(Fixture.json(HEAD + "{'id': 'r1', 'kind': 'proportional', 'clause': 'c', "
                        + "'target': '3', 'countsFactsOf': 'r9'}]}]}")));
    }
}
