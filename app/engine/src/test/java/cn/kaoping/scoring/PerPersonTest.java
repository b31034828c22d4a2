package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.ResultLookups.adjusted;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.unit;

import cn.kaoping.scheme.Scheme;
import org.junit.jupiter.api.Test;

/**
 * 同一事项就高扣分一次 applies per person within the matter; 每人次 amounts add over persons
 * (issue 11 item 3; audit 002-003 G6/Z3).
 */
class PerPersonTest {

    // 漳州 三(二)2 违法违纪 (1) 干部职工因违法被追究刑事责任或受到治安处罚,科级以上(包括科级)每人次扣15分,科级以下每人次扣10分。
    // (2) 干部职工因违纪受到党纪政纪处分,科级以上(包括科级)每人次扣10分,科级以下每人次扣7分。
    // 以上扣分…同一事项就高扣分一次,不重复扣分。 (node dedupe over both rules)
    private static final Scheme ZHANGZHOU = oneIndicator("{'code': '2.2', 'name': '违法违纪', 'dedupe': 'matter-highest', "
            + "'points': '100', 'rules': ["
            + "{'id': 'r1', 'kind': 'per-occurrence', 'clause': '(1)…科级以上(包括科级)每人次扣15分,科级以下每人次扣10分', "
            + "'grades': {'科级以上': '15', '科级以下': '10'}},"
            + "{'id': 'r2', 'kind': 'per-occurrence', 'clause': '(2)…科级以上(包括科级)每人次扣10分,科级以下每人次扣7分', "
            + "'grades': {'科级以上': '10', '科级以下': '7'}}]}", 2);

    @Test
    void twoOfficersInOneCaseCountTwice() {
        // audit probe: two 科级以上 officers 被追究刑事责任 in one case → 15 + 15 = 30, not 15
        Evaluation e = evaluate(ZHANGZHOU, "{'unit': 'u1', 'rule': '2.2/r1', 'grade': '科级以上', 'matter': '民警违法案', 'person': '张某'},"
                + "{'unit': 'u1', 'rule': '2.2/r1', 'grade': '科级以上', 'matter': '民警违法案', 'person': '李某'}");
        assertPoints("70", node(unit(e, "u1"), "2.2").score());
        assertPoints("0", adjusted(ResultLookups.rule(node(unit(e, "u1"), "2.2"), "2.2/r1").adjustments(), Adjustment.Type.DEDUPE));
    }

    @Test
    void onePersonCountsOnceAtTheHighestOthersStillCount() {
        // audit probe: in one case 张某 and 李某 get 党纪 (10 each) and 张某 also 刑事 (15):
        // 张某 max(10, 15) = 15, 李某 10 → 25 (the seed), not 20 (matter only) nor 35 (no dedupe)
        Evaluation e = evaluate(ZHANGZHOU, "{'unit': 'u1', 'rule': '2.2/r2', 'grade': '科级以上', 'matter': 'A案', 'person': '张某'},"
                + "{'unit': 'u1', 'rule': '2.2/r2', 'grade': '科级以上', 'matter': 'A案', 'person': '李某'},"
                + "{'unit': 'u1', 'rule': '2.2/r1', 'grade': '科级以上', 'matter': 'A案', 'person': '张某'},"
                // u2: the same without persons: the matter alone decides, once at the highest (15)
                + "{'unit': 'u2', 'rule': '2.2/r2', 'grade': '科级以上', 'matter': 'A案'},"
                + "{'unit': 'u2', 'rule': '2.2/r1', 'grade': '科级以上', 'matter': 'A案'}");
        assertPoints("75", node(unit(e, "u1"), "2.2").score());   // 100 − 25
        assertPoints("85", node(unit(e, "u2"), "2.2").score());   // 100 − 15
    }
}
