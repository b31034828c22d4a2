package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code proportional}: deduction = (target − achieved) ÷ target × weight, nothing at or above the
 * target; with effect score: earned = min(achieved, target) ÷ target × weight. 桂林 17.(2)
 * 扣分分值=〔（任务数−得分）÷任务数〕×1 (the target differs per unit: the fact gives it);
 * 桂林 6 新闻外宣 累计分达0.3分以上不扣分，否则按比例扣分，最高扣0.3分 = target 0.3, weight 0.3.
 * The weight defaults to the rule's share. Rounded HALF_UP at 2 decimals.
 */
public final class Proportional extends RuleProvider<Proportional.ProportionalParams> {

    public Proportional() {
        super("proportional", ProportionalParams.class, Set.of("value", "target"), Effect.DEDUCT, Effect.SCORE);
    }

    public record ProportionalParams(Optional<BigDecimal> target, Optional<BigDecimal> weight) implements RuleParams {
    }

    @Override
    public boolean oneFactPerUnit() {
        return true;
    }

    @Override
    public ProportionalParams parse(Params in) {
        Optional<BigDecimal> target = in.number("target");
        target.filter(t -> t.signum() <= 0).ifPresent(t -> in.problem("target", "must be above 0"));
        return new ProportionalParams(target, in.amount("weight"));
    }

    @Override
    public void validate(Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        ProportionalParams p = (ProportionalParams) rule.params();
        if (p.weight().isEmpty() && rule.points().isEmpty() && owner.flatMap(Indicator::pointsOrChildrenSum).isEmpty()) {
            problems.add(Problems.field(rule.path(), "weight"), "is required: neither the rule nor its indicator has points");
        }
    }

    @Override
    protected void check(ProportionalParams params, RuleInput in, Fact fact, Problems problems) {
        String ref = in.rule().ref();
        if (Required.field(fact, "value", fact.value(), ref, problems) && fact.value().get().signum() < 0) {
            problems.add(Problems.field(fact.path(), "value"), "must not be negative");
        }
        if (params.target().isPresent() && fact.target().isPresent()) {
            problems.add(Problems.field(fact.path(), "target"), ref + " has a fixed target of "
                    + DecimalText.show(params.target().get()));
        } else if (params.target().isEmpty() && Required.field(fact, "target", fact.target(), ref, problems)
                && fact.target().get().signum() <= 0) {
            problems.add(Problems.field(fact.path(), "target"), "must be above 0");
        }
    }

    @Override
    protected List<Occurrence> occurrences(ProportionalParams params, RuleInput in) {
        BigDecimal weight = params.weight().or(in::share).orElseThrow();
        boolean score = in.rule().effect() == Effect.SCORE;
        return in.each(f -> {
            BigDecimal achieved = f.value().orElseThrow();
            BigDecimal target = params.target().or(f::target).orElseThrow();
            if (achieved.compareTo(target) >= 0) {
                return Occurrence.of(f, score ? weight : BigDecimal.ZERO, () -> DecimalText.show(achieved) + " / "
                        + DecimalText.show(target) + " 达到目标" + (score ? "，得满分" : "，不扣分"));
            }
            BigDecimal part = score ? achieved : target.subtract(achieved);
            BigDecimal amount = part.multiply(weight).divide(target, DecimalText.POINT_SCALE, RoundingMode.HALF_UP);
            return Occurrence.of(f, amount, () -> (score ? DecimalText.show(achieved) + " ÷ " + DecimalText.show(target)
                    : "(" + DecimalText.show(target) + " − " + DecimalText.show(achieved) + ") ÷ " + DecimalText.show(target))
                    + " × " + DecimalText.show(weight) + " = " + DecimalText.showPoints(amount));
        });
    }
}
