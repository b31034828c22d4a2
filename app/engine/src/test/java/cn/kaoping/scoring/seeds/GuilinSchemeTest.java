package cn.kaoping.scoring.seeds;

import static cn.kaoping.scoring.ResultLookups.ENGINE;
import static cn.kaoping.scoring.ResultLookups.adjusted;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.find;
import static cn.kaoping.scoring.ResultLookups.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Assessor;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import cn.kaoping.scoring.Adjustment;
import cn.kaoping.scoring.Evaluation;
import cn.kaoping.scoring.FactsRejected;
import cn.kaoping.scoring.NodeResult;
import cn.kaoping.scoring.ResultLookups;
import cn.kaoping.scoring.ResultLookups.WorkedExample;
import cn.kaoping.scoring.RuleOutcome;
import cn.kaoping.scoring.UnitResult;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 000_87edfc8dca865aeb.txt — 桂林市审计局落实2019年度市直单位绩效考评共性指标扣分细则责任表,
 * encoded as tenant-schemes/guilin/gongxing-2019.scheme.json, with the worked example
 * gongxing-2019.example.facts.json (市审计局 and four example 市直单位). Every expected figure below
 * is computed by hand from the seed text; each item scores 最高扣分值 − 扣分 (扣完为止), the
 * 共性指标 are worth 46.5 in all (the sum of the table's 最高扣分值).
 */
class GuilinSchemeTest {

    private static final WorkedExample SEED = seed("guilin/gongxing-2019.scheme.json", "guilin/gongxing-2019.example.facts.json");
    private static final Scheme SCHEME = SEED.scheme();
    private static final Evaluation EXAMPLE = SEED.evaluation();

    // ------------------------------------------------------------------------------- helpers (on EXAMPLE; see ResultLookups)

    private static UnitResult unit(String code) {
        return ResultLookups.unit(EXAMPLE, code);
    }

    private static NodeResult node(String unit, String code) {
        return ResultLookups.node(EXAMPLE, unit, code);
    }

    private static RuleOutcome rule(String unit, String ref) {
        return ResultLookups.rule(unit(unit), ref);
    }

    private static void points(String expected, BigDecimal actual) {
        assertPoints(expected, actual);
    }

    private static Indicator indicator(String code) {
        return SCHEME.indicators().stream().flatMap(Indicator::subtree).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------- the scheme

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 表头: 一级/二级/三级指标, 最高扣分值, 考核单位, 责任科室, 责任领导")
    void theTableBecomesAThreeLevelTreeWithResponsibilities() {
        assertEquals(1, SCHEME.indicators().size()); // 一级: 共性指标
        Indicator gx = SCHEME.indicators().get(0);
        assertEquals("共性指标", gx.name());
        assertEquals(11, gx.children().size()); // 二级 （一）党的建设 … （十一）其他工作
        points("46.5", SCHEME.totalPoints().orElseThrow()); // 4+4+2.5+2+3.5 +2 +3.5 +2 +2 +2 +6 +1 +4 +3 +5
        // 1.机关党建工作: 最高扣分值 4, 市直机关工委, 机关党委（牵头）、各支部, 蒙忠宁
        Indicator one = indicator("1");
        points("4", one.points().orElseThrow());
        points("4", one.maxDeduction().orElseThrow());
        assertEquals(List.of("市直机关工委"), one.responsibility().assessingAgency().map(Assessor::agencies).orElseThrow());
        assertEquals(Optional.of("机关党委（牵头）、各支部"), one.responsibility().responsibleDepartment());
        assertEquals(Optional.of("蒙忠宁"), one.responsibility().responsibleLeader());
        // 3.组织建设 (2): 0.5, 市委组织部; 10.案件查处: merged cells → 市保密局, 李永球
        points("0.5", indicator("3.2").maxDeduction().orElseThrow());
        assertEquals(List.of("市委组织部"), indicator("3.2").responsibility().assessingAgency().map(Assessor::agencies).orElseThrow());
        assertEquals(List.of("市保密局"), indicator("10").responsibility().assessingAgency().map(Assessor::agencies).orElseThrow());
        assertEquals(Optional.of("李永球"), indicator("10").responsibility().responsibleLeader());
        // 18 has two rows: 市委办公室 3 and 市政府办公室 3
        assertEquals(List.of("市委办公室"), indicator("18.1").responsibility().assessingAgency().map(Assessor::agencies).orElseThrow());
        assertEquals(List.of("市政府办公室"), indicator("18.2").responsibility().assessingAgency().map(Assessor::agencies).orElseThrow());
        // every unit is assessed on the same 46.5 points
        for (String u : List.of("sjj", "tjj", "czj", "jyj", "sfj")) {
            points("46.5", unit(u).points());
        }
    }

    // ------------------------------------------------------------------------------- caps

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 1.(6) 每有1人扣0.1分，最高扣0.4分; 5.(1)④ 扣完0.3分为止; 17.(1)② 最高扣0.6分; 19.(2)① 最高扣0.15分")
    void clauseCapsReachedExactlyAndExceeded() {
        // 市审计局 1.(6): 4人 × 0.1 = 0.4 = cap 0.4, nothing cut
        points("0.4", rule("sjj", "1/r6a").amount());
        points("0", adjusted(rule("sjj", "1/r6a").adjustments(), Adjustment.Type.CAP));
        // 统计局 1.(6): 6人 × 0.1 = 0.6 > cap 0.4 → 0.4, 0.2 cut
        points("0.4", rule("tjj", "1/r6a").amount());
        points("0.2", adjusted(rule("tjj", "1/r6a").adjustments(), Adjustment.Type.CAP));
        // 统计局 1: (1) 0.2 + (6) 0.4 = 0.6 → 4 − 0.6 = 3.4
        points("3.4", node("tjj", "1").score());
        // 统计局 5.(1)④: 3种情形 × 0.1 = 0.3 = 扣完0.3分为止 → 5.(1)(2) 3 − 0.3 = 2.7
        points("0.3", rule("tjj", "5.1-2/r1-4").amount());
        points("2.7", node("tjj", "5.1-2").score());
        // 统计局 17.(1)②: 7次 × 0.1 = 0.7 → cap 0.6; (2)② (30 − 21) ÷ 30 × 1 = 0.3; 1 − 0.9 = 0.1
        points("0.6", rule("tjj", "17/r1-2").amount());
        points("0.1", adjusted(rule("tjj", "17/r1-2").adjustments(), Adjustment.Type.CAP));
        points("0.1", node("tjj", "17").score());
        // 统计局 19.(2)①: 3项 × 0.05 = 0.15 = cap 0.15 → 1 − 0.15 = 0.85
        points("0.15", rule("tjj", "19/r2-1").amount());
        points("0.85", node("tjj", "19").score());
    }

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 18 报送材料（最高扣1分）, 22 (1 分), 10 (0.4 分), （十一）其他工作 (5 分): 最高扣分值 cuts several clauses")
    void itemMaximumDeductionCutsSeveralClauses() {
        // 统计局 18 市委办 报送材料: (1) 迟报 0.5 + 漏报 1 + (2) 1 + (3) 0.5 = 3 → 最高扣1分 → 0, 2 cut
        points("0", node("tjj", "18.1.3").score());
        points("2", adjusted(node("tjj", "18.1.3").adjustments(), Adjustment.Type.MAX_DEDUCTION));
        // 18 市委办 row: 公文处理 1 + 参加会议 1 + 报送材料 0 = 2; 18 both rows: 2 + 3 = 5
        points("2", node("tjj", "18.1").score());
        points("5", node("tjj", "18").score());
        // 统计局 22: (1) 4次 × 0.2 = 0.8 + (2) 3次 × 0.1 = 0.3 = 1.1 → 最高扣分值 1 → 0, 0.1 cut
        points("0", node("tjj", "22").score());
        points("0.1", adjusted(node("tjj", "22").adjustments(), Adjustment.Type.MAX_DEDUCTION));
        // 司法局 10: (1) 1起 0.2 + (3) 隐匿不报 0.4 = 0.6 → 最高扣分值 0.4 → 0, 0.2 cut
        points("0", node("sfj", "10").score());
        points("0.2", adjusted(node("sfj", "10").adjustments(), Adjustment.Type.MAX_DEDUCTION));
        // 司法局 （三）保密工作: 8 0.5 + 9 0.3 + 10 0 + 11 0.4 + 12 0.4 + 末行 (1.5 − 1.5 = 0) = 1.6
        points("1.6", node("sfj", "三").score());
        // 司法局 （十一）: 5 × 1 + 0.8 = 5.8 → 最高5分 → 0, 0.8 cut
        points("0", node("sfj", "十一").score());
        points("0.8", adjusted(node("sfj", "十一").adjustments(), Adjustment.Type.MAX_DEDUCTION));
        // 市审计局 （十一）: 0.5 + 1 = 1.5 → 5 − 1.5 = 3.5
        points("3.5", node("sjj", "十一").score());
    }

    // ------------------------------------------------------------------------------- credits

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 1 备注: 有以下情况的，可减免扣分 — credits never lift the item above its 4 points")
    void creditsLargerThanDeductionsDoNotLiftTheItem() {
        // 市审计局 1: deductions (6) 4人 0.4 + (3) 专题研究1次 (2 − 1) × 0.1 = 0.1 → 0.5;
        // credits 现场会 1 × 0.2 + 第一书记 2人 × 0.1 + 交办任务 4 × 0.05 = 0.6 > 0.5 → 0.5 used, 0.1 unused
        NodeResult n = node("sjj", "1");
        points("0.1", rule("sjj", "1/r3c").amount());
        points("0.5", n.credited());
        points("0.1", adjusted(n.adjustments(), Adjustment.Type.CREDIT_UNUSED));
        points("4", n.score()); // not 4.1
        // 财政局 1: no deduction, 党建品牌先进单位 0.2 credit → unused, still 4
        points("0", node("czj", "1").credited());
        points("0.2", adjusted(node("czj", "1").adjustments(), Adjustment.Type.CREDIT_UNUSED));
        points("4", node("czj", "1").score());
    }

    // ------------------------------------------------------------------------------- tiers

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 16.(2) 完成率在75%—100%（不含100%）扣0.2分；50%—75%（不含75%）扣0.3分；50%以下（不含50%）扣0.5分")
    void completionRateTiersAtTheirBounds() {
        points("0", rule("sfj", "16/r2").amount());    // 100%: 完成采用数量任务 → 不扣分
        points("0.2", rule("sjj", "16/r2").amount());  // 75% exactly: [75%, 100%) → 0.2
        points("0.3", rule("tjj", "16/r2").amount());  // 74.99%: [50%, 75%) → 0.3
        points("0.3", rule("czj", "16/r2").amount());  // 50% exactly: [50%, 75%) → 0.3
        points("0.5", rule("jyj", "16/r2").amount());  // 49.99%: [0%, 50%) → 0.5
        // item 16 (1 分): 审计局 0.2 + (3) 约稿 2 × 0.05 = 0.3 → 0.7; 司法局 (1) 0.1 → 0.9; 教育局 0.5
        points("0.7", node("sjj", "16").score());
        points("0.7", node("tjj", "16").score());
        points("0.7", node("czj", "16").score());
        points("0.5", node("jyj", "16").score());
        points("0.9", node("sfj", "16").score());
    }

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 19.(2)② 覆盖50%（含）以上; 19.(2)⑤ 低于10%; 20.(1) 未完成应销号90%以上; 14.(2) 优秀率低于50%; 2.(2) 3人以上（含3人）")
    void otherThresholdsAtTheirBounds() {
        points("0", rule("sjj", "19/r2-2b").amount());     // 50%: 含50% → no deduction
        points("0.1", rule("jyj", "19/r2-2b").amount());   // 49.99% → 0.1
        points("0.1", rule("sjj", "19.5b/r1").amount());   // 充电桩 8% < 10% → 0.1
        points("0", rule("jyj", "19.5b/r1").amount());     // 10%: not 低于10% → 0
        points("0.9", node("sjj", "19").score());           // 1 − 0.1
        points("0.9", node("jyj", "19").score());           // 1 − 0.1
        points("0.6", rule("sfj", "20/r1b").amount());     // 89.9% < 90% → 0.6
        points("0", rule("czj", "14/r2").amount());        // 承办3件以上 (5), 优秀率 50%: not 低于50% → 0
        points("0.2", rule("czj", "2/r2a").amount());      // 3人 (含3人) → 0.2
    }

    // ------------------------------------------------------------------------------- articles by level

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 5.(6) 每篇计0.3/0.2/0.1分…累计分达0.3分以上（含0.3分）不扣分，否则按比例扣分，最高扣0.3分")
    void pressWorkArticleByArticle() {
        // audit G2: each article is a fact with its media level; the item (0.3) earns the articles' sum up to 0.3
        points("0.3", rule("sjj", "5.6/r1").amount());   // 广西日报 (自治区级) 3篇 × 0.1 = 0.3 → full, nothing lost
        points("0.3", node("sjj", "5.6").score());
        points("0.5", rule("tjj", "5.6/r1").amount());   // 人民日报 0.3 + 中国青年报 0.2 = 0.5
        points("0.3", node("tjj", "5.6").score());       // 0.3以上 不扣分: capped at the item's 0.3
        points("0.2", node("czj", "5.6").score());       // 2 × 0.1: 0.1 lost = (0.3 − 0.2) ÷ 0.3 × 0.3
        points("0.1", node("jyj", "5.6").score());       // 人民网 0.1: 0.2 lost
        points("0", node("sfj", "5.6").score());         // no 稿件: 0.3 lost = 最高扣0.3分
    }

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 17.(2)② 扣分分值=〔（任务数-得分）÷任务数〕×1")
    void governmentInformationFormula() {
        // 市审计局: (30 − 25) ÷ 30 × 1 = 0.1666… → 0.17 (HALF_UP); 17 = 1 − 0.17 = 0.83
        points("0.17", rule("sjj", "17/r2-2").amount());
        points("0.83", node("sjj", "17").score());
        // 统计局: (30 − 21) ÷ 30 × 1 = 0.3
        points("0.3", rule("tjj", "17/r2-2").amount());
    }

    // ------------------------------------------------------------------------------- other kinds

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 不少于2次/2次以上每少一次; 3.(1)② 达3人扣0.1分，每增加3人加扣0.1分; 14 一般/较差; 4 最多扣0.5分; 23 折算")
    void stepsGradesDiscretionAndConversion() {
        // 财政局 2: (2) 3人 0.2 + (7) 纪律教育1次 (2 − 1) × 0.3 = 0.3 → 4 − 0.5 = 3.5
        points("0.3", rule("czj", "2/r7").amount());
        points("3.5", node("czj", "2").score());
        // 财政局 3.(1): ② 补填6人 0.1 + 1 × 0.1 = 0.2; 诫勉2人 × 0.15 = 0.3 → 1 − 0.5 = 0.5
        points("0.2", rule("czj", "3.1/r2a").amount());
        points("0.5", node("czj", "3.1").score());
        // 财政局 14: 较差 0.2 + 一般 0.1 + 优秀率 0 + 不合格 0.2 = 0.5 → 0.5
        points("0.3", rule("czj", "14/r1b").amount());
        points("0.5", node("czj", "14").score());
        // 教育局 7.(2): 0次, (2 − 0) × 1 = 2 → 2 − 2 = 0
        points("0", node("jyj", "7").score());
        // 教育局 4: (1) 1项 0.2 + (2) 酌情 0.3 = 0.5 → 1.5
        points("1.5", node("jyj", "4").score());
        // 教育局 13: (1)① 0.5 + ② 3 × 0.2 + (3) 2 × 0.2 = 1.5 → 2 − 1.5 = 0.5
        points("0.5", node("jyj", "13").score());
        // 司法局 15.(3) 红黑榜 0.25 → 0.75; 20: 0.6 + 0.6 + 0.3 = 1.5 → 0.5
        points("0.75", node("sfj", "15").score());
        points("0.5", node("sfj", "20").score());
        // 23 脱贫攻坚专项考评: 得分 ÷ 100 × 3
        points("2.85", node("sjj", "23").score());   // 95
        points("3", node("tjj", "23").score());      // 100
        points("2.66", node("czj", "23").score());   // 88.5 → 2.655 → 2.66 (HALF_UP)
        points("2.7", node("jyj", "23").score());    // 90
        points("2.4", node("sfj", "23").score());    // 80
    }

    // ------------------------------------------------------------------------------- applicability

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt 备注: 表中三级指标及扣分细则缺少的项目和序号不属于我局的考核事项; 19.(2)⑤ 合署办公中办公面积最大的单位承担考评任务")
    void itemsThatDoNotApplyToAUnit() {
        // 5.(4)(5) and 7.(1) are missing from the 审计局's table: not its 考核事项
        for (String code : List.of("5.4", "5.5", "7.1")) {
            assertTrue(find(unit("sjj").indicators(), code).isEmpty(), code + " applies to 市审计局");
            assertTrue(find(unit("tjj").indicators(), code).isPresent(), code + " missing for 统计局");
        }
        // the 充电桩 clause applies to the 审计局 but not to the 统计局 (示例: 合署办公, 面积非最大)
        assertTrue(find(unit("sjj").indicators(), "19.5b").isPresent());
        assertTrue(find(unit("tjj").indicators(), "19.5b").isEmpty());
        FactsRejected e = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"guilin-gongxing-2019\", \"facts\": [{\"unit\": \"tjj\", \"rule\": \"19.5b/r1\", \"value\": \"5%\"}]}")).orThrow()));
        assertEquals(List.of("facts[0].rule: 19.5b/r1 does not apply to unit tjj (桂林市统计局（示例）)"),
                e.problems().stream().map(Problem::toString).toList());
        // the placeholders carry no points: the 统计局 is assessed on 46.5 like the 审计局
        points("46.5", unit("tjj").points());
    }

    // ------------------------------------------------------------------------------- a unit that reports nothing

    @Test
    @DisplayName("000 issue 11 item 1: a unit that reports nothing loses what silence means in each clause, and is incomplete")
    void aUnitThatReportsNothing() {
        // before issue 11 such a unit scored 43.5 (46.5 − 23's 3), above 司法局's 36.85 and 教育局's 41.4
        Evaluation e = ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"guilin-gongxing-2019\", \"units\": [{\"code\": \"wbs\", \"name\": \"未报送单位\"}], \"facts\": []}"))
                .orThrow());
        UnitResult u = ResultLookups.unit(e, "wbs");
        // 1.(3) 专题研究不少于2次，每少一次扣0.1分: 0 → 0.2; 1.(6) 廉政教育2次…每少1次扣0.05分: 0 → 0.1
        assertPoints("0.3", ResultLookups.node(u, "1").deducted());
        // 2.(7) 纪律教育不少于2次…每少开展一次扣0.3分: 0.6; 7.(2) 创城活动2次以上…每少开展1次活动扣1分: 2
        assertPoints("0.6", ResultLookups.node(u, "2").deducted());
        assertPoints("0", ResultLookups.node(u, "7").score());
        // 5.(6) 累计分达0.3分以上不扣分，否则按比例扣分，最高扣0.3分: no article, 0.3
        assertPoints("0", ResultLookups.node(u, "5.6").score());
        // required, counted as lost meanwhile: 16.(2) 完成率50%以下 0.5; 17.(2)② 未完成 ×1 = 1; 20.(1) 未完成应销号90% 0.6; 23: 3
        assertPoints("0.5", ResultLookups.node(u, "16").deducted());
        assertPoints("0", ResultLookups.node(u, "17").score());
        assertPoints("1.4", ResultLookups.node(u, "20").score());
        assertPoints("0", ResultLookups.node(u, "23").score());
        // 46.5 − (0.3 + 0.6 + 2 + 0.3 + 0.5 + 1 + 0.6 + 3 = 8.3) = 38.2
        assertPoints("38.2", u.total());
        assertEquals(List.of("16/r2", "17/r2-2", "20/r1b", "23/r1"), u.missing());
        assertTrue(unit("sjj").missing().isEmpty());
    }

    @Test
    @DisplayName("000 16.(4) one incident counts once at the higher grade; 5.(1)④ 每出现一种情形 counts kinds, not occurrences")
    void oneIncidentAndOneKindCountOnce() {
        // audit G12: 存在迟报、漏报、瞒报的，每次扣0.15分；造成严重后果…通报批评的，每次扣0.3分 — the same incident entered at
        // both grades gave 0.45; now 0.3. audit G13: ④…第十条所列十种情形，每出现一种情形扣0.1分 — the same 情形 twice is one kind
        Evaluation e = ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"guilin-gongxing-2019\", "
                + "\"facts\": [{\"unit\": \"sjj\", \"rule\": \"16/r4a\", \"grade\": \"迟报漏报瞒报\", \"matter\": \"5·12 汛情\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"16/r4a\", \"grade\": \"严重后果或通报批评\", \"matter\": \"5·12 汛情\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"5.1-2/r1-4\", \"matter\": \"情形一\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"5.1-2/r1-4\", \"matter\": \"情形一\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"5.1-2/r1-4\", \"matter\": \"情形三\"}]}")).orThrow());
        assertPoints("0.3", ResultLookups.rule(ResultLookups.unit(e, "sjj"), "16/r4a").amount());
        assertPoints("0.2", ResultLookups.rule(ResultLookups.unit(e, "sjj"), "5.1-2/r1-4").amount());
    }

    @Test
    @DisplayName("000 14.(2) 当年承办件3件（含3件）以下，优秀率低于40%的，扣0.2分；当年承办3件以上，优秀率低于50%的，扣0.2分 — one rule")
    void theExcellenceThresholdDependsOnTheNumberOfCases() {
        // audit F1/G1: two alternative rules, both accepted → 0.4; now one rule reading 件数 (basis) and 优秀率 (value)
        Evaluation e = ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"guilin-gongxing-2019\", "
                + "\"facts\": [{\"unit\": \"sjj\", \"rule\": \"14/r2\", \"value\": \"45%\", \"basis\": \"3\", \"evidence\": \"通报\"},"
                + "{\"unit\": \"tjj\", \"rule\": \"14/r2\", \"value\": \"45%\", \"basis\": \"4\", \"evidence\": \"通报\"}]}")).orThrow());
        // 3件 (含3件以下): 45% is not 低于40% → 0; 4件 (3件以上): 45% 低于50% → 0.2
        assertPoints("0", ResultLookups.rule(ResultLookups.unit(e, "sjj"), "14/r2").amount());
        RuleOutcome four = ResultLookups.rule(ResultLookups.unit(e, "tjj"), "14/r2");
        assertPoints("0.2", four.amount());
        assertEquals("当年承办件数 4 ∈ (3, ∞)：45% ∈ [0%, 50%) → 0.2分", four.lines().get(0).note());
        // the 件数 is required, and a second value for the unit is refused as for every rate
        FactsRejected wrong = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"guilin-gongxing-2019\", \"facts\": [{\"unit\": \"sjj\", \"rule\": \"14/r2\", \"value\": \"45%\", \"evidence\": \"通报\"}]}"))
                .orThrow()));
        assertEquals("facts[0].basis: is required by 14/r2", wrong.problems().get(0).toString());
    }

    @Test
    @DisplayName("000 1.(6) 年内开展党风廉政教育2次（其中，不少于1次到廉政教育基地接受教育）以上，每少1次扣0.05分")
    void theEducationBaseIsPartOfTheTwoSessions() {
        // audit F6/G10: only the total was counted, so 2 sessions none at the 基地 lost nothing. Now each fact gives the
        // sessions at the 基地 (including); the unit is short of the larger of 2 − total and 1 − at the 基地, as one more
        // session there meets both
        Evaluation e = ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"guilin-gongxing-2019\", "
                + "\"facts\": [{\"unit\": \"sjj\", \"rule\": \"1/r6b\", \"value\": \"2\", \"including\": \"0\"},"
                + "{\"unit\": \"tjj\", \"rule\": \"1/r6b\", \"value\": \"3\", \"including\": \"0\"},"
                + "{\"unit\": \"czj\", \"rule\": \"1/r6b\", \"value\": \"1\", \"including\": \"1\"},"
                + "{\"unit\": \"jyj\", \"rule\": \"1/r6b\", \"value\": \"1\", \"including\": \"0\"},"
                + "{\"unit\": \"sfj\", \"rule\": \"1/r6b\", \"value\": \"2\", \"including\": \"1\"}]}")).orThrow());
        // 2 sessions, 0 at the 基地: max(2 − 2, 1 − 0) = 1 少 → 0.05 (was 0)
        RuleOutcome none = ResultLookups.rule(ResultLookups.unit(e, "sjj"), "1/r6b");
        assertPoints("0.05", none.amount());
        assertEquals("其中到廉政教育基地接受教育 0（不少于 1）；距起点 1，1 步 × 0.05分 = 0.05分", none.lines().get(0).note());
        // 3 sessions, 0 at the 基地: max(−1, 1) = 1 → 0.05; 1 session at the 基地: max(1, 0) = 1 → 0.05
        assertPoints("0.05", ResultLookups.rule(ResultLookups.unit(e, "tjj"), "1/r6b").amount());
        assertPoints("0.05", ResultLookups.rule(ResultLookups.unit(e, "czj"), "1/r6b").amount());
        // 1 session elsewhere: max(1, 1) = 1 → 0.05 (one session at the 基地 would meet both); 2 with 1 at the 基地 → 0
        assertPoints("0.05", ResultLookups.rule(ResultLookups.unit(e, "jyj"), "1/r6b").amount());
        assertPoints("0", ResultLookups.rule(ResultLookups.unit(e, "sfj"), "1/r6b").amount());
        // the 基地 count is required, and it is part of the total
        FactsRejected wrong = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"guilin-gongxing-2019\", \"facts\": [{\"unit\": \"sjj\", \"rule\": \"1/r6b\", \"value\": \"2\"},"
                        + "{\"unit\": \"tjj\", \"rule\": \"1/r6b\", \"value\": \"2\", \"including\": \"3\"},"
                        + "{\"unit\": \"czj\", \"rule\": \"1/r3c\", \"value\": \"2\", \"including\": \"1\"}]}"))
                .orThrow()));
        assertEquals(List.of("facts[0].including: is required by 1/r6b (其中到廉政教育基地接受教育)",
                "facts[1].including: 3 is more than the value 2 (the part is counted in it)",
                "facts[2].including: 1/r3c has no including"), wrong.problems().stream().map(Problem::toString).toList());
    }

    @Test
    @DisplayName("000 14 以上扣分项目以市委督查和绩效考评办公室通报为依据; 15 以上扣分项目以市政府督查室通报为依据")
    void supervisionDeductionsRestOnTheirBulletins() {
        // audit G16: the sentences stood in the description only, and a fact without its 通报 was taken. Items 14 and 15
        // now name the bulletin (evidenceBasis): every fact of their rules needs its evidence; other items do not
        FactsRejected wrong = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"guilin-gongxing-2019\", \"facts\": ["
                        + "{\"unit\": \"sjj\", \"rule\": \"14/r1a\", \"reason\": \"完不成任务\"},"
                        + "{\"unit\": \"sjj\", \"rule\": \"15/r1-2\", \"count\": 2, \"reason\": \"迟报2次\"},"
                        + "{\"unit\": \"sjj\", \"rule\": \"14/r3\", \"grade\": \"合格\", \"evidence\": \"桂督绩通〔2019〕12号\"},"
                        + "{\"unit\": \"sjj\", \"rule\": \"16/r1\", \"reason\": \"无证明材料\"}]}")).orThrow()));
        assertEquals(List.of("facts[0].evidence: is required by 14/r1a (以市委督查和绩效考评办公室通报为依据)",
                "facts[1].evidence: is required by 15/r1-2 (以市政府督查室通报为依据)"),
                wrong.problems().stream().map(Problem::toString).toList());
        // with the bulletins: 14 (1) 被…通报完不成任务的，每项扣0.2分 0.2 + (3) 合格 每件扣0.1分 0.1 → 1 − 0.3 = 0.7;
        // 15 (1)② 每迟报1次扣0.1分 × 2 = 0.2 → 0.8
        Evaluation e = ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"guilin-gongxing-2019\", \"facts\": ["
                + "{\"unit\": \"sjj\", \"rule\": \"14/r1a\", \"evidence\": \"桂督绩通〔2019〕8号\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"14/r3\", \"grade\": \"合格\", \"evidence\": \"桂督绩通〔2019〕12号\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"15/r1-2\", \"count\": 2, \"evidence\": \"市政府督查室通报第3期\"}]}")).orThrow());
        assertPoints("0.7", ResultLookups.node(e, "sjj", "14").score());
        assertPoints("0.8", ResultLookups.node(e, "sjj", "15").score());
    }

    @Test
    @DisplayName("000 （十一）其他工作 原则上采取专项考评，每项最高扣1分 — one 专项 entered twice counts once")
    void oneSpecialAssessmentEnteredTwiceCountsOnce() {
        // audit F5/G5: the 专项 lived in reason text only, so one 专项 entered twice cost twice. Each fact names its 专项 as
        // matter; 十一/r1 dedupes by it: 专项甲 0.5 and 0.8 (the same 专项 again) → 0.8 once, + 专项乙 1 = 1.8 → 5 − 1.8 = 3.2
        Evaluation e = ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"guilin-gongxing-2019\", \"facts\": ["
                + "{\"unit\": \"sjj\", \"rule\": \"十一/r1\", \"amount\": \"0.5\", \"matter\": \"专项甲\", \"reason\": \"折算\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"十一/r1\", \"amount\": \"0.8\", \"matter\": \"专项甲\", \"reason\": \"再次录入\"},"
                + "{\"unit\": \"sjj\", \"rule\": \"十一/r1\", \"amount\": \"1\", \"matter\": \"专项乙\", \"reason\": \"折算\"}]}"))
                .orThrow());
        assertPoints("1.8", ResultLookups.rule(ResultLookups.unit(e, "sjj"), "十一/r1").amount());
        assertPoints("3.2", ResultLookups.node(e, "sjj", "十一").score());
    }

    @Test
    @DisplayName("000 16.(2) 完成采用数量任务的…不扣分: a completion above 100% is entered as it is")
    void completionAboveAHundredPercent() {
        // audit G14: rates above 100% were refused and the clerk had to enter 100%; now 120% falls in [100%, ∞) → 0
        Evaluation e = ENGINE.evaluate(SCHEME, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"guilin-gongxing-2019\", "
                + "\"facts\": [{\"unit\": \"sjj\", \"rule\": \"16/r2\", \"value\": \"120%\"}, "
                + "{\"unit\": \"tjj\", \"rule\": \"16/r2\", \"value\": \"49.99%\"}]}")).orThrow());
        assertPoints("0", ResultLookups.rule(ResultLookups.unit(e, "sjj"), "16/r2").amount());
        assertPoints("0.5", ResultLookups.rule(ResultLookups.unit(e, "tjj"), "16/r2").amount()); // 50%以下（不含50%）
    }

    // ------------------------------------------------------------------------------- totals

    @Test
    @DisplayName("000_87edfc8dca865aeb.txt worked example: totals = 46.5 − 扣分, and ranks")
    void totalsAndRanks() {
        // 市审计局: 16 0.3 + 17 0.17 + 19 0.1 + 23 0.15 + 十一 1.5 = 2.22 (1 fully credited) → 44.28
        points("44.28", unit("sjj").total());
        // 统计局: 1 0.6 + 5 0.3 + 16 0.3 + 17 0.9 + 18 1 + 19 0.15 + 22 1 = 4.25 → 42.25
        points("42.25", unit("tjj").total());
        // 财政局: 2 0.5 + 3 0.5 + 5 0.1 + 14 0.5 + 16 0.3 + 23 0.34 = 2.24 → 44.26
        points("44.26", unit("czj").total());
        // 教育局: 4 0.5 + 5 0.2 + 7 2 + 13 1.5 + 16 0.5 + 19 0.1 + 23 0.3 = 5.1 → 41.4
        points("41.4", unit("jyj").total());
        // 司法局: 5 0.3 + 10 0.4 + 三末行 1.5 + 15 0.25 + 16 0.1 + 20 1.5 + 23 0.6 + 十一 5 = 9.65 → 36.85
        points("36.85", unit("sfj").total());
        // 统计局 （一）党的建设: 3.4 + 4 + 2.5 + 2 + (2.7 + 0.2 + 0.3) = 15.1
        points("15.1", node("tjj", "一").score());
        // the seed states no ranking rule; the engine ranks all units by total (44.28 > 44.26 > 42.25 > 41.4 > 36.85)
        assertEquals(Optional.of(1), unit("sjj").rank());
        assertEquals(Optional.of(2), unit("czj").rank());
        assertEquals(Optional.of(3), unit("tjj").rank());
        assertEquals(Optional.of(4), unit("jyj").rank());
        assertEquals(Optional.of(5), unit("sfj").rank());
        assertFalse(unit("sjj").grade().isPresent()); // no 等次 in the seed
    }
}
