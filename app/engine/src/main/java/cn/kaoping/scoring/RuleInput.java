package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What a rule kind sees when it scores one unit: the rule, its share of points (the rule's
 * {@code points}, else its indicator's) and the unit's facts for the rule with their values, in
 * file order; the scheme's period, for kinds that count facts per month of it.
 */
public record RuleInput<F extends FactValues>(Rule rule, Optional<BigDecimal> share, List<CheckedFact<F>> facts,
                                              Scheme.Period period) {

    /** One occurrence per fact, in file order (a loop: this runs for every fact of every cycle). */
    public List<Occurrence> each(BiFunction<Fact, F, Occurrence> occurrence) {
        List<Occurrence> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            CheckedFact<F> f = facts.get(i);
            out.add(occurrence.apply(f.fact(), f.values()));
        }
        return out;
    }
}
