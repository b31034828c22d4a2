package cn.kaoping.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One fact of a facts file: something observed about a unit that a rule turns into points
 * (one occurrence, a rate, a survey score, the assessor's discretionary amount...). A fact is a
 * common part, the same for every rule kind (who, which rule, how many, the matter, the reason and
 * evidence, the joint-work role, self-reporting, the multiplier condition), plus the fields its
 * rule's kind describes ({@link KindDescription#factFields()}), which that kind reads into its own
 * {@link FactValues} when the facts are checked against the scheme.
 *
 * @param index   position in the file, for messages ({@code facts[12]}) and explanations
 * @param rule    {@code <indicator code>/<rule id>}, {@code vetoes/<id>} or {@code prerequisites/<id>}
 * @param count   occurrences (次/件/人次), 1 when not written; read by the kinds that list {@link #COUNT}
 * @param sameAs  the unit whose facts for the rule count for this unit (市对县 2.7 市直园区得分以××区得分为准); such a
 *                fact carries nothing else of the kind
 * @param person  the person concerned (or an equivalent key): dedupe by matter counts once per matter and person
 *                (漳州 三(二)2: 每人次扣15分…同一事项就高扣分一次)
 * @param date    when it happened, where the scheme attributes facts by time (漳州 以被责任追究时间为准)
 * @param values  the kind-specific fields, as written
 * @param written the names of all fields written, sorted, so that a field the kind does not read is refused
 */
public record Fact(int index, Optional<String> id, String unit, String rule, int count,
                   Optional<String> matter, Optional<String> person, Optional<String> sameAs, Optional<JointWorkRole> role, boolean selfReported,
                   Optional<String> condition, Optional<String> reason, Optional<String> evidence,
                   Optional<LocalDate> date, FactFields values, List<String> written) {

    public static final FieldDescription ID = FieldDescription.optional("id", FieldType.Scalar.TEXT,
            "name of the fact, used in explanations instead of facts[i]");
    public static final FieldDescription UNIT = FieldDescription.required("unit", FieldType.Scalar.TEXT,
            "a unit code");
    public static final FieldDescription RULE = FieldDescription.required("rule", FieldType.Scalar.RULE_REF,
            "<indicator code>/<rule id>, vetoes/<id>, prerequisites/<id>, decisions/<grade, prize or decision> or applications/<grade>");
    public static final FieldDescription COUNT = FieldDescription.optional("count", FieldType.Scalar.WHOLE,
            "occurrences (次/件/人次), default 1");
    public static final FieldDescription MATTER = FieldDescription.optional("matter", FieldType.Scalar.TEXT,
            "the matter (事项) for dedupe");
    public static final FieldDescription PERSON = FieldDescription.optional("person", FieldType.Scalar.TEXT,
            "the person concerned (人次): dedupe counts the same matter once per person");
    public static final FieldDescription SAME_AS = FieldDescription.optional("sameAs", FieldType.Scalar.TEXT,
            "a unit code: that unit's facts for the rule count for this unit (以××区得分为准)");
    public static final FieldDescription ROLE = FieldDescription.optional("role", FieldType.Words.of(JointWorkRole.class),
            "主办 (lead) or 联办 (co), for rules with jointWork");
    public static final FieldDescription SELF_REPORTED = FieldDescription.optional("selfReported", FieldType.Scalar.BOOLEAN,
            "self-reported (自行查处/主动报告): exempt where the rule says so");
    public static final FieldDescription CONDITION = FieldDescription.optional("condition", FieldType.Scalar.TEXT,
            "a key of the rule's multipliers");
    public static final FieldDescription REASON = FieldDescription.optional("reason", FieldType.Scalar.TEXT,
            "扣分原因, shown in explanations");
    public static final FieldDescription EVIDENCE = FieldDescription.optional("evidence", FieldType.Scalar.TEXT,
            "证明材料, a reference to the evidence");

    public static final FieldDescription DATE = FieldDescription.optional("date", FieldType.Scalar.TEXT,
            "when it happened, YYYY-MM-DD: required under indicators that are dated, within the scheme's period");

    /** The common part, in the order of FORMAT.md §7. */
    public static final List<FieldDescription> COMMON = List.of(ID, UNIT, RULE, COUNT, MATTER, PERSON, SAME_AS, ROLE, SELF_REPORTED,
            CONDITION, REASON, EVIDENCE, DATE);

    public String path() {
        return "facts[" + index + "]";
    }

    /** How explanations name the fact: its id if it has one, else its position. */
    public String label() {
        return id.orElseGet(this::path);
    }

    /** The fields of the common part that any rule reads: all but {@code count}, which only the kinds that list it read. */
    public static final Set<String> READ_BY_EVERY_RULE = COMMON.stream().map(FieldDescription::name)
            .filter(f -> !f.equals(COUNT.name())).collect(Collectors.toUnmodifiableSet());
}
