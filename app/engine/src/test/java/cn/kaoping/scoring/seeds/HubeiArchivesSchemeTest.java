package cn.kaoping.scoring.seeds;

import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Results;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.Evaluation;
import cn.kaoping.scoring.FactsRejected;
import cn.kaoping.scoring.ResultLookups;
import cn.kaoping.scoring.ResultLookups.WorkedExample;
import cn.kaoping.scoring.RuleOutcome;
import cn.kaoping.scoring.UnitResult;
import cn.kaoping.scoring.kind.Veto;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 002_afe211f9c574c74e.txt 第四篇 湖北省机关档案工作目标管理等级考评办法 (鄂档规[2011]1号):
 * a grading scheme. Expectations are worked out from the seed text, not from the engine.
 */
@DisplayName("seed 002 第四篇 湖北省机关档案工作目标管理等级考评办法")
class HubeiArchivesSchemeTest {

    private static final WorkedExample SEED = seed("hubei/dangan-dengji.scheme.json", "hubei/dangan-dengji.example.facts.json");
    private static final Scheme scheme = SEED.scheme();
    private static final Evaluation evaluation = SEED.evaluation();

    private static UnitResult unit(String code) {
        return ResultLookups.unit(evaluation, code);
    }

    @Test
    @DisplayName("第四条、第五条: three grades; 申报必备条件 一至四、六 required by every grade, 五 (两年内) a veto looking back two years")
    void gradesAndPrerequisites() {
        // 第四条 机关档案工作目标管理等级分为省特级、省一级、省二级 (highest first: 逐级晋升 reads the list upwards)
        assertEquals(List.of("省特级", "省一级", "省二级"), scheme.results().grades().stream().map(g -> g.name()).toList());
        // 第五条 申报必备条件 一、二、三、四、六 = p1–p4, p6, each grade needs all five
        List<String> five = List.of("p1", "p2", "p3", "p4", "p6");
        assertEquals(five, scheme.results().prerequisites().stream().map(p -> p.id()).limit(5).toList());
        scheme.results().grades().forEach(g -> assertTrue(g.requires().containsAll(five), g.name()));
        // 五 机关两年内没有发生…档案安全事故: the incidents are dated facts of vetoes/p5, counted within two years
        assertEquals(Optional.of(new Rule.Window(2, 0)), scheme.vetoes().get(0).within());
        assertEquals(List.of("省特级", "省一级", "省二级"), ((Veto.VetoParams) scheme.vetoes().get(0).params()).ineligible());
        // 第七条 省一级达标分数线为90分；省二级达标分数线为80分 (以上 includes the bound)
        assertTrue(scheme.results().grades().get(1).score().orElseThrow().contains(new BigDecimal("90")));
        assertTrue(scheme.results().grades().get(2).score().orElseThrow().contains(new BigDecimal("80")));
        // 第六条 省特级 is not scored: no score condition
        assertTrue(scheme.results().grades().get(0).score().isEmpty());
        // 第三条 自愿申报、逐级晋升；取得…等级证书一年后…可申报上一等级
        Results.Application application = scheme.results().application().orElseThrow();
        assertTrue(application.stepwise());
        assertEquals(Optional.of(1), application.waitYears());
    }

    @Test
    @DisplayName("第七条 省一级达标分数线为90分: applied for 省一级, exactly 90 → 省一级")
    void exactlyNinety() {
        UnitResult u = unit("stjj");
        // 评审组 score 90 of 100 → 90 ÷ 100 × 100 = 90.00; applied for 省一级 holding 省二级 since 2009-06-18 (≥ 1 year)
        assertPoints("90.00", u.total());
        assertEquals(Optional.of("省一级"), u.grade());
        // 第十条 五(三) 证书有效期为三年
        assertPoints("3", u.outcomes().get(0).measures().get("validityYears"));
        assertTrue(u.outcomes().get(0).text().contains("档案达标先进单位奖励政策"));
    }

    @Test
    @DisplayName("第三条 逐级晋升: 89.99 fails the 省一级 applied for; the unit keeps its 省二级, with no new certificate")
    void aFailedPromotionKeepsThePreviousGrade() {
        UnitResult u = unit("jasmz");
        // 89.99 ÷ 100 × 100 = 89.99 < 90: the 省一级 applied for is not reached. Before issue 11 item 11 the engine
        // graded it 省二级 as if newly certified (audit 002-003 G1/H1); now it keeps the 省二级 it holds, and no
        // consequence of a grade applies (the old certificate and its 有效期 stand)
        assertPoints("89.99", u.total());
        assertEquals(Optional.of("省二级"), u.grade());
        assertEquals(List.of(), u.outcomes());
        assertTrue(u.notes().contains("晋升未通过，保留原等级省二级（不重新发证，原证书及有效期不变）"), u.notes().toString());
    }

    @Test
    @DisplayName("第七条 省二级达标分数线为80分: a first application for 省二级 at exactly 80 → 省二级")
    void exactlyEighty() {
        UnitResult u = unit("ycsjy");
        assertPoints("80.00", u.total()); // 80 ÷ 100 × 100
        assertEquals(Optional.of("省二级"), u.grade());
        assertTrue(u.outcomes().get(0).text().startsWith("省二级标志机关档案工作达到规范性水平"));
    }

    @Test
    @DisplayName("第七条: 79.99 reaches no grade, and a unit applying for the first time has none to keep")
    void justBelowEighty() {
        UnitResult u = unit("xysgt");
        assertPoints("79.99", u.total()); // < 80: 未达标
        assertEquals(Optional.empty(), u.grade());
        assertEquals(List.of(), u.outcomes()); // no certificate, no 奖励政策
    }

    @Test
    @DisplayName("第五条 三 到期档案未移交: a missing prerequisite fails 省一级 even at 95; the 省二级 held is kept")
    void missingPrerequisiteFailsThePromotion() {
        UnitResult u = unit("jzssl");
        assertPoints("95.00", u.total()); // 95 ÷ 100 × 100, well above 90
        // p3 met: false: the 省一级 applied for is not granted; the unit holds 省二级 (since 2007-12-20) and keeps it
        assertEquals(Optional.of("省二级"), u.grade());
        assertTrue(u.notes().contains("申报省一级（facts[29]）：未通过（必备条件未满足 p3）"), u.notes().toString());
        assertEquals(List.of(), u.outcomes());
    }

    @Test
    @DisplayName("第四条 考评对象 per level: 省特级 县直以上机关 with 系统档案工作指导任务; 省一级、省二级 乡(镇)以上各级机关")
    void eachLevelHasItsOwnCandidates() {
        // audit H3: 省特级…考评对象主要是有系统档案工作指导任务的县(含市、区)直以上机关 (dx1); 省一级、省二级…考评对象为乡(镇)以上
        // 各级机关,包括有独立管理档案任务的派出性单位(含站、所) (dx2): the receiving 档案局 records whether the applicant is one
        // (a prerequisite fact); 省特级 requires dx1, the two others dx2
        assertEquals(List.of("dx1", "dx2"), scheme.results().grades().stream().map(g -> g.requires().get(0)).distinct().toList());
        assertTrue(scheme.results().grades().get(0).requires().contains("dx1"));
        assertEquals(Optional.of("省二级"), unit("ycsjy").grade()); // 80, dx2 met
        // a 省二级 applicant with every 第五条 condition and 80 points, but not a 考评对象 (e.g. no independent 档案 task): not graded
        Evaluation e = ResultLookups.ENGINE.evaluate(scheme, cn.kaoping.scheme.SchemeFixtures.FACTS.load(new java.io.StringReader(
                "{\"scheme\": \"" + scheme.id() + "\", \"units\": [{\"code\": \"zs\", \"name\": \"某站\"}], \"facts\": ["
                        + "{\"unit\": \"zs\", \"rule\": \"applications/省二级\", \"date\": \"2011-01-08\"},"
                        + "{\"unit\": \"zs\", \"rule\": \"prerequisites/dx2\", \"met\": false, \"reason\": \"无独立管理档案任务的派出性单位\"},"
                        + "{\"unit\": \"zs\", \"rule\": \"prerequisites/p1\", \"met\": true}, {\"unit\": \"zs\", \"rule\": \"prerequisites/p2\", \"met\": true},"
                        + "{\"unit\": \"zs\", \"rule\": \"prerequisites/p3\", \"met\": true}, {\"unit\": \"zs\", \"rule\": \"prerequisites/p4\", \"met\": true},"
                        + "{\"unit\": \"zs\", \"rule\": \"prerequisites/p6\", \"met\": true}, {\"unit\": \"zs\", \"rule\": \"1/r1\", \"score\": \"80\"}]}"))
                .orThrow());
        UnitResult station = ResultLookups.unit(e, "zs");
        assertEquals(Optional.empty(), station.grade());
        assertTrue(station.notes().contains("申报省二级（facts[0]）：未通过（必备条件未满足 dx2）"), station.notes().toString());
    }

    @Test
    @DisplayName("第三条 逐级晋升: a unit holding no grade applies for 省二级 only; 95 gives 省二级, not 省一级")
    void stepByStep() {
        UnitResult u = unit("hgsws");
        assertPoints("95.00", u.total());
        assertEquals(Optional.of("省二级"), u.grade());
        // and it could not have applied for 省一级: 逐级晋升 refuses the application
        List<String> refused = rejected("{'unit': 'hgsws', 'rule': 'applications/省一级', 'date': '2011-01-18'}");
        assertTrue(refused.contains("facts[58].rule: 逐级晋升: a unit holding no grade applies for 省二级, not 省一级"), refused.toString());
    }

    @Test
    @DisplayName("第三条 取得省二级…等级证书一年后…可申报上一等级: an application less than a year after the certificate is refused")
    void oneYearAfterTheCertificate() {
        // 省二级 obtained 2010-03-01, 省一级 applied for on 2011-01-10: the year ends on 2011-03-01
        List<String> refused = rejected("{'unit': 'ycsjy', 'rule': 'applications/省一级', 'held': '省二级', 'heldSince': '2010-03-01', "
                + "'date': '2011-01-10'}");
        assertTrue(refused.contains("facts[58].heldSince: 省二级 held since 2010-03-01: 省一级 may be applied for from 2011-03-01 on "
                + "(waitYears 1), not on 2011-01-10"), refused.toString());
        // a 复查 (the held grade again) needs no year; a second application of one unit is refused
        assertTrue(refused.contains("facts[58]: a second application of unit ycsjy (first: facts[15]); a unit applies for one level"),
                refused.toString());
    }

    @Test
    @DisplayName("第五条 五 机关两年内没有发生档案…安全事故: an incident within two years fails the application; an older one does not count")
    void incidentsWithinTwoYears() {
        // the window ends with the 考核期 (2011-12-31) and looks back two years: 2010-01-01 – 2011-12-31.
        // 统计局 (90, applied for 省一级): an incident on 2010-03-02 falls inside → no grade may be granted (否决),
        // so the promotion fails and the 省二级 it holds is kept
        Evaluation e = ResultLookups.ENGINE.evaluate(scheme, ResultLookups.exampleWith("hubei/dangan-dengji.example.facts.json",
                "{'unit': 'stjj', 'rule': 'vetoes/p5', 'date': '2010-03-02', 'reason': '档案库房被盗'}"));
        UnitResult stjj = ResultLookups.unit(e, "stjj");
        assertEquals(Optional.of("省二级"), stjj.grade());
        assertTrue(stjj.notes().contains("申报省一级（facts[0]）：未通过（一票否决）"), stjj.notes().toString());
        // 江岸区民政局's incident of 2009-07-14 is before 2010-01-01: shown, not counted (no veto, its grade is as without it)
        UnitResult jasmz = unit("jasmz");
        assertEquals(List.of(), jasmz.barredFrom());
        RuleOutcome older = jasmz.vetoes().get(0);
        assertEquals("早于2年内（2010-01-01 起），不计：facts[8]", older.adjustments().get(0).note());
        // a date after the 考核期 is refused
        assertEquals(List.of("facts[58].date: 2012-01-05 is after the end of the period 2011-01-01 – 2011-12-31"),
                rejected("{'unit': 'stjj', 'rule': 'vetoes/p5', 'date': '2012-01-05'}"));
    }

    @Test
    @DisplayName("第六条 省特级考评采取现场评议结合抽查系统档案工作的方式进行: by review, not by score")
    void specialGradeByReview() {
        UnitResult u = unit("sczt");
        // no 附件2 score at all (the survey rule earns 0); applied for 省特级 holding 省一级 since 2008-05-30;
        // p1–p4, p6, tj1 (保持省一级水平) and tj2 (评审结论) met
        assertPoints("0.00", u.total());
        assertEquals(Optional.of("省特级"), u.grade());
        // a certification ranks nobody (rankWithin none; audit G11/H4: the 省特级 unit showed 总分 0.00, 名次 7/7)
        assertEquals(Optional.empty(), u.rank());
        assertTrue(evaluation.units().stream().allMatch(x -> x.rank().isEmpty() && x.rankedOf() == 0));
        assertTrue(u.outcomes().get(0).text().startsWith("省特级标志系统档案工作达到先进性和规范性水平"));
        assertPoints("3", u.outcomes().get(0).measures().get("validityYears"));
    }

    /** The problems of the example facts with {@code facts} appended (single quotes for double quotes). */
    private static List<String> rejected(String facts) {
        FactsRejected e = assertThrows(FactsRejected.class, () -> ResultLookups.ENGINE.evaluate(scheme,
                ResultLookups.exampleWith("hubei/dangan-dengji.example.facts.json", facts)));
        return e.problems().stream().map(Problem::toString).toList();
    }
}
