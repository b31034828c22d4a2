package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.Fixture.rejected;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.rule;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** once and rate-tiers. */
class OnceAndTiersTest {

    @Test
    void onceCountsOnceHoweverManyFacts() {
        // 新干 1.(2) 没有制定工作方案或实施意见的扣5分
        Scheme s = oneIndicator("{'code': '1', 'name': '领导重视情况', 'points': '15', 'rules': [{'id': 'r2', 'kind': 'once', "
                + "'clause': '没有制定工作方案或实施意见的扣5分', 'amount': '5'}]}", 1);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '1/r2'}, {'unit': 'u1', 'rule': '1/r2', 'count': 3}");
        assertPoints("10", node(unit(e, "u1"), "1").score());
    }

    @Test
    void allTakesTheRulesShareAndGradesTakeTheHighest() {
        // 吉水 共性1: 无利用工作时间上网玩游戏、赌博等行为(2分),一经发现此项不给分 — the rule's share 2 of a 6-point item
        Scheme s = oneIndicator("{'code': '1', 'name': '作风建设', 'points': '6', 'rules': ["
                + "{'id': 'r2', 'kind': 'once', 'clause': '一经发现此项不给分', 'points': '2', 'all': true},"
                + "{'id': 'r3', 'kind': 'once', 'clause': '档案资料不健全的扣5分,没有的扣10分', 'grades': {'不健全': '0.5', '没有': '1'}}]}", 1);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '1/r2'}, {'unit': 'u1', 'rule': '1/r3', 'grade': '不健全'},"
                + "{'unit': 'u1', 'rule': '1/r3', 'grade': '没有'}");
        // 6 − 2 (all of the rule's share) − 1 (没有, the higher grade, once) = 3
        assertPoints("3", node(unit(e, "u1"), "1").score());
    }

    // 桂林 16.(2): 完成采用数量任务的…不扣分；完成率在75%—100%（不含100%）的，扣0.2分；
    // 完成率在50%—75%（不含75%）的，扣0.3分；完成率在50%以下（不含50%）的，扣0.5分。
    private static final Scheme TIERS = oneIndicator("{'code': '16', 'name': '党委信息工作', 'points': '1', 'rules': [{'id': 'r2', "
            + "'kind': 'rate-tiers', 'clause': '完成率在75%—100%（不含100%）的，扣0.2分…', 'tiers': ["
            + "{'range': '[100%, 100%]', 'amount': '0'}, {'range': '[75%, 100%)', 'amount': '0.2'},"
            + "{'range': '[50%, 75%)', 'amount': '0.3'}, {'range': '[0%, 50%)', 'amount': '0.5'}]}]}", 6);

    @Test
    void inclusiveAndExclusiveBoundsAsWritten() {
        Evaluation e = evaluate(TIERS, "{'unit': 'u1', 'rule': '16/r2', 'value': '100%'}, {'unit': 'u2', 'rule': '16/r2', 'value': '99.99%'},"
                + "{'unit': 'u3', 'rule': '16/r2', 'value': '75%'}, {'unit': 'u4', 'rule': '16/r2', 'value': '0.7499'},"
                + "{'unit': 'u5', 'rule': '16/r2', 'value': '50%'}, {'unit': 'u6', 'rule': '16/r2', 'value': '0'}");
        // 100% → 0; 99.99% ∈ [75%,100%) → 0.2; 75% included there → 0.2; 74.99% → 0.3; 50% → 0.3; 0% → 0.5
        List<String> scores = List.of("u1", "u2", "u3", "u4", "u5", "u6").stream()
                .map(u -> node(unit(e, u), "16").score().stripTrailingZeros().toPlainString()).toList();
        assertEquals(List.of("1", "0.8", "0.8", "0.7", "0.7", "0.5"), scores);
        assertEquals("75% ∈ [75%, 100%) → 0.2分", rule(node(unit(e, "u3"), "16"), "16/r2").lines().get(0).note());
    }

    @Test
    void aRateAbove100PercentIsRefused() {
        assertEquals(List.of("facts[0].value: a rate of 140% is outside 0%–100%"),
                rejected(TIERS, "{'unit': 'u1', 'rule': '16/r2', 'value': '140%'}"));
    }

    @Test
    void positiveTiersEarnPoints() {
        // 市对县: 上级调训完成率98%以上得0.2分、92%—98%得0.1分、92%以下得0分 (积极落实并完成上级调训任务（0.2分）)
        Scheme s = oneIndicator("{'code': '5', 'name': '调训', 'points': '0.2', 'rules': [{'id': 'r1', 'kind': 'rate-tiers', "
                + "'effect': 'score', 'clause': '上级调训完成率98%以上得0.2分、92%—98%得0.1分、92%以下得0分', 'tiers': ["
                + "{'range': '[98%, 100%]', 'amount': '0.2'}, {'range': '[92%, 98%)', 'amount': '0.1'}, {'range': '[0%, 92%)', 'amount': '0'}]}]}", 3);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '5/r1', 'value': '98%'}, {'unit': 'u2', 'rule': '5/r1', 'value': '92%'}");
        assertPoints("0.2", node(unit(e, "u1"), "5").score());
        assertPoints("0.1", node(unit(e, "u2"), "5").score());
        // u3 wrote no completion rate: nothing earned
        RuleOutcome none = rule(node(unit(e, "u3"), "5"), "5/r1");
        assertPoints("0", none.earned().orElseThrow());
        assertEquals("无事实：得0分", none.lines().get(0).note());
        assertPoints("0", node(unit(e, "u3"), "5").score());
    }
}
