package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Kinds whose facts count occurrences, each worth a fixed or a chosen amount: amount × count per fact. */
abstract class PerCountKind extends RuleProvider<PerCountKind.Amounts> {

    private final String mapField;

    /** @param mapField {@link AmountChoice#GRADES} or {@link AmountChoice#LEVELS} */
    PerCountKind(String id, String mapField, Effect defaultEffect, Effect... others) {
        super(id, Amounts.class, Set.of("count", mapField.equals(AmountChoice.LEVELS) ? "level" : "grade"),
                defaultEffect, others);
        this.mapField = mapField;
    }

    /** The parameters: {@code amount} or the named amounts. */
    record Amounts(AmountChoice choice) implements RuleParams {
    }

    @Override
    public Amounts parse(Params in) {
        return new Amounts(AmountChoice.parse(in, mapField, false));
    }

    @Override
    protected void check(Amounts params, RuleInput in, Fact fact, Problems problems) {
        params.choice().check(fact, in.rule().ref(), problems);
    }

    @Override
    protected List<Occurrence> occurrences(Amounts params, RuleInput in) {
        return in.each(f -> {
            BigDecimal each = params.choice().amountFor(f);
            BigDecimal amount = f.count() == 1 ? each : each.multiply(BigDecimal.valueOf(f.count()));
            return Occurrence.of(f, amount, () -> params.choice().label(f) + Notes.times(each, f.count()));
        });
    }
}
