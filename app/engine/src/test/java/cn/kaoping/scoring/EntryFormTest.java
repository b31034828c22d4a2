package cn.kaoping.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.SchemeFixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 考评录入 form of each rule, served from the kinds' own descriptions: what it asks for in the
 * seeds (each case cites its clause), and, over all nine seeds, that it asks for what the check
 * requires and nothing the check refuses.
 */
class EntryFormTest {

    private static final Engine ENGINE = new Engine(RuleRegistry.standard());
    /** Asked on every form, outside the rule's fields. */
    private static final Set<String> ALWAYS = Set.of("id", "unit", "rule", "matter", "reason", "evidence");

    private static PreparedScheme seed(String file) {
        return ENGINE.prepare(SchemeFixtures.LOADER.load(SchemeFixtures.tenantSchemes().resolve(file)).orThrow());
    }

    private static Map<String, EntryForm.RuleForm> forms(PreparedScheme prepared) {
        return prepared.entryForm().rules().stream().collect(Collectors.toMap(EntryForm.RuleForm::rule, Function.identity()));
    }

    private static EntryForm.RuleForm form(String file, String rule) {
        return Optional.ofNullable(forms(seed(file)).get(rule)).orElseThrow(() -> new AssertionError("no form for " + rule));
    }

    private static List<String> keys(EntryForm.RuleForm form) {
        return form.fields().stream().map(EntryField::key).toList();
    }

    private static EntryField field(EntryForm.RuleForm form, String key) {
        return form.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static List<String> labels(EntryField field) {
        return field.choices().stream().map(EntryField.Choice::label).toList();
    }

    @Test
    void aDiscretionaryRangeIsTheFormsBoundsAndTheReasonIsRequired() {
        // 常德 11: 记录内容简单、不具体的，视具体情况扣1～3分
        EntryForm.RuleForm form = form("changde/dangjian.scheme.json", "11/r2");
        assertEquals(List.of("amount"), keys(form));
        EntryField amount = field(form, "amount");
        assertEquals(EntryField.Input.DECIMAL, amount.input());
        assertEquals(Optional.of(new BigDecimal("1")), amount.min());
        assertEquals(Optional.of(new BigDecimal("3")), amount.max());
        assertTrue(form.reasonRequired());
    }

    @Test
    void aRangeGatedByARecordedQuantityAsksForTheQuantityFirst() {
        // 常德 20: 主要负责人与会率低于80％的，视具体情况扣1～2分
        EntryForm.RuleForm form = form("changde/dangjian.scheme.json", "20/r3");
        assertEquals(List.of("basis", "amount"), keys(form));
        assertEquals("主要负责人全年与会率", field(form, "basis").label());
        assertEquals(Optional.of(new BigDecimal("2")), field(form, "amount").max());
    }

    @Test
    void aDiscretionaryRuleWithoutMaxIsBoundedByItsShare() {
        // 桂林 4 r2 writes no max: 0 up to the rule's points (0.5)
        EntryField amount = field(form("guilin/gongxing-2019.scheme.json", "4/r2"), "amount");
        assertEquals(Optional.of(BigDecimal.ZERO), amount.min());
        assertEquals(0, amount.max().orElseThrow().compareTo(new BigDecimal("0.5")));
    }

    @Test
    void tiersChosenByTheNumberOfCasesAskForThatNumberAndTheDocumentIsRequired() {
        // 桂林 14.(2): 当年承办件3件（含3件）以下，优秀率低于40%的，扣0.2分…; 14: 以市委督查和绩效考评办公室通报为依据
        EntryForm.RuleForm form = form("guilin/gongxing-2019.scheme.json", "14/r2");
        assertEquals(List.of("value", "basis"), keys(form));
        assertEquals("比率（%，如 85%）", field(form, "value").label());
        assertEquals("当年承办件数", field(form, "basis").label());
        assertEquals(Optional.of("市委督查和绩效考评办公室通报"), form.evidenceBasis());
        assertFalse(form.reasonRequired());
    }

    @Test
    void aMinimumIncludingAPartAsksHowManyOfThePart() {
        // 桂林 1.(6): 年内开展党风廉政教育2次（其中，不少于1次到廉政教育基地接受教育）以上
        EntryForm.RuleForm form = form("guilin/gongxing-2019.scheme.json", "1/r6b");
        assertEquals(List.of("value", "including"), keys(form));
        assertEquals("其中到廉政教育基地接受教育", field(form, "including").label());
    }

    @Test
    void gradesArePickedWithTheirPointsAndThePersonIsAskedWhereAMatterCountsOncePerPerson() {
        // 漳州 三(二)2(1): 科级以上(包括科级)每人次扣15分,科级以下每人次扣10分; the indicator is dated and
        // counts the same matter once (就高扣分一次), and self-reported cases are exempt
        EntryForm.RuleForm form = form("zhangzhou/shizhi.scheme.json", "2.2/r1");
        assertEquals(List.of("grade", "count", "date", "person", "selfReported"), keys(form));
        assertEquals(List.of("科级以上（15 分）", "科级以下（10 分）"), labels(field(form, "grade")));
        assertEquals(List.of("科级以上", "科级以下"), field(form, "grade").choices().stream().map(EntryField.Choice::value).toList());
        assertEquals(EntryField.Input.FLAG, field(form, "selfReported").input());
    }

    @Test
    void jointWorkInheritedFromTheIndicatorOffersBothRolesWithTheirShares() {
        // 漳州 三: 属多部门联办的…主办单位按80%计分，联办单位按20%计分
        EntryField role = field(form("zhangzhou/shizhi.scheme.json", "3.1/r1"), "role");
        assertEquals(List.of("lead", "co"), role.choices().stream().map(EntryField.Choice::value).toList());
        assertEquals(List.of("主办（80%）", "联办（20%）"), labels(role));
    }

    @Test
    void aMultiplierIsAConditionToChoose() {
        // 武进 基础 3: 未安装客户端的，双倍扣分
        EntryForm.RuleForm form = form("wujin-housing/mubiao-2018.scheme.json", "jc.3/r3");
        assertEquals(List.of("count", "condition"), keys(form));
        assertEquals(List.of("未安装客户端（×2）"), labels(field(form, "condition")));
    }

    @Test
    void aRuleWhoseValueTheEngineCountsTakesNoEntry() {
        // 吉水 共性6: 全年完成上稿任务3篇计3分 — counted from the articles entered under r2
        EntryForm.RuleForm form = form("jishui-land/guwei-2014.scheme.json", "1.6/r1");
        assertFalse(form.entered());
        assertEquals(List.of(), form.fields());
    }

    @Test
    void theEffectSaysWhichRulesAddPoints() {
        // 新干 五(1) 县内做典型推广的每次加5分 (level-bonus adds by default); 五(2) 县内做典型批评的每次扣5分 (written deduct)
        Map<String, EntryForm.RuleForm> forms = forms(seed("xingan/yangguang-2006.scheme.json"));
        assertEquals(Optional.of(Effect.BONUS), forms.get("5/r1").effect());
        assertEquals(Optional.of(Effect.DEDUCT), forms.get("5/r2").effect());
        assertEquals("bonus", seed("xingan/yangguang-2006.scheme.json").entryForm().json().getJsonArray("rules").stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(r -> r.getString("rule").equals("5/r1")).findFirst().orElseThrow().getString("effect"));
    }

    @Test
    void aPrerequisiteIsMetOrNot() {
        EntryForm.RuleForm form = form("hubei/dangan-dengji.scheme.json", "prerequisites/p1");
        EntryField met = field(form, "met");
        assertEquals(EntryField.Input.YES_NO, met.input());
        assertEquals(List.of("true", "false"), met.choices().stream().map(EntryField.Choice::value).toList());
    }

    @Test
    void everyFormOfTheSeedsAsksForWhatTheKindRequiresAndNothingItRefuses() throws IOException {
        for (Path file : seeds()) {
            PreparedScheme prepared = ENGINE.prepare(SchemeFixtures.LOADER.load(file).orThrow());
            Map<String, EntryForm.RuleForm> forms = forms(prepared);
            for (RuleSlot slot : prepared.slots()) {
                EntryForm.RuleForm form = forms.get(slot.rule().ref());
                String where = file.getFileName() + " " + slot.rule().ref();
                assertTrue(form != null, where);
                if (!form.entered()) {
                    continue;
                }
                for (String key : keys(form)) {
                    assertTrue(slot.provider().reads(key), where + " asks for " + key + ", which its kind refuses");
                }
                for (FieldDescription required : slot.provider().describe().factFields()) {
                    assertTrue(!required.required() || keys(form).contains(required.name()), where + " does not ask for " + required.name());
                }
                boolean kindDates = slot.provider().entryFields(slot.rule().params(), slot.share()).contains(EntryField.DATE);
                assertEquals(slot.dated() || kindDates, keys(form).contains(Fact.DATE.name()), where + ": a date where facts are dated");
            }
        }
    }

    @Test
    void everyFactOfTheSeedsExamplesCanBeWrittenThroughItsRulesForm() throws IOException {
        List<String> unasked = new ArrayList<>();
        int facts = 0;
        for (Path file : seeds()) {
            Path example = exampleOf(file);
            PreparedScheme prepared = ENGINE.prepare(SchemeFixtures.LOADER.load(file).orThrow());
            Map<String, EntryForm.RuleForm> forms = forms(prepared);
            FactSet set = SchemeFixtures.FACTS.load(example).orThrow();
            for (Fact fact : set.facts()) {
                EntryForm.RuleForm form = forms.get(fact.rule());
                if (form == null || fact.sameAs().isPresent()) {
                    continue; // decisions and applications are entered on the results page; sameAs by the scheme admin
                }
                facts++;
                for (String written : fact.written()) {
                    if (!ALWAYS.contains(written) && !keys(form).contains(written)) {
                        unasked.add(example.getFileName() + " " + fact.path() + " (" + fact.rule() + "): " + written);
                    }
                }
            }
        }
        assertTrue(facts > 100, "facts checked: " + facts);
        assertEquals(List.of(), unasked);
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.walk(SchemeFixtures.tenantSchemes())) {
            List<Path> seeds = files.filter(f -> f.toString().endsWith(".scheme.json")).sorted().toList();
            assertEquals(9, seeds.size(), "the nine seed schemes");
            return seeds;
        }
    }

    private static Path exampleOf(Path scheme) throws IOException {
        try (Stream<Path> files = Files.list(scheme.getParent())) {
            return files.filter(f -> f.toString().endsWith(".facts.json")).findFirst().orElseThrow();
        }
    }
}
