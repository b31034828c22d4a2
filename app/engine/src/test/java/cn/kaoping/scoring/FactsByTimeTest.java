package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.json;
import static cn.kaoping.scoring.Fixture.oneIndicator;
import static cn.kaoping.scoring.Fixture.rejected;
import static cn.kaoping.scoring.Fixture.scheme;
import static cn.kaoping.scoring.ResultLookups.assertPoints;
import static cn.kaoping.scoring.ResultLookups.node;
import static cn.kaoping.scoring.ResultLookups.rule;
import static cn.kaoping.scoring.ResultLookups.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts attributed by time (issue 11 item 10; audit 002-003 G10, H2, W7): a rule that looks back over a window
 * ending with the scheme's period (湖北 两年内), and quotas per month counted from dated facts (武进 附件4).
 */
class FactsByTimeTest {

    // 湖北 第五条 五、机关两年内没有发生档案丢失、被盗、损毁、失泄密等档案安全事故 — here as a deduction, to see the window's
    // arithmetic: 1 point per incident; the scheme's year 2020, so the window is 2019-01-01 – 2020-12-31
    private static final Scheme INCIDENTS = oneIndicator("{'code': '1', 'name': '档案安全', 'points': '5', 'rules': [{'id': 'r1', "
            + "'kind': 'per-occurrence', 'clause': '机关两年内没有发生档案丢失、被盗、损毁、失泄密等档案安全事故', 'amount': '1', "
            + "'within': {'years': 2}}]}", 1);

    @Test
    void onlyFactsWithinTheWindowCount() {
        Evaluation e = evaluate(INCIDENTS, "{'unit': 'u1', 'rule': '1/r1', 'date': '2020-06-01'},"
                + "{'unit': 'u1', 'rule': '1/r1', 'date': '2019-01-01'},"   // the window's first day: counts
                + "{'unit': 'u1', 'rule': '1/r1', 'date': '2018-12-31'},"   // one day before: shown, not counted
                + "{'unit': 'u1', 'rule': '1/r1', 'date': '2016-03-10'}");
        RuleOutcome r = rule(node(unit(e, "u1"), "1"), "1/r1");
        // 2 incidents in the window × 1 = 2: 5 − 2 = 3; the two older ones would have cost 2
        assertPoints("2", r.amount());
        assertPoints("3", unit(e, "u1").total());
        assertPoints("2", r.adjustments().get(0).amount());
        assertEquals("早于2年内（2019-01-01 起），不计：facts[2]、facts[3]", r.adjustments().get(0).note());
    }

    @Test
    void aWindowRuleNeedsDatesUpToThePeriodsEnd() {
        assertEquals(List.of("facts[0].date: is required by 1/r1 (facts are attributed to the period by their date)",
                        "facts[1].date: 2021-01-04 is after the end of the period 2020-01-01 – 2020-12-31"),
                rejected(INCIDENTS, "{'unit': 'u1', 'rule': '1/r1'}, {'unit': 'u1', 'rule': '1/r1', 'date': '2021-01-04'}"));
    }

    @Test
    void aWindowIsValidatedWhereItIsWritten() {
        assertEquals(List.of("indicators[0].rules[0].within: needs years or months (两年内: {\"years\": 2})"),
                problemsOfRule("'kind': 'per-occurrence', 'amount': '1', 'within': {}"));
        assertEquals(List.of("indicators[0].rules[0].within.years: must be a whole number ≥ 0",
                        "indicators[0].rules[0].within.weeks: unknown field"),
                problemsOfRule("'kind': 'per-occurrence', 'amount': '1', 'within': {'years': 1.5, 'weeks': 2}"));
        assertEquals(List.of("indicators[0].rules[0].within: must be at least one month long"),
                problemsOfRule("'kind': 'per-occurrence', 'amount': '1', 'within': {'years': 0}"));
    }

    /** The problems of a scheme whose one indicator (7 points) has one rule r1 with these fields. */
    private static List<String> problemsOfRule(String fields) {
        return SchemeFixtures.problems(json("{'format': 'kaoping-scheme/1', 'id': 't', 'jurisdiction': {'code': '0', 'name': '测试'}, "
                + "'year': 2020, 'name': '测试', 'indicators': [{'code': '1', 'name': 'a', 'points': '7', 'rules': [{'id': 'r1', "
                + "'clause': 'c', " + fields + "}]}]}"));
    }

    // 武进 附件4 每月需报送的信息数量 4条 (市政处); 附件2 信息报送有一月未达标扣1分 (差1条至全部未报均为一月未达标), on a
    // 7-point item; a 考核期 of one quarter to keep the months few: 2020-01-01 – 2020-03-31
    private static Scheme quota(String per, String quota) {
        return scheme("'period': {'from': '2020-01-01', 'to': '2020-03-31'}, 'units': [{'code': 'u1', 'name': '市政处'}, "
                + "{'code': 'u2', 'name': '房管处'}], 'indicators': [{'code': 'jc.4', 'name': '信息宣传', 'points': '7', 'rules': ["
                + "{'id': 'r1', 'kind': 'quota', 'clause': '信息报送有一月未达标扣1分，扣完为止（附件4）。', 'per': '" + per + "', "
                + "'quota': " + quota + ", 'amount': '1'}]}]");
    }

    @Test
    void everyMonthShortOfItsQuotaCostsTheAmountAMonthWithoutFactsToo() {
        Evaluation e = evaluate(quota("month", "4"), "{'unit': 'u1', 'rule': 'jc.4/r1', 'date': '2020-01-06', 'count': 3},"
                + "{'unit': 'u1', 'rule': 'jc.4/r1', 'date': '2020-01-20'},"               // January: 3 + 1 = 4, met
                + "{'unit': 'u1', 'rule': 'jc.4/r1', 'date': '2020-02-29', 'count': 3}");  // February: 3 < 4, short
        RuleOutcome r = rule(node(unit(e, "u1"), "jc.4"), "jc.4/r1");
        // u1: February short (3 < 4) and March without any fact (0 < 4): 2 months × 1 = 2 → 7 − 2 = 5
        assertPoints("2", r.amount());
        assertPoints("5", unit(e, "u1").total());
        assertEquals(List.of("2020-01：4 条，标准 4 条，达标", "2020-02：3 条，标准 4 条，未达标，扣 1分", "2020-03：0 条，标准 4 条，未达标，扣 1分"),
                r.lines().stream().map(Line::note).toList());
        assertEquals(List.of("facts[0]", "facts[1]"), r.lines().get(0).facts());
        // u2 entered nothing: all three months short, 3 × 1 = 3 → 4 (the clerk no longer enters "months short" or 0)
        assertPoints("4", unit(e, "u2").total());
    }

    @Test
    void aQuotaForTheWholePeriodIsOneCount() {
        // 附件4 财务科 全年不低于5条 (here the quarter's 5): 2 + 2 = 4 < 5 → one 未达标, 1 point; u2 with none: 1 point too
        Evaluation e = evaluate(quota("period", "5"), "{'unit': 'u1', 'rule': 'jc.4/r1', 'date': '2020-01-06', 'count': 2},"
                + "{'unit': 'u1', 'rule': 'jc.4/r1', 'date': '2020-03-31', 'count': 2}");
        RuleOutcome r = rule(node(unit(e, "u1"), "jc.4"), "jc.4/r1");
        assertPoints("1", r.amount());
        assertEquals("2020-01-01 – 2020-03-31：4 条，标准 5 条，未达标，扣 1分", r.lines().get(0).note());
        assertPoints("6", unit(e, "u2").total());
    }

    @Test
    void quotaFactsNeedADateInThePeriodAndNoValue() {
        assertEquals(List.of("facts[0].value: not read by quota rules",
                        "facts[0].date: is required by jc.4/r1 (a fact counts in the month of its date)",
                        "facts[1].date: 2020-04-01 is outside the period 2020-01-01 – 2020-03-31"),
                rejected(quota("month", "4"), "{'unit': 'u1', 'rule': 'jc.4/r1', 'value': '3'},"
                        + "{'unit': 'u1', 'rule': 'jc.4/r1', 'date': '2020-04-01'}"));
    }

    @Test
    void aQuotaRuleIsValidatedWhereItIsWritten() {
        assertEquals(List.of("indicators[0].rules[0].quota: is required", "indicators[0].rules[0].per: \"week\" is not one of "
                        + "\"month\", \"period\"", "indicators[0].rules[0].amount: is required"),
                problemsOfRule("'kind': 'quota', 'per': 'week'"));
        assertEquals(List.of("indicators[0].rules[0].quota: must be a whole number ≥ 1"),
                problemsOfRule("'kind': 'quota', 'quota': 0, 'amount': '1'"));
        assertEquals(List.of("indicators[0].rules[0].whenNoFact: does not apply to quota rules: a month without facts is a month short",
                        "indicators[0].rules[0].multipliers: not possible for quota rules: a month short is no one fact's"),
                problemsOfRule("'kind': 'quota', 'quota': 1, 'amount': '1', 'whenNoFact': 'share', 'multipliers': {'x': '2'}"));
    }
}
