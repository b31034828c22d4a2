package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages that the broken files cannot show, and the decimals that must read exactly. */
class LoaderMessagesTest {

    private static final String HEAD = "{\"format\": \"kaoping-scheme/1\", \"id\": \"t\", \"jurisdiction\": {\"code\": \"0\", "
            + "\"name\": \"测试\"}, \"year\": 2020, \"name\": \"测试\", ";

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        List<String> problems = SchemeFixtures.problems("{\n\"format\": ,\n}");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("not valid JSON at line 2, column 11"), problems.get(0));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertEquals(List.of("format: is required", "id: is required", "jurisdiction: is required", "year: is required",
                "name: is required", "indicators: is required (an empty list is allowed)"), SchemeFixtures.problems("{}"));
    }

    @Test
    void decimalsAreReadFromTheirTextNotThroughDoubles() {
        Scheme s = SchemeFixtures.LOADER.load(new StringReader(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", "
                + "\"points\": 0.1, \"maxDeduction\": \"0.05\"}]}")).orThrow();
        assertEquals(new BigDecimal("0.1"), s.indicators().get(0).points().orElseThrow());
        assertEquals(new BigDecimal("0.05"), s.indicators().get(0).maxDeduction().orElseThrow());
    }

    @Test
    void aDuplicateTierIsAnOverlapNamedByIndex() {
        // the message of the brief: indicators[3].rules[1].tiers[2]: overlaps tier 1 …
        List<String> problems = SchemeFixtures.problems(HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"1\", "
                + "\"rules\": [{\"id\": \"r1\", \"kind\": \"rate-tiers\", \"clause\": \"c\", \"tiers\": ["
                + "{\"range\": \"[0%, 75%)\", \"amount\": \"0.3\"}, {\"range\": \"[75%, 100%)\", \"amount\": \"0.2\"},"
                + "{\"range\": \"[80%, 100%]\", \"amount\": \"0\"}]}]}]}");
        assertEquals(List.of("indicators[0].rules[0].tiers[2]: overlaps tier 1 [75%, 100%)"), problems);
    }

    @Test
    void tiersChosenByABasisAreCheckedPerSet() {
        // 桂林 14.(2) 当年承办件3件（含3件）以下，优秀率低于40%的…；当年承办3件以上，优秀率低于50%的…
        String rule = HEAD + "\"indicators\": [{\"code\": \"14\", \"name\": \"a\", \"points\": \"1\", \"rules\": [{\"id\": \"r2\", "
                + "\"kind\": \"rate-tiers\", \"clause\": \"c\", \"basis\": \"当年承办件数\", \"tiers\": [";
        assertEquals(List.of("indicators[0].rules[0].tiers[1]: needs when (the rule has a basis)",
                        "indicators[0].rules[0].tiers[2].when: overlaps when [0, 3] of tier 0",
                        "indicators[0].rules[0].tiers: no tier covers 100% when [0, 3]",
                        "indicators[0].rules[0].tiers: no tier covers 0%",          // tier 1, without when, is a set of its own
                        "indicators[0].rules[0].tiers: no tier covers 0% when [3, ∞)"),
                SchemeFixtures.problems(rule + "{\"when\": \"[0, 3]\", \"range\": \"[0%, 40%)\", \"amount\": \"0.2\"},"
                        + "{\"range\": \"[40%, 100%]\", \"amount\": \"0\"},"
                        + "{\"when\": \"[3, ∞)\", \"range\": \"[50%, 100%]\", \"amount\": \"0\"}]}]}]}"));
    }

    @Test
    void aMinimumIncludingAPartIsCheckedWithItsSteps() {
        // 桂林 1.(6) 年内开展党风廉政教育2次（其中，不少于1次到廉政教育基地接受教育）以上，每少1次扣0.05分
        String steps = HEAD + "\"indicators\": [{\"code\": \"1\", \"name\": \"a\", \"points\": \"1\", \"rules\": [{\"id\": \"r6b\", "
                + "\"kind\": \"steps\", \"clause\": \"c\", \"from\": \"2\", \"step\": \"1\", \"amount\": \"0.05\", ";
        assertEquals(List.of("indicators[0].rules[0].includingAtLeast: is required with including"),
                SchemeFixtures.problems(steps + "\"direction\": \"below\", \"including\": \"到廉政教育基地\"}]}]}"));
        assertEquals(List.of("indicators[0].rules[0].including: needs direction below (a minimum that includes a part)"),
                SchemeFixtures.problems(steps + "\"including\": \"到廉政教育基地\", \"includingAtLeast\": \"1\"}]}]}"));
        assertEquals(List.of("indicators[0].rules[0].includingAtLeast: must be above 0 and not above from (2)"),
                SchemeFixtures.problems(steps + "\"direction\": \"below\", \"including\": \"到廉政教育基地\", \"includingAtLeast\": \"3\"}]}]}"));
    }

    @Test
    void aGatedDiscretionaryRangeNeedsBothItsBasisAndItsWhen() {
        // 常德 20 主要负责人与会率低于80％的，视具体情况扣1～2分
        String rule = HEAD + "\"indicators\": [{\"code\": \"20\", \"name\": \"a\", \"points\": \"5\", \"rules\": [{\"id\": \"r3\", "
                + "\"kind\": \"discretionary\", \"clause\": \"c\", \"min\": \"1\", \"max\": \"2\", ";
        assertEquals(List.of("indicators[0].rules[0].when: is required with basis"),
                SchemeFixtures.problems(rule + "\"basis\": \"主要负责人全年与会率\"}]}]}"));
        assertEquals(List.of("indicators[0].rules[0].basis: is required with when"),
                SchemeFixtures.problems(rule + "\"when\": \"[0%, 80%)\"}]}]}"));
        assertEquals(List.of("indicators[0].rules[0].when: \"低于80%\" is not a range like \"[75%, 100%)\""),
                SchemeFixtures.problems(rule + "\"basis\": \"主要负责人全年与会率\", \"when\": \"低于80%\"}]}]}"));
    }
}
