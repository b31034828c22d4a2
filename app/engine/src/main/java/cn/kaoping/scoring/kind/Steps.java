package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 */
public final class Steps extends RuleProvider<Steps.StepParams> {

    public Steps() {
        super("steps", StepParams.class, Set.of("value"), Effect.DEDUCT, Effect.BONUS);
    }

    public enum Direction implements Keyword {
        ABOVE, BELOW
    }

    /** Whether a begun step counts: 每差欠5% reads as whole steps unless the scheme says otherwise. */
    public enum Partial implements Keyword {
        IGNORE, COUNT
    }

    public record Threshold(BigDecimal atLeast, BigDecimal amount) {
    }

    public record StepParams(BigDecimal from, Direction direction, BigDecimal step, BigDecimal amount,
                             BigDecimal baseAmount, Partial partial, List<Threshold> thresholds) implements RuleParams {
    }

    @Override
    public StepParams parse(Params in) {
        BigDecimal step = in.requiredNumber("step");
        if (in.has("step") && step.signum() <= 0) {
            in.problem("step", "must be above 0");
        }
        List<Params> objects = in.objects("thresholds");
        List<Threshold> thresholds = objects.stream()
                .map(t -> new Threshold(t.requiredNumber("atLeast"), t.requiredAmount("amount"))).toList();
        Set<BigDecimal> seen = new HashSet<>();
        for (int i = 0; i < thresholds.size(); i++) {
            if (!seen.add(thresholds.get(i).atLeast().stripTrailingZeros())) {
                in.problem(Problems.index("thresholds", i), "repeats atLeast " + DecimalText.show(thresholds.get(i).atLeast()));
            }
        }
        return new StepParams(in.number("from").orElse(BigDecimal.ZERO),
                in.keyword("direction", Direction.class).orElse(Direction.ABOVE), step, in.requiredAmount("amount"),
                in.amount("baseAmount").orElse(BigDecimal.ZERO), in.keyword("partial", Partial.class).orElse(Partial.IGNORE),
                thresholds);
    }

    @Override
    protected void check(StepParams params, RuleInput in, Fact fact, Problems problems) {
        Required.field(fact, "value", fact.value(), in.rule().ref(), problems);
    }

    @Override
    protected List<Occurrence> occurrences(StepParams p, RuleInput in) {
        return in.each(f -> {
            BigDecimal v = f.value().orElseThrow();
            BigDecimal distance = p.direction() == Direction.ABOVE ? v.subtract(p.from()) : p.from().subtract(v);
            if (distance.signum() < 0) {
                return Occurrence.of(f, BigDecimal.ZERO, () -> DecimalText.show(v) + " 未达到起点 " + DecimalText.show(p.from()));
            }
            RoundingMode mode = p.partial() == Partial.COUNT ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal steps = distance.divide(p.step(), 0, mode);
            Optional<Threshold> reached = Optional.empty();
            for (Threshold t : p.thresholds()) {
                if (distance.compareTo(t.atLeast()) >= 0 && reached.map(r -> t.atLeast().compareTo(r.atLeast()) > 0).orElse(true)) {
                    reached = Optional.of(t);
                }
            }
            Optional<Threshold> highest = reached;
            if (highest.isPresent()) {
                return Occurrence.of(f, highest.get().amount(), () -> "距起点 " + DecimalText.show(distance) + " ≥ "
                        + DecimalText.show(highest.get().atLeast()) + " → " + Notes.points(highest.get().amount()));
            }
            BigDecimal amount = p.baseAmount().add(steps.multiply(p.amount()));
            return Occurrence.of(f, amount, () -> "距起点 " + DecimalText.show(distance) + "，"
                    + (p.baseAmount().signum() == 0 ? "" : Notes.points(p.baseAmount()) + " + ") + steps.toPlainString()
                    + " 步 × " + Notes.points(p.amount()) + " = " + Notes.points(amount));
        });
    }
}
