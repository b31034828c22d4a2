package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.Fixture.rejected;
import static cn.kaoping.scoring.Fixture.scheme;
import static cn.kaoping.scoring.ResultLookups.adjusted;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Scheme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** level-bonus, credit, veto, rank-based, discretionary. */
class BonusCreditVetoTest {

    @Test
    void levelBonusSameHonourOnceAtTheHighestLevelWithinTheCap() {
        // 常德 奖励加分: 累计加分不超过10分… 国家级每项加5分；省级3分；市级2分；工委1分…相同项目的表彰不重复加分，以最高级别表彰计算加分
        Scheme s = oneIndicator("{'code': '奖励', 'name': '奖励加分', 'mode': 'bonus', 'maxBonus': '10', 'rules': [{'id': 'r1', "
                + "'kind': 'level-bonus', 'dedupe': 'matter-highest', 'clause': '相同项目的表彰不重复加分，以最高级别表彰计算加分', "
                + "'levels': {'国家': '5', '省': '3', '市': '2', '工委': '1'}}]}", 2);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '奖励/r1', 'level': '省', 'matter': '文明单位'},"
                + "{'unit': 'u1', 'rule': '奖励/r1', 'level': '国家', 'matter': '文明单位'},"
                + "{'unit': 'u1', 'rule': '奖励/r1', 'level': '市', 'matter': '党建示范'},"
                + "{'unit': 'u2', 'rule': '奖励/r1', 'level': '国家', 'count': 3}");
        // u1: 文明单位 counts once at 国家 5, 党建示范 2 → 7
        assertPoints("7", unit(e, "u1").total());
        // u2: 3 × 5 = 15, capped at 10
        assertPoints("10", unit(e, "u2").total());
        assertPoints("5", adjusted(node(unit(e, "u2"), "奖励").adjustments(), Adjustment.Type.MAX_BONUS));
    }

    // 桂林 1 机关党建工作 4分, 最高扣分值 4; 备注: 有以下情况的，可减免扣分：…每次0.2分
    private static final Scheme CREDIT = oneIndicator("{'code': '1', 'name': '机关党建工作', 'points': '4', 'maxDeduction': '4', 'rules': ["
            + "{'id': 'r8', 'kind': 'per-occurrence', 'clause': '每少完成一项扣0.1分', 'amount': '0.1'},"
            + "{'id': 'r7', 'kind': 'per-occurrence', 'clause': '每少1项台账扣0.1分', 'amount': '1'},"
            + "{'id': 'c1', 'kind': 'credit', 'clause': '承担机关工委党建工作现场会在本单位召开任务，每次0.2分', 'amount': '0.2'}]}", 3);

    @Test
    void creditsLargerThanTheDeductionsStopAtThePoints() {
        Evaluation e = evaluate(CREDIT, "{'unit': 'u1', 'rule': '1/r8', 'count': 1}, {'unit': 'u1', 'rule': '1/c1', 'count': 3}");
        // deduction 0.1, credit 0.6: only 0.1 is used, the item stays at its 4 points
        NodeResult n = node(unit(e, "u1"), "1");
        assertPoints("4", n.score());
        assertPoints("0.1", n.credited());
        assertPoints("0.5", adjusted(n.adjustments(), Adjustment.Type.CREDIT_UNUSED));
    }

    @Test
    void creditsOffsetWhatIsLeftAfterTheMaximumDeduction() {
        Evaluation e = evaluate(CREDIT, "{'unit': 'u2', 'rule': '1/r7', 'count': 5}, {'unit': 'u2', 'rule': '1/c1', 'count': 5}");
        // 5 deducted, capped at 4 (最高扣分值), then the 1.0 credit: 4 − 4 + 1 = 1
        NodeResult n = node(unit(e, "u2"), "1");
        assertPoints("1", n.score());
        assertPoints("1", adjusted(n.adjustments(), Adjustment.Type.MAX_DEDUCTION));
        assertPoints("1", adjusted(n.adjustments(), Adjustment.Type.CREDIT));
    }

    @Test
    void aVetoCostsPointsPerItemAndBarsFromTheGrade() {
        // 开省乡 (五): 在专项考评中被“一票否决”的,在考评总分中每项扣2分; 常德: 不得被评为先进单位
        Scheme s = scheme("'units': [{'code': 'u1', 'name': '甲'}, {'code': 'u2', 'name': '乙'}], 'indicators': ["
                + "{'code': '1', 'name': '工作业绩', 'points': '40'},"
                + "{'code': '5', 'name': '专项考评、一票否决', 'mode': 'bonus', 'floor': 'none', 'rules': [{'id': 'r1', 'kind': 'veto', "
                + "'clause': '被“一票否决”的,在考评总分中每项扣2分', 'amount': '2'}]}],"
                + "'vetoes': [{'id': 'v1', 'clause': '发生重大安全生产事故的', 'ineligible': ['先进']}],"
                + "'results': {'grades': [{'name': '先进', 'quota': 1}, {'name': '一般'}]}");
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '5/r1', 'count': 2}, {'unit': 'u2', 'rule': 'vetoes/v1'}");
        // u1: 40 − 2 × 2 = 36; u2: 40, but barred from 先进, so u1 (behind it) takes the one 先进 place
        assertPoints("36", unit(e, "u1").total());
        assertPoints("40", unit(e, "u2").total());
        assertEquals(Optional.of("先进"), unit(e, "u1").grade());
        assertEquals(Optional.of("一般"), unit(e, "u2").grade());
        assertEquals(List.of("先进"), unit(e, "u2").barredFrom());
        assertTrue(unit(e, "u2").notes().contains("一票否决（vetoes/v1）：不得评为先进"));
    }

    @Test
    void rankBasedBottomFiveOfAnotherRanking() {
        // 开省乡 (五): 位列专项考评后5名的,每项扣1分
        Scheme s = oneIndicator("{'code': '5', 'name': '专项考评', 'mode': 'bonus', 'floor': 'none', 'rules': [{'id': 'r2', "
                + "'kind': 'rank-based', 'clause': '位列专项考评后5名的,每项扣1分', 'bands': [{'end': 'bottom', 'from': 1, 'to': 5, 'amount': '1'}]}]}", 2);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '5/r2', 'rank': 36, 'of': 40}, {'unit': 'u1', 'rule': '5/r2', 'rank': 40, 'of': 40},"
                + "{'unit': 'u2', 'rule': '5/r2', 'rank': 35, 'of': 40}");
        // 36th and 40th of 40 are among the last five: −2; 35th is not
        assertPoints("-2", unit(e, "u1").total());
        assertPoints("0", unit(e, "u2").total());
        assertEquals(List.of("facts[0].rank: rank 41 is beyond of 40"), rejected(s, "{'unit': 'u1', 'rule': '5/r2', 'rank': 41, 'of': 40}"));
    }

    // 常德 11: 记录内容简单、不具体的，视具体情况扣1～3分
    private static final Scheme DISCRETION = oneIndicator("{'code': '11', 'name': '“三会一课”落实情况', 'points': '8', 'rules': [{'id': 'r2', "
            + "'kind': 'discretionary', 'clause': '记录内容简单、不具体的，视具体情况扣1～3分', 'min': '1', 'max': '3'}]}", 1);

    @Test
    void discretionInsideTheRangeWithAReason() {
        Evaluation e = evaluate(DISCRETION, "{'unit': 'u1', 'rule': '11/r2', 'amount': '3', 'reason': '全年支委会记录仅列议题'}");
        assertPoints("5", unit(e, "u1").total());
        assertEquals("酌情 3分：全年支委会记录仅列议题", ResultLookups.rule(node(unit(e, "u1"), "11"), "11/r2").lines().get(0).note());
    }

    @Test
    void discretionOutsideTheRangeOrWithoutReasonIsRefused() {
        assertEquals(List.of("facts[0].amount: 3.5 is outside the range 1–3 of 11/r2", "facts[1].reason: is required by 11/r2",
                        "facts[2].amount: 0.5 is outside the range 1–3 of 11/r2"),
                rejected(DISCRETION, "{'unit': 'u1', 'rule': '11/r2', 'amount': '3.5', 'reason': '严重'},"
                        + "{'unit': 'u1', 'rule': '11/r2', 'amount': '2'}, {'unit': 'u1', 'rule': '11/r2', 'amount': '0.5', 'reason': '轻微'}"));
    }
}
