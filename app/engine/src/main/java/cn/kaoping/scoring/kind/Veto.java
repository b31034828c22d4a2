package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Results;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code veto} (一票否决): a fact bars the unit from the named grades or awards, and/or costs a
 * fixed amount per item. 常德 否决项目 当年发生下列情况之一的，不得被评为先进单位 =
 * ineligible ["先进"]; 开省乡 在专项考评中被"一票否决"的，在考评总分中每项扣2分 = amount 2.
 */
public final class Veto extends RuleProvider<Veto.VetoParams> {

    public Veto() {
        super("veto", VetoParams.class, Set.of("count"), Effect.DEDUCT);
    }

    public record VetoParams(List<String> ineligible, Optional<BigDecimal> amount) implements RuleParams {
    }

    @Override
    public VetoParams parse(Params in) {
        VetoParams p = new VetoParams(in.texts("ineligible"), in.amount("amount"));
        if (!in.has("ineligible") && !in.has("amount")) {
            in.problem(null, "needs ineligible (grades or awards it bars) or amount (points per item), or both");
        }
        return p;
    }

    @Override
    public void validate(Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        Results results = scheme.results();
        Set<String> names = new HashSet<>();
        results.grades().forEach(g -> names.add(g.name()));
        results.awards().ifPresent(a -> {
            names.add(a.name());
            a.prizes().forEach(p -> names.add(p.name()));
        });
        List<String> ineligible = ((VetoParams) rule.params()).ineligible();
        for (int i = 0; i < ineligible.size(); i++) {
            if (!names.contains(ineligible.get(i))) {
                problems.add(Problems.index(Problems.field(rule.path(), "ineligible"), i),
                        "unknown grade or award \"" + ineligible.get(i) + "\"");
            }
        }
    }

    @Override
    public List<String> bars(RuleParams params) {
        return ((VetoParams) params).ineligible();
    }

    @Override
    protected List<Occurrence> occurrences(VetoParams params, RuleInput in) {
        BigDecimal each = params.amount().orElse(BigDecimal.ZERO);
        return in.each(f -> Occurrence.of(f, each.multiply(BigDecimal.valueOf(f.count())), () -> {
            String barred = params.ineligible().isEmpty() ? "" : "一票否决：不得评为" + String.join("、", params.ineligible());
            String cost = params.amount().isEmpty() ? "" : Notes.times(each, f.count());
            return barred.isEmpty() || cost.isEmpty() ? barred + cost : barred + "；" + cost;
        }));
    }
}
