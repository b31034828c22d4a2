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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code discretionary} (酌情扣分): the assessor chooses the amount inside [min, max] and must
 * give a reason; the engine refuses anything else. 常德 11 记录内容简单、不具体的，视具体情况扣1～3分
 * = min 1, max 3; 吉水 工作不到位酌情扣分 = no range written: 0 up to the rule's share.
 */
public final class Discretionary extends RuleProvider<Discretionary.Bounds> {

    public Discretionary() {
        super("discretionary", Bounds.class, Set.of("amount"), Effect.DEDUCT, Effect.BONUS);
    }

    public record Bounds(BigDecimal min, Optional<BigDecimal> max) implements RuleParams {
    }

    @Override
    public Bounds parse(Params in) {
        Bounds b = new Bounds(in.amount("min").orElse(BigDecimal.ZERO), in.amount("max"));
        b.max().filter(m -> m.compareTo(b.min()) < 0).ifPresent(m -> in.problem("max", "must not be below min ("
                + DecimalText.show(b.min()) + ")"));
        return b;
    }

    @Override
    public void validate(Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        if (((Bounds) rule.params()).max().isEmpty() && rule.points().isEmpty()
                && owner.flatMap(Indicator::pointsOrChildrenSum).isEmpty()) {
            problems.add(Problems.field(rule.path(), "max"), "is required: neither the rule nor its indicator has points");
        }
    }

    @Override
    protected void check(Bounds bounds, RuleInput in, Fact fact, Problems problems) {
        String ref = in.rule().ref();
        Required.field(fact, "reason", fact.reason(), ref, problems);
        if (!Required.field(fact, "amount", fact.amount(), ref, problems)) {
            return;
        }
        BigDecimal max = bounds.max().or(in::share).orElseThrow();
        BigDecimal amount = fact.amount().get();
        if (amount.compareTo(bounds.min()) < 0 || amount.compareTo(max) > 0) {
            problems.add(Problems.field(fact.path(), "amount"), DecimalText.show(amount) + " is outside the range "
                    + DecimalText.show(bounds.min()) + "–" + DecimalText.show(max) + " of " + ref);
        }
    }

    @Override
    protected List<Occurrence> occurrences(Bounds bounds, RuleInput in) {
        return in.each(f -> Occurrence.of(f, f.amount().orElseThrow(), () -> "酌情 " + Notes.points(f.amount().orElseThrow())
                        + "：" + f.reason().orElse("")));
    }
}
