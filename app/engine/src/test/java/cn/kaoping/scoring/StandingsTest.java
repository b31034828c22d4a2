package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.scheme;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ranks, ties, quotas, thresholds, awards, bottom places, consequences, prerequisites. */
class StandingsTest {

    /** Units u1..un (series s1 unless listed in s2), one 100-point item; facts deduct to reach each total. */
    static Scheme scheme(String units, String results) {
        return Fixture.scheme("'series': [{'code': 's1', 'name': '第一系列'}, {'code': 's2', 'name': '第二系列'}], 'units': [" + units + "],"
                + "'indicators': [{'code': '1', 'name': '工作', 'points': '100', 'rules': [{'id': 'r1', 'kind': 'discretionary', "
                + "'clause': '酌情扣分', 'max': '100'}]}], 'results': " + results);
    }

    static String member(String code, String series) {
        return "{'code': '" + code + "', 'name': '" + code + "', 'series': '" + series + "'}";
    }

    /** A fact bringing a unit to the total. */
    static String total(String unit, String total) {
        return "{'unit': '" + unit + "', 'rule': '1/r1', 'amount': '" + new java.math.BigDecimal("100").subtract(new java.math.BigDecimal(total))
                + "', 'reason': '使总分为" + total + "'}";
    }

    private static List<Object> column(Evaluation e, java.util.function.Function<UnitResult, Object> f) {
        return e.units().stream().map(f).toList();
    }

    @Test
    void competitionRankingWithinEachSeriesAndAQuotaBoundaryInsideATie() {
        // 漳州: 取第一系列前5名…为“优秀单位”; 总分在700分(不含700分)以下的为“不合格单位”, here: top 2 of s1, top 1 of s2, below 80
        Scheme s = scheme(member("a", "s1") + "," + member("b", "s1") + "," + member("c", "s1") + "," + member("d", "s1") + ","
                        + member("e", "s2") + "," + member("f", "s2") + ", {'code': 'x', 'name': '市人大机关'}",
                "{'grades': [{'name': '优秀', 'quota': {'s1': 2, 's2': 1}}, {'name': '不合格', 'score': '(-∞, 80)'}, {'name': '合格'}]}");
        Evaluation e = evaluate(s, total("a", "90") + "," + total("b", "85") + "," + total("c", "85") + "," + total("d", "79.99")
                + "," + total("e", "70") + "," + total("f", "95") + "," + total("x", "99"));
        // s1: 90, 85, 85, 79.99 → ranks 1, 2, 2, 4; the quota of 2 ends inside the tie: 1 place, 2 units — not granted
        // silently: pending (名额超出，待研究决定), no grade until decided (issue 11 item 9; audit 002-003 G5/Z6)
        // s2: 95, 70 → 1, 2; x has no series: scored, not ranked, not graded
        assertEquals(List.of("a", "b", "c", "d", "f", "e", "x"), column(e, u -> u.unit().code()));
        assertEquals(List.of(1, 2, 2, 4, 1, 2, 0), column(e, u -> u.rank().orElse(0)));
        assertEquals(List.of("优秀", "—", "—", "不合格", "优秀", "不合格", "—"), column(e, u -> u.grade().orElse("—")));
        assertEquals(List.of("优秀"), unit(e, "b").pending());
        assertTrue(unit(e, "b").notes().contains("优秀名额余 1 个，2 个单位并列（85.00 分），名额超出，待研究决定"), unit(e, "b").notes().toString());
        assertEquals(List.of("未列入系列排名，不评等次"), unit(e, "x").notes());
        // the decision, recorded as a fact: b is 优秀; the place is then filled, c falls to the next grade (85: 合格)
        Evaluation decided = evaluate(s, total("a", "90") + "," + total("b", "85") + "," + total("c", "85") + "," + total("d", "79.99")
                + "," + total("e", "70") + "," + total("f", "95") + "," + total("x", "99") + ", {'unit': 'b', 'rule': 'decisions/优秀', "
                + "'granted': true, 'decidedBy': '市直考评工作小组', 'decidedOn': '2010-01-15', 'reason': '突出绩效得分较高'}");
        assertEquals(List.of("优秀", "优秀", "合格", "不合格", "优秀", "不合格", "—"), column(decided, u -> u.grade().orElse("—")));
        assertTrue(unit(decided, "b").notes().contains("优秀名额余 1 个，2 个单位并列（85.00 分）。经研究决定（市直考评工作小组，2010-01-15，"
                + "facts[7]）：评为优秀。理由：突出绩效得分较高"), unit(decided, "b").notes().toString());
        assertTrue(unit(decided, "c").notes().contains("优秀名额余 1 个，2 个单位并列（85.00 分），名额已由研究决定授予其他并列单位"));
        assertEquals(List.of(), unit(decided, "c").pending());
    }

    @Test
    void awardsAboveAMinimumScoreInRankOrder() {
        // 吉水: 综合考评总分在85分以上，按得分高低评出综合先进单位一等奖一个，二等奖2个，三等奖3个
        Scheme s = Fixture.scheme("'units': [" + String.join(",", List.of("{'code': 'a', 'name': 'a'}", "{'code': 'b', 'name': 'b'}",
                        "{'code': 'c', 'name': 'c'}", "{'code': 'd', 'name': 'd'}", "{'code': 'e', 'name': 'e'}", "{'code': 'f', 'name': 'f'}",
                        "{'code': 'g', 'name': 'g'}")) + "], 'indicators': [{'code': '1', 'name': '工作', 'points': '100', 'rules': [{'id': 'r1', "
                        + "'kind': 'discretionary', 'clause': '酌情扣分', 'max': '100'}]}], 'results': {'awards': {'name': '综合先进单位', "
                        + "'score': '[85, ∞)', 'prizes': [{'name': '一等奖', 'count': 1}, {'name': '二等奖', 'count': 2}, {'name': '三等奖', 'count': 3}]},"
                        + "'consequences': [{'score': '(-∞, 80)', 'outcome': '扣发津贴补贴总额的10%', 'measures': {'allowanceCut': '10%'}},"
                        + "{'score': '[80, 85)', 'outcome': '扣发津贴补贴总额的5%', 'measures': {'allowanceCut': '5%'}}]}");
        Evaluation e = evaluate(s, total("a", "95") + "," + total("b", "92") + "," + total("c", "90") + "," + total("d", "90") + ","
                + total("e", "85") + "," + total("f", "84.99") + "," + total("g", "79"));
        // 95 一等; 92 二等; 90 and 90 tie for the last 二等: pending, no prize until decided; 85 (以上 includes 85):
        // 4 units ahead, within the 6 places of 一、二、三等 → 三等; 84.99 none; 79 none
        assertEquals(List.of("一等奖", "二等奖", "—", "—", "三等奖", "—", "—"), column(e, u -> u.award().orElse("—")));
        assertEquals(List.of("二等奖"), unit(e, "d").pending());
        // decided: c gets the 二等奖; d, denied it, stands behind c and gets a 三等奖
        Evaluation decided = evaluate(s, total("a", "95") + "," + total("b", "92") + "," + total("c", "90") + "," + total("d", "90") + ","
                + total("e", "85") + "," + total("f", "84.99") + "," + total("g", "79") + ", {'unit': 'c', 'rule': 'decisions/二等奖', "
                + "'granted': true, 'decidedBy': '考评领导小组', 'decidedOn': '2015-01-20', 'reason': '个性项目得分较高'}");
        assertEquals(List.of("一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "—", "—"), column(decided, u -> u.award().orElse("—")));
        // 吉水: 低于80分(不含80分)…扣发10%；80分至85分(不含85分)…扣发5%
        assertEquals(List.of("扣发津贴补贴总额的5%"), unit(e, "f").outcomes().stream().map(UnitResult.Outcome::text).toList());
        assertEquals(List.of("扣发津贴补贴总额的10%"), unit(e, "g").outcomes().stream().map(UnitResult.Outcome::text).toList());
        assertTrue(unit(e, "a").outcomes().isEmpty());
    }

    @Test
    void theLastPlacesHaveConsequencesAndTiesShareThem() {
        // 开省乡: 位列倒数第二名…给予通报批评…；位列倒数第一名的单位…免职处理
        Scheme s = scheme(member("a", "s1") + "," + member("b", "s1") + "," + member("c", "s1") + "," + member("d", "s1"),
                "{'bottom': [{'position': 2, 'outcome': '通报批评，限期整改'}, {'position': 1, 'outcome': '建议免去主要负责人职务'}]}");
        Evaluation e = evaluate(s, total("a", "90") + "," + total("b", "80") + "," + total("c", "70") + "," + total("d", "70"));
        // c and d share the last place; b is third from the bottom: nobody is second-to-last
        assertEquals(List.of("倒数第1名：建议免去主要负责人职务"), unit(e, "c").outcomes().stream().map(UnitResult.Outcome::text).toList());
        assertEquals(List.of("倒数第1名：建议免去主要负责人职务"), unit(e, "d").outcomes().stream().map(UnitResult.Outcome::text).toList());
        assertTrue(unit(e, "b").outcomes().isEmpty());
    }

    @Test
    void gradesWithThresholdsAndPrerequisites() {
        // 湖北 第七条: 省一级达标分数线为90分；省二级达标分数线为80分; 第五条: 申报必备条件
        Scheme s = Fixture.scheme("'units': [{'code': 'a', 'name': 'a'}, {'code': 'b', 'name': 'b'}, {'code': 'c', 'name': 'c'}],"
                + "'indicators': [{'code': '1', 'name': '档案工作', 'points': '100', 'rules': [{'id': 'r1', 'kind': 'discretionary', "
                + "'clause': '酌情扣分', 'max': '100'}]}], 'results': {'rankWithin': 'all', 'prerequisites': ["
                + "{'id': 'p1', 'text': '依法办理了档案登记'}, {'id': 'p5', 'text': '机关两年内没有发生档案丢失、被盗、损毁、失泄密等档案安全事故'}],"
                + "'grades': [{'name': '省一级', 'score': '[90, ∞)', 'requires': ['p1', 'p5']}, {'name': '省二级', 'score': '[80, ∞)', 'requires': ['p1']}]}");
        Evaluation e = evaluate(s, total("a", "92") + "," + total("b", "92") + "," + total("c", "79.5") + ","
                + "{'unit': 'a', 'rule': 'prerequisites/p1', 'met': true}, {'unit': 'a', 'rule': 'prerequisites/p5', 'met': true},"
                + "{'unit': 'b', 'rule': 'prerequisites/p1', 'met': true}, {'unit': 'b', 'rule': 'prerequisites/p5', 'met': false},"
                + "{'unit': 'c', 'rule': 'prerequisites/p1', 'met': true}");
        assertEquals(Optional.of("省一级"), unit(e, "a").grade());
        assertEquals(Optional.of("省二级"), unit(e, "b").grade());
        assertEquals(List.of("未评为省一级：必备条件未满足 p5"), unit(e, "b").notes());
        assertEquals(Optional.empty(), unit(e, "c").grade());
    }

    @Test
    void consequencesBySeriesAndByVetoAndNoRanking() {
        // 漳州 六3 属于第二、三系列的不合格单位,还要列入翌年行风评议重点单位; 吉水 一票否决…单位负责人不得评先评优
        Scheme vetoed = Fixture.scheme("'series': [{'code': 's1', 'name': '一'}, {'code': 's2', 'name': '二'}], "
                + "'units': [" + member("a", "s1") + "," + member("b", "s2") + "," + member("c", "s2") + "], 'indicators': [{'code': '1', "
                + "'name': '工作', 'points': '100', 'rules': [{'id': 'r1', 'kind': 'discretionary', 'clause': '酌情扣分', 'max': '100'}]}], "
                + "'vetoes': [{'id': 'v1', 'clause': '一票否决', 'ineligible': ['合格']}], 'results': {'grades': ["
                + "{'name': '不合格', 'score': '(-∞, 70)'}, {'name': '合格'}], 'consequences': ["
                + "{'grade': '不合格', 'series': ['s2'], 'outcome': '列入翌年行风评议重点单位'},"
                + "{'barred': '合格', 'outcome': '单位负责人不得评先评优'}]}");
        Evaluation e = evaluate(vetoed, total("a", "60") + "," + total("b", "60") + "," + total("c", "90") + ","
                + "{'unit': 'c', 'rule': 'vetoes/v1'}");
        assertTrue(unit(e, "a").outcomes().isEmpty());                                  // 不合格, but 第一系列
        assertEquals(List.of("列入翌年行风评议重点单位"), unit(e, "b").outcomes().stream().map(UnitResult.Outcome::text).toList());
        assertEquals(List.of("单位负责人不得评先评优"), unit(e, "c").outcomes().stream().map(UnitResult.Outcome::text).toList());
        // rankWithin none: graded by score, ranked by nobody; quotas, awards and bottom places need a ranking
        Evaluation none = evaluate(Fixture.scheme("'units': [{'code': 'a', 'name': 'a'}, {'code': 'b', 'name': 'b'}], 'indicators': "
                + "[{'code': '1', 'name': '工作', 'points': '100', 'rules': [{'id': 'r1', 'kind': 'discretionary', 'clause': '酌情扣分', "
                + "'max': '100'}]}], 'results': {'rankWithin': 'none', 'grades': [{'name': '省一级', 'score': '[90, ∞)'}]}"),
                total("a", "92") + "," + total("b", "80"));
        assertEquals(List.of(Optional.empty(), Optional.empty()), column(none, UnitResult::rank));
        assertEquals(List.of("省一级", "—"), column(none, u -> u.grade().orElse("—")));
        assertEquals(List.of("results.grades[0].quota: needs a ranking, but rankWithin is \"none\"",
                        "results.awards: needs a ranking, but rankWithin is \"none\"",
                        "results.bottom[0]: needs a ranking, but rankWithin is \"none\"",
                        "results.consequences[0].series[0]: unknown series \"s9\"",
                        "results.consequences[0].barred: unknown grade or award \"先进\""),
                SchemeFixtures.problems(Fixture.json("{'format': 'kaoping-scheme/1', 'id': 't', 'jurisdiction': {'code': '0', 'name': 'x'}, "
                        + "'year': 2020, 'name': 'x', 'indicators': [], 'results': {'rankWithin': 'none', 'grades': [{'name': '优秀', 'quota': 1}], "
                        + "'awards': {'name': '先进单位', 'prizes': [{'name': '一等奖', 'count': 1}]}, 'bottom': [{'position': 1, 'outcome': 'o'}], "
                        + "'consequences': [{'series': ['s9'], 'barred': '先进', 'outcome': 'o'}]}}")));
    }

    @Test
    void wrongDecisionsAreRefused() {
        Scheme s = scheme(member("a", "s1") + "," + member("b", "s1"), "{'grades': [{'name': '优秀', 'quota': 1}, {'name': '合格'}]}");
        assertEquals(List.of("facts[0].rule: unknown grade with a quota, prize or optional consequence's decision \"合格\" (one of 优秀)",
                        "facts[1].granted: is required for a decision",
                        "facts[1].reason: is required for a decision (why)",
                        "facts[1].decidedOn: \"2010年1月\" is not a date like 2010-01-15"),
                Fixture.rejected(s, "{'unit': 'a', 'rule': 'decisions/合格', 'granted': true, 'decidedBy': '小组', 'decidedOn': '2010-01-15', "
                        + "'reason': 'r'}, {'unit': 'b', 'rule': 'decisions/优秀', 'decidedBy': '小组', 'decidedOn': '2010年1月'}"));
    }
}
