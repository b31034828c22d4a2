package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The approval chains of the seeds are data in their scheme files (issue 10; FORMAT.md §6.1), and
 * a chain that cannot work is refused with the field and the rule.
 */
class ApprovalTest {

    private static Scheme load(String file) {
        return SchemeFixtures.LOADER.load(SchemeFixtures.tenantSchemes().resolve(file)).orThrow();
    }

    private static List<String> chain(Scheme scheme) {
        return scheme.approval().levels().stream()
                .map(l -> l.id() + ":" + l.covers().word() + ":" + l.signer().role() + "/" + l.signer().scope().word()).toList();
    }

    @Test
    void wujinSignsEachDepartmentsRowsThenTheCollectorThenTheLeaderThenTheBoard() {
        // 武进 附件3 计分表: 自评分 …; 考核责任科室负责人签字 (per row); 考核扎口科室负责人签字; 被考科室分管领导签字;
        // 附件1 考核扎口分工表 names the collecting 科室 of every unit
        Scheme wujin = load("wujin-housing/mubiao-2018.scheme.json");
        assertTrue(wujin.approval().selfAssessment());
        assertEquals(List.of("department:agency:approver/assessing-agency", "collection:unit:approver/collecting-agency",
                "leader:unit:approver/tenant", "board:cycle:approver/tenant"), chain(wujin));
        assertEquals("考核扎口科室负责人签字", wujin.approval().level("collection").orElseThrow().name());
    }

    @Test
    void zhangzhouHasTheSeriesGroupsReviewThenTheWorkingGroupDecide() {
        // 漳州 四(二)1 三个系列考评负责机构…评出各单位实际得分; 第一、第二、第三系列…分别由市委办、市政府办、市效能办负责组织实施;
        // 四(二)3 绩效考评结果经市绩效考评工作小组审核，报市委、市政府研究审定
        Scheme zhangzhou = load("zhangzhou/shizhi.scheme.json");
        assertEquals(List.of("series-review:unit:approver/agency", "decision:cycle:approver/tenant"), chain(zhangzhou));
        Assessor groups = zhangzhou.approval().levels().get(0).signer().agency().orElseThrow();
        assertEquals(Map.of("s1", List.of("市委办"), "s2", List.of("市政府办"), "s3", List.of("市效能办")), groups.bySeries());
        Scheme.Unit renda = zhangzhou.units().stream().filter(u -> u.series().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of(), groups.forUnit(renda), "a unit outside the series has no series group");
    }

    @Test
    void jishuiSelfAssessesThenTheLeadershipGroupDecides() {
        // 吉水 四(二) 年终由各被考评单位先进行自评…再由领导小组按照考评标准确定综合考评得分
        Scheme jishui = load("jishui-land/guwei-2014.scheme.json");
        assertTrue(jishui.approval().selfAssessment());
        assertEquals(List.of("decision:cycle:approver/tenant"), chain(jishui));
    }

    @Test
    void xinganAndKaishengAreDecidedByTheirLeadershipGroups() {
        // 新干 第一篇 (二) 考评方法: 由县政务“阳光行动”活动领导小组组织考评…采取百分制量化评分
        assertEquals(List.of("decision:cycle:approver/tenant"), chain(load("xingan/yangguang-2006.scheme.json")));
        // 开省乡 六: 各单位绩效考评的分数及排序情况，由镇效能办统计汇总后，向镇机关效能建设领导小组和镇委、镇政府汇报确定
        assertEquals(List.of("decision:cycle:approver/tenant"), chain(load("kaisheng/jixiao.scheme.json")));
    }

    @Test
    void aSchemeWithoutAChainHasNoLevels() {
        Scheme changde = load("changde/dangjian.scheme.json");
        assertFalse(changde.approval().selfAssessment());
        assertEquals(List.of(), changde.approval().levels());
    }

    private static String scheme(String approval) {
        return """
                {"format": "kaoping-scheme/1", "id": "t", "jurisdiction": {"code": "1", "name": "县"}, "year": 2026,
                 "name": "t", "series": [{"code": "a", "name": "甲"}, {"code": "b", "name": "乙"}],
                 "units": [{"code": "u1", "name": "单位一", "series": "a", "collectedBy": "办公室"},
                           {"code": "u2", "name": "单位二", "series": "b"}],
                 "indicators": [], "approval": %s}""".formatted(approval);
    }

    private static String level(String id, String covers, String signedBy) {
        return "{\"id\": \"" + id + "\", \"name\": \"签\", \"covers\": \"" + covers + "\", \"signedBy\": " + signedBy + "}";
    }

    @Test
    void aWellFormedChainHasNoProblems() {
        assertEquals(List.of(), SchemeFixtures.problems(scheme("{\"levels\": [" + level("a", "agency", "{\"role\": \"approver\", \"scope\": \"assessing-agency\"}")
                + ", " + level("b", "unit", "{\"role\": \"approver\", \"agency\": {\"a\": \"甲办\", \"b\": \"乙办\"}}")
                + ", " + level("c", "cycle", "{\"role\": \"scheme-admin\", \"scope\": \"tenant\"}") + "]}")));
    }

    @Test
    void theLastLevelMustCloseTheCycleAndNoLevelCoversLessThanTheOneBelow() {
        assertEquals(List.of(
                "approval.levels[1].covers: \"agency\" covers less than the level below it (\"unit\"): each level signs off what the levels below approved",
                "approval.levels[1].covers: must be \"cycle\" on the last level: its sign-off (审定) closes the cycle"),
                SchemeFixtures.problems(scheme("{\"levels\": [" + level("a", "unit", "{\"role\": \"approver\", \"scope\": \"tenant\"}")
                        + ", " + level("b", "agency", "{\"role\": \"approver\", \"scope\": \"assessing-agency\"}") + "]}")));
    }

    @Test
    void eachSignersScopeFitsWhatItsLevelCovers() {
        List<String> problems = SchemeFixtures.problems(scheme("{\"levels\": ["
                + level("a", "agency", "{\"role\": \"approver\", \"scope\": \"tenant\"}") + ", "
                + level("b", "unit", "{\"role\": \"approver\", \"scope\": \"collecting-agency\"}") + ", "
                + level("c", "unit", "{\"role\": \"approver\", \"agency\": {\"a\": \"甲办\"}}") + ", "
                + level("d", "cycle", "{\"role\": \"scheme-admin\", \"scope\": \"assessing-agency\"}") + "]}"));
        assertEquals(List.of(
                "approval.levels[0].signedBy.scope: must be \"assessing-agency\": an agency's entries are signed by that agency's approvers",
                "approval.levels[1].signedBy.scope: \"collecting-agency\" needs a collectedBy (扎口科室) on every unit; u2 have none",
                "approval.levels[2].signedBy.agency: names no agency for series b",
                "approval.levels[3].signedBy.scope: must be \"tenant\" for the scheme admin",
                "approval.levels[3].signedBy.scope: \"assessing-agency\" signs an agency's entries only (covers \"agency\")"), problems);
    }

    @Test
    void levelsNeedDistinctIdsARoleAndAScope() {
        List<String> problems = SchemeFixtures.problems(scheme("{\"levels\": [" + level("x", "unit", "{\"role\": \"assessor\", \"scope\": \"tenant\"}")
                + ", " + level("x", "cycle", "{\"role\": \"approver\"}") + ", {\"id\": \"Y\", \"name\": \"签\", \"covers\": \"all\", \"signedBy\": {\"role\": \"approver\", \"scope\": \"tenant\"}}]}"));
        assertTrue(problems.contains("approval.levels[0].signedBy.role: \"assessor\" is not one of \"approver\", \"scheme-admin\""), problems.toString());
        assertTrue(problems.contains("approval.levels[1].signedBy.scope: is required: \"assessing-agency\", \"collecting-agency\", \"agency\", \"tenant\", or name the agency"), problems.toString());
        assertTrue(problems.contains("approval.levels[2].covers: \"all\" is not one of \"agency\", \"unit\", \"cycle\""), problems.toString());
    }

    @Test
    void levelIdsAreDistinctWordsTheApiCanName() {
        List<String> problems = SchemeFixtures.problems(scheme("{\"levels\": [" + level("x", "unit", "{\"role\": \"approver\", \"scope\": \"tenant\"}")
                + ", " + level("x", "unit", "{\"role\": \"approver\", \"scope\": \"tenant\"}")
                + ", " + level("Final Y", "cycle", "{\"role\": \"approver\", \"scope\": \"tenant\"}") + "]}"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("approval.levels[1].id: "), problems.toString());
        assertEquals("approval.levels[2].id: must be lower-case letters and digits joined by hyphens", problems.get(1));
    }
}
