package cn.kaoping.scoring.kind;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code once}: a fixed amount when a condition holds, however many facts report it.
 * 新干 1.(2) 没有制定工作方案或实施意见的扣5分 = amount 5; {@code "all": true} is 此项不得分 (the
 * rule's points, else the indicator's); grades choose between amounts (新干 4.(2) 档案资料不健全
 * 的扣5分，没有的扣10分), the highest reported grade counting.
 */
public final class Once extends RuleProvider<Once.OnceParams> {

    public Once() {
        super("once", OnceParams.class, Set.of("count", "grade"), Effect.DEDUCT, Effect.BONUS);
    }

    /** {@code all}: the whole share; else the chosen amount. */
    public record OnceParams(AmountChoice choice, boolean all) implements RuleParams {
    }

    @Override
    public OnceParams parse(Params in) {
        boolean all = in.bool("all").orElse(false);
        AmountChoice choice = AmountChoice.parse(in, AmountChoice.GRADES, all);
        if (all && (in.has("amount") || in.has(AmountChoice.GRADES))) {
            in.problem("all", "give either all or an amount, not both");
        }
        return new OnceParams(choice, all);
    }

    @Override
    public void validate(Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        OnceParams p = (OnceParams) rule.params();
        if (p.all() && rule.points().isEmpty() && owner.flatMap(Indicator::pointsOrChildrenSum).isEmpty()) {
            problems.add(Problems.field(rule.path(), "all"), "needs points on the rule or on its indicator");
        }
    }

    @Override
    protected void check(OnceParams params, RuleInput in, Fact fact, Problems problems) {
        params.choice().check(fact, in.rule().ref(), problems);
    }

    @Override
    protected List<Occurrence> occurrences(OnceParams params, RuleInput in) {
        if (in.facts().isEmpty()) {
            return List.of();
        }
        Fact counted = in.facts().stream().max(Comparator.comparing(params.choice()::amountFor)).orElseThrow();
        List<Occurrence> out = new ArrayList<>();
        for (Fact f : in.facts()) {
            if (f != counted) {
                out.add(Occurrence.of(f, BigDecimal.ZERO, () -> "此条只计一次，已由 " + counted.label() + " 计"));
            } else if (params.all()) {
                BigDecimal share = in.share().orElse(BigDecimal.ZERO);
                out.add(Occurrence.of(f, share, () -> "此项不得分：全部 " + Notes.points(share)));
            } else {
                BigDecimal amount = params.choice().amountFor(f);
                out.add(Occurrence.of(f, amount, () -> params.choice().label(f) + Notes.points(amount) + "（一次）"));
            }
        }
        return out;
    }
}
