package cn.kaoping.scoring.seeds;

import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.Evaluation;
import cn.kaoping.scoring.ResultLookups;
import cn.kaoping.scoring.ResultLookups.WorkedExample;
import cn.kaoping.scoring.UnitResult;
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
    @DisplayName("第四条、第五条: three grades, six 申报必备条件 required by every grade")
    void gradesAndPrerequisites() {
        // 第四条 机关档案工作目标管理等级分为省特级、省一级、省二级 (tried from the highest down)
        assertEquals(List.of("省特级", "省一级", "省二级"), scheme.results().grades().stream().map(g -> g.name()).toList());
        // 第五条 申报必备条件 一 … 六 = p1 … p6, each grade needs all six
        List<String> six = List.of("p1", "p2", "p3", "p4", "p5", "p6");
        assertEquals(six, scheme.results().prerequisites().stream().map(p -> p.id()).limit(6).toList());
        scheme.results().grades().forEach(g -> assertTrue(g.requires().containsAll(six), g.name()));
        // 第七条 省一级达标分数线为90分；省二级达标分数线为80分 (以上 includes the bound)
        assertTrue(scheme.results().grades().get(1).score().orElseThrow().contains(new BigDecimal("90")));
        assertTrue(scheme.results().grades().get(2).score().orElseThrow().contains(new BigDecimal("80")));
        // 第六条 省特级 is not scored: no score condition
        assertTrue(scheme.results().grades().get(0).score().isEmpty());
    }

    @Test
    @DisplayName("第七条 省一级达标分数线为90分: exactly 90 → 省一级")
    void exactlyNinety() {
        UnitResult u = unit("stjj");
        // 评审组 score 90 of 100 → 90 ÷ 100 × 100 = 90.00; p1–p6 met, 省二级证书满一年 (yj1)
        assertPoints("90.00", u.total());
        assertEquals(Optional.of("省一级"), u.grade());
        // 第十条 五(三) 证书有效期为三年
        assertPoints("3", u.outcomes().get(0).measures().get("validityYears"));
        assertTrue(u.outcomes().get(0).text().contains("档案达标先进单位奖励政策"));
    }

    @Test
    @DisplayName("第七条: 89.99 is below 省一级's 90 → 省二级 (≥ 80)")
    void justBelowNinety() {
        UnitResult u = unit("jasmz");
        // 89.99 ÷ 100 × 100 = 89.99 < 90, ≥ 80
        assertPoints("89.99", u.total());
        assertEquals(Optional.of("省二级"), u.grade());
        assertTrue(u.outcomes().get(0).text().startsWith("省二级标志机关档案工作达到规范性水平"));
    }

    @Test
    @DisplayName("第七条 省二级达标分数线为80分: exactly 80 → 省二级")
    void exactlyEighty() {
        UnitResult u = unit("ycsjy");
        assertPoints("80.00", u.total()); // 80 ÷ 100 × 100
        assertEquals(Optional.of("省二级"), u.grade());
    }

    @Test
    @DisplayName("第七条: 79.99 reaches no grade")
    void justBelowEighty() {
        UnitResult u = unit("xysgt");
        assertPoints("79.99", u.total()); // < 80: 未达标
        assertEquals(Optional.empty(), u.grade());
        assertEquals(List.of(), u.outcomes()); // no certificate, no 奖励政策
    }

    @Test
    @DisplayName("第五条 三 到期档案未移交: a missing prerequisite blocks 省一级 even at 95 (and 省二级 too)")
    void missingPrerequisiteBlocksEvenAtNinetyFive() {
        UnitResult u = unit("jzssl");
        assertPoints("95.00", u.total()); // 95 ÷ 100 × 100, well above 90
        // p3 met: false. 申报必备条件 are required for every grade → no grade at all
        assertEquals(Optional.empty(), u.grade());
        assertTrue(u.notes().contains("未评为省一级：必备条件未满足 p3"), u.notes().toString());
        assertTrue(u.notes().contains("未评为省二级：必备条件未满足 p3"), u.notes().toString());
    }

    @Test
    @DisplayName("第三条 逐级晋升: 95 without a 省二级 certificate held one year → 省二级, not 省一级")
    void stepByStep() {
        UnitResult u = unit("hgsws");
        assertPoints("95.00", u.total());
        // p1–p6 met but no yj1 fact (取得省二级等级证书一年后方可申报省一级) → 省一级 skipped, 95 ≥ 80 → 省二级
        assertEquals(Optional.of("省二级"), u.grade());
        assertTrue(u.notes().contains("未评为省一级：必备条件未满足 yj1"), u.notes().toString());
    }

    @Test
    @DisplayName("第六条 省特级考评采取现场评议结合抽查系统档案工作的方式进行: by review, not by score")
    void specialGradeByReview() {
        UnitResult u = unit("sczt");
        // no 附件2 score at all (the survey rule earns 0), but p1–p6, tj1 (省一级证书满一年) and tj2 (评审结论) met
        assertPoints("0.00", u.total());
        assertEquals(Optional.of("省特级"), u.grade());
        // a certification ranks nobody (rankWithin none; audit G11/H4: the 省特级 unit showed 总分 0.00, 名次 7/7)
        assertEquals(Optional.empty(), u.rank());
        assertTrue(evaluation.units().stream().allMatch(x -> x.rank().isEmpty() && x.rankedOf() == 0));
        assertTrue(u.outcomes().get(0).text().startsWith("省特级标志系统档案工作达到先进性和规范性水平"));
        assertPoints("3", u.outcomes().get(0).measures().get("validityYears"));
    }
}
