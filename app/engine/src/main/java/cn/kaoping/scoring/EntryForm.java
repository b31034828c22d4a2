package cn.kaoping.scoring;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.JointWorkRole;
import cn.kaoping.scheme.Results;
import cn.kaoping.scheme.Rule;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a clerk fills in for a fact of each rule of a scheme (考评录入): the fields of the rule's kind
 * ({@link RuleProvider#entryFields}), then those of the common part that the rule's place in the
 * scheme asks for (FORMAT.md §7): a date where facts are attributed by time, the person where the same
 * matter counts once per person, the joint-work role, self-reporting, the multiplier's condition. Unit,
 * matter, reason and evidence are asked for on every form; {@code reasonRequired} and
 * {@code evidenceBasis} say where they are required. Rules, then vetoes, then prerequisites, in the
 * scheme's order.
 */
public record EntryForm(List<RuleForm> rules) {

    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * The form of one rule.
     *
     * @param rule           the rule's reference as facts write it ({@code 1.2/r1}, {@code vetoes/v1}, {@code prerequisites/p1})
     * @param effect         what the rule's amounts do ({@code bonus}: a 附加分 a unit may apply for); empty for a prerequisite
     * @param entered        false where the engine makes the rule's facts (another scheme's total, another rule's count):
     *                       nothing is entered then, and {@code fields} is empty
     * @param reasonRequired a fact must say why (酌情)
     * @param evidenceBasis  the document each fact rests on, where the rule names one: its evidence is required
     */
    public record RuleForm(String rule, Optional<Effect> effect, boolean entered, List<EntryField> fields, boolean reasonRequired,
                           Optional<String> evidenceBasis) {
    }

    static EntryForm of(PreparedScheme prepared) {
        List<RuleForm> rules = new ArrayList<>();
        prepared.slots().forEach(s -> rules.add(rule(s))); // the indicators' rules depth first, then the vetoes
        for (Results.Prerequisite p : prepared.scheme().results().prerequisites()) {
            rules.add(new RuleForm(Results.PREREQUISITES + "/" + p.id(), Optional.empty(), true,
                    List.of(EntryField.yesNo(Results.Prerequisite.MET, "是否满足", "满足", "不满足")), false, Optional.empty()));
        }
        return new EntryForm(List.copyOf(rules));
    }

    private static RuleForm rule(RuleSlot slot) {
        Rule rule = slot.rule();
        if (slot.fromScheme().isPresent() || slot.countsFactsOf().isPresent()) {
            return new RuleForm(rule.ref(), Optional.of(rule.effect()), false, List.of(), false, Optional.empty());
        }
        List<EntryField> fields = new ArrayList<>(slot.provider().entryFields(rule.params(), slot.share()));
        if (slot.dated() && fields.stream().noneMatch(f -> f.key().equals(Fact.DATE.name()))) {
            fields.add(EntryField.DATE);
        }
        if (slot.matterOnce()) {
            // 漳州 三(二)2: 每人次扣15分…同一事项就高扣分一次 — once per matter and person
            fields.add(EntryField.of(Fact.PERSON, "涉及人员（按人次）", EntryField.Input.TEXT));
        }
        slot.jointWork().ifPresent(j -> fields.add(EntryField.choice(Fact.ROLE, "主办/联办", List.of(
                new EntryField.Choice(JointWorkRole.LEAD.word(), "主办（" + DecimalText.showPercent(j.lead()) + "）"),
                new EntryField.Choice(JointWorkRole.CO.word(), "联办（" + DecimalText.showPercent(j.co()) + "）")))));
        if (rule.exemptSelfReported()) {
            fields.add(EntryField.of(Fact.SELF_REPORTED, "自行查处/主动报告", EntryField.Input.FLAG));
        }
        if (!rule.multipliers().isEmpty()) {
            fields.add(EntryField.choice(Fact.CONDITION, "加倍情形", rule.multipliers().entrySet().stream()
                    .map(e -> new EntryField.Choice(e.getKey(), e.getKey() + "（×" + e.getValue().toPlainString() + "）")).toList()));
        }
        return new RuleForm(rule.ref(), Optional.of(rule.effect()), true, List.copyOf(fields), slot.provider().reasonRequired(),
                slot.evidenceBasis());
    }

    /**
     * As JSON: {@code {"rules": [{"rule", "effect"?, "entered", "reasonRequired", "evidenceBasis"?, "fields": [{"key", "label",
     * "type", "options"?, "min"?, "max"?}]}]}}, the type as its word ({@code yes-no}, whose options' values are
     * true and false), bounds as decimal strings.
     */
    public JsonObject json() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (RuleForm r : rules) {
            JsonObjectBuilder rule = JSON.createObjectBuilder().add("rule", r.rule()).add("entered", r.entered())
                    .add("reasonRequired", r.reasonRequired());
            r.effect().ifPresent(e -> rule.add("effect", e.word()));
            r.evidenceBasis().ifPresent(b -> rule.add("evidenceBasis", b));
            JsonArrayBuilder fields = JSON.createArrayBuilder();
            r.fields().forEach(f -> fields.add(field(f)));
            out.add(rule.add("fields", fields));
        }
        return JSON.createObjectBuilder().add("rules", out).build();
    }

    private static JsonObjectBuilder field(EntryField f) {
        JsonObjectBuilder field = JSON.createObjectBuilder().add("key", f.key()).add("label", f.label())
                .add("type", f.input().word());
        if (!f.choices().isEmpty()) {
            JsonArrayBuilder options = JSON.createArrayBuilder();
            for (EntryField.Choice c : f.choices()) {
                JsonObjectBuilder option = JSON.createObjectBuilder().add("label", c.label());
                options.add(f.input() == EntryField.Input.YES_NO ? option.add("value", Boolean.parseBoolean(c.value()))
                        : option.add("value", c.value()));
            }
            field.add("options", options);
        }
        f.min().map(BigDecimal::toPlainString).ifPresent(m -> field.add("min", m));
        f.max().map(BigDecimal::toPlainString).ifPresent(m -> field.add("max", m));
        return field;
    }
}
