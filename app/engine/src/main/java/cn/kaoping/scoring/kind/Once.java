package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.CheckedFact;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code once}: a fixed amount when a condition holds, however many facts report it.
 * 新干 1.(2) 没有制定工作方案或实施意见的扣5分 = amount 5; {@code "all": true} is 此项不得分 (the
 * rule's points, else the indicator's); grades choose between amounts (新干 4.(2) 档案资料不健全
 * 的扣5分，没有的扣10分), the highest reported grade counting.
 */
public final class Once extends RuleProvider<Once.OnceParams, AmountChoice.Chosen> {

    private static final FieldDescription ALL = FieldDescription.optional("all", FieldType.Scalar.BOOLEAN,
            "此项不得分: the rule's whole share (its points, else the indicator's)");

    public Once() {
        super("once", OnceParams.class, "a fixed amount if a condition holds, counted once however many facts report it",
                List.of(AmountChoice.AMOUNT, AmountChoice.GRADES.map(), ALL), List.of(Fact.COUNT, AmountChoice.GRADES.fact()),
                Effect.DEDUCT, Effect.BONUS);
    }

    /** {@code all}: the whole share; else the chosen amount. */
    public record OnceParams(AmountChoice choice, boolean all) implements RuleParams {
    }

    /** The amount, counted once, chosen by {@code name} when the rule has grades. */
    public record Counted(Optional<String> name, BigDecimal amount) implements Justification {
        @Override
        public String text() {
            return Notes.named(name) + Notes.points(amount) + "（一次）";
        }
    }

    /** 此项不得分: the whole share. */
    public record WholeShare(BigDecimal share) implements Justification {
        @Override
        public String text() {
            return "此项不得分：全部 " + Notes.points(share);
        }
    }

    /** Counted 0: the rule counts once, by the fact {@code by}. */
    public record CountedBy(Fact by) implements Justification {
        @Override
        public String text() {
            return "此条只计一次，已由 " + by.label() + " 计";
        }
    }

    @Override
    public OnceParams parse(Params in) {
        boolean all = in.bool(ALL.name()).orElse(false);
        AmountChoice choice = AmountChoice.parse(in, AmountChoice.GRADES, all);
        if (all && (in.has(AmountChoice.AMOUNT.name()) || in.has(AmountChoice.GRADES.map().name()))) {
            in.problem(ALL.name(), "give either all or an amount, not both");
        }
        return new OnceParams(choice, all);
    }

    @Override
    protected void validate(OnceParams p, Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        if (p.all() && rule.points().isEmpty() && owner.flatMap(Indicator::pointsOrChildrenSum).isEmpty()) {
            problems.add(Problems.field(rule.path(), ALL.name()), "needs points on the rule or on its indicator");
        }
    }

    /** Counted once however many facts report it: no count asked for, only the grade where there are grades. */
    @Override
    protected List<EntryField> entry(OnceParams params, Optional<BigDecimal> share) {
        return params.choice().entry();
    }

    @Override
    protected AmountChoice.Chosen read(FactFields fields) {
        return AmountChoice.Chosen.read(fields, AmountChoice.GRADES);
    }

    @Override
    protected void check(OnceParams params, RuleInput<AmountChoice.Chosen> in, Fact fact, AmountChoice.Chosen chosen,
                         Problems problems) {
        params.choice().check(fact, chosen, in.rule().ref(), problems);
    }

    @Override
    protected List<Occurrence> occurrences(OnceParams params, RuleInput<AmountChoice.Chosen> in) {
        if (in.facts().isEmpty()) {
            return List.of();
        }
        CheckedFact<AmountChoice.Chosen> counted = in.facts().stream()
                .max(Comparator.comparing(f -> params.choice().amountFor(f.values()))).orElseThrow();
        List<Occurrence> out = new ArrayList<>();
        for (CheckedFact<AmountChoice.Chosen> f : in.facts()) {
            if (f != counted) {
                out.add(Occurrence.of(f.fact(), BigDecimal.ZERO, new CountedBy(counted.fact())));
            } else if (params.all()) {
                BigDecimal share = in.share().orElse(BigDecimal.ZERO);
                out.add(Occurrence.of(f.fact(), share, new WholeShare(share)));
            } else {
                BigDecimal amount = params.choice().amountFor(f.values());
                out.add(Occurrence.of(f.fact(), amount, new Counted(f.values().name(), amount)));
            }
        }
        return out;
    }
}
