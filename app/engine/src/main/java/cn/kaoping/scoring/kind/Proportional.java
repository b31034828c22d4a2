package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * {@code proportional}: deduction = (target − achieved) ÷ target × weight, nothing at or above the
 * target; with effect score: earned = min(achieved, target) ÷ target × weight. 桂林 17.(2)
 * 扣分分值=〔（任务数−得分）÷任务数〕×1 (the target differs per unit: the fact gives it);
 * 桂林 6 新闻外宣 累计分达0.3分以上不扣分，否则按比例扣分，最高扣0.3分 = target 0.3, weight 0.3.
 * The weight defaults to the rule's share. Rounded HALF_UP at 2 decimals.
 */
public final class Proportional extends RuleProvider<Proportional.ProportionalParams, Proportional.Achieved> {

    private static final FieldDescription TARGET = FieldDescription.optional("target", FieldType.Scalar.NUMBER,
            "the target (else each fact gives its own)");
    private static final FieldDescription WEIGHT = FieldDescription.optional("weight", FieldType.Scalar.POINTS,
            "the points at stake, default the rule's share");
    private static final FieldDescription COUNTS_FACTS_OF = FieldDescription.optional("countsFactsOf", FieldType.Scalar.TEXT,
            "the id of a rule of the same indicator whose facts' counts are the achieved value (no facts for this rule)");
    private static final FieldDescription FACT_TARGET = FieldDescription.optional("target", FieldType.Scalar.NUMBER,
            "the unit's target, when the rule has none");

    public Proportional() {
        super("proportional", ProportionalParams.class, "(target − achieved) ÷ target × weight, nothing at or above the target",
                List.of(TARGET, WEIGHT, COUNTS_FACTS_OF), List.of(Measured.VALUE, FACT_TARGET), Effect.DEDUCT, Effect.SCORE);
    }

    public record ProportionalParams(Optional<BigDecimal> target, Optional<BigDecimal> weight, Optional<String> countsFactsOf)
            implements RuleParams {
    }

    /** What the unit achieved, and its own target when the rule has none. */
    public record Achieved(Optional<BigDecimal> value, Optional<BigDecimal> target) implements FactValues {
    }

    /** The target was reached: nothing deducted, or the whole weight earned ({@code score}). */
    public record TargetMet(BigDecimal achieved, BigDecimal target, boolean score) implements Justification {
        @Override
        public String text() {
            return DecimalText.show(achieved) + " / " + DecimalText.show(target) + " 达到目标" + (score ? "，得满分" : "，不扣分");
        }
    }

    /** (target − achieved) ÷ target × weight, or achieved ÷ target × weight ({@code score}), rounded. */
    public record Ratio(BigDecimal achieved, BigDecimal target, BigDecimal weight, boolean score, BigDecimal amount)
            implements Justification {
        @Override
        public String text() {
            return (score ? DecimalText.show(achieved) + " ÷ " + DecimalText.show(target)
                    : "(" + DecimalText.show(target) + " − " + DecimalText.show(achieved) + ") ÷ " + DecimalText.show(target))
                    + " × " + DecimalText.show(weight) + " = " + DecimalText.showPoints(amount);
        }
    }

    @Override
    public boolean oneFactPerUnit() {
        return true;
    }

    @Override
    public ProportionalParams parse(Params in) {
        Optional<BigDecimal> target = in.number(TARGET.name());
        target.filter(t -> t.signum() <= 0).ifPresent(t -> in.problem(TARGET.name(), "must be above 0"));
        Optional<String> counts = in.text(COUNTS_FACTS_OF.name());
        if (counts.isPresent() && target.isEmpty()) {
            in.problem(COUNTS_FACTS_OF.name(), "needs a fixed target (the counted facts carry none)");
        }
        return new ProportionalParams(target, in.amount(WEIGHT.name()), counts);
    }

    @Override
    protected void validate(ProportionalParams p, Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        if (p.weight().isEmpty() && rule.points().isEmpty() && owner.flatMap(Indicator::pointsOrChildrenSum).isEmpty()) {
            problems.add(Problems.field(rule.path(), WEIGHT.name()), "is required: neither the rule nor its indicator has points");
        }
        p.countsFactsOf().ifPresent(id -> {
            String path = Problems.field(rule.path(), COUNTS_FACTS_OF.name());
            if (owner.isEmpty() || owner.get().rules().stream().noneMatch(r -> r.id().equals(id) && !r.id().equals(rule.id()))) {
                problems.add(path, "no other rule \"" + id + "\" in this indicator");
            }
        });
    }

    @Override
    protected Optional<String> countsFactsOf(ProportionalParams params) {
        return params.countsFactsOf();
    }

    @Override
    protected Achieved upstream(BigDecimal count) {
        return new Achieved(Optional.of(count), Optional.empty());
    }

    /** What was achieved and, where the rule sets no target, the target. */
    @Override
    protected List<EntryField> entry(ProportionalParams params, Optional<BigDecimal> share) {
        EntryField value = EntryField.of(Measured.VALUE, "完成数", EntryField.Input.DECIMAL);
        return params.target().isPresent() ? List.of(value)
                : List.of(value, EntryField.of(FACT_TARGET, "目标数", EntryField.Input.DECIMAL));
    }

    @Override
    protected Achieved read(FactFields fields) {
        return new Achieved(fields.decimal(Measured.VALUE), fields.decimal(FACT_TARGET));
    }

    @Override
    protected void check(ProportionalParams params, RuleInput<Achieved> in, Fact fact, Achieved achieved, Problems problems) {
        String ref = in.rule().ref();
        if (Required.field(fact, Measured.VALUE, achieved.value(), ref, problems) && achieved.value().get().signum() < 0) {
            problems.add(Problems.field(fact.path(), Measured.VALUE.name()), "must not be negative");
        }
        if (params.target().isPresent() && achieved.target().isPresent()) {
            problems.add(Problems.field(fact.path(), FACT_TARGET.name()), ref + " has a fixed target of " + DecimalText.show(params.target().get()));
        } else if (params.target().isEmpty() && Required.field(fact, FACT_TARGET, achieved.target(), ref, problems)
                && achieved.target().get().signum() <= 0) {
            problems.add(Problems.field(fact.path(), FACT_TARGET.name()), "must be above 0");
        }
    }

    @Override
    protected List<Occurrence> occurrences(ProportionalParams params, RuleInput<Achieved> in) {
        BigDecimal weight = params.weight().or(in::share).orElseThrow();
        boolean score = in.rule().effect() == Effect.SCORE;
        return in.each((f, a) -> {
            BigDecimal achieved = a.value().orElseThrow();
            BigDecimal target = params.target().or(a::target).orElseThrow();
            if (achieved.compareTo(target) >= 0) {
                return Occurrence.of(f, score ? weight : BigDecimal.ZERO, new TargetMet(achieved, target, score));
            }
            BigDecimal part = score ? achieved : target.subtract(achieved);
            BigDecimal amount = part.multiply(weight).divide(target, DecimalText.POINT_SCALE, RoundingMode.HALF_UP);
            return Occurrence.of(f, amount, new Ratio(achieved, target, weight, score, amount));
        });
    }
}
