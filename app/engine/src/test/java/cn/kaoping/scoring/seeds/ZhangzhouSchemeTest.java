package cn.kaoping.scoring.seeds;

import static cn.kaoping.scoring.ResultLookups.ENGINE;
import static cn.kaoping.scoring.ResultLookups.adjusted;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.rule;
import static cn.kaoping.scoring.ResultLookups.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.FactsLoader;
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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 002_afe211f9c574c74e.txt 第五篇 漳州市直机关绩效考评办法, scored with
 * tenant-schemes/zhangzhou/shizhi.example.facts.json (all 76 ranked units and the 5 survey-only units).
 *
 * <p>Generic units of the facts file have 基本工作目标 B (out of 450, taken as is), no 效率作风 facts (100),
 * no bonus (0), 公众评议 90 of 100 (90 ÷ 100 × 300 = 270) and 综合评议 80 of 100 (80 ÷ 100 × 50 = 40):
 * total = B + 100 + 0 + 270 + 40 = B + 410. 第二系列 generic unit k (0-based, seed order) has B = 430 − 2k,
 * 第三系列 generic unit m has B = 425 − 5m.
 */
@DisplayName("seed 002 第五篇 漳州市直机关绩效考评办法")
class ZhangzhouSchemeTest {

    private static final WorkedExample SEED = seed("zhangzhou/shizhi.scheme.json", "zhangzhou/shizhi.example.facts.json");
    private static final Scheme scheme = SEED.scheme();
    private static final Evaluation evaluation = SEED.evaluation();

    // ---- helpers (reading results goes through ResultLookups; loading through SchemeFixtures.LOADER and FactsLoader)

    private static UnitResult unit(String code) {
        return ResultLookups.unit(evaluation, code);
    }

    private static List<String> unitsOf(String series) {
        return scheme.units().stream().filter(u -> u.series().equals(Optional.of(series))).map(Scheme.Unit::code).toList();
    }

    private static long graded(String series, String grade) {
        return unitsOf(series).stream().filter(c -> unit(c).grade().equals(Optional.of(grade))).count();
    }

    private static Map<String, BigDecimal> measures(UnitResult u, String textStart) {
        return u.outcomes().stream().filter(o -> o.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError(u.unit().code() + " has no outcome " + textStart + ": " + u.outcomes()))
                .measures();
    }

    private static boolean hasOutcome(UnitResult u, String textStart) {
        return u.outcomes().stream().anyMatch(o -> o.text().startsWith(textStart));
    }

    // ---- 二、考评对象 / 三、考评内容与分值设置

    @Test
    @DisplayName("二、考评对象: 三个系列 18 / 44 / 14 units, 5 units only in 公众评议; 三、总分1000分")
    void unitsAndPoints() {
        assertEquals(18, unitsOf("s1").size()); // 第一系列(…共18个)
        assertEquals(44, unitsOf("s2").size()); // 第二系列(…共44个)
        assertEquals(14, unitsOf("s3").size()); // 第三系列(…共14个)
        assertEquals(List.of("市人大机关", "市政协机关", "市纪委监察局机关", "市委办", "市政府办"),
                scheme.units().stream().filter(u -> u.series().isEmpty()).map(Scheme.Unit::name).toList());
        assertEquals("民政局(含老区办)", scheme.units().stream().filter(u -> u.code().equals("mzj")).findFirst().orElseThrow().name());
        assertPoints("1000", scheme.totalPoints().orElseThrow()); // 450 + 100 + 100 + 350
        // every ranked unit's full points: 450 + 100 + 100 + 300 + 50 = 1000
        assertPoints("1000", unit("zzb").points());
        // and every unit of a series is ranked among all units of its series
        assertEquals(18, unit("zzb").rankedOf());
        assertEquals(44, unit("fgw").rankedOf());
        assertEquals(14, unit("gsj").rankedOf());
    }

    // ---- 三(二) 机关效率与作风纪律建设

    @Test
    @DisplayName("三(二): 扣分超过100分的，超出的分数在该单位总得分中扣除 (公安局 −110)")
    void efficiencyOverflowIsSubtractedFromTheTotal() {
        UnitResult gaj = unit("gaj");
        assertPoints("10", rule(gaj, "2.1/r1").amount()); // 1 效能督查 酌情 10 (重点督查 脱岗)
        assertPoints("30", rule(gaj, "2.2/r1").amount()); // 2(1) 科级以上 2人次 × 15 = 30
        assertPoints("40", rule(gaj, "2.3/r1").amount()); // 3(1) 一票否决 2项 × 20 = 40
        assertPoints("20", rule(gaj, "2.4/r2").amount()); // 4(2) 造成不良影响 1 × 10 + 未按时落实反馈 2 × 5 = 20
        assertPoints("10", rule(gaj, "2.4/r7").amount()); // 4(6) 旷工缺勤 3 × 2 + 迟到早退 4 × 1 = 10
        // Σ = 10 + 30 + 40 + 20 + 10 = 110 > 100: 2 stops at 0, 110 − 100 = 10 carried to the total
        NodeResult two = node(gaj, "2");
        assertPoints("0", two.score());
        assertPoints("10", two.carried());
        assertPoints("10", adjusted(two.adjustments(), Adjustment.Type.CARRY));
        assertPoints("10", gaj.carried());
        // total = 450-part 420 + 0 + 0 + 270 + 40 − 10 = 720 (合格: below the top 10, not below 700)
        assertPoints("720.00", gaj.total());
        assertEquals(Optional.of("合格"), gaj.grade());
        assertEquals(Optional.of(43), gaj.rank()); // only 房管局 (660) is lower in 第二系列
    }

    @Test
    @DisplayName("三(二)2: 属于本单位自行查处或主动报告有关机关查处的，免予扣分 (司法局)")
    void selfReportedCaseIsExempt() {
        UnitResult sfj = unit("sfj");
        RuleOutcome discipline = rule(sfj, "2.2/r2");
        // 2(2) 科级以上 党纪处分 would cost 10, but 本单位自行查处 → 0
        assertPoints("0", discipline.amount());
        assertPoints("10", adjusted(discipline.adjustments(), Adjustment.Type.EXEMPT));
        assertPoints("3", rule(sfj, "2.2/r3").amount()); // 2(3) 诫勉教育 1人次 × 3
        assertPoints("97", node(sfj, "2").score()); // 100 − 3
        assertPoints("817.00", sfj.total()); // 410 + 97 + 0 + 270 + 40
    }

    @Test
    @DisplayName("三(二)2: 同一事项就高扣分一次，不重复扣分 (财政局: 刑事 15 and 党纪 10 for one case)")
    void sameMatterDeductedOnceAtTheHighest() {
        UnitResult czj = unit("czj");
        assertPoints("15", rule(czj, "2.2/r1").amount()); // 2(1) 科级以上 刑事 15: the highest
        RuleOutcome discipline = rule(czj, "2.2/r2");
        assertPoints("0", discipline.amount()); // 2(2) 科级以上 党纪 10 for the same 挪用专项资金案: not again
        assertPoints("10", adjusted(discipline.adjustments(), Adjustment.Type.DEDUPE));
        assertPoints("85", node(czj, "2").score()); // 100 − 15
        assertPoints("810.00", czj.total()); // 415 + 85 + 270 + 40
    }

    // ---- 三(三) 突出绩效与创新

    @Test
    @DisplayName("三(三)2(1) 每条得2分，最高得10分; 4(1) 每争取50万元得1分，本项最高得分10分; 4(2) 1000万元得5分，每增加300万元得1分 (发改委)")
    void bonusSubCapsOfTen() {
        UnitResult fgw = unit("fgw");
        RuleOutcome measures = rule(fgw, "3.2/r1");
        assertPoints("10", measures.amount()); // 6条 × 2 = 12 → 最高 10
        assertPoints("2", adjusted(measures.adjustments(), Adjustment.Type.CAP));
        RuleOutcome funds = rule(fgw, "3.4/r1");
        assertPoints("10", funds.amount()); // 620万元 ÷ 50 = 12 whole steps × 1 = 12 → 最高 10
        assertPoints("2", adjusted(funds.adjustments(), Adjustment.Type.CAP));
        assertPoints("7", rule(fgw, "3.4/r2").amount()); // 1700: 5 + ⌊(1700 − 1000) ÷ 300⌋ = 5 + 2 = 7 < 10
        assertPoints("24", rule(fgw, "3.1/r1").amount()); // 突出贡献 30 × 80% (主办), see jointWork test
        assertPoints("51", node(fgw, "3").score()); // 24 + 10 + 10 + 7 ≤ 100
        // 400 + 100 + 51 + 92 ÷ 100 × 300 (276) + 84 ÷ 100 × 50 (42) = 869
        assertPoints("869.00", fgw.total());
        assertEquals(Optional.of(1), fgw.rank());
    }

    @Test
    @DisplayName("三(三) 属多部门联办的…主办单位按80%计分，联办单位按20%计分 (古雷石化项目: 发改委主办, 经贸委联办)")
    void jointWorkSplitsEightyTwenty() {
        assertPoints("24", rule(unit("fgw"), "3.1/r1").amount()); // 每个项目奖励30分 × 80% = 24
        assertPoints("6", rule(unit("jmw"), "3.1/r1").amount()); // 30 × 20% = 6
    }

    @Test
    @DisplayName("三(三) 同一项工作在不同项目得分的，以最高一次得分计; 2(3) 同一成果就高一项得分 (经贸委)")
    void sameWorkCountedOnceAmongBonuses() {
        UnitResult jmw = unit("jmw");
        // 外贸转型升级: 3(1) 省(部)级先进单位 8 and 3(3) 省(部)级行文推广 10 → only 10
        assertPoints("0", rule(jmw, "3.3/r1").amount());
        assertPoints("8", adjusted(rule(jmw, "3.3/r1").adjustments(), Adjustment.Type.DEDUPE));
        assertPoints("10", rule(jmw, "3.3/r3").amount());
        // 台资企业转型调研: 一等奖 8 and 刊物发表 3 → 就高一项 8
        RuleOutcome research = rule(jmw, "3.2/r3");
        assertPoints("8", research.amount());
        assertPoints("3", adjusted(research.adjustments(), Adjustment.Type.DEDUPE));
        assertPoints("24", node(jmw, "3").score()); // 联办 6 + 10 + 8
        // 405 + 100 + 24 + 88 ÷ 100 × 300 (264) + 90 ÷ 100 × 50 (45) = 838
        assertPoints("838.00", jmw.total());
        assertEquals(Optional.of(2), jmw.rank());
    }

    // ---- 五、考评结果等级划分

    @Test
    @DisplayName("五: 第一系列前5名为优秀单位 — 5th and 6th tie at 810: both 优秀 (FORMAT.md §6: a tie at the quota boundary gives the grade to every tied unit)")
    void quotaTieInTheFirstSeries() {
        // 组织部 830, 宣传部 825, 统战部 820, 政法委 815, 台工办 400 + 410 = 810,
        // 党工委 395 + 100 + 单项先进4(3) 1项次 × 5 + 270 + 40 = 810, 编办 395 + 410 = 805
        assertEquals(Optional.of(1), unit("zzb").rank());
        assertEquals(Optional.of(4), unit("zfw").rank());
        assertPoints("810.00", unit("tgb").total());
        assertPoints("810.00", unit("dgw").total());
        assertPoints("5", node(unit("dgw"), "3").score());
        assertEquals(Optional.of(5), unit("tgb").rank()); // competition ranking: 5, 5, 7
        assertEquals(Optional.of(5), unit("dgw").rank());
        assertEquals(Optional.of(7), unit("bb").rank());
        // 五 取第一系列前5名…为“优秀单位”: 台工办 and 党工委 tie for the 5th place — 名额超出，待研究决定 (issue 11 item 9, audit Z6):
        // neither is 优秀 (nor 合格) until a decision is recorded
        assertEquals(Optional.empty(), unit("tgb").grade());
        assertEquals(Optional.empty(), unit("dgw").grade());
        assertEquals(List.of("优秀"), unit("dgw").pending());
        assertTrue(unit("dgw").notes().contains("优秀名额余 1 个，2 个单位并列（810.00 分），名额超出，待研究决定"), unit("dgw").notes().toString());
        assertEquals(Optional.of("合格"), unit("bb").grade());
        assertEquals(4, graded("s1", "优秀"));
        // the decision (a fact): 台工办 优秀; 党工委, denied, is 合格 (810 ≥ 700); five 优秀 as the seed fixes
        Evaluation decided = ENGINE.evaluate(scheme, ResultLookups.exampleWith("zhangzhou/shizhi.example.facts.json",
                "{'unit': 'tgb', 'rule': 'decisions/优秀', 'granted': true, 'decidedBy': '市直考评工作小组', 'decidedOn': '2010-01-15', "
                + "'reason': '基本工作目标得分较高'}"));
        assertEquals(Optional.of("优秀"), ResultLookups.unit(decided, "tgb").grade());
        assertEquals(Optional.of("合格"), ResultLookups.unit(decided, "dgw").grade());
        assertEquals(5, unitsOf("s1").stream().filter(c -> ResultLookups.unit(decided, c).grade().equals(Optional.of("优秀"))).count());
    }

    @Test
    @DisplayName("五: 第二序列前10名, 第三系列前5名为优秀单位 (full-size series)")
    void quotasInTheSecondAndThirdSeries() {
        // 第二系列: 发改委 869, 经贸委 838, 教育局 836, 科技局 834, 民族与宗教事务局 832, 民政局 828, 双拥办 826,
        // 人事局 820, 劳动与社会保障局 818, 司法局 817 | 国土资源局 816 (k=12: 430 − 24 + 410)
        List<String> top10 = List.of("fgw", "jmw", "jyj", "kjj", "mzzj", "mzj", "syb", "rsj", "ldbzj", "sfj");
        for (int i = 0; i < top10.size(); i++) {
            assertEquals(Optional.of(i + 1), unit(top10.get(i)).rank(), top10.get(i));
            assertEquals(Optional.of("优秀"), unit(top10.get(i)).grade(), top10.get(i));
        }
        assertPoints("816.00", unit("gtzyj").total());
        assertEquals(Optional.of(11), unit("gtzyj").rank());
        assertEquals(Optional.of("合格"), unit("gtzyj").grade());
        assertEquals(10, graded("s2", "优秀"));
        // 财政局 810 ties with 交通局 (k=15: 430 − 30 + 410 = 810): both 14th, 城市管理行政执法局 812 is 13th
        assertEquals(Optional.of(14), unit("czj").rank());
        assertEquals(Optional.of(14), unit("jtj").rank());
        assertEquals(Optional.of(16), unit("slj").rank()); // 808
        // every generic 第二系列 unit: total = 430 − 2k + 410
        List<String> s2 = unitsOf("s2");
        for (int k = 0; k < s2.size(); k++) {
            if (!List.of("fgw", "jmw", "gaj", "sfj", "czj", "fgj").contains(s2.get(k))) {
                assertPoints(String.valueOf(840 - 2 * k), unit(s2.get(k)).total());
            }
        }
        // 第三系列: 国税局 835, 地税局 830, 工商局 825, 漳州海关 820, 检验检疫局 815 | 质监局 810
        assertEquals(Optional.of("优秀"), unit("jyjyj").grade());
        assertEquals(Optional.of(5), unit("jyjyj").rank());
        assertEquals(Optional.of("合格"), unit("zjj").grade());
        assertEquals(5, graded("s3", "优秀"));
    }

    @Test
    @DisplayName("五: 总分在700分(不含700分)以下的为不合格单位 — 699.99 vs 700")
    void failBelowSevenHundred() {
        UnitResult xfzd = unit("xfzd");
        // 公众评议 89.997 ÷ 100 × 300 = 269.991 → 269.99 (HALF_UP); 综合评议 60 ÷ 100 × 50 = 30
        assertPoints("269.99", node(xfzd, "4.1").score());
        assertPoints("699.99", xfzd.total()); // 300 + 100 + 0 + 269.99 + 30
        assertEquals(Optional.of("不合格"), xfzd.grade());
        assertEquals(Optional.of(14), xfzd.rank());
        UnitResult gljzc = unit("gljzc");
        assertPoints("700.00", gljzc.total()); // 290 + 410: 700 itself is not below 700
        assertEquals(Optional.of("合格"), gljzc.grade());
        assertEquals(Optional.of(13), gljzc.rank());
    }

    // ---- 六、考评结果运用

    @Test
    @DisplayName("六 2、3: 优秀 20% / +10%, 合格 15% / 平均数, 不合格 5% / −10%; 第二、三系列不合格单位列入翌年行风评议重点单位")
    void consequences() {
        Map<String, BigDecimal> excellent = measures(unit("zzb"), "评为优秀单位的");
        assertPoints("0.20", excellent.get("staffExcellentRatio"));
        assertPoints("0.10", excellent.get("bonusRatio"));
        Map<String, BigDecimal> pass = measures(unit("bb"), "评为合格单位的");
        assertPoints("0.15", pass.get("staffExcellentRatio"));
        assertPoints("0", pass.get("bonusRatio"));
        // 信访局 (第一系列) 200 + 410 = 610 < 700: 不合格, but not 行风评议 (only 第二、三系列)
        UnitResult xfj = unit("xfj");
        assertEquals(Optional.of("不合格"), xfj.grade());
        Map<String, BigDecimal> fail = measures(xfj, "评为不合格单位的");
        assertPoints("0.05", fail.get("staffExcellentRatio"));
        assertPoints("-0.10", fail.get("bonusRatio"));
        assertTrue(!hasOutcome(xfj, "属于第二、三系列的不合格单位"));
        // 房管局 (第二系列) 250 + 410 = 660: 不合格 and 行风评议; last of 44
        UnitResult fgj = unit("fgj");
        assertEquals(Optional.of("不合格"), fgj.grade());
        assertEquals(Optional.of(44), fgj.rank());
        assertTrue(hasOutcome(fgj, "评为不合格单位的"));
        assertTrue(hasOutcome(fgj, "属于第二、三系列的不合格单位"));
        assertTrue(hasOutcome(unit("xfzd"), "属于第二、三系列的不合格单位")); // 第三系列 699.99
        // written as the seed says it — series s2, s3 and grade 不合格 — not as a hand-kept list of 58 units (audit G3/Z5)
        assertTrue(scheme.results().consequences().stream().anyMatch(c -> c.series().equals(List.of("s2", "s3"))
                && c.units().isEmpty() && c.grade().equals(Optional.of("不合格"))));
        // 六 1、5: 通报 and 抄送组织部门 apply to every unit, ranked or not
        for (String code : List.of("zzb", "fgj", "gsj", "swb")) {
            assertTrue(hasOutcome(unit(code), "1、考评结果由市委办、市政府办联合发文通报"), code);
            assertTrue(hasOutcome(unit(code), "5、绩效考评结果抄送组织部门"), code);
        }
    }

    @Test
    @DisplayName("六2 …(第三系列的单位可比照执行): optional for 第三系列, pending until decided per unit")
    void theThirdSeriesFollowsClauseSixTwoAsDecided() {
        // 六2 评为优秀单位的…按20%下达…高于平均数的10%…(第三系列的单位可比照执行) (audit G3/Z5): 比照执行 is a permission, not
        // an order, so for 第三系列 the 优秀 and 合格 treatment waits for a decision; 第一、二系列 get it as before.
        // 国税局 (第三系列) 425 + 410 = 835: 优秀 (1/14); 质监局 425 − 5 × 5 + 410 = 810: 合格 (6/14)
        UnitResult gsj = unit("gsj");
        assertEquals(Optional.of("优秀"), gsj.grade());
        assertTrue(!hasOutcome(gsj, "评为优秀单位的"), gsj.outcomes().toString());
        assertEquals(List.of("第三系列比照执行六2"), gsj.pending());
        assertTrue(gsj.notes().contains("可比照执行，待研究决定（第三系列比照执行六2）：评为优秀单位的,工作人员考核优秀等级比例按20%下达,"
                + "年终市长奖金按高于平均数的10%发放。(第三系列的单位可比照执行)"), gsj.notes().toString());
        assertEquals(Optional.of("合格"), unit("zjj").grade());
        assertTrue(!hasOutcome(unit("zjj"), "评为合格单位的"));
        assertEquals(List.of("第三系列比照执行六2"), unit("zjj").pending());
        assertTrue(hasOutcome(unit("zzb"), "评为优秀单位的")); // 第一系列: mandatory
        assertEquals(List.of(), unit("zzb").pending());
        // decided: 国税局 比照执行 (20%, +10%), 质监局 not (no 15% / 平均数 from this clause)
        Evaluation decided = ENGINE.evaluate(scheme, ResultLookups.exampleWith("zhangzhou/shizhi.example.facts.json",
                "{'unit': 'gsj', 'rule': 'decisions/第三系列比照执行六2', 'granted': true, 'decidedBy': '市绩效考评工作小组', "
                        + "'decidedOn': '2010-01-20', 'reason': '示例：垂直管理部门经请示比照执行'}, "
                + "{'unit': 'zjj', 'rule': 'decisions/第三系列比照执行六2', 'granted': false, 'decidedBy': '市绩效考评工作小组', "
                        + "'decidedOn': '2010-01-20', 'reason': '示例：按上级主管部门规定执行'}"));
        UnitResult gsjDecided = ResultLookups.unit(decided, "gsj");
        Map<String, BigDecimal> m = measures(gsjDecided, "评为优秀单位的");
        assertPoints("0.20", m.get("staffExcellentRatio"));
        assertPoints("0.10", m.get("bonusRatio"));
        assertEquals(List.of(), gsjDecided.pending());
        assertTrue(gsjDecided.notes().stream().anyMatch(n -> n.startsWith("经研究决定（市绩效考评工作小组，2010-01-20，")
                && n.contains("）：适用「第三系列比照执行六2」。理由：")), gsjDecided.notes().toString());
        UnitResult zjjDecided = ResultLookups.unit(decided, "zjj");
        assertTrue(!hasOutcome(zjjDecided, "评为合格单位的"));
        assertEquals(List.of(), zjjDecided.pending());
        assertTrue(zjjDecided.notes().stream().anyMatch(n -> n.contains("）：不适用「第三系列比照执行六2」")), zjjDecided.notes().toString());
        // written as data: the two consequences are optional for s3 under one decision, not a list of units
        assertEquals(2, scheme.results().consequences().stream().filter(c -> c.optional()
                .filter(o -> o.series().equals(List.of("s3")) && o.decision().equals("第三系列比照执行六2")).isPresent()).count());
    }

    @Test
    @DisplayName("二: 市人大机关…参加公众评议，不列入各系列考评; 六 4: 优秀等级比例按20%下达 — scored, not ranked")
    void surveyOnlyUnitsAreScoredNotRanked() {
        UnitResult swb = unit("swb");
        // only 4.1 公众评议 applies: 94 ÷ 100 × 300 = 282
        assertPoints("300", swb.points());
        assertPoints("282.00", swb.total());
        assertEquals(List.of("4"), swb.indicators().stream().map(NodeResult::code).toList());
        assertEquals(List.of("4.1"), node(swb, "4").children().stream().map(NodeResult::code).toList());
        assertEquals(Optional.empty(), swb.rank());
        assertEquals(Optional.empty(), swb.grade());
        assertTrue(swb.notes().contains("未列入系列排名，不评等次"), swb.notes().toString());
        Map<String, BigDecimal> m = measures(swb, "市人大机关、市政协机关");
        assertPoints("0.20", m.get("staffExcellentRatio"));
        assertPoints("0", m.get("bonusRatio"));
        assertPoints("0.10", m.get("excellentStaffBonusRatio"));
        assertPoints("274.50", unit("szfb").total()); // 91.5 ÷ 100 × 300
        // a 基本工作目标 fact for such a unit is refused: the indicator does not apply
        FactSet wrong = SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"zhangzhou-shizhi-2009\", \"facts\": [{\"unit\": \"swb\", \"rule\": \"1/r1\", \"score\": \"400\"}]}")).orThrow();
        FactsRejected e = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(scheme, wrong));
        assertTrue(e.getMessage().contains("does not apply to unit swb"), e.getMessage());
    }

    // ---- issue 11: caps across entries (item 2), same matter per person (item 3)

    private static UnitResult probe(String facts) {
        FactSet f = SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"zhangzhou-shizhi-2009\", \"facts\": [" + facts + "]}"))
                .orThrow();
        return ResultLookups.unit(ENGINE.evaluate(scheme, f), "fgj");
    }

    @Test
    @DisplayName("三(二)4(10) 在5分内酌情扣分; 三(三)2(2) 最高可以得10分: bounds for the whole item, across its facts")
    void discretionaryBoundsHoldAcrossFacts() {
        // audit Z1: two discretionary facts of 3 and 4 for 干部教育培训 deducted 7 (each within 5); the item allows 5 in all
        UnitResult u = probe("{\"unit\": \"fgj\", \"rule\": \"2.4/r11\", \"amount\": \"3\", \"reason\": \"上半年培训未完成\"},"
                + "{\"unit\": \"fgj\", \"rule\": \"2.4/r11\", \"amount\": \"4\", \"reason\": \"下半年培训未完成\"},"
                // audit Z2: two amounts of 6 and 8 for 行政服务中心 gave 14; 最高可以得10分
                + "{\"unit\": \"fgj\", \"rule\": \"3.2/r2\", \"date\": \"2009-05-01\", \"amount\": \"6\", \"reason\": \"机制创新\"},"
                + "{\"unit\": \"fgj\", \"rule\": \"3.2/r2\", \"date\": \"2009-09-01\", \"amount\": \"8\", \"reason\": \"高效运作\"}");
        assertPoints("5", ResultLookups.rule(u, "2.4/r11").amount());
        assertPoints("10", ResultLookups.rule(u, "3.2/r2").amount());
    }

    @Test
    @DisplayName("三(二)4(9) 对目标落实牵头单位扣5分,对数据采集单位扣2分: each role's deduction, once per role")
    void leadAndDataCollectionRolesAreDeductedEach() {
        // audit Z7: one unit failing as 目标落实牵头单位 on two targets and as 数据采集单位 on a third. The clause names two
        // addressees with no 就高 and no 每次/每项 (as (7)(8) 扣10分, read once): 牵头 5 once + 数据采集 2 once = 7, not the
        // highest grade alone (5, as the one `once` rule with grades gave); 效率与作风 100 − 7 = 93
        UnitResult u = probe("{\"unit\": \"fgj\", \"rule\": \"2.4/r10a\", \"reason\": \"目标一牵头不力\"},"
                + "{\"unit\": \"fgj\", \"rule\": \"2.4/r10a\", \"reason\": \"目标二牵头不力\"},"
                + "{\"unit\": \"fgj\", \"rule\": \"2.4/r10b\", \"reason\": \"目标三数据采集不及时\"}");
        assertPoints("5", rule(u, "2.4/r10a").amount());
        assertPoints("2", rule(u, "2.4/r10b").amount());
        assertPoints("93", node(u, "2").score());
    }

    @Test
    @DisplayName("三(二)2 每人次扣15分 … 同一事项就高扣分一次: once per person within the matter")
    void theSameMatterCountsOncePerPerson() {
        // audit G6: two officers 被追究刑事责任 in one case: 15 + 15 = 30 (was 15); one of them also 党纪处分 (10):
        // his highest, 15, counts once → 30 in all (100 − 30 = 70 on 效率与作风)
        UnitResult u = probe("{\"unit\": \"fgj\", \"rule\": \"2.2/r1\", \"date\": \"2009-07-01\", \"grade\": \"科级以上\", \"matter\": \"民警违法案\", \"person\": \"张某\"},"
                + "{\"unit\": \"fgj\", \"rule\": \"2.2/r1\", \"date\": \"2009-07-01\", \"grade\": \"科级以上\", \"matter\": \"民警违法案\", \"person\": \"李某\"},"
                + "{\"unit\": \"fgj\", \"rule\": \"2.2/r2\", \"date\": \"2009-08-01\", \"grade\": \"科级以上\", \"matter\": \"民警违法案\", \"person\": \"张某\"}");
        assertPoints("70", node(u, "2").score());
    }

    @Test
    @DisplayName("三(二)2 以上扣分以被责任追究时间为准; 三(三) 以上奖励性项目以当年时间为准: facts dated within 2009")
    void factsAreAttributedToTheYearByTheirDate() {
        // audit G10/Z10: year attribution was left to the clerk; 2.2 and 3 are dated, the period is the scheme's year 2009
        FactsRejected e = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"zhangzhou-shizhi-2009\", \"facts\": ["
                        + "{\"unit\": \"fgj\", \"rule\": \"2.2/r2\", \"grade\": \"科级以上\", \"date\": \"2008-12-30\"},"
                        + "{\"unit\": \"fgj\", \"rule\": \"3.4/r3\"}]}")).orThrow()));
        assertEquals(List.of("facts[0].date: 2008-12-30 is outside the period 2009-01-01 – 2009-12-31",
                "facts[1].date: is required by 3.4/r3 (facts are attributed to the period by their date)"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("facts[0].date: \"2009-13-01\" is not a date like 2009-05-01"), SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"zhangzhou-shizhi-2009\", \"facts\": [{\"unit\": \"fgj\", \"rule\": \"2.4/r1\", \"grade\": \"缺席\", "
                        + "\"date\": \"2009-13-01\"}]}")).problems().stream().map(Problem::toString).toList());
    }
}
