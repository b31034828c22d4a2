package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.Fixture.rejected;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** proportional, steps, survey: the kinds that compute. */
class FormulaKindsTest {

    // 桂林 17.(2)②: 扣分分值=〔（任务数−得分）÷任务数〕×1, the target differing per unit
    private static final Scheme FORMULA = oneIndicator("{'code': '17', 'name': '政府信息工作', 'points': '1', 'rules': [{'id': 'r5', "
            + "'kind': 'proportional', 'clause': '扣分分值=〔（任务数-得分）÷任务数〕×1', 'weight': '1'}]}", 4);

    @Test
    void proportionalDeductsTheShortfallRoundedHalfUp() {
        Evaluation e = evaluate(FORMULA, "{'unit': 'u1', 'rule': '17/r5', 'value': '1', 'target': '3'},"
                + "{'unit': 'u2', 'rule': '17/r5', 'value': '3', 'target': '3'}, {'unit': 'u3', 'rule': '17/r5', 'value': '5', 'target': '3'},"
                + "{'unit': 'u4', 'rule': '17/r5', 'value': '2.5', 'target': '8'}");
        // u1: (3 − 1) ÷ 3 × 1 = 0.666… → 0.67; 1 − 0.67 = 0.33
        assertPoints("0.33", node(unit(e, "u1"), "17").score());
        // u2 at the target, u3 above it: no deduction
        assertPoints("1", node(unit(e, "u2"), "17").score());
        assertPoints("1", node(unit(e, "u3"), "17").score());
        // u4: (8 − 2.5) ÷ 8 = 0.6875 → 0.69 (HALF_UP); 0.31
        assertPoints("0.31", node(unit(e, "u4"), "17").score());
    }

    @Test
    void proportionalWithoutTargetInTheRuleNeedsOneInTheFact() {
        assertEquals(List.of("facts[0].target: is required by 17/r5"), rejected(FORMULA, "{'unit': 'u1', 'rule': '17/r5', 'value': '1'}"));
    }

    @Test
    void stepsPerMonthWithAThresholdThatReplacesTheSteps() {
        // 常德 6: 任期届满未经批准不换届的每超过1个月扣1分，超期6个月未换届扣5分 (5分)
        Scheme s = oneIndicator("{'code': '6', 'name': '换届及调整补缺情况', 'points': '5', 'rules': [{'id': 'r1', 'kind': 'steps', "
                + "'clause': '每超过1个月扣1分，超期6个月未换届扣5分', 'step': '1', 'amount': '1', 'thresholds': [{'atLeast': '6', 'amount': '5'}]}]}", 4);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '6/r1', 'value': '0.5'}, {'unit': 'u2', 'rule': '6/r1', 'value': '3'},"
                + "{'unit': 'u3', 'rule': '6/r1', 'value': '6'}, {'unit': 'u4', 'rule': '6/r1', 'value': '5.9'}");
        // half a month: no whole step → 5; 3 months → 2; 6 months → the threshold 5 → 0; 5.9 → 5 steps → 0
        assertPoints("5", node(unit(e, "u1"), "6").score());
        assertPoints("2", node(unit(e, "u2"), "6").score());
        assertPoints("0", node(unit(e, "u3"), "6").score());
        assertPoints("0", node(unit(e, "u4"), "6").score());
    }

    @Test
    void stepsBelowATargetCountWholeStepsUnlessTheSchemeSaysBegunStepsCount() {
        // 吉水 土地开发整理中心 3: 全面完成…补充耕地任务数(20分),每差欠5%扣4分
        String rule = "'kind': 'steps', 'clause': '每差欠5%扣4分', 'from': '100%', 'direction': 'below', 'step': '5%', 'amount': '4'";
        Scheme s = oneIndicator("{'code': '3', 'name': '造地工作', 'points': '20', 'rules': [{'id': 'r1', " + rule + "},"
                + "{'id': 'r2', " + rule + ", 'partial': 'count'}]}", 3);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '3/r1', 'value': '87%'}, {'unit': 'u2', 'rule': '3/r2', 'value': '87%'},"
                + "{'unit': 'u3', 'rule': '3/r1', 'value': '100%'}");
        // 13% short: 2 whole steps → 8 → 12; begun steps: 3 → 12 → 8; complete: 20
        assertPoints("12", node(unit(e, "u1"), "3").score());
        assertPoints("8", node(unit(e, "u2"), "3").score());
        assertPoints("20", node(unit(e, "u3"), "3").score());
    }

    @Test
    void stepsAboveAStartWithABaseAmountAndACap() {
        // 漳州 单项先进 (2): 实际到资1000万元的得5分，每增加300万元得1分。本项最高得分10分。
        Scheme s = oneIndicator("{'code': '3.4', 'name': '引进项目', 'mode': 'bonus', 'rules': [{'id': 'r2', 'kind': 'steps', "
                + "'effect': 'bonus', 'clause': '实际到资1000万元的得5分，每增加300万元得1分。本项最高得分10分。', 'from': '1000', "
                + "'baseAmount': '5', 'step': '300', 'amount': '1', 'cap': '10'}]}", 4);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '3.4/r2', 'value': '999'}, {'unit': 'u2', 'rule': '3.4/r2', 'value': '1000'},"
                + "{'unit': 'u3', 'rule': '3.4/r2', 'value': '1599'}, {'unit': 'u4', 'rule': '3.4/r2', 'value': '4000'}");
        // below 1000 → 0; 1000 → 5; 1599 → 5 + 1 = 6; 4000 → 5 + 10 = 15, capped 10
        assertPoints("0", unit(e, "u1").total());
        assertPoints("5", unit(e, "u2").total());
        assertPoints("6", unit(e, "u3").total());
        assertPoints("10", unit(e, "u4").total());
    }

    // 漳州 效能评议: 公众评议(300分)
    private static final Scheme SURVEY = oneIndicator("{'code': '4.1', 'name': '公众评议', 'points': '300', 'rules': [{'id': 'r1', "
            + "'kind': 'survey', 'clause': '主要了解干部群众对市直机关单位…的满意程度', 'fullScore': '100'}]}", 2);

    @Test
    void surveyConvertsProRata() {
        Evaluation e = evaluate(SURVEY, "{'unit': 'u1', 'rule': '4.1/r1', 'score': '86.5'}, {'unit': 'u2', 'rule': '4.1/r1', 'score': '33.333'}");
        // 86.5 ÷ 100 × 300 = 259.5; 33.333 ÷ 100 × 300 = 99.999 → 100.00 (HALF_UP)
        assertPoints("259.5", node(unit(e, "u1"), "4.1").score());
        assertPoints("100", node(unit(e, "u2"), "4.1").score());
        assertPoints("200", node(unit(e, "u2"), "4.1").deducted());
    }

    @Test
    void aSurveyScoreAboveFullMarksIsRefused() {
        assertEquals(List.of("facts[0].score: 101 is outside 0–100"), rejected(SURVEY, "{'unit': 'u1', 'rule': '4.1/r1', 'score': '101'}"));
    }
}
