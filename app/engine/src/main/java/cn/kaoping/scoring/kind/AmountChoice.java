package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scoring.EntryField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The amount of a counted rule: one fixed {@code amount}, or one amount per name that the fact
 * chooses ({@code grades}: 通报 0.05 / 组织调整 0.1 / 纪律处分 0.2; {@code levels}: 国家 5 / 省 3).
 */
record AmountChoice(Optional<BigDecimal> each, Map<String, BigDecimal> byName, Names names) {

    static final FieldDescription AMOUNT = FieldDescription.optional("amount", FieldType.Scalar.POINTS,
            "points per occurrence");

    /** The named amounts of the rule and the fact field that chooses one of them. */
    record Names(FieldDescription map, FieldDescription fact, String label) {
    }

    static final Names GRADES = new Names(
            FieldDescription.optional("grades", FieldType.Scalar.POINTS_BY_NAME, "points by grade (kind or rank of person), instead of amount"),
            FieldDescription.optional("grade", FieldType.Scalar.TEXT, "the grade, when the rule has grades"), "档次");
    static final Names LEVELS = new Names(
            FieldDescription.optional("levels", FieldType.Scalar.POINTS_BY_NAME, "points by level (国家/省/市…), instead of amount"),
            FieldDescription.optional("level", FieldType.Scalar.TEXT, "the level, when the rule has levels"), "级别");

    /** What a fact chooses: the grade or level written, if any. */
    record Chosen(Optional<String> name) implements FactValues {

        /** Most counted facts choose nothing: one shared value for them, not one per fact and re-score. */
        private static final Chosen NOTHING = new Chosen(Optional.empty());
        /**
         * The others choose among a few grades and levels (通报, 纪律处分; 国家, 省, 市): one value per name, shared by
         * every scheme, as values are immutable. Bounded: names beyond it get a value per fact.
         */
        private static final int SHARED_NAMES = 1024;
        private static final Map<String, Chosen> BY_NAME = new ConcurrentHashMap<>();

        static Chosen read(FactFields fields, Names names) {
            Optional<String> name = fields.text(names.fact());
            if (name.isEmpty()) {
                return NOTHING;
            }
            Chosen shared = BY_NAME.get(name.get());
            if (shared != null) {
                return shared;
            }
            Chosen chosen = new Chosen(name);
            if (BY_NAME.size() < SHARED_NAMES) {
                BY_NAME.putIfAbsent(name.get(), chosen);
            }
            return chosen;
        }
    }

    /** Reads {@code amount} or the named map ({@code grades} or {@code levels}); one of them unless {@code optional}. */
    static AmountChoice parse(Params in, Names names, boolean optional) {
        String map = names.map().name();
        Optional<BigDecimal> each = in.amount(AMOUNT.name());
        Map<String, BigDecimal> byName = in.amounts(map);
        if (in.has(AMOUNT.name()) && in.has(map)) {
            in.problem(null, "give either amount or " + map + ", not both");
        } else if (!optional && !in.has(AMOUNT.name()) && !in.has(map)) {
            in.problem(null, "needs amount or " + map);
        }
        return new AmountChoice(each, byName, names);
    }

    /** The grade or level a fact chooses, when the rule has named amounts: none for one fixed amount. */
    List<EntryField> entry() {
        return byName.isEmpty() ? List.of() : List.of(EntryField.amounts(names.fact(), names.label(), byName));
    }

    boolean isEmpty() {
        return each.isEmpty() && byName.isEmpty();
    }

    void check(Fact fact, Chosen chosen, String ruleRef, Problems problems) {
        Optional<String> name = chosen.name();
        String field = names.fact().name();
        if (byName.isEmpty() && name.isPresent()) {
            problems.add(Problems.field(fact.path(), field), ruleRef + " has no " + names.map().name());
        } else if (!byName.isEmpty() && name.isEmpty()) {
            problems.add(Problems.field(fact.path(), field), "is required by " + ruleRef + " (one of "
                    + String.join(", ", byName.keySet()) + ")");
        } else if (name.isPresent() && !byName.containsKey(name.get())) {
            problems.add(Problems.field(fact.path(), field), "unknown " + field + " \"" + name.get() + "\" for "
                    + ruleRef + " (one of " + String.join(", ", byName.keySet()) + ")");
        }
    }

    /** The amount for the fact (checked before). */
    BigDecimal amountFor(Chosen chosen) {
        BigDecimal named = chosen.name().isPresent() ? byName.get(chosen.name().get()) : null;
        return named != null ? named : each.orElse(BigDecimal.ZERO);
    }
}
