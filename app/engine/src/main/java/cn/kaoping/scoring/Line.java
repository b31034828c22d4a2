package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One amount a rule counted (or counted as 0) for a unit: the facts behind it, the amount after
 * multiplier, joint-work share and rounding, and how it was reached. The wording is made when
 * {@link #note()} is read. Two lines are equal when they name the same facts with the same amount
 * and the same words.
 */
public record Line(List<Fact> sources, BigDecimal amount, Supplier<String> explanation) {

    /** The facts as explanations name them: their ids, or {@code facts[i]}. */
    public List<String> facts() {
        return sources.stream().map(Fact::label).toList();
    }

    public String note() {
        return explanation.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line l && sources.equals(l.sources) && amount.equals(l.amount) && note().equals(l.note());
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, amount, note());
    }
}
