package cn.kaoping.scoring;

import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A 漳州-sized cycle for property tests and the benchmark: 76 units in three series (18 / 44 / 14),
 * 100 leaf indicators over 1000 points shaped like the 漳州 scheme (基本工作目标 450 as 90 items,
 * 效率与作风 100 carried to the total, 突出绩效与创新 100 as bonuses with 主办/联办 shares, 效能评议 350
 * by survey), every rule kind, and random but valid facts from a fixed seed.
 */
public final class CycleGenerator {

    public static final int UNITS = 76;
    private static final int[] SERIES_SIZES = {18, 44, 14};
    private static final int BASIC_ITEMS = 90;

    private CycleGenerator() {
    }

    public static String unitCode(int i) {
        return String.format("u%02d", i + 1);
    }

    public static Scheme scheme() {
        JsonArrayBuilder units = Json.createArrayBuilder();
        int u = 0;
        for (int s = 0; s < SERIES_SIZES.length; s++) {
            for (int k = 0; k < SERIES_SIZES[s]; k++, u++) {
                units.add(Json.createObjectBuilder().add("code", unitCode(u)).add("name", "单位" + (u + 1)).add("series", "s" + (s + 1)));
            }
        }
        JsonArrayBuilder basic = Json.createArrayBuilder();
        for (int i = 0; i < BASIC_ITEMS; i++) {
            basic.add(basicItem(i));
        }
        JsonArrayBuilder conduct = Json.createArrayBuilder();
        for (int i = 1; i <= 4; i++) {
            conduct.add(node("2." + i, "作风" + i).add("rules", Json.createArrayBuilder()
                    .add(rule("r1", "per-occurrence").add("exemptSelfReported", true)
                            .add("grades", Json.createObjectBuilder().add("科级以上", "15").add("科级以下", "10")))
                    .add(rule("r2", "per-occurrence").add("amount", "2"))));
        }
        JsonArrayBuilder innovation = Json.createArrayBuilder()
                .add(node("3.1", "工作创新").add("maxBonus", "10").add("rules", Json.createArrayBuilder()
                        .add(rule("r1", "per-occurrence").add("effect", "bonus").add("amount", "2"))))
                .add(node("3.2", "综合站位").add("rules", Json.createArrayBuilder()
                        .add(rule("r1", "level-bonus").add("dedupe", "matter-highest")
                                .add("levels", Json.createObjectBuilder().add("市", "4").add("省", "8").add("国家", "12")))))
                .add(node("3.3", "引进项目").add("rules", Json.createArrayBuilder()
                        .add(rule("r1", "steps").add("effect", "bonus").add("from", "1000").add("baseAmount", "5")
                                .add("step", "300").add("amount", "1").add("cap", "10"))))
                .add(node("3.4", "全省评比").add("rules", Json.createArrayBuilder()
                        .add(rule("r1", "rank-based").add("effect", "bonus").add("bands", Json.createArrayBuilder()
                                .add(band(1, "4")).add(band(2, "3")).add(band(3, "2"))))));
        JsonArrayBuilder review = Json.createArrayBuilder()
                .add(node("4.1", "公众评议").add("points", "300").add("rules", Json.createArrayBuilder().add(rule("r1", "survey"))))
                .add(node("4.2", "综合评议").add("points", "50").add("rules", Json.createArrayBuilder().add(rule("r1", "survey"))));
        JsonArrayBuilder indicators = Json.createArrayBuilder()
                .add(node("1", "完成基本工作目标").add("points", "450").add("childrenMustSum", true).add("children", basic))
                .add(node("2", "机关效率与作风纪律建设").add("points", "100").add("floor", "carry-to-total").add("dedupe", "matter-highest")
                        .add("children", conduct))
                .add(node("3", "突出绩效与创新").add("mode", "bonus").add("points", "100")
                        .add("jointWork", Json.createObjectBuilder().add("lead", "80%").add("co", "20%")).add("children", innovation))
                .add(node("4", "效能评议").add("points", "350").add("childrenMustSum", true).add("children", review));
        String json = Json.createObjectBuilder().add("format", "kaoping-scheme/1").add("id", "cycle").add("year", 2009)
                .add("jurisdiction", Json.createObjectBuilder().add("code", "350600").add("name", "漳州市"))
                .add("name", "生成的考评周期").add("totalPoints", "1000")
                .add("series", Json.createArrayBuilder().add(series("s1")).add(series("s2")).add(series("s3")))
                .add("units", units).add("indicators", indicators)
                .add("vetoes", Json.createArrayBuilder().add(rule("v1", "veto").add("ineligible", Json.createArrayBuilder().add("优秀"))))
                .add("results", Json.createObjectBuilder()
                        .add("grades", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "优秀").add("quota", Json.createObjectBuilder()
                                        .add("s1", 5).add("s2", 10).add("s3", 5)))
                                .add(Json.createObjectBuilder().add("name", "不合格").add("score", "(-∞, 700)"))
                                .add(Json.createObjectBuilder().add("name", "合格")))
                        .add("consequences", Json.createArrayBuilder().add(Json.createObjectBuilder().add("grade", "优秀")
                                .add("outcome", "工作人员考核优秀等级比例按20%下达")
                                .add("measures", Json.createObjectBuilder().add("staffExcellentRatio", "20%")))))
                .build().toString();
        return SchemeFixtures.LOADER.load(new StringReader(json)).orThrow();
    }

    /** Item i of 基本工作目标: 5 points, 最高扣5分, one of five rule patterns. */
    private static JsonObjectBuilder basicItem(int i) {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        switch (i % 5) {
            case 0 -> rules.add(rule("r1", "per-occurrence").add("amount", "0.5").add("cap", "3")
                    .add("multipliers", Json.createObjectBuilder().add("未安装客户端", "2")));
            case 1 -> rules.add(rule("r1", "once").add("amount", "2")).add(rule("r2", "per-occurrence").add("dedupe", "matter-highest")
                    .add("grades", Json.createObjectBuilder().add("通报", "0.2").add("纪律处分", "0.5")));
            case 2 -> rules.add(rule("r1", "rate-tiers").add("tiers", Json.createArrayBuilder()
                    .add(tier("[100%, 100%]", "0")).add(tier("[80%, 100%)", "1")).add(tier("[50%, 80%)", "2")).add(tier("[0%, 50%)", "3"))));
            case 3 -> rules.add(rule("r1", "proportional"));
            default -> rules.add(rule("r1", "steps").add("step", "1").add("amount", "1")
                    .add("thresholds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("atLeast", "4").add("amount", "5"))))
                    .add(rule("c1", "credit").add("amount", "0.5"));
        }
        return node(String.format("1.%02d", i + 1), "基本目标" + (i + 1)).add("points", "5").add("maxDeduction", "5").add("rules", rules);
    }

    /** {@code count} facts, valid for the scheme, from the seed: one value per unit for one-value rules, the rest counted. */
    public static FactSet facts(int count, long seed) {
        Random r = new Random(seed);
        List<String> facts = new ArrayList<>();
        for (int u = 0; u < UNITS && facts.size() < count; u++) {
            String unit = unitCode(u);
            for (int i = 0; i < BASIC_ITEMS; i++) {
                String item = String.format("1.%02d/r1", i + 1);
                if (i % 5 == 2) {
                    facts.add(fact(unit, item, "\"value\": \"" + r.nextInt(101) + "%\""));
                } else if (i % 5 == 3) {
                    facts.add(fact(unit, item, "\"value\": \"" + r.nextInt(12) + "\", \"target\": \"10\""));
                }
            }
            facts.add(fact(unit, "4.1/r1", "\"score\": \"" + (60 + r.nextInt(4000) / 100.0) + "\""));
            facts.add(fact(unit, "4.2/r1", "\"score\": \"" + (70 + r.nextInt(30)) + "\""));
        }
        while (facts.size() < count) {
            facts.add(countedFact(unitCode(r.nextInt(UNITS)), r));
        }
        return SchemeFixtures.FACTS.load(new StringReader("{\"scheme\": \"cycle\", \"facts\": [" + String.join(",", facts) + "]}")).orThrow();
    }

    private static String countedFact(String unit, Random r) {
        int pick = r.nextInt(100);
        String matter = "\"matter\": \"事项" + r.nextInt(15) + "\"";
        if (pick < 60) {
            int i = r.nextInt(BASIC_ITEMS / 5) * 5 + new int[] {0, 1, 1, 4, 4}[r.nextInt(5)];
            String item = String.format("1.%02d/", i + 1);
            return switch (i % 5) {
                case 0 -> fact(unit, item + "r1", "\"count\": " + (1 + r.nextInt(3)) + (r.nextInt(10) == 0 ? ", \"condition\": \"未安装客户端\"" : ""));
                case 1 -> r.nextBoolean() ? fact(unit, item + "r1", "\"count\": 1")
                        : fact(unit, item + "r2", "\"grade\": \"" + (r.nextBoolean() ? "通报" : "纪律处分") + "\", " + matter);
                default -> r.nextBoolean() ? fact(unit, item + "r1", "\"value\": \"" + r.nextInt(7) + "\"")
                        : fact(unit, item + "c1", "\"count\": " + (1 + r.nextInt(2)));
            };
        }
        if (pick < 85) {
            String item = "2." + (1 + r.nextInt(4));
            return r.nextBoolean() ? fact(unit, item + "/r2", "\"count\": " + (1 + r.nextInt(3)))
                    : fact(unit, item + "/r1", "\"grade\": \"" + (r.nextBoolean() ? "科级以上" : "科级以下") + "\", " + matter
                    + (r.nextInt(10) == 0 ? ", \"selfReported\": true" : ""));
        }
        if (pick < 99) {
            String role = switch (r.nextInt(3)) {
                case 0 -> ", \"role\": \"lead\"";
                case 1 -> ", \"role\": \"co\"";
                default -> "";
            };
            return switch (r.nextInt(4)) {
                case 0 -> fact(unit, "3.1/r1", "\"count\": 1" + role);
                case 1 -> fact(unit, "3.2/r1", "\"level\": \"" + List.of("市", "省", "国家").get(r.nextInt(3)) + "\", " + matter + role);
                case 2 -> fact(unit, "3.3/r1", "\"value\": \"" + (500 + r.nextInt(3000)) + "\"" + role);
                default -> fact(unit, "3.4/r1", "\"rank\": " + (1 + r.nextInt(10)) + ", \"of\": 10" + role);
            };
        }
        return fact(unit, "vetoes/v1", "\"reason\": \"一票否决\"");
    }

    private static String fact(String unit, String rule, String fields) {
        return "{\"unit\": \"" + unit + "\", \"rule\": \"" + rule + "\", " + fields + "}";
    }

    private static JsonObjectBuilder node(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name);
    }

    private static JsonObjectBuilder rule(String id, String kind) {
        return Json.createObjectBuilder().add("id", id).add("kind", kind).add("clause", "生成的条款 " + kind);
    }

    private static JsonObjectBuilder tier(String range, String amount) {
        return Json.createObjectBuilder().add("range", range).add("amount", amount);
    }

    private static JsonObjectBuilder band(int place, String amount) {
        return Json.createObjectBuilder().add("end", "top").add("from", place).add("to", place).add("amount", amount);
    }

    private static JsonObjectBuilder series(String code) {
        return Json.createObjectBuilder().add("code", code).add("name", "第" + code.substring(1) + "系列");
    }
}
