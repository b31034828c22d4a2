package cn.kaoping.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deliberately broken files under src/test/resources/broken show every validation message
 * of the scheme language; FORMAT.md quotes them. A message that changes is a format change.
 */
class BrokenSchemesTest {

    private static List<String> problemsOf(String file) {
        return SchemeFixtures.LOADER.validate(SchemeFixtures.resource("broken/" + file)).stream()
                .map(Problem::toString).toList();
    }

    @Test
    void everyFieldLevelMessage() {
        assertEquals(List.of(
                "format: must be \"kaoping-scheme/1\"",
                "id: \"Broken Scheme\" must be lower-case letters and digits joined by hyphens",
                "indicators[0].points: \"1.234\" has more than 2 decimals",
                "indicators[0].mode: \"score\" is not one of \"deduct\", \"bonus\"",
                "indicators[0].floor: \"bottom\" is not one of \"zero\", \"carry-to-total\", \"none\"",
                "indicators[0].maxDeduction: \"-1\" must not be negative (a deduction is written as a positive amount)",
                "indicators[0].maxBonus: \"abc\" is not a decimal number of points",
                "indicators[0].rules[0].kind: unknown rule kind \"per-occurence\" (known: credit, discretionary, "
                        + "level-bonus, once, per-occurrence, proportional, quota, rank-based, rate-tiers, steps, survey, veto)",
                "indicators[0].rules[1]: give either amount or grades, not both",
                "indicators[0].rules[2]: needs amount or grades",
                "indicators[0].rules[3].effect: \"credit\" is not possible for rate-tiers (possible: \"deduct\", \"bonus\", \"score\")",
                "indicators[0].rules[3].tiers[1]: overlaps tier 0 [75%, 100%)",
                "indicators[0].rules[3].tiers[2]: overlaps tier 0 [75%, 100%)",
                "indicators[0].rules[3].tiers: gap between tier 3 [10%, 40%) and tier 1 [50%, 75%]",
                "indicators[0].rules[3].tiers: no tier covers 0%",
                "indicators[0].rules[3].tiers: no tier covers 100%",
                "indicators[0].rules[4].step: must be above 0",
                "indicators[0].rules[4].thresholds[1]: repeats atLeast 6",
                "indicators[0].rules[5].max: must not be below min (3)",
                "indicators[0].rules[6].bands[1].to: must not be below from (5)",
                "indicators[0].rules[6].bands[1]: overlaps band 0 (倒数第1–5名)",
                "indicators[0].rules[7].all: give either all or an amount, not both",
                "indicators[0].rules[8].id: is required",
                "indicators[0].rules[8]: needs ineligible (grades or awards it bars) or amount (points per item), or both",
                "indicators[0].rules[9].tiers[0].range: \"75%-100%\" is not a range like \"[75%, 100%)\"",
                "indicators[0].rules[9].tiers[1].amount: is required",
                "results.rankWithin: \"county\" is not one of \"series\", \"all\", \"none\"",
                "results.grades[0].quota: must be a whole number or an object of series codes to whole numbers",
                "results.grades[0].score: \"[90, 80)\" is empty",
                "colour: unknown field",
                "indicators[0].rules[7].tierz: unknown field"), problemsOf("fields.scheme.json"));
    }

    @Test
    void everyReferenceAndSumMessage() {
        assertEquals(List.of(
                "series[1].code: duplicate code \"s1\" (also at series[0])",
                "units[2].code: duplicate code \"u1\" (also at units[0])",
                "units[1].series: unknown series \"s9\"",
                "indicators[1].code: duplicate code \"1.1\" (also at indicators[0].children[0])",
                // 10 (1.1) for every unit: 1.2 applies to series s2 / unit u7 only, which no unit is.
                "indicators[0]: for units u1, u2 the children add up to 10 but points are 30",
                "indicators[0].children[0].rules[1].id: duplicate id \"r1\" (also at indicators[0].children[0].rules[0])",
                "indicators[0].children[1].appliesTo.series[0]: unknown series \"s2\"",
                "indicators[0].children[1].appliesTo.units[0]: unknown unit \"u7\"",
                "indicators[2].floor: \"zero\" needs points on the indicator",
                "indicators[2].rules[2].points: is required: the indicator has no points to score out of",
                "indicators[2].rules[0].all: needs points on the rule or on its indicator",
                "indicators[2].rules[1].max: is required: neither the rule nor its indicator has points",
                "indicators[3].rules[2].points: is required: the indicator has several score rules, each needs its share",
                // 6 + 6 (r3 has no share of its own) > 10
                "indicators[3].rules: score rules share 12 points but the indicator has 10",
                "vetoes[0].ineligible[0]: unknown grade or award \"先进\"",
                // 30 + 20 (the duplicate 1.1) + 10; indicator 3 has no points
                "totalPoints: is 100 but the top-level indicators add up to 60",
                "results.grades[1].name: duplicate name \"优秀\" (also at results.grades[0])",
                "results.grades[0].quota.s3: unknown series \"s3\"",
                "results.grades[0].requires[0]: unknown prerequisite \"p9\"",
                "results.consequences[0].grade: unknown grade \"良好\"",
                "results.consequences[0].award: unknown award \"一等奖\"",
                "results.consequences[0].units[0]: unknown unit \"u8\""), problemsOf("references.scheme.json"));
    }
}
