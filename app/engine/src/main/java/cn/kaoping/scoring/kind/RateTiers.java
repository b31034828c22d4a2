package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Range;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code rate-tiers}: a value (a completion rate, by default) picks one tier; the tier's amount is
 * deducted, added, or scored. Bounds are inclusive or exclusive as written. 桂林 16.(2)
 * 完成率在75%—100%（不含100%）的，扣0.2分 = {@code {"range": "[75%, 100%)", "amount": "0.2"}};
 * 市对县 调训完成率98%以上得0.2分、92%—98%得0.1分、92%以下得0分 = effect score.
 * Rate tiers must cover 0%–100% without gap or overlap. A threshold that depends on a second
 * quantity (桂林 14.(2) 当年承办件3件（含3件）以下，优秀率低于40%的，扣0.2分；当年承办3件以上，优秀率低于50%的，扣0.2分)
 * is one rule: {@code basis} names the quantity, each tier's {@code when} is a range of it, and each
 * fact gives its {@code basis}; the tiers of one {@code when} are checked as a set.
 */
public final class RateTiers extends RuleProvider<RateTiers.TierParams, RateTiers.Rated> {

    private static final FieldDescription MEASURE = FieldDescription.optional("measure", FieldType.Words.of(Measure.class),
            "what the value is: a rate 0%–100% (default) or any number");
    private static final FieldDescription RANGE = FieldDescription.required("range", FieldType.Scalar.RANGE,
            "the values of the tier, bounds included or excluded as written");
    private static final FieldDescription AMOUNT = FieldDescription.required("amount", FieldType.Scalar.POINTS,
            "the tier's points");
    private static final FieldDescription WHEN = FieldDescription.optional("when", FieldType.Scalar.RANGE,
            "the values of the basis the tier is for (with basis)");
    private static final FieldDescription TIERS = FieldDescription.required("tiers",
            new FieldType.Objects(List.of(RANGE, AMOUNT, WHEN), true), "the tiers, without overlap or gap (per when)");
    private static final FieldDescription BASIS = FieldDescription.optional("basis", FieldType.Scalar.TEXT,
            "the second quantity that picks the set of tiers (当年承办件数); each tier then has when, each fact a basis");
    static final FieldDescription FACT_BASIS = FieldDescription.optional("basis", FieldType.Scalar.NUMBER,
            "the second quantity, for rules with a basis (当年承办件数, 主要负责人全年与会率)");

    public RateTiers() {
        super("rate-tiers", TierParams.class, "a value (a completion rate) picks a tier, whose amount counts",
                List.of(MEASURE, TIERS, BASIS), List.of(Measured.VALUE, FACT_BASIS), Effect.DEDUCT, Effect.SCORE, Effect.BONUS);
    }

    /** The value fell in {@code tier} (chosen by the basis, when the rule has one). */
    public record InTier(BigDecimal value, Measure measure, Tier tier, Optional<String> basis, Optional<BigDecimal> basisValue)
            implements Justification {
        @Override
        public String text() {
            String by = basis.isPresent() && basisValue.isPresent() && tier.when().isPresent()
                    ? basis.get() + " " + DecimalText.show(basisValue.get()) + " ∈ " + tier.when().get() + "：" : "";
            return by + measure.show(value) + " ∈ " + tier.range() + " → " + Notes.points(tier.amount());
        }
    }

    /** The value and, for a rule with a basis, the basis. */
    public record Rated(Optional<BigDecimal> value, Optional<BigDecimal> basis) implements FactValues {
    }

    /** The value fell in no tier (a number outside the tiers written). */
    public record NoTier(BigDecimal value, Measure measure) implements Justification {
        @Override
        public String text() {
            return measure.show(value) + " 不在任何档次";
        }
    }

    /** What the fact's value is: a rate between 0% and 100%, or any number (a count, an amount). */
    public enum Measure implements Keyword {
        RATE, NUMBER;

        String show(BigDecimal value) {
            return this == RATE ? DecimalText.showPercent(value) : DecimalText.show(value);
        }
    }

    public record Tier(Range range, BigDecimal amount, Optional<Range> when) {
    }

    public record TierParams(Measure measure, List<Tier> tiers, Optional<String> basis) implements RuleParams {

        Optional<Tier> tierFor(BigDecimal value, Optional<BigDecimal> basisValue) {
            for (Tier t : tiers) {
                if (t.range().contains(value) && (t.when().isEmpty() || basisValue.map(b -> t.when().get().contains(b)).orElse(false))) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public boolean oneFactPerUnit() {
        return true;
    }

    @Override
    public TierParams parse(Params in) {
        Measure measure = in.keyword(MEASURE.name(), Measure.class).orElse(Measure.RATE);
        List<Params> objects = in.objects(TIERS.name());
        if (objects.isEmpty()) {
            in.problem(TIERS.name(), "needs at least one tier");
        }
        Map<Integer, Tier> readable = new TreeMap<>();
        for (int i = 0; i < objects.size(); i++) {
            Params t = objects.get(i);
            BigDecimal amount = t.requiredAmount(AMOUNT.name());
            if (!t.has(RANGE.name())) {
                t.problem(RANGE.name(), "is required");
            }
            int index = i;
            Optional<Range> when = t.range(WHEN.name());
            t.range(RANGE.name()).ifPresent(r -> readable.put(index, new Tier(r, amount, when)));
        }
        Optional<String> basis = in.text(BASIS.name());
        List<Tier> tiers = List.copyOf(readable.values());
        if (readable.size() == objects.size()) {
            for (int i = 0; i < tiers.size(); i++) {
                if (basis.isPresent() != tiers.get(i).when().isPresent()) {
                    in.problem(Problems.index(TIERS.name(), i), basis.isPresent() ? "needs when (the rule has a basis)"
                            : "has when, but the rule has no basis");
                }
            }
            Map<Range, List<Integer>> sets = new LinkedHashMap<>();
            for (int i = 0; i < tiers.size(); i++) {
                sets.computeIfAbsent(tiers.get(i).when().orElse(null), w -> new ArrayList<>()).add(i);
            }
            List<Range> whens = new ArrayList<>(sets.keySet());
            for (int j = 0; j < whens.size(); j++) {
                for (int i = 0; i < j; i++) {
                    if (whens.get(i) != null && whens.get(j) != null && whens.get(i).overlaps(whens.get(j))) {
                        in.problem(Problems.field(Problems.index(TIERS.name(), sets.get(whens.get(j)).get(0)), WHEN.name()),
                                "overlaps when " + whens.get(i) + " of tier " + sets.get(whens.get(i)).get(0));
                    }
                }
            }
            sets.values().forEach(set -> checkTiers(in, measure, tiers, set));
        }
        return new TierParams(measure, tiers, basis);
    }

    /** Within one set of tiers (one when): no overlap, no gap between neighbours, and for rates 0% and 100% covered. */
    private static void checkTiers(Params in, Measure measure, List<Tier> all, List<Integer> set) {
        for (int b = 0; b < set.size(); b++) {
            for (int a = 0; a < b; a++) {
                if (all.get(set.get(a)).range().overlaps(all.get(set.get(b)).range())) {
                    in.problem(Problems.index("tiers", set.get(b)), "overlaps tier " + set.get(a) + " " + all.get(set.get(a)).range());
                }
            }
        }
        List<Tier> tiers = all;
        List<Integer> order = new ArrayList<>(set);
        order.sort(Comparator.comparing((Integer i) -> tiers.get(i).range().lower().orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int k = 1; k < order.size(); k++) {
            Range a = tiers.get(order.get(k - 1)).range();
            Range b = tiers.get(order.get(k)).range();
            if (!a.overlaps(b) && !a.adjoins(b)) {
                in.problem("tiers", "gap between tier " + order.get(k - 1) + " " + a + " and tier " + order.get(k) + " " + b);
            }
        }
        if (measure == Measure.RATE && !set.isEmpty()) {
            String which = tiers.get(set.get(0)).when().map(w -> " when " + w).orElse("");
            for (BigDecimal end : List.of(BigDecimal.ZERO, BigDecimal.ONE)) {
                if (set.stream().noneMatch(i -> tiers.get(i).range().contains(end))) {
                    in.problem("tiers", "no tier covers " + DecimalText.showPercent(end) + which);
                }
            }
        }
    }

    /** The value (a rate like 85%, or a number) and, where the tiers are chosen by it, the recorded quantity (桂林 14.(2) 承办件数). */
    @Override
    protected List<EntryField> entry(TierParams params, Optional<BigDecimal> share) {
        EntryField value = EntryField.of(Measured.VALUE, params.measure() == Measure.RATE ? "比率（%，如 85%）" : "数值",
                EntryField.Input.DECIMAL);
        return params.basis().map(b -> List.of(value, EntryField.of(FACT_BASIS, b, EntryField.Input.DECIMAL)))
                .orElse(List.of(value));
    }

    @Override
    protected Rated read(FactFields fields) {
        return new Rated(fields.decimal(Measured.VALUE), fields.decimal(FACT_BASIS));
    }

    @Override
    protected void check(TierParams params, RuleInput<Rated> in, Fact fact, Rated measured, Problems problems) {
        if (params.basis().isPresent()) {
            Required.field(fact, FACT_BASIS, measured.basis(), in.rule().ref(), problems);
        } else if (measured.basis().isPresent()) {
            problems.add(Problems.field(fact.path(), FACT_BASIS.name()), in.rule().ref() + " has no basis");
        }
        if (Required.field(fact, Measured.VALUE, measured.value(), in.rule().ref(), problems) && params.measure() == Measure.RATE
                && (measured.value().get().signum() < 0 || measured.value().get().compareTo(BigDecimal.ONE) > 0)) {
            problems.add(Problems.field(fact.path(), Measured.VALUE.name()),
                    "a rate of " + DecimalText.showPercent(measured.value().get()) + " is outside 0%–100%");
        }
    }

    @Override
    protected List<Occurrence> occurrences(TierParams params, RuleInput<Rated> in) {
        return in.each((f, measured) -> {
            BigDecimal v = measured.value().orElseThrow();
            Optional<Tier> tier = params.tierFor(v, measured.basis());
            return tier.isPresent() ? Occurrence.of(f, tier.get().amount(), new InTier(v, params.measure(), tier.get(),
                    params.basis(), measured.basis()))
                    : Occurrence.of(f, BigDecimal.ZERO, new NoTier(v, params.measure()));
        });
    }
}
