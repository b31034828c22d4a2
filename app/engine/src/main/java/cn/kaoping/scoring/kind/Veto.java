package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Results;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
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
public final class Veto extends RuleProvider<Veto.VetoParams, Veto.Item> {

    private static final FieldDescription INELIGIBLE = FieldDescription.optional("ineligible", FieldType.Scalar.TEXTS,
            "names of grades or awards the unit can no longer get");
    private static final FieldDescription AMOUNT = FieldDescription.optional("amount", FieldType.Scalar.POINTS,
            "points per item");

    public Veto() {
        super(Scheme.VETO_KIND, VetoParams.class, "一票否决: bars the unit from grades or awards, and/or costs points per item",
                List.of(INELIGIBLE, AMOUNT), List.of(Fact.COUNT), Effect.DEDUCT);
    }

    public record VetoParams(List<String> ineligible, Optional<BigDecimal> amount) implements RuleParams {
    }

    /** A veto fact has no values beyond its common part (its count). */
    public record Item() implements FactValues {
    }

    /** The grades or awards barred, and the cost of {@code count} items at {@code each}, if the rule has an amount. */
    public record Vetoed(List<String> ineligible, Optional<BigDecimal> each, int count) implements Justification {
        @Override
        public String text() {
            String barred = ineligible.isEmpty() ? "" : "一票否决：不得评为" + String.join("、", ineligible);
            String cost = each.map(e -> Notes.times(e, count)).orElse("");
            return barred.isEmpty() || cost.isEmpty() ? barred + cost : barred + "；" + cost;
        }
    }

    private static final Item ITEM = new Item();

    @Override
    public VetoParams parse(Params in) {
        VetoParams p = new VetoParams(in.texts(INELIGIBLE.name()), in.amount(AMOUNT.name()));
        if (!in.has(INELIGIBLE.name()) && !in.has(AMOUNT.name())) {
            in.problem(null, "needs ineligible (grades or awards it bars) or amount (points per item), or both");
        }
        return p;
    }

    @Override
    protected void validate(VetoParams params, Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        Results results = scheme.results();
        Set<String> names = new HashSet<>();
        results.grades().forEach(g -> names.add(g.name()));
        results.awards().ifPresent(a -> {
            names.add(a.name());
            a.prizes().forEach(p -> names.add(p.name()));
        });
        List<String> ineligible = params.ineligible();
        for (int i = 0; i < ineligible.size(); i++) {
            if (!names.contains(ineligible.get(i))) {
                problems.add(Problems.index(Problems.field(rule.path(), INELIGIBLE.name()), i),
                        "unknown grade or award \"" + ineligible.get(i) + "\"");
            }
        }
    }

    @Override
    protected List<String> barred(VetoParams params) {
        return params.ineligible();
    }

    @Override
    protected List<EntryField> entry(VetoParams params, Optional<BigDecimal> share) {
        return List.of(EntryField.COUNT);
    }

    @Override
    protected Item read(FactFields fields) {
        return ITEM;
    }

    @Override
    protected List<Occurrence> occurrences(VetoParams params, RuleInput<Item> in) {
        BigDecimal each = params.amount().orElse(BigDecimal.ZERO);
        return in.each((f, item) -> Occurrence.of(f, each.multiply(BigDecimal.valueOf(f.count())),
                new Vetoed(params.ineligible(), params.amount(), f.count())));
    }
}
