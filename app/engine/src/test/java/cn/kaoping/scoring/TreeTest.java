package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
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
import org.junit.jupiter.api.Test;

/** Floors, carry to the total, parents and children, subtree dedupe, applicability. */
class TreeTest {

    // 漳州 (二) 机关效率与作风纪律建设(100分): 实行扣分制，如扣分超过100分的，超出的分数在该单位总得分中扣除.
    // Sub-items without points; 450 of 基本工作目标 beside it.
    private static final Scheme ZHANGZHOU = scheme("'units': [{'code': 'u1', 'name': '甲'}, {'code': 'u2', 'name': '乙'}],"
            + "'indicators': [{'code': '1', 'name': '完成基本工作目标', 'points': '450'},"
            + "{'code': '2', 'name': '机关效率与作风纪律建设', 'points': '100', 'floor': 'carry-to-total', 'dedupe': 'matter-highest', 'children': ["
            + "  {'code': '2.2', 'name': '违法违纪及效能责任追究', 'rules': ["
            + "    {'id': 'r1', 'kind': 'per-occurrence', 'clause': '科级以上每人次扣15分，科级以下每人次扣10分', 'grades': {'科级以上': '15', '科级以下': '10'}},"
            + "    {'id': 'r2', 'kind': 'per-occurrence', 'clause': '科级以上每人次扣10分，科级以下每人次扣7分', 'grades': {'科级以上': '10', '科级以下': '7'}}]},"
            + "  {'code': '2.4', 'name': '作风与效率问题', 'rules': ["
            + "    {'id': 'r2', 'kind': 'per-occurrence', 'clause': '没有按时落实并反馈的，每次扣5分', 'amount': '5'}]}]}]");

    @Test
    void deductionsBeyondTheItemAreSubtractedFromTheTotal() {
        Evaluation e = evaluate(ZHANGZHOU, "{'unit': 'u1', 'rule': '2.4/r2', 'count': 26}, {'unit': 'u2', 'rule': '2.4/r2', 'count': 3}");
        // u1: 26 × 5 = 130 > 100: the item stops at 0, the 30 beyond come off the total: 450 + 0 − 30 = 420
        NodeResult item = node(unit(e, "u1"), "2");
        assertPoints("0", item.score());
        assertPoints("30", item.carried());
        assertPoints("30", adjusted(item.adjustments(), Adjustment.Type.CARRY));
        assertPoints("420", unit(e, "u1").total());
        // u2: 15 deducted: 450 + 85
        assertPoints("535", unit(e, "u2").total());
    }

    @Test
    void theSameMatterAcrossClausesCountsOnceAtTheHighest() {
        // 漳州: 以上扣分…同一事项就高扣分一次，不重复扣分 — a 科级以上 cadre both convicted (15) and disciplined (10)
        Evaluation e = evaluate(ZHANGZHOU, "{'unit': 'u1', 'rule': '2.2/r2', 'grade': '科级以上', 'matter': '张某案'},"
                + "{'unit': 'u1', 'rule': '2.2/r1', 'grade': '科级以上', 'matter': '张某案'}");
        assertPoints("85", node(unit(e, "u1"), "2").score());
        RuleOutcome disciplined = ResultLookups.rule(node(unit(e, "u1"), "2.2"), "2.2/r2");
        assertPoints("0", disciplined.amount());
        assertPoints("10", adjusted(disciplined.adjustments(), Adjustment.Type.DEDUPE));
        assertTrue(disciplined.lines().get(0).note().endsWith("同一事项“张某案”已按 facts[1] 的 15.00 计，此处不计"),
                disciplined.lines().get(0).note());
    }

    @Test
    void aBonusChildKeepsItsShareOfTheParentAndTheSumOfPartsIsTheTotal() {
        // 漳州 1000 = 450 + 100 (扣分) + 100 (突出绩效与创新, 奖励制，各分项奖励累计不超过100分) + 350
        Scheme s = scheme("'units': [{'code': 'u1', 'name': '甲'}], 'totalPoints': '1000', 'indicators': [{'code': 'root', 'name': '总分', "
                + "'points': '1000', 'childrenMustSum': true, 'children': [{'code': '1', 'name': '基本工作目标', 'points': '450'},"
                + "{'code': '2', 'name': '效率与作风', 'points': '100'},"
                + "{'code': '3', 'name': '突出绩效与创新', 'mode': 'bonus', 'points': '100', 'rules': [{'id': 'r1', 'kind': 'per-occurrence', "
                + "'effect': 'bonus', 'clause': '每个项目按完成程度奖励30分', 'amount': '30'}]},"
                + "{'code': '4', 'name': '效能评议', 'points': '350'}]}]");
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '3/r1', 'count': 4}");
        // 4 × 30 = 120, capped at 100: 450 + 100 + 100 + 350 = 1000 (not 1100: the bonus share starts at 0)
        assertPoints("100", node(unit(e, "u1"), "3").score());
        assertPoints("1000", unit(e, "u1").total());
        assertPoints("1000", unit(e, "u1").points());
    }

    // 吉水: 共性考评项目(30分) + 个性考评项目(70分), each 股室 its own list
    private static final Scheme JISHUI = scheme("'units': [{'code': 'bgs', 'name': '办公室'}, {'code': 'cls', 'name': '测绘股'}],"
            + "'indicators': [{'code': '1', 'name': '共性考评项目', 'points': '30'},"
            + "{'code': '2', 'name': '个性考评项目', 'points': '70', 'childrenMustSum': true, 'children': ["
            + "  {'code': '2.bgs', 'name': '办公室', 'points': '70', 'appliesTo': {'units': ['bgs']}, 'children': ["
            + "    {'code': '2.bgs.1', 'name': '公文办理', 'points': '70', 'rules': [{'id': 'r1', 'kind': 'per-occurrence', "
            + "     'clause': '出现差错一次扣1分', 'amount': '1'}]}]},"
            + "  {'code': '2.cls', 'name': '测绘股', 'points': '70', 'appliesTo': {'units': ['cls']}}]}]");

    @Test
    void departmentSpecificItemsApplyOnlyToTheirDepartment() {
        Evaluation e = evaluate(JISHUI, "{'unit': 'bgs', 'rule': '2.bgs.1/r1', 'count': 2}");
        assertPoints("98", unit(e, "bgs").total());
        assertPoints("100", unit(e, "cls").total());
        assertEquals(List.of("2.cls"), node(unit(e, "cls"), "2").children().stream().map(NodeResult::code).toList());
        assertEquals(List.of("facts[0].rule: 2.bgs.1/r1 does not apply to unit cls (测绘股)"),
                rejected(JISHUI, "{'unit': 'cls', 'rule': '2.bgs.1/r1'}"));
    }

    @Test
    void aNegativeBonusNodeWithoutFloorLowersTheTotal() {
        // 新干 5.(2): 被省级作典型批评的扣15分 — 加、减分项目 has no points and no floor
        Scheme s = scheme("'units': [{'code': 'u1', 'name': '甲'}], 'indicators': [{'code': '1', 'name': '公开情况', 'points': '60'},"
                + "{'code': '5', 'name': '加、减分项目', 'mode': 'bonus', 'rules': [{'id': 'r2', 'kind': 'level-bonus', 'effect': 'deduct', "
                + "'clause': '被省级作典型批评的扣15分', 'levels': {'县': '5', '市': '10', '省': '15'}}]}]");
        assertPoints("45", unit(evaluate(s, "{'unit': 'u1', 'rule': '5/r2', 'level': '省'}"), "u1").total());
    }
}
