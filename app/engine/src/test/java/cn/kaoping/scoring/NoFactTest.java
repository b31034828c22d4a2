package cn.kaoping.scoring;

import static cn.kaoping.scoring.Fixture.ENGINE;
import static cn.kaoping.scoring.Fixture.evaluate;
import static cn.kaoping.scoring.Fixture.facts;
import static cn.kaoping.scoring.Fixture.oneIndicator;
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
 * What no fact means, as the rule says ({@code whenNoFact}; issue 11 item 1; audit 000-001-004 F3/G3):
 * a unit that reports nothing must not outscore one that reported.
 */
class NoFactTest {

    // 桂林 7.(2) 组织开展与创建文明城市工作有关的活动2次以上…每少开展1次活动扣1分 (7 创城工作, 2分)
    private static Scheme activities(String whenNoFact) {
        return oneIndicator("{'code': '7', 'name': '创城工作', 'points': '2', 'maxDeduction': '2', 'rules': [{'id': 'r2', "
                + "'kind': 'steps', 'clause': '活动2次以上…每少开展1次活动扣1分', 'from': '2', 'direction': 'below', 'step': '1', "
                + "'amount': '1'" + whenNoFact + "}]}", 2);
    }

    @Test
    void byDefaultNoFactDeductsNothing() {
        // as before issue 11: u2 reported nothing and keeps the whole 2; u1 reported 1 activity: 2 − 1 = 1
        Evaluation e = evaluate(activities(""), "{'unit': 'u1', 'rule': '7/r2', 'value': '1'}");
        assertPoints("1", unit(e, "u1").total());
        assertPoints("2", unit(e, "u2").total());
    }

    @Test
    void shareMeansNothingReportedLosesTheWholeShare() {
        // no activity reported = 2 short = 2 × 1 = 2 deducted (the item's 2 points): u2 scores 0, below u1's 1
        Evaluation e = evaluate(activities(", 'whenNoFact': 'share'"), "{'unit': 'u1', 'rule': '7/r2', 'value': '1'}");
        assertPoints("1", unit(e, "u1").total());
        assertPoints("0", unit(e, "u2").total());
        RuleOutcome r = rule(node(unit(e, "u2"), "7"), "7/r2");
        assertPoints("2", r.amount());
        assertEquals("无事实：视为未报送，扣 2分", r.lines().get(0).note());
        assertEquals(List.of(), unit(e, "u2").missing());
    }

    @Test
    void aRuleOfSeveralCostsItsOwnPointsWhenNothingIsReported() {
        // 桂林 1.(3) 年内意识形态工作专题研究不少于2次，每少一次扣0.1分 — one rule of item 1 (4分): its share is
        // what no study costs, 2 × 0.1 = 0.2, written as the rule's points
        Scheme s = oneIndicator("{'code': '1', 'name': '机关党建工作', 'points': '4', 'rules': ["
                + "{'id': 'r3c', 'kind': 'steps', 'clause': '专题研究不少于2次，每少一次扣0.1分', 'from': '2', 'direction': 'below', "
                + "'step': '1', 'amount': '0.1', 'points': '0.2', 'whenNoFact': 'share'},"
                + "{'id': 'r4', 'kind': 'per-occurrence', 'clause': '每次扣0.1分', 'amount': '0.1'}]}", 2);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '1/r3c', 'value': '1'}");
        assertPoints("3.9", unit(e, "u1").total());   // 1 study: 1 short × 0.1
        assertPoints("3.8", unit(e, "u2").total());   // none reported: 0.2; r4 (no fact, default) nothing
    }

    // 桂林 23 脱贫攻坚专项考评 根据脱贫攻坚专项考评结果折算扣分 (3分): every unit has a result
    private static final Scheme POVERTY = oneIndicator("{'code': '23', 'name': '脱贫攻坚专项考评', 'points': '3', 'rules': ["
            + "{'id': 'r1', 'kind': 'survey', 'clause': '根据脱贫攻坚专项考评结果折算扣分', 'whenNoFact': 'required'}]}", 2);

    @Test
    void requiredMarksTheUnitIncompleteAndProgressListsIt() {
        Standings s = ENGINE.prepare(POVERTY).standings(facts("{'unit': 'u1', 'rule': '23/r1', 'score': '90'}"));
        // u1: 90 ÷ 100 × 3 = 2.7, complete; u2: nothing earned meanwhile (0), incomplete, listed
        assertPoints("2.7", s.unit("u1").orElseThrow().total());
        assertEquals(List.of(), s.unit("u1").orElseThrow().missing());
        assertPoints("0", s.unit("u2").orElseThrow().total());
        assertEquals(List.of("23/r1"), s.unit("u2").orElseThrow().missing());
        assertEquals(List.of("u2"), s.incomplete().stream().map(x -> x.unit().code()).toList());
        Evaluation e = evaluate(POVERTY, "{'unit': 'u1', 'rule': '23/r1', 'score': '90'}");
        assertEquals("无事实：得0分（本项须录入事实，结果不完整）", rule(node(unit(e, "u2"), "23"), "23/r1").lines().get(0).note());
    }

    @Test
    void nothingOnAScoreRuleKeepsTheShare() {
        // 开省乡 (四) 效能监察投诉受理 根据平时专项效能监察和镇效能投诉受理有关考核细则计分 (10分): no complaint
        // handled badly is entered as no fact; the item then keeps its 10 (a score rule with nothing lost)
        Scheme s = oneIndicator("{'code': '4', 'name': '效能监察投诉受理', 'points': '10', 'rules': [{'id': 'r1', 'kind': 'survey', "
                + "'clause': '根据平时专项效能监察和镇效能投诉受理有关考核细则计分', 'whenNoFact': 'nothing'}]}", 2);
        Evaluation e = evaluate(s, "{'unit': 'u1', 'rule': '4/r1', 'score': '80'}");
        assertPoints("8", unit(e, "u1").total());    // 80 ÷ 100 × 10
        assertPoints("10", unit(e, "u2").total());
    }

    private static final String HEAD = "{\"format\": \"kaoping-scheme/1\", \"id\": \"t\", \"jurisdiction\": {\"code\": \"0\", "
            + "\"name\": \"测试\"}, \"year\": 2020, \"name\": \"测试\", ";

    @Test
    void whatNoFactCostsMustBeKnown() {
        assertEquals(List.of(
                "indicators[0].rules[0].whenNoFact: \"share\" needs the rule's points or cap (what no fact costs): its indicator has several rules",
                "indicators[0].rules[1].whenNoFact: \"share\" is not possible for a bonus rule (it has nothing to lose)",
                "vetoes[0].whenNoFact: does not apply to a scheme-level veto (it fires on a fact)"),
                SchemeFixtures.problems(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"4\", \"rules\": ["
                        + "{\"id\": \"r1\", \"kind\": \"per-occurrence\", \"clause\": \"c\", \"amount\": \"1\", \"whenNoFact\": \"share\"},"
                        + "{\"id\": \"r2\", \"kind\": \"per-occurrence\", \"effect\": \"bonus\", \"clause\": \"c\", \"amount\": \"1\", "
                        + "\"cap\": \"1\", \"whenNoFact\": \"share\"}]}], "
                        + "\"vetoes\": [{\"id\": \"v1\", \"clause\": \"c\", \"amount\": \"2\", \"whenNoFact\": \"required\"}]}"));
        assertEquals(List.of("indicators[0].rules[0].whenNoFact: \"always\" is not one of \"nothing\", \"share\", \"required\""),
                SchemeFixtures.problems(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"4\", \"rules\": ["
                        + "{\"id\": \"r1\", \"kind\": \"once\", \"clause\": \"c\", \"amount\": \"1\", \"whenNoFact\": \"always\"}]}]}"));
    }
}
