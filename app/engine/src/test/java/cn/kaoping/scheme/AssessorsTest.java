package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who assesses each clause, per unit (issue 11 item 7; audits 002-003 G2/Z4, 000-001-004 G7/G8/G9):
 * the data a server reads to let an agency enter facts only for its own clauses.
 */
class AssessorsTest {

    private static final Scheme ZHANGZHOU = SchemeFixtures.LOADER.load(
            SchemeFixtures.tenantSchemes().resolve("zhangzhou/shizhi.scheme.json")).orThrow();
    private static final Scheme GUILIN = SchemeFixtures.LOADER.load(
            SchemeFixtures.tenantSchemes().resolve("guilin/gongxing-2019.scheme.json")).orThrow();

    private static Scheme.Unit unit(Scheme scheme, String code) {
        return scheme.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void oneAgencyPerSeries() {
        // 漳州 四(一)1 完成基本工作目标: 第一系列：市委办；第二系列：市政府办；第三系列：市效能办
        Assessors a = Assessors.of(ZHANGZHOU);
        assertEquals(List.of("市委办"), a.agencies("1/r1", unit(ZHANGZHOU, "zzb")));      // 组织部, 第一系列
        assertEquals(List.of("市政府办"), a.agencies("1/r1", unit(ZHANGZHOU, "fgw")));  // 发改委, 第二系列
        assertEquals(List.of("市效能办"), a.agencies("4.2/r1", unit(ZHANGZHOU, "gsgj")));  // 工商局, 第三系列
    }

    @Test
    void theClausesProviderEntersItsFacts() {
        // 漳州 三(二)2(2) 干部职工因违纪受到党纪政纪处分…由市纪委监察局提供情况
        Assessors a = Assessors.of(ZHANGZHOU);
        Scheme.Unit fgw = unit(ZHANGZHOU, "fgw");
        assertEquals(List.of("市纪委监察局"), a.providedBy("2.2/r2"));
        assertEquals(List.of("市纪委监察局"), a.enteredBy("2.2/r2", fgw));
        // (10) 未按规定要求完成干部教育培训任务的单位在5分内酌情扣分。由市委组织部、市人事局提供情况。
        assertEquals(List.of("市委组织部", "市人事局"), a.enteredBy("2.4/r11", fgw));
        // no provider: the assessor enters (1 完成基本工作目标, 第二系列 → 市政府办)
        assertEquals(List.of("市政府办"), a.enteredBy("1/r1", fgw));
    }

    @Test
    void severalAssessorsInsideOneItem() {
        // 桂林 13: (1)(2) 考核单位 市委办公室; (3) 市委督查和绩效考评办公室 — one 2-point item
        Assessors a = Assessors.of(GUILIN);
        Scheme.Unit sjj = unit(GUILIN, "sjj");
        assertEquals(List.of("市委办公室"), a.agencies("13/r1-1", sjj));
        assertEquals(List.of("市委督查和绩效考评办公室"), a.agencies("13/r3", sjj));
        // 20.(3) 督查考评由市督考组…; 实地核验…市委督查和绩效办进行核查验收
        assertEquals(List.of("市督考组"), a.agencies("20/r3a", sjj));
        assertEquals(List.of("市委督查和绩效考评办公室"), a.agencies("20/r3b", sjj));
        assertEquals(List.of("13/r3", "20/r1a", "20/r1b", "20/r2", "20/r3b", "21/r1", "21/r2", "22/r1", "22/r2"),
                a.rulesAssessedBy("市委督查和绩效考评办公室", sjj).stream().filter(r -> r.startsWith("13/") || r.startsWith("2"))
                        .toList());
    }

    @Test
    void theResponsibilityTableBelongsToTheAuditBureauOnly() {
        // 桂林市审计局落实…扣分细则责任表: 1 机关党建工作 责任领导 蒙忠宁 is the 审计局's, not the 统计局's
        Assessors a = Assessors.of(GUILIN);
        assertEquals(Optional.of("蒙忠宁"), a.responsibility("1", unit(GUILIN, "sjj")).flatMap(Indicator.Responsibility::responsibleLeader));
        assertEquals(Optional.empty(), a.responsibility("1", unit(GUILIN, "tjj")));
    }

    @Test
    void severalAgenciesAssessAnItemAndAStringIsNeverSplit() {
        // 武进 附件2 6 工作纪律: 考核责任科室 人教科、党委办 — either enters its facts
        Scheme wujin = SchemeFixtures.LOADER.load(SchemeFixtures.tenantSchemes().resolve("wujin-housing/mubiao-2018.scheme.json")).orThrow();
        Assessors a = Assessors.of(wujin);
        Scheme.Unit bgs = unit(wujin, "bgs");
        assertEquals(List.of("人教科", "党委办"), a.agencies("jc.6/r2", bgs));
        assertTrue(a.rulesAssessedBy("党委办", bgs).contains("jc.6/r2"));
        assertTrue(a.rulesAssessedBy("人教科", bgs).contains("jc.6/r2"));
        // 开省乡 三 作风效率评估: one evaluator panel, written with 、 inside its name
        Scheme kaisheng = SchemeFixtures.LOADER.load(SchemeFixtures.tenantSchemes().resolve("kaisheng/jixiao.scheme.json")).orThrow();
        assertTrue(Assessors.of(kaisheng).agencies().contains("党代表、人大代表、政协委员、企业厂长经理、村基代表"),
                Assessors.of(kaisheng).agencies().toString());
        // per series, several for one series
        assertEquals(List.of(), SchemeFixtures.problems(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"1\", "
                + "\"assessingAgency\": {\"s1\": [\"市委办\", \"市纪委\"], \"s2\": \"市政府办\"}}]}"));
        assertEquals(List.of("indicators[0].assessingAgency: must be an agency (a non-empty string), a list of agencies, "
                        + "or an object of series codes to either"),
                SchemeFixtures.problems(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"1\", "
                        + "\"assessingAgency\": []}]}"));
    }

    private static final String HEAD = "{\"format\": \"kaoping-scheme/1\", \"id\": \"t\", \"jurisdiction\": {\"code\": \"0\", "
            + "\"name\": \"测试\"}, \"year\": 2020, \"name\": \"测试\", \"series\": [{\"code\": \"s1\", \"name\": \"一\"}, "
            + "{\"code\": \"s2\", \"name\": \"二\"}], \"units\": [{\"code\": \"u1\", \"name\": \"甲\", \"series\": \"s1\"}], ";

    @Test
    void wrongAssessorsAreNamedByPath() {
        assertEquals(List.of(
                "indicators[0].assessingAgency.s9: unknown series \"s9\"",
                "indicators[0].assessingAgency: names no agency for series s2",
                "indicators[0].responsibleUnit: unknown unit \"u9\""),
                SchemeFixtures.problems(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"1\", "
                        + "\"assessingAgency\": {\"s1\": \"市委办\", \"s9\": \"市效能办\"}, \"responsibleUnit\": \"u9\"}]}"));
        assertEquals(List.of("indicators[0].rules[0].assessingAgency: must be an agency (a non-empty string), a list of agencies, "
                        + "or an object of series codes to either"),
                SchemeFixtures.problems(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"1\", "
                        + "\"rules\": [{\"id\": \"r1\", \"kind\": \"once\", \"clause\": \"c\", \"amount\": \"1\", \"assessingAgency\": 3}]}]}"));
    }
}
