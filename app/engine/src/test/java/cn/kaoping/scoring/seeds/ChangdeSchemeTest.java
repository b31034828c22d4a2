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
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import cn.kaoping.scoring.UnitResult;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 常德 市直机关党建工作目标管理绩效考核实施细则 (seed 004_7034fcb51ae7acd0.txt),
 * tenant-schemes/changde/dangjian.scheme.json on tenant-schemes/changde/dangjian.example.facts.json.
 * Every expected figure is computed by hand from the seed text (comments next to each assertion).
 * 100 points = 12 + 18 + 40 + 10 + 20; 奖励加分 outside the 100, 累计加分不超过10分.
 */
class ChangdeSchemeTest {

    private static final WorkedExample SEED = seed("changde/dangjian.scheme.json", "changde/dangjian.example.facts.json");
    private static final Scheme scheme = SEED.scheme();
    private static final Evaluation evaluation = SEED.evaluation();

    // ---- helpers (lookups are ResultLookups'; loading and scoring are the project's own) ----

    private static List<String> sections(String unit) {
        return topScores(unit(evaluation, unit));
    }

    // ---- the worked example ----

    @Test
    @DisplayName("004 项目 一–五: 12 + 18 + 40 + 10 + 20 = 100 分，奖励加分在外")
    void theSectionsAddUpToOneHundred() {
        // 一 1(3)+2(2)+3(4)+4(3) = 12; 二 5(5)+6(5)+7(2)+8(6) = 18; 三 9(2)+10(4)+11(8)+12(4)+13(4)+14(6)+15(2)+16(4)+17(6) = 40;
        // 四 18(6)+19(4) = 10 (the headers' 4 and 6 read as swapped, audit C1; see floorsAndPartCaps); 五 20(5)+21(5)+22(10) = 20
        assertEquals(List.of("12", "18", "40", "10", "20"),
                scheme.indicators().stream().limit(5).map(i -> i.points().orElseThrow().stripTrailingZeros().toPlainString()).toList());
        assertEquals(7, scheme.vetoes().size()); // 否决项目: 七种情况
    }

    @Test
    @DisplayName("004 奖励加分（1）: 同一表彰获国家级和省级，只按国家级加5分")
    void theSameHonourAtTwoLevelsCountsOnceAtTheHighest() {
        NodeResult bonus = node(unit(evaluation, "cdczj"), "奖励");
        // 文明单位: 省 3 and 国家 5, 相同项目的表彰不重复加分，以最高级别表彰计算加分 → 5; 党建示范点 市 2 → r1 = 7
        assertPoints("7", rule(bonus, "奖励/r1").amount());
        assertPoints("3", adjusted(rule(bonus, "奖励/r1").adjustments(), Adjustment.Type.DEDUPE)); // the 省 3 set aside
        // (2) 经验做法在市级媒体和常德机关党建网上发表的，每次加0.5分 → 0.5; total bonus 7.5 ≤ 10
        assertPoints("7.5", bonus.score());
    }

    @Test
    @DisplayName("004 奖励加分: 累计加分不超过10分")
    void theBonusTotalIsCappedAtTen() {
        NodeResult bonus = node(unit(evaluation, "cdjyj"), "奖励");
        // (1) 国家 5 + 省 3 + 市 2 (three different honours) = 10; (2) 全省推广交流 3 → 13 → 封顶 10, 3 cut
        assertPoints("10", rule(bonus, "奖励/r1").amount());
        assertPoints("3", rule(bonus, "奖励/r2").amount());
        assertPoints("10", bonus.score());
        assertPoints("3", adjusted(bonus.adjustments(), Adjustment.Type.MAX_BONUS));
        // (2) 同一经验或事迹的推广交流不重复加分，以最高层次计算: 商务局 全国 4 + 全市 2 on the same 经验 → 4
        assertPoints("4", node(unit(evaluation, "cdswj"), "奖励").score());
    }

    @Test
    @DisplayName("004 项目6: 每超过1个月扣1分，超期6个月未换届扣5分 — at 5, 6 and 7 months")
    void overdueElectionsStepRule() {
        // 教育局 5 months: 5 × 1 = 5 (the 6-month threshold not reached) → item 6 (5分): 0
        assertPoints("5", rule(node(unit(evaluation, "cdjyj"), "6"), "6/r1").amount());
        assertPoints("0", node(unit(evaluation, "cdjyj"), "6").score());
        // 民政局 6 months: 超期6个月 → 5 (replaces 6 × 1 = 6)
        assertPoints("5", rule(node(unit(evaluation, "cdmzj"), "6"), "6/r1").amount());
        // 商务局 7 months: still the 6-month amount 5; plus 委员不及时补选 1人次 × 1 = 1 → 6 on 5 points → 扣完为止 at 0, 1 cut
        assertPoints("5", rule(node(unit(evaluation, "cdswj"), "6"), "6/r1").amount());
        assertPoints("0", node(unit(evaluation, "cdswj"), "6").score());
        assertPoints("1", adjusted(node(unit(evaluation, "cdswj"), "6").adjustments(), Adjustment.Type.FLOOR));
    }

    @Test
    @DisplayName("004 项目11: 记录内容简单、不具体的，视具体情况扣1～3分 — inside the range")
    void discretionaryAmountInsideTheRange() {
        // 财政局: 酌情 2 (1 ≤ 2 ≤ 3) → 11 (8分): 6
        assertPoints("2", rule(node(unit(evaluation, "cdczj"), "11"), "11/r2").amount());
        assertPoints("6", node(unit(evaluation, "cdczj"), "11").score());
        // 项目20 主要负责人与会率低于80％的，视具体情况扣1～2分: 商务局 1.5; 迟到 2次 × 1 = 2 → 5 − 3.5 = 1.5
        assertPoints("1.5", node(unit(evaluation, "cdswj"), "20").score());
    }

    @Test
    @DisplayName("004 项目11: an amount outside 扣1～3分 is refused, and so is one without a reason")
    void discretionaryAmountOutsideTheRangeIsRefused() {
        FactSet facts = SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"changde-dangjian-2012\", "
                + "\"units\": [{\"code\": \"cdczj\", \"name\": \"市财政局\"}], \"facts\": ["
                + "{\"unit\": \"cdczj\", \"rule\": \"11/r2\", \"amount\": \"4\", \"reason\": \"记录过于简单\"},"
                + "{\"unit\": \"cdczj\", \"rule\": \"20/r3\", \"basis\": \"75%\", \"amount\": \"0.5\", \"reason\": \"与会率75%\"},"
                + "{\"unit\": \"cdczj\", \"rule\": \"奖励/r4\", \"amount\": \"2\"}]}")).orThrow();
        FactsRejected e = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(scheme, facts));
        assertEquals(List.of(
                "facts[0].amount: 4 is outside the range 1–3 of 11/r2",   // 扣1～3分
                "facts[1].amount: 0.5 is outside the range 1–2 of 20/r3", // 扣1～2分
                "facts[2].reason: is required by 奖励/r4"),                // 酌情 needs a reason
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    @DisplayName("004 项目20 主要负责人与会率低于80％的，视具体情况扣1～2分 — the rate is recorded and gates the range")
    void theAttendanceRateGatesTheDiscretionaryRange() {
        // audit F7/C2: the <80% test was done by hand and the rate recorded nowhere; now each fact gives the rate (basis)
        Evaluation e = ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"changde-dangjian-2012\", "
                + "\"units\": [{\"code\": \"a\", \"name\": \"甲局\"}, {\"code\": \"b\", \"name\": \"乙局\"}, "
                + "{\"code\": \"c\", \"name\": \"丙局\"}], \"facts\": ["
                + "{\"unit\": \"a\", \"rule\": \"20/r3\", \"basis\": \"79.9%\", \"amount\": \"2\", \"reason\": \"全年多次缺席\"},"
                + "{\"unit\": \"b\", \"rule\": \"20/r3\", \"basis\": \"80%\"},"
                + "{\"unit\": \"c\", \"rule\": \"20/r3\", \"basis\": \"50%\", \"amount\": \"1.5\", \"reason\": \"上半年\"},"
                + "{\"unit\": \"c\", \"rule\": \"20/r3\", \"basis\": \"50%\", \"amount\": \"1.5\", \"reason\": \"下半年\"}]}"))
                .orThrow());
        // 79.9% < 80% → the assessor's 2 (1 ≤ 2 ≤ 2): 20 (5分) → 3
        assertPoints("2", rule(node(unit(e, "a"), "20"), "20/r3").amount());
        assertEquals("主要负责人全年与会率 79.9% ∈ [0%, 80%)：酌情 2分：全年多次缺席",
                rule(node(unit(e, "a"), "20"), "20/r3").lines().get(0).note());
        assertPoints("3", node(unit(e, "a"), "20").score());
        // 80% is not 低于80％: recorded, nothing deducted, 5 stays
        assertPoints("0", rule(node(unit(e, "b"), "20"), "20/r3").amount());
        assertEquals("主要负责人全年与会率 80% ∉ [0%, 80%)，不适用本条，计 0分", rule(node(unit(e, "b"), "20"), "20/r3").lines().get(0).note());
        assertPoints("5", node(unit(e, "b"), "20").score());
        // 1.5 + 1.5 = 3 for the one 全年与会率 → the clause's most, 2 (cap): 5 − 2 = 3
        assertPoints("2", rule(node(unit(e, "c"), "20"), "20/r3").amount());
        assertPoints("3", node(unit(e, "c"), "20").score());
        // the rate is required; at 80% or above an amount is refused; a rule without a basis refuses one
        FactsRejected wrong = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(scheme, SchemeFixtures.FACTS.load(new StringReader(
                "{\"scheme\": \"changde-dangjian-2012\", \"units\": [{\"code\": \"a\", \"name\": \"甲局\"}], \"facts\": ["
                        + "{\"unit\": \"a\", \"rule\": \"20/r3\", \"amount\": \"1\", \"reason\": \"与会率低\"},"
                        + "{\"unit\": \"a\", \"rule\": \"20/r3\", \"basis\": \"85%\", \"amount\": \"1\", \"reason\": \"与会率低\"},"
                        + "{\"unit\": \"a\", \"rule\": \"11/r2\", \"basis\": \"85%\", \"amount\": \"1\", \"reason\": \"记录简单\"}]}"))
                .orThrow()));
        assertEquals(List.of("facts[0].basis: is required by 20/r3 (主要负责人全年与会率)",
                "facts[1].amount: 20/r3 counts nothing when 主要负责人全年与会率 is 85% (not in [0%, 80%))",
                "facts[2].basis: 11/r2 has no basis"), wrong.problems().stream().map(Problem::toString).toList());
    }

    @Test
    @DisplayName("004 项目1, 18, 19: 扣完为止 and the parts' stated points as caps")
    void floorsAndPartCaps() {
        UnitResult mzj = unit(evaluation, "cdmzj");
        // 1 (3分) 每年深入联系点2次以上…每少一次扣1分: two members with no visit are 2 + 2 = 4 少次 (audit C4: not 2 members);
        // 没有建立扣2分 + 4 × 1 = 6 → 扣完为止 at 0, 3 cut
        assertPoints("0", node(mzj, "1").score());
        assertPoints("3", adjusted(node(mzj, "1").adjustments(), Adjustment.Type.FLOOR));
        // seed: 「18、群团工作(4分) ①支持工会组织开展工作(3分)…②支持共青团、妇联组织开展工作（3分）」「19、未成年人教育开展情况（6分）
        // 开展未成年人教育活动（4分）。有方案、有活动、有效果。缺一个环节扣2分。」 The parts (3 + 3; 4) fit the headers swapped
        // (18 = 6, 19 = 4, 群团 10); read as written, 2 points of 19 have no rule and every unit keeps them (audit C1).
        // 19 (4分): 缺一个环节扣2分 × 3 = 6 → cap 4 → 0 (was 2 of 6 with 2 unruled points)
        assertPoints("4", rule(node(mzj, "19"), "19/r1").amount());
        assertPoints("0", node(mzj, "19").score());
        // 18 (6分): ① 每缺一项扣1分 × 3 = 3 (≤ its 3分); ② × 2 = 2 → 6 − 5 = 1 (was 0 of 4)
        UnitResult swj = unit(evaluation, "cdswj");
        assertPoints("1", node(swj, "18").score());
        assertPoints("0", adjusted(node(swj, "18").adjustments(), Adjustment.Type.FLOOR));
    }

    @Test
    @DisplayName("004 totals per section for the four example units")
    void totals() {
        // 财政局: 三 40 − 2 (11) = 38; 奖励 7.5 → 100 − 2 + 7.5 = 105.5
        assertEquals(List.of("12", "18", "38", "10", "20", "7.5"), sections("cdczj"));
        assertPoints("105.5", unit(evaluation, "cdczj").total());
        // 教育局: 二 18 − 5 (6) = 13; 奖励 10 → 100 − 5 + 10 = 105
        assertEquals(List.of("12", "13", "40", "10", "20", "10"), sections("cdjyj"));
        assertPoints("105", unit(evaluation, "cdjyj").total());
        // 民政局: 一 12 − 3 = 9; 二 18 − 5 = 13; 四 6 + 0 = 6; 奖励 (3) 酌情 2 → 9 + 13 + 40 + 6 + 20 + 2 = 90
        assertEquals(List.of("9", "13", "40", "6", "20", "2"), sections("cdmzj"));
        assertPoints("90", unit(evaluation, "cdmzj").total());
        // 商务局: 二 13; 四 1 + 4 = 5; 五 20: 1.5, 21: 5 − 3 × 0.5 = 3.5, 22: 10 → 15; 奖励 4 → 12 + 13 + 40 + 5 + 15 + 4 = 89
        // (90 under the headers as written, with 19's 2 unruled points)
        assertEquals(List.of("12", "13", "40", "5", "15", "4"), sections("cdswj"));
        assertPoints("89", unit(evaluation, "cdswj").total());
    }

    @Test
    @DisplayName("004 否决项目: 发生重大安全生产事故的 — the top unit may not be 评为先进单位")
    void aVetoBarsTheTopUnit() {
        // ranking over all units: 105.5, 105, 90, 89 → 1, 2, 3, 4
        assertEquals(List.of("cdczj", "cdjyj", "cdmzj", "cdswj"), evaluation.units().stream().map(u -> u.unit().code()).toList());
        assertEquals(List.of(Optional.of(1), Optional.of(2), Optional.of(3), Optional.of(4)),
                evaluation.units().stream().map(UnitResult::rank).toList());
        // 财政局 first, but 当年发生下列情况之一的，不得被评为先进单位 (v6 发生重大安全生产事故的)
        assertEquals(List.of("先进单位候选"), unit(evaluation, "cdczj").barredFrom());
        assertEquals(Optional.of("不得评为先进单位"), unit(evaluation, "cdczj").grade());
        assertPoints("0", unit(evaluation, "cdczj").vetoCost()); // the veto costs no points, only eligibility
        assertEquals(Optional.of("先进单位候选"), unit(evaluation, "cdjyj").grade());
        assertEquals(Optional.of("先进单位候选"), unit(evaluation, "cdswj").grade());
        // 审计 C5: the note read 「不得评为可评为先进单位」; the seed gives no 先进单位 selection, so the grade is a 候选
        assertTrue(unit(evaluation, "cdczj").notes().contains("一票否决（vetoes/v6）：不得评为先进单位候选"),
                unit(evaluation, "cdczj").notes().toString());
        assertTrue(unit(evaluation, "cdczj").notes().stream().noneMatch(n -> n.contains("不得评为可评为")));
    }
}
