package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.json;
import static cn.kaoping.scoring.Fixture.rejected;
import static cn.kaoping.scoring.Fixture.scheme;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Grading by the level applied for (issue 11 item 11; audit 002-003 G1, H1, H2): 湖北 第三条 实行统一标准、分级考评、
 * 自愿申报、逐级晋升的原则。各机关取得省二级、省一级等级证书一年后,符合条件的可申报上一等级的考评; 第七条 省一级达标分数线为90分;
 * 省二级达标分数线为80分. Units u1–u4, the 附件2 score entered as a survey of 100.
 */
class GradedAsAppliedTest {

    private static final String GRADES = "'grades': [{'name': '省特级', 'requires': ['tj2']}, {'name': '省一级', 'score': '[90, ∞)'}, "
            + "{'name': '省二级', 'score': '[80, ∞)'}], 'prerequisites': [{'id': 'tj2', 'text': '评审结论达到省特级标准'}], "
            + "'consequences': [{'grade': '省二级', 'outcome': '证书有效期为三年'}]";

    private static final Scheme HUBEI = scheme("'units': [{'code': 'u1', 'name': '甲'}, {'code': 'u2', 'name': '乙'}, "
            + "{'code': 'u3', 'name': '丙'}, {'code': 'u4', 'name': '丁'}], 'indicators': [{'code': '1', 'name': '考评得分', "
            + "'points': '100', 'rules': [{'id': 'r1', 'kind': 'survey', 'clause': '第七条 采用打分方式考评'}]}], "
            + "'results': {'rankWithin': 'none', 'application': {'clause': '第三条 自愿申报、逐级晋升', 'stepwise': true, "
            + "'waitYears': 1}, " + GRADES + "}");

    private static String score(String unit, String score) {
        return "{'unit': '" + unit + "', 'rule': '1/r1', 'score': '" + score + "'}";
    }

    @Test
    void eachUnitIsGradedForTheLevelItAppliedForOnly() {
        Evaluation e = evaluate(HUBEI, score("u1", "95") + ", " + score("u2", "85") + ", " + score("u3", "95") + ", " + score("u4", "95") + ","
                // u1 holds 省二级 since 2018-05-01, applies for 省一级 on 2020-01-10: 95 ≥ 90 → 省一级
                + "{'unit': 'u1', 'rule': 'applications/省一级', 'held': '省二级', 'heldSince': '2018-05-01', 'date': '2020-01-10'},"
                // u2 the same, 85 < 90: the promotion fails, it keeps 省二级 — not re-certified, so no 证书 consequence
                + "{'unit': 'u2', 'rule': 'applications/省一级', 'held': '省二级', 'heldSince': '2018-05-01', 'date': '2020-01-10'},"
                // u3 holds nothing and applies for 省二级: 95 ≥ 80 → 省二级 only (not 省一级, which it did not apply for)
                + "{'unit': 'u3', 'rule': 'applications/省二级'}");
        // u4 did not apply: no grade, whatever its score
        assertEquals(Optional.of("省一级"), unit(e, "u1").grade());
        assertEquals(Optional.of("省二级"), unit(e, "u2").grade());
        assertEquals(List.of(), unit(e, "u2").outcomes());
        assertEquals(List.of("申报省一级（facts[5]）：未通过（得分 85.00 不在 [90, ∞)）", "晋升未通过，保留原等级省二级（不重新发证，原证书及有效期不变）"),
                unit(e, "u2").notes());
        assertEquals(Optional.of("省二级"), unit(e, "u3").grade());
        assertEquals("证书有效期为三年", unit(e, "u3").outcomes().get(0).text());
        assertEquals(Optional.empty(), unit(e, "u4").grade());
        assertEquals(List.of("未申报等级考评，不评等级"), unit(e, "u4").notes());
    }

    @Test
    void aFailedReviewKeepsNothing() {
        // u1 holds 省一级 and applies for it again (复查, no year to wait): 88 < 90 → not kept (the seed is silent on a failed
        // 复查; the scheme's reading: the grade is not confirmed), and not demoted to 省二级 either, which it did not apply for
        Evaluation e = evaluate(HUBEI, score("u1", "88") + ", {'unit': 'u1', 'rule': 'applications/省一级', 'held': '省一级', "
                + "'heldSince': '2019-12-01'}");
        assertEquals(Optional.empty(), unit(e, "u1").grade());
        assertEquals(List.of("复查省一级（facts[1]）：未通过（得分 88.00 不在 [90, ∞)）"), unit(e, "u1").notes());
    }

    @Test
    void applicationsAreCheckedForTheLevelsTheGradeHeldAndTheYearToWait() {
        assertEquals(List.of(
                        "facts[0].rule: unknown grade \"国家一级\" (one of 省特级, 省一级, 省二级)",
                        "facts[1].held: unknown grade \"市一级\" (one of 省特级, 省一级, 省二级)",
                        "facts[2].heldSince: needs held (the grade held since then)",
                        "facts[2].rule: 逐级晋升: a unit holding no grade applies for 省二级, not 省一级",
                        "facts[3].rule: 逐级晋升: holding 省二级, a unit applies for 省一级 (or 省二级 again, 复查), not 省特级",
                        "facts[4].heldSince: is required for a promotion (waitYears 1: the held grade's date)",
                        "facts[5].heldSince: \"2019年\" is not a date like 2010-01-15",
                        "facts[6].score: not read by applications",
                        "facts[6]: a second application of unit u4 (first: facts[4]); a unit applies for one level",
                        "facts[7]: a second application of unit u4 (first: facts[4]); a unit applies for one level"),
                rejected(HUBEI, "{'unit': 'u1', 'rule': 'applications/国家一级'},"
                        + "{'unit': 'u1', 'rule': 'applications/省二级', 'held': '市一级'},"
                        + "{'unit': 'u2', 'rule': 'applications/省一级', 'heldSince': '2018-01-01'},"
                        + "{'unit': 'u3', 'rule': 'applications/省特级', 'held': '省二级', 'heldSince': '2015-01-01'},"
                        + "{'unit': 'u4', 'rule': 'applications/省一级', 'held': '省二级'},"
                        + "{'unit': 'u1', 'rule': 'applications/省一级', 'held': '省二级', 'heldSince': '2019年'},"
                        + "{'unit': 'u4', 'rule': 'applications/省二级', 'score': '1'},"
                        + "{'unit': 'u4', 'rule': 'applications/省二级'}"));
        // 取得…证书一年后: held since 2019-06-01, applied on 2020-05-31 (one day early); without a date, the period's end counts
        assertEquals(List.of("facts[0].heldSince: 省二级 held since 2019-06-01: 省一级 may be applied for from 2020-06-01 on "
                        + "(waitYears 1), not on 2020-05-31"),
                rejected(HUBEI, "{'unit': 'u1', 'rule': 'applications/省一级', 'held': '省二级', 'heldSince': '2019-06-01', "
                        + "'date': '2020-05-31'}"));
        assertEquals(Optional.of("省二级"), unit(evaluate(HUBEI, "{'unit': 'u1', 'rule': 'applications/省一级', 'held': '省二级', "
                + "'heldSince': '2019-06-01'}"), "u1").grade()); // by 2020-12-31 the year has passed; no score → keeps 省二级
    }

    @Test
    void applicationsNeedTheResultRuleAndNoQuota() {
        Scheme plain = scheme("'units': [{'code': 'u1', 'name': '甲'}], 'indicators': [], 'results': {" + GRADES + "}");
        assertEquals(List.of("facts[0].rule: the scheme grades no applications (results.application)"),
                rejected(plain, "{'unit': 'u1', 'rule': 'applications/省二级'}"));
        String file = json("{'format': 'kaoping-scheme/1', 'id': 't', 'jurisdiction': {'code': '0', 'name': '测试'}, 'year': 2020, "
                + "'name': '测试', 'indicators': [], 'results': {'application': {'stepwise': true, 'waitYears': 0}, "
                + "'grades': [{'name': '优秀', 'quota': 3}]}}");
        assertEquals(List.of("results.application.clause: is required", "results.application.waitYears: must be a whole number ≥ 1"),
                SchemeFixtures.problems(file));
        String quota = json("{'format': 'kaoping-scheme/1', 'id': 't', 'jurisdiction': {'code': '0', 'name': '测试'}, 'year': 2020, "
                + "'name': '测试', 'indicators': [], 'results': {'application': {'clause': '自愿申报'}, "
                + "'grades': [{'name': '优秀', 'quota': 3}]}}");
        assertEquals(List.of("results.grades[0].quota: not possible when units are graded for the level they apply for "
                + "(results.application)"), SchemeFixtures.problems(quota));
    }
}
