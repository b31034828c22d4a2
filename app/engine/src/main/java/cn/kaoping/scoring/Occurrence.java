package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule makes of one fact (or, for a rule that reads one value per unit, of that value):
 * an amount ≥ 0 in the rule's effect, and how it was reached, in words. The words are written
 * only when someone reads them (得分反查 on demand): totals and rankings do not pay for them.
 *
 * @param facts  the facts behind the amount (usually one)
 * @param matter the matter (事项) for dedupe, from the fact
 */
public record Occurrence(List<Fact> facts, BigDecimal amount, Optional<String> matter, Supplier<String> note) {

    public static Occurrence of(Fact fact, BigDecimal amount, Supplier<String> note) {
        return new Occurrence(List.of(fact), amount, fact.matter(), note);
    }
}
