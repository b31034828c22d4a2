package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.ResultLookups.adjusted;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.rule;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import org.junit.jupiter.api.Test;

/** per-occurrence, with the properties that act on every counted kind: cap, dedupe, exemption, multiplier, joint work. */
class PerOccurrenceTest {

    // 桂林 1.(6): 年内被市纪委给予党纪处分的，每有1人扣0.1分，最高扣0.4分 — on a 4-point item
    private static final Scheme GUILIN = oneIndicator("{'code': '1', 'name': '机关党建工作', 'points': '4', 'maxDeduction': '4', "
            + "'rules': [{'id': 'r6', 'kind': 'per-occurrence', 'clause': '每有1人扣0.1分，最高扣0.4分', 'amount': '0.1', 'cap': '0.4'}]}", 3);

    @Test
    void amountTimesCountUpToTheCapExactlyReached() {
        Evaluation e = evaluate(GUILIN, "{'unit': 'u1', 'rule': '1/r6', 'count': 3}, {'unit': 'u2', 'rule': '1/r6', 'count': 4},"
                + "{'unit': 'u3', 'rule': '1/r6', 'count': 5}");
        // u1: 3 × 0.1 = 0.3 → 4 − 0.3 = 3.7
        assertPoints("3.7", node(unit(e, "u1"), "1").score());
        // u2: 4 × 0.1 = 0.4 = the cap exactly: nothing cut
        assertPoints("3.6", node(unit(e, "u2"), "1").score());
        assertPoints("0", adjusted(rule(node(unit(e, "u2"), "1"), "1/r6").adjustments(), Adjustment.Type.CAP));
        // u3: 0.5 capped at 0.4, cut 0.1
        RuleOutcome r = rule(node(unit(e, "u3"), "1"), "1/r6");
        assertPoints("0.4", r.amount());
        assertPoints("0.1", adjusted(r.adjustments(), Adjustment.Type.CAP));
        assertPoints("3.6", node(unit(e, "u3"), "1").score());
    }

    // 市对县: 通报、诫勉的，每人次扣0.05分；组织调整…0.1分；纪律处分…0.2分；刑事处罚…0.3分。
    // ××主职班子和主职班子成员因同一问题被问责的，按最高标准扣分，不重复扣。
    private static final Scheme GRADED = oneIndicator("{'code': '2', 'name': '推动“×个责任”落实情况', 'points': '4', "
            + "'rules': [{'id': 'r4', 'kind': 'per-occurrence', 'clause': '…按最高标准扣分，不重复扣', 'dedupe': 'matter-highest', "
            + "'grades': {'通报': '0.05', '诫勉': '0.05', '组织调整': '0.1', '纪律处分': '0.2', '刑事处罚': '0.3'}}]}", 1);

    @Test
    void theSameMatterAtTwoGradesCountsOnceAtTheHighest() {
        Evaluation e = evaluate(GRADED, "{'unit': 'u1', 'rule': '2/r4', 'grade': '通报', 'matter': 'A案'},"
                + "{'unit': 'u1', 'rule': '2/r4', 'grade': '纪律处分', 'matter': 'A案'},"
                + "{'unit': 'u1', 'rule': '2/r4', 'grade': '组织调整', 'count': 2, 'matter': 'B案'}");
        RuleOutcome r = rule(node(unit(e, "u1"), "2"), "2/r4");
        // A案: 0.05 and 0.2 → 0.2 once; B案: 2 × 0.1 = 0.2; total 0.4; dedupe cut the 0.05
        assertPoints("0.4", r.amount());
        assertPoints("0.05", adjusted(r.adjustments(), Adjustment.Type.DEDUPE));
        assertPoints("0", r.lines().get(0).amount());
        assertPoints("3.6", node(unit(e, "u1"), "2").score());
    }

    @Test
    void selfReportedFactsAreExemptAndShowWhatTheyWouldHaveCost() {
        // 漳州: 属于本单位自行查处或主动报告有关机关查处的，免予扣分 (科级以上每人次扣10分)
        Scheme s = oneIndicator("{'code': '2.2', 'name': '违法违纪', 'points': '100', 'rules': [{'id': 'r2', 'kind': 'per-occurrence', "
                + "'clause': '科级以上（包括科级）每人次扣10分，科级以下每人次扣7分', 'exemptSelfReported': true, "
                + "'grades': {'科级以上': '10', '科级以下': '7'}}]}", 1);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '2.2/r2', 'grade': '科级以上', 'selfReported': true},"
                + "{'unit': 'u1', 'rule': '2.2/r2', 'grade': '科级以下'}");
        RuleOutcome r = rule(node(unit(e, "u1"), "2.2"), "2.2/r2");
        assertPoints("7", r.amount());
        assertPoints("10", adjusted(r.adjustments(), Adjustment.Type.EXEMPT));
    }

    @Test
    void aMultiplierDoublesTheFactThatNamesItsCondition() {
        // 武进 附件5: 未安装客户端的，双倍扣分 (单位负责人未安装手机客户端的，每人次扣1分)
        Scheme s = oneIndicator("{'code': '3', 'name': '信息管理', 'points': '5', 'rules': [{'id': 'r3', 'kind': 'per-occurrence', "
                + "'clause': '无故不登陆办公OA系统…有一例扣0.5分', 'amount': '0.5', 'multipliers': {'未安装客户端': '2'}}]}", 1);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '3/r3', 'count': 2, 'condition': '未安装客户端'},"
                + "{'unit': 'u1', 'rule': '3/r3'}");
        // 2 × 0.5 × 2 = 2, plus 0.5 → 2.5; 5 − 2.5 = 2.5
        assertPoints("2.5", node(unit(e, "u1"), "3").score());
    }

    @Test
    void jointWorkSharesAreRoundedHalfUpPerFact() {
        // 漳州: 主办单位按80%计分，联办单位按20%计分 (每条得2分); 0.15 × 20% = 0.03; 0.25 × 20% = 0.05
        Scheme s = oneIndicator("{'code': '3.2', 'name': '工作创新', 'mode': 'bonus', 'points': '10', "
                + "'jointWork': {'lead': '80%', 'co': '20%'}, 'rules': [{'id': 'r1', 'kind': 'per-occurrence', "
                + "'effect': 'bonus', 'clause': '每条得2分，最高得10分', 'amount': '2', 'cap': '10'},"
                + "{'id': 'r2', 'kind': 'per-occurrence', 'effect': 'bonus', 'clause': '试算', 'amount': '0.07'}]}", 2);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '3.2/r1', 'role': 'lead'}, {'unit': 'u2', 'rule': '3.2/r1', 'role': 'co'},"
                + "{'unit': 'u2', 'rule': '3.2/r2', 'role': 'lead'}, {'unit': 'u1', 'rule': '3.2/r2'}");
        // u1: 2 × 80% = 1.6; alone (no role) 0.07 → 1.67
        assertPoints("1.67", unit(e, "u1").total());
        // u2: 2 × 20% = 0.4; 0.07 × 80% = 0.056 → 0.06 (HALF_UP) → 0.46
        assertPoints("0.46", unit(e, "u2").total());
        assertEquals("0.07分 × 80%（主办） = 0.06", rule(node(unit(e, "u2"), "3.2"), "3.2/r2").lines().get(0).note());
    }
}
