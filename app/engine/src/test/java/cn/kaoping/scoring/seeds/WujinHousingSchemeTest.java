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

import cn.kaoping.scheme.Assessor;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.RankScope;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import cn.kaoping.scoring.Adjustment;
import cn.kaoping.scoring.Evaluation;
import cn.kaoping.scoring.FactsRejected;
import cn.kaoping.scoring.Line;
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
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 003_6eb58daf0fe402bf.txt — 武进区住建局 2018年局目标管理考核 (附件1–附件6), encoded as
 * {@code tenant-schemes/wujin-housing/mubiao-2018.scheme.json}; worked example
 * {@code mubiao-2018.example.facts.json}. Every expected figure is computed by hand from the seed text
 * (the comment next to it), not copied from the engine.
 */
@DisplayName("seed 003 武进区住建局 2018年局目标管理考核")
class WujinHousingSchemeTest {

    static final WorkedExample SEED = seed("wujin-housing/mubiao-2018.scheme.json", "wujin-housing/mubiao-2018.example.facts.json");
    static final Scheme scheme = SEED.scheme();
    static final Evaluation example = SEED.evaluation();

    // ---------------------------------------------------------------- the scheme itself

    @Test
    @DisplayName("附件1 考核扎口分工表: every unit the seed names, with its 扎口科室; 注：人教科由党委办负责考核")
    void collectedByFollowsAttachment1() {
        Map<String, String> names = scheme.units().stream().collect(Collectors.toMap(Scheme.Unit::code, Scheme.Unit::name));
        Map<String, List<String>> byCollector = new TreeMap<>();
        for (Scheme.Unit u : scheme.units()) {
            String collector = u.collectedBy().orElseThrow(() -> new AssertionError(u.name() + " has no collectedBy"));
            assertTrue(names.containsKey(collector), u.name() + ": collectedBy is a unit code");
            byCollector.computeIfAbsent(names.get(collector), k -> new java.util.ArrayList<>()).add(u.name());
        }
        // 附件1: 8 + 2 + 2 + 6 units, and 人教科 by 党委办 = 19 units
        assertEquals(19, scheme.units().size());
        assertEquals(List.of("办公室", "党委办", "财审科", "城镇建设科", "房产管理科", "公用事业科", "建工科", "防震管理科"),
                byCollector.get("人教科"));
        assertEquals(List.of("市政处", "燃管站"), byCollector.get("公用事业科"));
        assertEquals(List.of("房管处", "开发办"), byCollector.get("房产管理科"));
        assertEquals(List.of("建管中心", "城建监察大队（政策法规科）", "招投标管理科（造价处）", "审图中心", "城建档案馆", "墙散中心"),
                byCollector.get("建工科"));
        assertEquals(List.of("人教科"), byCollector.get("党委办")); // 注：人教科由党委办负责考核
        assertEquals(5, byCollector.size());
    }

    @Test
    @DisplayName("附件2: 年度目标任务 30 + 基础管理 70 (16 items, 考核责任科室 and 配合科室) = 现场考核分小计 100")
    void pointsAndResponsibilities() {
        assertEquals(0, new BigDecimal("100").compareTo(scheme.totalPoints().orElseThrow()));
        Indicator mb = indicator("mb");
        assertEquals("30", mb.points().orElseThrow().toPlainString());
        assertEquals(List.of("人教科"), mb.responsibility().assessingAgency().map(Assessor::agencies).orElseThrow());
        assertEquals(List.of("各科室"), mb.responsibility().cooperatingDepartments());
        Indicator jc = indicator("jc");
        assertEquals(16, jc.children().size());
        // 附件2 标准分值 2,4,5,7,5,10,2,5,5,10,2,5,2,2,2,2 (sum 70) and 考核责任科室 / 配合科室
        String[][] expected = {
            {"队伍建设", "2", "党委办", "人教科"}, {"学习教育", "4", "党委办、政策法规科", ""},
            {"信息管理", "5", "办公室", ""}, {"信息宣传", "7", "办公室、党委办", ""}, {"网站保障", "5", "办公室", ""},
            {"工作纪律", "10", "人教科、党委办", ""}, {"普法综治", "2", "政策法规科", ""}, {"廉政建设", "5", "党委办", ""},
            {"依法行政", "5", "政策法规科、党委办", ""}, {"工作效率", "10", "党委办、办公室、法规科", "各科室"},
            {"建议提案", "2", "办公室", ""}, {"舆情处置", "5", "党委办、法规科、办公室", ""}, {"档案归集", "2", "办公室", ""},
            {"资产管理", "2", "办公室", ""}, {"环境卫生", "2", "办公室", ""}, {"公益活动", "2", "党委办", ""}};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 16; i++) {
            Indicator item = jc.children().get(i);
            assertEquals("jc." + (i + 1), item.code());
            assertEquals(expected[i][0], item.name());
            assertEquals(expected[i][1], item.points().orElseThrow().toPlainString(), item.name());
            // 附件2 writes several 考核责任科室 with 、: each is one of the item's assessors
            assertEquals(List.of(expected[i][2].split("、")), item.responsibility().assessingAgency().map(Assessor::agencies).orElseThrow(),
                    item.name());
            assertEquals(expected[i][3].isEmpty() ? List.of() : List.of(expected[i][3]),
                    item.responsibility().cooperatingDepartments(), item.name());
            sum = sum.add(item.points().orElseThrow());
        }
        assertEquals(0, new BigDecimal("70").compareTo(sum));
    }

    @Test
    @DisplayName("附件4 信息报送考核标准: each of the 19 units in exactly one quota group")
    void everyUnitHasOneInformationQuota() {
        List<Indicator> groups = indicator("jc.4").children();
        // 附件4: 1条 ×11, 4条 市政处 房管处, 2条 开发办, 5条 建管中心, 全年5条 财务科 防震科 墙散中心, 全年10条 档案馆
        Map<String, Integer> expectedSizes = Map.of("jc.4.m1", 11, "jc.4.m4", 2, "jc.4.m2", 1, "jc.4.m5", 1, "jc.4.y5", 3, "jc.4.y10", 1);
        for (Indicator g : groups) {
            assertEquals(expectedSizes.get(g.code()), g.appliesTo().orElseThrow().units().size(), g.code());
        }
        for (Scheme.Unit u : scheme.units()) {
            assertEquals(1, groups.stream().filter(g -> g.appliesTo().orElseThrow().includes(u)).count(), u.name());
        }
    }

    // ---------------------------------------------------------------- worked example, unit by unit

    @Test
    @DisplayName("建管中心: 附件4 每月5条 missed in 3 months, 附件5 OA 双倍扣分 vs a normal one, 年度目标任务 不得分, 特别附加分")
    void jianguanZhongxin() {
        UnitResult u = unit("jgzx");
        // jc.4.m5 信息报送有一月未达标扣1分 (附件4 建管中心 5条/月; 差1条至全部未报均为一月未达标): facts dated in
        // March (4条), June (3条) < 5, and September has no fact at all (0条) < 5; the other nine ≥ 5 → 3 × 1 = 3
        RuleOutcome quota = rule(node(u, "jc.4.m5"), "jc.4.m5/r1");
        assertPoints("3", quota.amount());
        assertEquals(12, quota.lines().size()); // one line per month of 2018
        assertPoints("1", line(quota, "jgzx-2018-03").amount()); // 4 < 5: 一月未达标 1分
        Line september = quota.lines().get(8);
        assertEquals(List.of(), september.facts()); // nothing entered for September: the month is still short
        assertPoints("1", september.amount());
        assertEquals("2018-09：0 条，标准 5 条，未达标，扣 1分", september.note());
        assertPoints("0", line(quota, "jgzx-2018-01").amount()); // 5 = 5: met
        assertPoints("0", line(quota, "jgzx-2018-07").amount()); // 7 > 5: met
        // jc.4 信息宣传 7: 宣传计划 1例 × 1 = 1; 信息报送 3 → 7 − 4 = 3
        assertPoints("3", node(u, "jc.4").score());
        // jc.3/r3 无故不登陆OA…有一例扣0.5分: a normal case 0.5; 附件5 未安装客户端的，双倍扣分: 0.5 × 2 = 1
        RuleOutcome oa = rule(node(u, "jc.3"), "jc.3/r3");
        assertPoints("0.5", line(oa, "jgzx-oa-1").amount());
        assertPoints("1", line(oa, "jgzx-oa-2").amount());
        assertPoints("1.5", oa.amount()); // 0.5 + 1
        // 附件2 单位负责人未安装手机客户端的，每人次扣1分（附件5）; 附件5 …违反上述行为的按照附件2相关规定进行扣分，
        // 未安装客户端的，双倍扣分 — read literally (audit W1): 1人次 × 1 × 2 = 2
        assertPoints("2", rule(node(u, "jc.3"), "jc.3/r4").amount());
        // jc.3 信息管理 5 − OA 1.5 − 2 = 1.5
        assertPoints("1.5", node(u, "jc.3").score());
        // 基础管理 70 − 4 − 3.5 = 62.5
        assertPoints("62.5", node(u, "jc").score());
        // 年度目标任务 30: 第3项 (赋分8分) 无特殊情况未按要求完成不得分 → 30 − 8 = 22
        assertPoints("22", node(u, "mb").score());
        // 现场考核分小计 22 + 62.5 = 84.5; 特别附加分 (approved 最终赋分) 2; 合计分 86.5
        assertPoints("84.5", node(u, "xc").score());
        assertPoints("2", node(u, "fj").score());
        assertPoints("86.5", u.total());
    }

    @Test
    @DisplayName("市政处: 信息宣传 扣完为止 — 4 months below 4条, 宣传计划 2例, 政务信息报送 1.5 = 7.5 > 7")
    void shizhengchuInformationFloor() {
        UnitResult u = unit("szc");
        // months 3 (3条), 5 (2条), 9 (1条), 11 (3条) < 4 → 4 × 1 = 4
        assertPoints("4", rule(node(u, "jc.4.m4"), "jc.4.m4/r1").amount());
        NodeResult info = node(u, "jc.4");
        // 4 + 宣传计划 2 × 1 + 政务信息报送规定 1.5 = 7.5 on a 7-point item: 扣完为止 → 0, 0.5 cut
        assertPoints("0", info.score());
        assertPoints("7", info.deducted());
        assertPoints("0.5", adjusted(info.adjustments(), Adjustment.Type.FLOOR));
        // 舆情处置 5: 超期回复 2起 × 1 = 2 → 3
        assertPoints("3", node(u, "jc.12").score());
        // 基础管理 70 − 7 − 2 = 61; 年度目标任务 30; 合计 91
        assertPoints("61", node(u, "jc").score());
        assertPoints("91", u.total());
    }

    @Test
    @DisplayName("财审科: 附件4 全年不低于5条 missed, two 年度目标任务 items 不得分, 档案归集 扣完为止")
    void caishenke() {
        UnitResult u = unit("csk");
        // 全年4条 < 5条: one 未达标 → 1
        assertPoints("1", rule(node(u, "jc.4.y5"), "jc.4.y5/r1").amount());
        assertPoints("6", node(u, "jc.4").score());
        // 年度目标任务: 第2项 5分 + 第4项 3分 不得分 → 30 − 8 = 22
        assertPoints("22", node(u, "mb").score());
        // 档案归集 2: 不齐全 2 + 不按时移交 1 = 3, 扣完为止 → 0 (1 cut)
        NodeResult archive = node(u, "jc.13");
        assertPoints("0", archive.score());
        assertPoints("1", adjusted(archive.adjustments(), Adjustment.Type.FLOOR));
        // 基础管理 70 − 1 − 2 = 67; 现场 22 + 67 = 89; no 附加分 → 89
        assertPoints("89", u.total());
    }

    @Test
    @DisplayName("公用事业科: 工作纪律 无考勤管理台账资料的不得分 plus 迟到早退, 扣完为止")
    void gongyongShiyeke() {
        NodeResult discipline = node(unit("gysyk"), "jc.6");
        // 不得分 = 10, 迟到早退 2例 × 0.5 = 1 → 11 on 10 points → 0, 1 cut
        assertPoints("0", discipline.score());
        assertPoints("10", discipline.deducted());
        assertPoints("1", adjusted(discipline.adjustments(), Adjustment.Type.FLOOR));
        assertPoints("90", unit("gysyk").total()); // 100 − 10
    }

    @Test
    @DisplayName("城建档案馆, 墙散中心: 全年标准 met exactly (备注3 额外条数 counted); 重点指标扣分")
    void annualQuotaAtItsBound() {
        UnitResult archive = unit("cjdag");
        // 7条 + 在线访谈 区录用 1条 + 额外2条 = 10 = 全年不低于10条 → 0
        assertPoints("0", rule(node(archive, "jc.4.y10"), "jc.4.y10/r1").amount());
        // 重点指标扣分 2 → 现场考核分小计 100 − 2 = 98
        assertPoints("-2", node(archive, "zd").score());
        assertPoints("98", node(archive, "xc").score());
        assertPoints("98", archive.total());
        // 墙散中心 全年5条 = 5 → 0; nothing else → 100
        assertPoints("0", rule(node(unit("qszx"), "jc.4.y5"), "jc.4.y5/r1").amount());
        assertPoints("100", unit("qszx").total());
        // audit W5: 备注4 「政务信息报送。…（财务科、人教科、防震科、档案馆、墙散中心全年不低于6条）」 is the standard of 政务信息报送,
        // whose 扣分指标参见政务信息报送规定 (outside the seed), not of the table's 信息报送 (墙散中心 全年不低于5条): 5 meets the table,
        // and 政务信息报送 stays a discretionary amount (no figure in the seed) whose clause shows 备注4's standards
        Rule government = indicator("jc.4").rules().stream().filter(r -> r.id().equals("r2")).findFirst().orElseThrow();
        assertEquals("discretionary", government.kind());
        assertTrue(government.clause().contains("财务科、人教科、防震科、档案馆、墙散中心全年不低于6条"), government.clause());
    }

    @Test
    @DisplayName("办公室, 党委办: months met and missed, 学习笔记记录不完整, 周工作计划, 特别附加分")
    void officeAndPartyOffice() {
        UnitResult office = unit("bgs");
        // months 2 and 8 with 0条 < 1 → 2; 环境卫生 1次 × 0.5; 附加分 1.5 → 100 − 2 − 0.5 + 1.5 = 99
        assertPoints("2", rule(node(office, "jc.4.m1"), "jc.4.m1/r1").amount());
        assertPoints("1.5", node(office, "jc.15").score());
        assertPoints("97.5", node(office, "xc").score());
        assertPoints("99", office.total());
        UnitResult party = unit("dwb");
        // all 12 months ≥ 1条 → 0; 学习笔记记录不完整 1; 不报送周计划 3次 × 0.5 = 1.5 → 100 − 2.5 = 97.5
        assertPoints("0", rule(node(party, "jc.4.m1"), "jc.4.m1/r1").amount());
        assertPoints("3", node(party, "jc.2").score());
        assertPoints("8.5", node(party, "jc.10").score());
        assertPoints("97.5", party.total());
    }

    @Test
    @DisplayName("合计分 without 名次: the seed scores (附件3 现场考核分小计, 特别附加分, 合计分) and ranks nobody")
    void totalsAndNoRanking() {
        // 房管处 100 + 附加分 3 = 103
        assertPoints("103", unit("fgc").total());
        // eleven units at 100 (no deductions; 墙散中心 met its quota)
        for (String code : List.of("czjsk", "fcglk", "jgk", "fzglk", "rjk", "rgz", "kfb", "cjjcdd", "ztbglk", "stzx", "qszx")) {
            assertPoints("100", unit(code).total());
        }
        // then 办公室 99, 城建档案馆 98, 党委办 97.5, 市政处 91, 公用事业科 90, 财审科 89, 建管中心 86.5
        String[][] tail = {{"bgs", "99"}, {"cjdag", "98"}, {"dwb", "97.5"}, {"szc", "91"}, {"gysyk", "90"}, {"csk", "89"}, {"jgzx", "86.5"}};
        for (String[] t : tail) {
            assertPoints(t[1], unit(t[0]).total());
        }
        // audit G11/X3: 附件2 计分办法 and 附件3 计分表 end at 合计分; no 排名, 名次, 等次 or 名额 anywhere in the seed (附件4
        // 备注3 按总量排序 orders departments for the 优秀信息员 selection only), so nobody is ranked (rankWithin none)
        assertEquals(Optional.of(RankScope.NONE), scheme.results().rankWithin());
        for (UnitResult u : example.units()) {
            assertEquals(Optional.empty(), u.rank(), u.unit().code());
        }
    }

    @Test
    @DisplayName("附件4 quota groups are exclusive and 附件5 knows only 未安装客户端: wrong facts are refused")
    void wrongFactsAreRefused() {
        FactSet wrong = SchemeFixtures.FACTS.load(new StringReader("""
                {"scheme": "wujin-housing-mubiao-2018", "facts": [
                  {"unit": "szc", "rule": "jc.4.m1/r1", "count": 1, "date": "2018-03-05"},
                  {"unit": "bgs", "rule": "jc.3/r3", "condition": "未签收"},
                  {"unit": "bgs", "rule": "jc.3/r5", "condition": "未安装客户端"}
                ]}""")).orThrow();
        FactsRejected e = assertThrows(FactsRejected.class, () -> ENGINE.evaluate(scheme, wrong));
        String problems = e.problems().stream().map(Problem::toString).toList().toString();
        assertEquals(3, e.problems().size(), problems);
        // 市政处 has 附件4 标准 4条/月, not the 1条 group
        assertTrue(problems.contains("jc.4.m1/r1 does not apply to unit szc (市政处)"), problems);
        // 附件5 doubles only 未安装客户端 (48小时内未签收 is recorded as 未安装客户端)
        assertTrue(problems.contains("unknown condition \"未签收\" for jc.3/r3"), problems);
        // 无故不参加信息化培训 is not an act 附件5 doubles
        assertTrue(problems.contains("jc.3/r5 has no multipliers"), problems);
    }

    // ---------------------------------------------------------------- helpers

    static Indicator indicator(String code) {
        return scheme.allIndicators().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static UnitResult unit(String code) {
        return ResultLookups.unit(example, code);
    }

    static Line line(RuleOutcome o, String factId) {
        return o.lines().stream().filter(l -> l.facts().contains(factId)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + factId + " in " + o.lines()));
    }
}
