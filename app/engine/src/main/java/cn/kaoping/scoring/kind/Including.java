package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scoring.Justification;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A minimum of a part inside a {@code steps} minimum (其中，不少于…): 桂林 1.(6) 年内开展党风廉政教育2次（其中，不少于1次到
 * 廉政教育基地接受教育）以上，每少1次扣0.05分 = from 2, below, {@code "including": "到廉政教育基地接受教育",
 * "includingAtLeast": "1"}; each fact gives how many of its value are of the part. A unit is short of the larger
 * of the two: sessions at the 基地 count in the total too, so one more session there meets both (2 sessions, none
 * at the 基地: 1 short, 0.05; no session: 2 short, 0.1).
 *
 * @param name    what the part is, as the clause says (到廉政教育基地接受教育)
 * @param atLeast how many of the value the part needs
 */
public record Including(String name, BigDecimal atLeast) {

    static final FieldDescription NAME = FieldDescription.optional("including", FieldType.Scalar.TEXT,
            "with direction below: a part the minimum must include (其中，不少于1次到廉政教育基地接受教育); each fact then gives including");
    static final FieldDescription AT_LEAST = FieldDescription.optional("includingAtLeast", FieldType.Scalar.NUMBER,
            "how many of the value the part needs (with including), above 0 and not above from");
    static final FieldDescription FACT = FieldDescription.optional("including", FieldType.Scalar.NUMBER,
            "how many of the value are of the rule's part (steps with including: 其中到廉政教育基地 1 次)");

    /** Reads {@code including} and {@code includingAtLeast}, together and only on a minimum ({@code below}). */
    static Optional<Including> parse(Params in, boolean below, BigDecimal from) {
        Optional<String> name = in.text(NAME.name());
        Optional<BigDecimal> atLeast = in.number(AT_LEAST.name());
        if (name.isPresent() != in.has(AT_LEAST.name())) {
            in.problem(name.isPresent() ? AT_LEAST.name() : NAME.name(), "is required with "
                    + (name.isPresent() ? NAME.name() : AT_LEAST.name()));
            return Optional.empty();
        }
        if (name.isEmpty() || atLeast.isEmpty()) {
            return Optional.empty();
        }
        if (!below) {
            in.problem(NAME.name(), "needs direction below (a minimum that includes a part)");
        }
        if (atLeast.get().signum() <= 0 || atLeast.get().compareTo(from) > 0) {
            in.problem(AT_LEAST.name(), "must be above 0 and not above from (" + DecimalText.show(from) + ")");
        }
        return Optional.of(new Including(name.get(), atLeast.get()));
    }

    /** The fact's part: required when the rule has one, refused otherwise, never more than the value nor negative. */
    static void check(Optional<Including> rule, Fact fact, Optional<BigDecimal> value, Optional<BigDecimal> part, String ref,
                      Problems problems) {
        if (rule.isEmpty()) {
            part.ifPresent(p -> problems.add(Problems.field(fact.path(), FACT.name()), ref + " has no including"));
            return;
        }
        if (part.isEmpty()) {
            problems.add(Problems.field(fact.path(), FACT.name()), "is required by " + ref + " (其中" + rule.get().name() + ")");
        } else if (part.get().signum() < 0) {
            problems.add(Problems.field(fact.path(), FACT.name()), "must not be negative");
        } else if (value.isPresent() && part.get().compareTo(value.get()) > 0) {
            problems.add(Problems.field(fact.path(), FACT.name()), DecimalText.show(part.get()) + " is more than the value "
                    + DecimalText.show(value.get()) + " (the part is counted in it)");
        }
    }

    /** How far the part is short of its minimum (negative when it is above). */
    BigDecimal shortBy(BigDecimal part) {
        return atLeast.subtract(part);
    }

    /** The part, its minimum, and what was stepped on the larger shortfall. */
    public record Short(Including including, BigDecimal part, Justification stepped) implements Justification {
        @Override
        public String text() {
            return "其中" + including.name() + " " + DecimalText.show(part) + "（不少于 " + DecimalText.show(including.atLeast())
                    + "）；" + stepped.text();
        }
    }
}
