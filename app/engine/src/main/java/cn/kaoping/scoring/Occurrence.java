package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a rule makes of one fact (or, for a rule that reads one value per unit, of that value):
 * an amount ≥ 0 in the rule's effect, and why, as data (the wording is made when shown).
 *
 * @param facts  the facts behind the amount (usually one)
 * @param matter the matter (事项) for dedupe, from the fact
 */
public record Occurrence(List<Fact> facts, BigDecimal amount, Optional<String> matter, Justification why) {

    public static Occurrence of(Fact fact, BigDecimal amount, Justification why) {
        return new Occurrence(List.of(fact), amount, fact.matter(), why);
    }
}
