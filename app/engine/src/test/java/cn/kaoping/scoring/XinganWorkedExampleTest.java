package cn.kaoping.scoring;

import static cn.kaoping.scoring.ResultLookups.adjusted;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.seed;
import static cn.kaoping.scoring.ResultLookups.topScores;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.RankScope;
import cn.kaoping.scheme.Scheme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 新干县 政务"阳光行动" scheme (seed 002, 第一篇, 二、(一)) on the sample facts
 * tenant-schemes/xingan/yangguang-2006.sample.facts.json, computed by hand from the seed text.
 * Four parts of 15/10/60/15 points, each 扣分情况以扣完本项分值为止, and 5、加、减分项目 outside the 100.
 */
class XinganWorkedExampleTest {

    private static final ResultLookups.WorkedExample SEED = seed("xingan/yangguang-2006.scheme.json", "xingan/yangguang-2006.sample.facts.json");
    private static final Scheme scheme = SEED.scheme();
    private static final Evaluation evaluation = SEED.evaluation();

    private static List<String> parts(String unit) {
        return topScores(unit(evaluation, unit));
    }

    @Test
    void countyEducationBureau() {
        // 1.(2) 没有制定工作方案或实施意见的扣5分 → 15 − 5 = 10
        // 2 nothing → 10
        // 3.(1) 少一次扣10分 × 2 = 20; (2) 每次扣5分 × 3 = 15; (3) 对外公开栏不整洁…扣10分; (6) 每次扣2分 × 4 = 8
        //   → 53 of 60 → 7
        // 4.(1) 未按时上报…每次扣5分 × 1 = 5; (2) 档案资料…没有的扣10分 → 15 of 15 → 0
        // 5.(1) 被市级作典型推广的加10分 → +10
        // total 10 + 10 + 7 + 0 + 10 = 37
        assertEquals(List.of("10", "10", "7", "0", "10"), parts("xgjyj"));
        assertPoints("37", unit(evaluation, "xgjyj").total());
    }

    @Test
    void countyFinanceBureau() {
        // 3.(1) 5 × 10 = 50; (2) 2 × 5 = 10; (4) 公开栏不方便群众阅看的扣5分 → 65 on 60 points: 扣完为止 at 0, 5 cut
        // 4.(2) reported 不健全 (5) and 没有 (10): one clause, counted once at 没有 → 15 − 10 = 5
        // 5.(1) 县内做典型推广的每次加5分 × 2 = +10; (2) 被省级作典型批评的扣15分 → −5 (no floor outside the 100)
        // total 15 + 10 + 0 + 5 − 5 = 25
        assertEquals(List.of("15", "10", "0", "5", "-5"), parts("xgczj"));
        assertPoints("5", adjusted(node(unit(evaluation, "xgczj"), "3").adjustments(), Adjustment.Type.FLOOR));
        assertPoints("25", unit(evaluation, "xgczj").total());
    }

    @Test
    void forestFarmAboveOneHundredAndNoRanking() {
        // 黎山林场: 2.(3) 政务公开目录编制不全面、不真实的扣5分 → 5; 5.(1) 被省级作典型推广的加15分 → 100 − 5 + 15 = 110
        // 洋峰垦殖场: no facts → 100.
        assertPoints("110", unit(evaluation, "lslc").total());
        assertPoints("100", unit(evaluation, "yfkzc").total());
        // audit G11/X3: 二(三) 考评结果的运用 is only 考评结果得分按比例折算后计入当效能建设工作考评政务公开项目得分 — no 排名 or
        // 名次 anywhere in the seed, so nobody is ranked (rankWithin none) and the units keep the facts file's order
        assertEquals(List.of("xgjyj", "xgczj", "yfkzc", "lslc"), evaluation.units().stream().map(u -> u.unit().code()).toList());
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                evaluation.units().stream().map(UnitResult::rank).toList());
        assertEquals(Optional.of(RankScope.NONE), scheme.results().rankWithin());
    }

    @Test
    void theResultConvertsProRataIntoTheEfficiencySchemesItem() {
        // 二、(三) 考评结果得分按比例折算后计入当效能建设工作考评政务公开项目得分. The 效能建设 scheme is not in the
        // seeds: here its 政务公开方面 item is assumed to be worth 10 points.
        Scheme efficiency = Fixture.scheme("'units': [{'code': 'xgjyj', 'name': '县教育局'}, {'code': 'xgczj', 'name': '县财政局'},"
                + "{'code': 'lslc', 'name': '黎山林场'}], 'indicators': [{'code': '4', 'name': '政务公开方面', 'points': '10', 'rules': [{'id': 'r1', "
                + "'kind': 'survey', 'clause': '考评结果得分按比例折算后计入当效能建设工作考评政务公开项目得分', 'fromScheme': 'xingan-yangguang-2006'}]}]");
        Evaluation e = Fixture.ENGINE.prepare(efficiency).evaluate(Fixture.facts(""), Engine.upstream(evaluation));
        // 37 ÷ 100 × 10 = 3.7; 25 → 2.5; 110 is above the full 100 and converts as full marks: 10 — 「考评结果得分按比例折算后
        // 计入当效能建设工作考评政务公开项目得分」: the item cannot exceed its points; the reading is in the scheme's description (audit X1)
        assertPoints("3.7", unit(e, "xgjyj").total());
        assertPoints("2.5", unit(e, "xgczj").total());
        assertPoints("10", unit(e, "lslc").total());
        assertEquals("110（按 100 计） ÷ 100 × 10 = 10.00", ResultLookups.rule(node(unit(e, "lslc"), "4"), "4/r1").lines().get(0).note());
    }

    @Test
    void aConvertingSchemeWithoutItsSourceIsRefused() {
        Scheme efficiency = Fixture.scheme("'indicators': [{'code': '4', 'name': '政务公开方面', 'points': '10', 'rules': [{'id': 'r1', "
                + "'kind': 'survey', 'clause': '按比例折算', 'fromScheme': 'xingan-yangguang-2006'}]}]");
        FactsRejected e = org.junit.jupiter.api.Assertions.assertThrows(FactsRejected.class,
                () -> Fixture.ENGINE.evaluate(efficiency, Fixture.facts("")));
        assertEquals("indicators[0].rules[0]: needs the evaluation of scheme \"xingan-yangguang-2006\"", e.getMessage());
    }
}
