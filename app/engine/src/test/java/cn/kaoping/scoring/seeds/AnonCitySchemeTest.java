package cn.kaoping.scoring.seeds;

import static cn.kaoping.scoring.ResultLookups.ENGINE;
import static cn.kaoping.scoring.ResultLookups.adjusted;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.rule;
import static cn.kaoping.scoring.ResultLookups.seed;
import static cn.kaoping.scoring.ResultLookups.topScores;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import cn.kaoping.scoring.Adjustment;
import cn.kaoping.scoring.Evaluation;
import cn.kaoping.scoring.FactsRejected;
import cn.kaoping.scoring.NodeResult;
import cn.kaoping.scoring.ResultLookups.WorkedExample;
import cn.kaoping.scoring.RuleOutcome;
import cn.kaoping.scoring.UnitResult;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 市对县保证目标考评细则 (seed 001_570ee5cf945afaf0.txt, anonymised with ×),
 * tenant-schemes/anon-city/county-targets.scheme.json on tenant-schemes/anon-city/county-targets.example.facts.json.
 * The seed stops inside 组织建设 3.3; the encoded part is ×令畅通 16 + ×风连×建设和反腐败工作 25 + 组织建设 21 = 62 points
 * (组织建设's missing items carry no rules). Expected figures are computed by hand from the seed text.
 */
class AnonCitySchemeTest {

    private static final WorkedExample SEED =
            seed("anon-city/county-targets.scheme.json", "anon-city/county-targets.example.facts.json");
    private static final Scheme scheme = SEED.scheme();
    private static final Evaluation evaluation = SEED.evaluation();

    private static List<String> sections(String unit) {
        return topScores(unit(evaluation, unit));
    }

    private static RuleOutcome outcome(String unit, String node, String rule) {
        return rule(node(unit(evaluation, unit), node), node + "/" + rule);
    }

    @Test
    @DisplayName("001 ×令畅通 (16分) 二级指标 4+4+4+2+1+1; 办事办文 0.3+0.3+0.4; 深化正×肃× 2+1+0.5+0.5; 3.2 (5.2分)")
    void pointsAsTheSeedStatesThem() {
        // 4 + 4 + 4 + 2 + 1 + 1 = 16; 25 = 4 + 3 + 4 + 2 + 4 + 2 + 6; 组织建设 21 (only 11.2 of it before the seed stops)
        assertEquals(List.of("16", "25", "21"),
                scheme.indicators().stream().map(i -> i.points().orElseThrow().stripTrailingZeros().toPlainString()).toList());
        // a unit without facts in 1 keeps 16: county-a loses only 信息工作 0.2 and 文件管理 0.1 → 15.7 (see below)
        assertPoints("62", unit(evaluation, "county-a").points());
    }

    @Test
    @DisplayName("001 信息工作: 75%-100%（含75%，不含100%）扣0.2分; 50%-75%（含50%，不含75%）扣0.4分; 25%-50% 扣0.6分")
    void informationTiersAtTheirBounds() {
        assertPoints("0.2", outcome("county-a", "1.4", "r1").amount()); // 75% exactly: 含75% → 0.2
        assertPoints("0.4", outcome("county-b", "1.4", "r1").amount()); // 74.99%: just below 75% → 50%-75% → 0.4
        assertPoints("0.4", outcome("county-c", "1.4", "r1").amount()); // 50% exactly: 含50% → 0.4
        assertPoints("0.6", outcome("county-d", "1.4", "r1").amount()); // 49.99%: 不含50% → 25%-50% → 0.6
        // county-d also 未完成信息约稿的，每次扣0.1分 × 2 = 0.2 → 信息工作 2 − 0.6 − 0.2 = 1.2
        assertPoints("1.2", node(unit(evaluation, "county-d"), "1.4").score());
    }

    @Test
    @DisplayName("001 调训: 上级调训完成率98%以上得0.2分、92%—98%得0.1分、92%以下得0分")
    void trainingPositiveTiers() {
        assertPoints("0.2", outcome("county-a", "3.2.1", "r6").earned().orElseThrow()); // 98% exactly: 98%以上 → 0.2
        assertPoints("0.1", outcome("county-b", "3.2.1", "r6").earned().orElseThrow()); // 97.9% → 92%—98% → 0.1
        // 「上级调训完成率98%以上得0.2分、92%—98%得0.1分、92%以下得0分」: both may hold 92%; the scheme reads 92% → 0.1
        // (the range 92%—98% starts at 92%; see the node's description, audit A6)
        assertPoints("0.1", outcome("county-c", "3.2.1", "r6").earned().orElseThrow()); // 92% exactly → 0.1
        assertPoints("0", outcome("county-d", "3.2.1", "r6").earned().orElseThrow());   // 91.9%: 92%以下 → 0
        // 开展大规模学习教育培训 (1分): county-d loses the 0.2 share of 调训 → 0.8
        assertPoints("0.8", node(unit(evaluation, "county-d"), "3.2.1").score());
    }

    @Test
    @DisplayName("001 推动“×个责任”: 主职班子和主职班子成员因同一问题被问责的，按最高标准扣分，不重复扣")
    void theSameMatterAtSeveralGradesCountsOnceAtTheHighest() {
        NodeResult n = node(unit(evaluation, "county-a"), "2.1.wz");
        // M1: 成员 诫勉 0.05, 成员 纪律处分 0.2, 班子 通报 0.1 → only the highest, 0.2; M2: 成员 组织调整 0.1 → 0.3
        assertPoints("0.3", rule(n, "2.1.wz/r8").amount());  // 0.2 (M1) + 0.1 (M2)
        assertPoints("0", rule(n, "2.1.wz/r7").amount());    // 班子 通报 0.1 on M1: set aside
        assertPoints("0.3", n.deducted());
        assertPoints("3.7", node(unit(evaluation, "county-a"), "2.1").score()); // 4 − 0.3
        // set aside: 诫勉 0.05 (r8) and 班子通报 0.1 (r7)
        assertPoints("0.05", adjusted(rule(n, "2.1.wz/r8").adjustments(), Adjustment.Type.DEDUPE));
        assertPoints("0.1", adjusted(rule(n, "2.1.wz/r7").adjustments(), Adjustment.Type.DEDUPE));
    }

    @Test
    @DisplayName("001 2.1 同一问题 covers the 问责 rules only: an unrelated finding about the same problem still counts")
    void theSameProblemDoesNotSwallowUnrelatedFindings() {
        // audit A1: 「措施不具体、工作不到位的发现一起扣0.2分」 (r1) and a member's 纪律处分 (r8, 0.2), both about
        // 问题 M1, cancelled each other when the dedupe covered the whole node; now 0.2 + 0.2 = 0.4 → 3.6
        Evaluation e = ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"" + scheme.id()
                + "\", \"facts\": [{\"unit\": \"county-a\", \"rule\": \"2.1/r1\", \"matter\": \"M1\"},"
                + "{\"unit\": \"county-a\", \"rule\": \"2.1.wz/r8\", \"grade\": \"纪律处分\", \"matter\": \"M1\"}]}")).orThrow());
        assertPoints("3.6", node(unit(e, "county-a"), "2.1").score());
    }

    @Test
    @DisplayName("001 文件管理情况: 每件次扣0.02分（最多扣0.1分）; 值班工作 1分 扣完为止")
    void subCapsAndFloors() {
        // 6 件次 × 0.02 = 0.12 → 最多扣0.1分 → 文件管理 0.3 − 0.1 = 0.2; 办事办文 0.3 + 0.2 + 0.4 = 0.9
        assertPoints("0.1", outcome("county-a", "1.5.2", "r1").amount());
        assertPoints("0.02", adjusted(outcome("county-a", "1.5.2", "r1").adjustments(), Adjustment.Type.CAP));
        assertPoints("0.9", node(unit(evaluation, "county-a"), "1.5").score());
        // county-b 值班: 主职未在岗带班 2次 × 0.5 + 值班人员不在岗 1次 × 0.5 = 1.5 on 1 point → 0, 0.5 cut
        assertPoints("0", node(unit(evaluation, "county-b"), "1.6").score());
        assertPoints("0.5", adjusted(node(unit(evaluation, "county-b"), "1.6").adjustments(), Adjustment.Type.FLOOR));
        // county-c ×内规范性文件报送备案不及时 3件 × 0.02 = 0.06 → 0.34
        assertPoints("0.34", node(unit(evaluation, "county-c"), "1.5.3").score());
    }

    @Test
    @DisplayName("001 推动监督检查常态化(1分): 全年至少4次,每少一次扣0.25分")
    void inspectionsStep() {
        assertPoints("0", outcome("county-a", "2.5.2", "r1").amount());   // 4 times: none short
        assertPoints("0.5", outcome("county-b", "2.5.2", "r1").amount()); // 2 times: 2 short × 0.25
        // issue 11 item 1: a county that reports no inspection did none: 4 short × 0.25 = 1 (the whole 1 point)
        Evaluation none = ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"" + scheme.id()
                + "\", \"facts\": []}")).orThrow());
        assertPoints("1", rule(node(unit(none, "county-a"), "2.5.2"), "2.5.2/r1").amount());
        // the surveys, 信息工作 and 调训 are required: the county's result is incomplete until they are entered
        assertEquals(List.of("1.4/r1", "2.3/r1", "2.6.1/r1", "2.6.2/r1", "2.7/r1", "3.2.1/r6"), unit(none, "county-a").missing());
    }

    @Test
    @DisplayName("001 满意度调查 (专业评价1分, ××测评1分) and 社会评价 电话调查 (6分), converted pro rata")
    void surveys() {
        UnitResult a = unit(evaluation, "county-a");
        assertPoints("3.68", node(a, "2.3").score());  // 执纪审查 92 ÷ 100 × 4
        assertPoints("1.85", node(a, "2.6").score());  // 90 ÷ 100 × 1 + 95 ÷ 100 × 1
        assertPoints("5.19", node(a, "2.7").score());  // 86.5 ÷ 100 × 6
        // county-d 电话调查 78.3 ÷ 100 × 6 = 4.698 → HALF_UP 4.70
        assertPoints("4.7", node(unit(evaluation, "county-d"), "2.7").score());
    }

    @Test
    @DisplayName("001 组织建设: a task's points (0.1分…) are 酌情扣分 within 0 and the task's points")
    void organisationTasksAreDiscretionary() {
        assertPoints("0.45", node(unit(evaluation, "county-a"), "3.1.1").score()); // 抓好×学习×× 0.5 − 0.05
        assertPoints("0.8", node(unit(evaluation, "county-d"), "3.3.2").score());  // 抓好农村基层×建工作 1 − 0.2
        FactSet facts = SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"anon-city-county-targets\", \"facts\": ["
                + "{\"unit\": \"county-a\", \"rule\": \"3.1.1/r1\", \"amount\": \"0.3\", \"reason\": \"未部署活动\"},"
                + "{\"unit\": \"county-a\", \"rule\": \"3.2.1/r6\", \"value\": \"105%\"}]}")).orThrow();
        FactsRejected e = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(scheme, facts));
        assertEquals(List.of(
                "facts[0].amount: 0.3 is outside the range 0–0.1 of 3.1.1/r1", // 部署开展“遵×、学×、讲×”活动(0.1分)
                "facts[1].value: a rate of 105% is outside 0%–100%"),           // 调训完成率 is a rate of 0%–100%
                e.problems().stream().map(Problem::toString).toList());
        // 信息工作 完成率 above 100% is entered as it is (audit A9): [100%, ∞) → nothing deducted
        Evaluation over = ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"anon-city-county-targets\", "
                + "\"facts\": [{\"unit\": \"county-a\", \"rule\": \"1.4/r1\", \"value\": \"105%\"}]}")).orThrow());
        assertPoints("0", rule(node(unit(over, "county-a"), "1.4"), "1.4/r1").amount());
    }

    @Test
    @DisplayName("001 totals and the ranking of the four example counties")
    void totalsAndRanking() {
        // county-a: 1: 16 − 0.2 − 0.1 = 15.7; 2: 3.7 + 3 + 3.68 + 2 + 4 + 1.85 + 5.19 = 23.42; 3: 21 − 0.05 = 20.95 → 60.07
        assertEquals(List.of("15.7", "23.42", "20.95"), sections("county-a"));
        assertPoints("60.07", unit(evaluation, "county-a").total());
        // county-b: 1: 16 − 0.4 − 1 = 14.6; 2: 4 + 2.9 + 3.2 + 2 + 3.5 + 1.73 + 5.4 = 22.73; 3: 21 − 0.1 = 20.9 → 58.23
        assertEquals(List.of("14.6", "22.73", "20.9"), sections("county-b"));
        assertPoints("58.23", unit(evaluation, "county-b").total());
        // county-c: 1: 16 − 0.4 − 2 − 0.06 = 13.54; 2: 4 + 3 + 4 + 1.9 + 4 + 2 + 5.7 = 24.6; 3: 20.9 → 59.04
        assertEquals(List.of("13.54", "24.6", "20.9"), sections("county-c"));
        assertPoints("59.04", unit(evaluation, "county-c").total());
        // county-d: 1: 16 − 0.8 = 15.2; 2: 3.9 + 3 + 3 + 2 + 4 + 1.5 + 4.7 = 22.1; 3: 21 − 0.2 − 0.2 = 20.6 → 57.9
        assertEquals(List.of("15.2", "22.1", "20.6"), sections("county-d"));
        assertPoints("57.9", unit(evaluation, "county-d").total());
        // no result rules survive in the truncated seed: ranked by total only
        assertEquals(List.of("county-a", "county-c", "county-b", "county-d"),
                evaluation.units().stream().map(u -> u.unit().code()).toList());
        assertEquals(List.of(Optional.of(1), Optional.of(2), Optional.of(3), Optional.of(4)),
                evaluation.units().stream().map(UnitResult::rank).toList());
        assertEquals(Optional.empty(), unit(evaluation, "county-a").grade());
    }

    @Test
    @DisplayName("001 2.7 社会评价 (市直园区得分以××区得分为准): the park's score is the district's, and follows its correction")
    void theParkTakesTheDistrictsScore() {
        // audit F2/A2: the clerk copied the district's figure by hand, with no link
        String facts = "{\"scheme\": \"anon-city-county-targets\", \"units\": [{\"code\": \"park\", \"name\": \"市直园区（示例）\"}], "
                + "\"facts\": [{\"unit\": \"county-a\", \"rule\": \"2.7/r1\", \"score\": \"SCORE\"},"
                + "{\"unit\": \"park\", \"rule\": \"2.7/r1\", \"sameAs\": \"county-a\", \"reason\": \"市直园区得分以××区得分为准\"}]}";
        Evaluation before = ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader(facts.replace("SCORE", "86.5"))).orThrow());
        assertPoints("5.19", node(unit(before, "park"), "2.7").score());   // 86.5 ÷ 100 × 6, the district's
        Evaluation corrected = ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader(facts.replace("SCORE", "90"))).orThrow());
        assertPoints("5.4", node(unit(corrected, "park"), "2.7").score());  // 90 ÷ 100 × 6
        // a sameAs fact carries nothing of its own and names a known unit
        FactsRejected e = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"anon-city-county-targets\", \"facts\": [{\"unit\": \"county-b\", \"rule\": \"2.7/r1\", "
                        + "\"sameAs\": \"county-x\", \"score\": \"80\"}]}")).orThrow()));
        assertEquals(List.of("facts[0].sameAs: unknown unit \"county-x\"",
                "facts[0].score: not read with sameAs (the facts are county-x's)"), e.problems().stream().map(Problem::toString).toList());
    }
}
