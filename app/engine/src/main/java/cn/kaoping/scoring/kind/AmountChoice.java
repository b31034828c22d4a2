package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The amount of a counted rule: one fixed {@code amount}, or one amount per name that the fact
 * chooses ({@code grades}: 通报 0.05 / 组织调整 0.1 / 纪律处分 0.2; {@code levels}: 国家 5 / 省 3).
 *
 * @param mapField  "grades" or "levels" in the scheme
 * @param factField "grade" or "level" in the fact
 */
record AmountChoice(Optional<BigDecimal> each, Map<String, BigDecimal> byName, String mapField, String factField,
                    Function<Fact, Optional<String>> chooser) {

    static final String GRADES = "grades";
    static final String LEVELS = "levels";

    /** Reads {@code amount} or the named map ({@code grades} or {@code levels}); one of them unless {@code optional}. */
    static AmountChoice parse(Params in, String mapField, boolean optional) {
        Optional<BigDecimal> each = in.amount("amount");
        Map<String, BigDecimal> byName = in.amounts(mapField);
        if (in.has("amount") && in.has(mapField)) {
            in.problem(null, "give either amount or " + mapField + ", not both");
        } else if (!optional && !in.has("amount") && !in.has(mapField)) {
            in.problem(null, "needs amount or " + mapField);
        }
        return mapField.equals(LEVELS)
                ? new AmountChoice(each, byName, mapField, "level", Fact::level)
                : new AmountChoice(each, byName, mapField, "grade", Fact::grade);
    }

    boolean isEmpty() {
        return each.isEmpty() && byName.isEmpty();
    }

    void check(Fact fact, String ruleRef, Problems problems) {
        Optional<String> name = chosen(fact);
        if (byName.isEmpty() && name.isPresent()) {
            problems.add(Problems.field(fact.path(), factField), ruleRef + " has no " + mapField);
        } else if (!byName.isEmpty() && name.isEmpty()) {
            problems.add(Problems.field(fact.path(), factField), "is required by " + ruleRef + " (one of "
                    + String.join(", ", byName.keySet()) + ")");
        } else if (name.isPresent() && !byName.containsKey(name.get())) {
            problems.add(Problems.field(fact.path(), factField), "unknown " + factField + " \"" + name.get() + "\" for "
                    + ruleRef + " (one of " + String.join(", ", byName.keySet()) + ")");
        }
    }

    /** The amount for the fact (checked before), with the name it was chosen by, if any. */
    BigDecimal amountFor(Fact fact) {
        Optional<String> name = chosen(fact);
        BigDecimal named = name.isPresent() ? byName.get(name.get()) : null;
        return named != null ? named : each.orElse(BigDecimal.ZERO);
    }

    String label(Fact fact) {
        return chosen(fact).map(n -> n + " ").orElse("");
    }

    private Optional<String> chosen(Fact fact) {
        return chooser.apply(fact);
    }
}
