package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Range;
import cn.kaoping.scoring.Justification;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A discretionary range that applies only when a recorded quantity lies in a range: 常德 20 主要负责人与会率低于80％的，
 * 视具体情况扣1～2分 = {@code "basis": "主要负责人全年与会率", "when": "[0%, 80%)", "min": "1", "max": "2"}. Each fact gives the
 * quantity ({@code basis}); inside {@code when} the assessor chooses an amount in the range with a reason, outside it the
 * rule deducts nothing and an amount is refused — the rate is recorded, not judged by hand.
 *
 * @param basis what the quantity is, as the clause says
 * @param when  the values of the quantity for which the range applies
 */
public record Gate(String basis, Range when) {

    static final FieldDescription BASIS = FieldDescription.optional("basis", FieldType.Scalar.TEXT,
            "a quantity recorded with each fact (主要负责人全年与会率); the range applies only when it lies in when");
    static final FieldDescription WHEN = FieldDescription.optional("when", FieldType.Scalar.RANGE,
            "with basis: the values of the quantity for which the range applies (低于80％: \"[0%, 80%)\")");

    /** Reads {@code basis} and {@code when}, which go together. */
    static Optional<Gate> parse(Params in) {
        Optional<String> basis = in.text(BASIS.name());
        Optional<Range> when = in.range(WHEN.name());
        if (basis.isPresent() != in.has(WHEN.name())) {
            in.problem(basis.isPresent() ? WHEN.name() : BASIS.name(), "is required with " + (basis.isPresent() ? BASIS.name() : WHEN.name()));
            return Optional.empty();
        }
        return basis.isPresent() && when.isPresent() ? Optional.of(new Gate(basis.get(), when.get())) : Optional.empty();
    }

    /**
     * The fact's quantity: required by a gated rule, refused by another.
     *
     * @return whether the range applies to the fact: true without a gate, false when the quantity is missing or outside
     */
    static boolean check(Optional<Gate> gate, Fact fact, Optional<BigDecimal> value, String ref, Problems problems) {
        String field = RateTiers.FACT_BASIS.name();
        if (gate.isEmpty()) {
            value.ifPresent(v -> problems.add(Problems.field(fact.path(), field), ref + " has no basis"));
            return true;
        }
        if (value.isEmpty()) {
            problems.add(Problems.field(fact.path(), field), "is required by " + ref + " (" + gate.get().basis() + ")");
            return false;
        }
        return gate.get().when().contains(value.get());
    }

    /** The fact's quantity lies outside {@code when}: nothing. */
    public record Outside(Gate gate, BigDecimal value) implements Justification {
        @Override
        public String text() {
            return gate.basis() + " " + gate.when().show(value) + " ∉ " + gate.when() + "，不适用本条，计 0分";
        }
    }

    /** The fact's quantity lies inside {@code when}: the assessor's amount. */
    public record Inside(Gate gate, BigDecimal value, Justification judged) implements Justification {
        @Override
        public String text() {
            return gate.basis() + " " + gate.when().show(value) + " ∈ " + gate.when() + "：" + judged.text();
        }
    }

    /** The message refusing an amount where the rule deducts nothing. */
    String nothingAt(BigDecimal value, String ref) {
        return ref + " counts nothing when " + basis + " is " + when.show(value) + " (not in " + when + ")";
    }
}
