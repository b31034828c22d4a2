package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.CheckedFact;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code steps}: an amount per whole step of distance past a starting point.
 * distance = value − from ({@code above}) or from − value ({@code below}); nothing when negative;
 * amount = baseAmount + steps × amount, where steps counts whole steps ({@code partial: "ignore"})
 * or every begun step ({@code "count"}); the highest threshold reached replaces that amount.
 * 吉水 造地工作 每差欠5%扣4分 = from 100%, below, step 5%, amount 4;
 * 常德 6 每超过1个月扣1分，超期6个月未换届扣5分 = step 1, amount 1, thresholds [{atLeast 6, amount 5}];
 * 漳州 引进项目 实际到资1000万元的得5分，每增加300万元得1分 = from 1000, baseAmount 5, step 300, amount 1.
 * A minimum that includes a part (桂林 1.(6) 2次（其中，不少于1次到廉政教育基地接受教育）) is {@link Including}.
 */
public final class Steps extends RuleProvider<Steps.StepParams, Steps.StepValues> {

    private static final FieldDescription FROM = FieldDescription.optional("from", FieldType.Scalar.NUMBER,
            "the starting point, default 0");
    private static final FieldDescription DIRECTION = FieldDescription.optional("direction", FieldType.Words.of(Direction.class),
            "above (default): distance = value − from; below: from − value");
    private static final FieldDescription STEP = FieldDescription.required("step", FieldType.Scalar.NUMBER,
            "the size of one step, above 0");
    private static final FieldDescription AMOUNT = FieldDescription.required("amount", FieldType.Scalar.POINTS,
            "points per step");
    private static final FieldDescription BASE_AMOUNT = FieldDescription.optional("baseAmount", FieldType.Scalar.POINTS,
            "points due as soon as the distance is ≥ 0, default 0");
    private static final FieldDescription PARTIAL = FieldDescription.optional("partial", FieldType.Words.of(Partial.class),
            "ignore (default): only whole steps count; count: a begun step counts");
    private static final FieldDescription AT_LEAST = FieldDescription.required("atLeast", FieldType.Scalar.NUMBER,
            "the distance the threshold needs");
    private static final FieldDescription THRESHOLD_AMOUNT = FieldDescription.required("amount", FieldType.Scalar.POINTS,
            "the points that replace the computed amount");
    private static final FieldDescription COMBINE = FieldDescription.optional("combine", FieldType.Words.of(Combine.class),
            "each (default): every fact is scored on its own; sum: the unit's values are added, then scored once");
    private static final FieldDescription THRESHOLDS = FieldDescription.optional("thresholds",
            new FieldType.Objects(List.of(AT_LEAST, THRESHOLD_AMOUNT), false),
            "the highest threshold the distance reaches replaces the computed amount");

    public Steps() {
        super("steps", StepParams.class, "an amount per step of distance past a starting point",
                List.of(FROM, DIRECTION, STEP, AMOUNT, BASE_AMOUNT, PARTIAL, THRESHOLDS, COMBINE, Including.NAME, Including.AT_LEAST),
                List.of(Measured.VALUE, Including.FACT),
                Effect.DEDUCT, Effect.BONUS);
    }

    public enum Direction implements Keyword {
        ABOVE, BELOW
    }

    /** Whether a begun step counts: 每差欠5% reads as whole steps unless the scheme says otherwise. */
    public enum Partial implements Keyword {
        IGNORE, COUNT
    }

    /**
     * Whether facts are scored one by one or as the unit's total: 吉水 共性13 缺席3次以上此项不得分 reads
     * the year's absences, entered one fact per absence.
     */
    public enum Combine implements Keyword {
        EACH, SUM
    }

    public record Threshold(BigDecimal atLeast, BigDecimal amount) {
    }

    public record StepParams(BigDecimal from, Direction direction, BigDecimal step, BigDecimal amount,
                             BigDecimal baseAmount, Partial partial, List<Threshold> thresholds, Combine combine,
                             Optional<Including> including)
            implements RuleParams {
    }

    /** The value and, for a rule with {@code including}, how much of it is of the part. */
    public record StepValues(Optional<BigDecimal> value, Optional<BigDecimal> including) implements FactValues {
    }

    /** The value did not reach the starting point. */
    public record NotReached(BigDecimal value, BigDecimal from) implements Justification {
        @Override
        public String text() {
            return DecimalText.show(value) + " 未达到起点 " + DecimalText.show(from);
        }
    }

    /** The distance reached a threshold, whose amount counts. */
    public record ThresholdReached(BigDecimal distance, Threshold threshold) implements Justification {
        @Override
        public String text() {
            return "距起点 " + DecimalText.show(distance) + " ≥ " + DecimalText.show(threshold.atLeast()) + " → "
                    + Notes.points(threshold.amount());
        }
    }

    /** baseAmount + steps × each = amount. */
    public record Stepped(BigDecimal distance, BigDecimal baseAmount, BigDecimal steps, BigDecimal each, BigDecimal amount)
            implements Justification {
        @Override
        public String text() {
            return "距起点 " + DecimalText.show(distance) + "，" + (baseAmount.signum() == 0 ? "" : Notes.points(baseAmount) + " + ")
                    + steps.toPlainString() + " 步 × " + Notes.points(each) + " = " + Notes.points(amount);
        }
    }

    @Override
    public StepParams parse(Params in) {
        BigDecimal step = in.requiredNumber(STEP.name());
        if (in.has(STEP.name()) && step.signum() <= 0) {
            in.problem(STEP.name(), "must be above 0");
        }
        List<Params> objects = in.objects(THRESHOLDS.name());
        List<Threshold> thresholds = objects.stream()
                .map(t -> new Threshold(t.requiredNumber(AT_LEAST.name()), t.requiredAmount(THRESHOLD_AMOUNT.name()))).toList();
        Set<BigDecimal> seen = new HashSet<>();
        for (int i = 0; i < thresholds.size(); i++) {
            if (!seen.add(thresholds.get(i).atLeast().stripTrailingZeros())) {
                in.problem(Problems.index(THRESHOLDS.name(), i), "repeats atLeast " + DecimalText.show(thresholds.get(i).atLeast()));
            }
        }
        BigDecimal from = in.number(FROM.name()).orElse(BigDecimal.ZERO);
        Direction direction = in.keyword(DIRECTION.name(), Direction.class).orElse(Direction.ABOVE);
        return new StepParams(from, direction, step, in.requiredAmount(AMOUNT.name()),
                in.amount(BASE_AMOUNT.name()).orElse(BigDecimal.ZERO),
                in.keyword(PARTIAL.name(), Partial.class).orElse(Partial.IGNORE), thresholds,
                in.keyword(COMBINE.name(), Combine.class).orElse(Combine.EACH), Including.parse(in, direction == Direction.BELOW, from));
    }

    /** The value and, for a minimum that includes a part, how much of it is of that part (其中到廉政教育基地接受教育). */
    @Override
    protected List<EntryField> entry(StepParams params, Optional<BigDecimal> share) {
        EntryField value = EntryField.of(Measured.VALUE, "数值", EntryField.Input.DECIMAL);
        return params.including().map(i -> List.of(value, EntryField.of(Including.FACT, "其中" + i.name(), EntryField.Input.DECIMAL)))
                .orElse(List.of(value));
    }

    @Override
    protected StepValues read(FactFields fields) {
        return new StepValues(fields.decimal(Measured.VALUE), fields.decimal(Including.FACT));
    }

    @Override
    protected void check(StepParams params, RuleInput<StepValues> in, Fact fact, StepValues values, Problems problems) {
        Required.field(fact, Measured.VALUE, values.value(), in.rule().ref(), problems);
        Including.check(params.including(), fact, values.value(), values.including(), in.rule().ref(), problems);
    }

    @Override
    protected List<Occurrence> occurrences(StepParams p, RuleInput<StepValues> in) {
        if (p.combine() == Combine.SUM && in.facts().size() > 1) {
            List<Fact> facts = new ArrayList<>(in.facts().size());
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal part = BigDecimal.ZERO;
            for (CheckedFact<StepValues> f : in.facts()) {
                facts.add(f.fact());
                total = total.add(f.values().value().orElseThrow());
                part = part.add(f.values().including().orElse(BigDecimal.ZERO));
            }
            Occurrence one = stepped(p, facts.get(0), total, part);
            return List.of(new Occurrence(List.copyOf(facts), one.amount(), Optional.empty(), new Summed(total, one.why())));
        }
        return in.each((f, values) -> stepped(p, f, values.value().orElseThrow(), values.including().orElse(BigDecimal.ZERO)));
    }

    /** The facts' values added ({@code combine: sum}), then stepped. */
    public record Summed(BigDecimal total, Justification stepped) implements Justification {
        @Override
        public String text() {
            return "合计 " + DecimalText.show(total) + "：" + stepped.text();
        }
    }

    /** With {@code including}, the distance is the larger shortfall, of the value or of its part, and says so. */
    private static Occurrence stepped(StepParams p, Fact f, BigDecimal v, BigDecimal part) {
        BigDecimal distance = p.direction() == Direction.ABOVE ? v.subtract(p.from()) : p.from().subtract(v);
        if (p.including().isEmpty()) {
            return byDistance(p, f, v, distance);
        }
        Occurrence o = byDistance(p, f, v, distance.max(p.including().get().shortBy(part)));
        return Occurrence.of(f, o.amount(), new Including.Short(p.including().get(), part, o.why()));
    }

    private static Occurrence byDistance(StepParams p, Fact f, BigDecimal v, BigDecimal distance) {
        if (distance.signum() < 0) {
            return Occurrence.of(f, BigDecimal.ZERO, new NotReached(v, p.from()));
        }
        Optional<Threshold> reached = Optional.empty();
        for (Threshold t : p.thresholds()) {
            if (distance.compareTo(t.atLeast()) >= 0 && reached.map(r -> t.atLeast().compareTo(r.atLeast()) > 0).orElse(true)) {
                reached = Optional.of(t);
            }
        }
        if (reached.isPresent()) {
            return Occurrence.of(f, reached.get().amount(), new ThresholdReached(distance, reached.get()));
        }
        RoundingMode mode = p.partial() == Partial.COUNT ? RoundingMode.CEILING : RoundingMode.FLOOR;
        BigDecimal steps = distance.divide(p.step(), 0, mode);
        BigDecimal amount = p.baseAmount().add(steps.multiply(p.amount()));
        return Occurrence.of(f, amount, new Stepped(distance, p.baseAmount(), steps, p.amount(), amount));
    }
}
