package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Kinds whose facts count occurrences, each worth a fixed or a chosen amount: amount × count per fact. */
public abstract class PerCountKind extends RuleProvider<PerCountKind.Amounts, AmountChoice.Chosen> {

    private final AmountChoice.Names names;

    /**
     * @param names {@link AmountChoice#GRADES} or {@link AmountChoice#LEVELS}
     * @param more  parameters of the kind beyond the amounts
     */
    PerCountKind(String id, String help, AmountChoice.Names names, List<FieldDescription> more, Effect defaultEffect,
                 Effect... others) {
        super(id, Amounts.class, help, Stream.concat(Stream.of(AmountChoice.AMOUNT, names.map()), more.stream()).toList(),
                List.of(Fact.COUNT, names.fact()), defaultEffect, others);
        this.names = names;
    }

    /**
     * The parameters: {@code amount} or the named amounts, and how many occurrences fill a task
     * before any counts ({@code afterTask}, 0 when the kind has none).
     */
    record Amounts(AmountChoice choice, int afterTask) implements RuleParams {
    }

    /** The kind's {@code afterTask}, read by the kinds that have it. */
    int afterTask(Params in) {
        return 0;
    }

    /** {@code each} × {@code count}, each chosen by {@code name} when the rule has grades or levels. */
    public record Counted(Optional<String> name, BigDecimal each, int count) implements Justification {
        @Override
        public String text() {
            return Notes.named(name) + Notes.times(each, count);
        }
    }

    @Override
    public Amounts parse(Params in) {
        return new Amounts(AmountChoice.parse(in, names, false), afterTask(in));
    }

    /** The grade or level where the rule has named amounts, then how many occurrences. */
    @Override
    protected List<EntryField> entry(Amounts params, Optional<BigDecimal> share) {
        return Stream.concat(params.choice().entry().stream(), Stream.of(EntryField.COUNT)).toList();
    }

    @Override
    protected AmountChoice.Chosen read(FactFields fields) {
        return AmountChoice.Chosen.read(fields, names);
    }

    @Override
    protected void check(Amounts params, RuleInput<AmountChoice.Chosen> in, Fact fact, AmountChoice.Chosen chosen,
                         Problems problems) {
        params.choice().check(fact, chosen, in.rule().ref(), problems);
    }

    @Override
    protected List<Occurrence> occurrences(Amounts params, RuleInput<AmountChoice.Chosen> in) {
        if (params.afterTask() > 0) {
            return TaskFirst.occurrences(params.choice(), params.afterTask(), in);
        }
        return in.each((f, chosen) -> {
            BigDecimal each = params.choice().amountFor(chosen);
            BigDecimal amount = f.count() == 1 ? each : each.multiply(BigDecimal.valueOf(f.count()));
            return Occurrence.of(f, amount, new Counted(chosen.name(), each, f.count()));
        });
    }
}
