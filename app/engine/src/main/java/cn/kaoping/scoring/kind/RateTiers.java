package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Range;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code rate-tiers}: a value (a completion rate, by default) picks one tier; the tier's amount is
 * deducted, added, or scored. Bounds are inclusive or exclusive as written. 桂林 16.(2)
 * 完成率在75%—100%（不含100%）的，扣0.2分 = {@code {"range": "[75%, 100%)", "amount": "0.2"}};
 * 市对县 调训完成率98%以上得0.2分、92%—98%得0.1分、92%以下得0分 = effect score.
 * Rate tiers must cover 0%–100% without gap or overlap.
 */
public final class RateTiers extends RuleProvider<RateTiers.TierParams, Measured> {

    private static final FieldDescription MEASURE = FieldDescription.optional("measure", FieldType.Words.of(Measure.class),
            "what the value is: a rate 0%–100% (default) or any number");
    private static final FieldDescription RANGE = FieldDescription.required("range", FieldType.Scalar.RANGE,
            "the values of the tier, bounds included or excluded as written");
    private static final FieldDescription AMOUNT = FieldDescription.required("amount", FieldType.Scalar.POINTS,
            "the tier's points");
    private static final FieldDescription TIERS = FieldDescription.required("tiers",
            new FieldType.Objects(List.of(RANGE, AMOUNT), true), "the tiers, without overlap or gap");

    public RateTiers() {
        super("rate-tiers", TierParams.class, "a value (a completion rate) picks a tier, whose amount counts",
                List.of(MEASURE, TIERS), List.of(Measured.VALUE), Effect.DEDUCT, Effect.SCORE, Effect.BONUS);
    }

    /** The value fell in {@code tier}. */
    public record InTier(BigDecimal value, Measure measure, Tier tier) implements Justification {
        @Override
        public String text() {
            return measure.show(value) + " ∈ " + tier.range() + " → " + Notes.points(tier.amount());
        }
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

    public record Tier(Range range, BigDecimal amount) {
    }

    public record TierParams(Measure measure, List<Tier> tiers) implements RuleParams {

        Optional<Tier> tierFor(BigDecimal value) {
            for (Tier t : tiers) {
                if (t.range().contains(value)) {
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
            t.range(RANGE.name()).ifPresent(r -> readable.put(index, new Tier(r, amount)));
        }
        if (readable.size() == objects.size()) {
            checkTiers(in, measure, List.copyOf(readable.values()));
        }
        return new TierParams(measure, List.copyOf(readable.values()));
    }

    /** No overlap, no gap between neighbours, and for rates 0% and 100% covered. */
    private static void checkTiers(Params in, Measure measure, List<Tier> tiers) {
        for (int j = 0; j < tiers.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (tiers.get(i).range().overlaps(tiers.get(j).range())) {
                    in.problem(Problems.index("tiers", j), "overlaps tier " + i + " " + tiers.get(i).range());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> tiers.get(i).range().lower().orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int k = 1; k < order.size(); k++) {
            Range a = tiers.get(order.get(k - 1)).range();
            Range b = tiers.get(order.get(k)).range();
            if (!a.overlaps(b) && !a.adjoins(b)) {
                in.problem("tiers", "gap between tier " + order.get(k - 1) + " " + a + " and tier " + order.get(k) + " " + b);
            }
        }
        if (measure == Measure.RATE && !tiers.isEmpty()) {
            for (BigDecimal end : List.of(BigDecimal.ZERO, BigDecimal.ONE)) {
                if (tiers.stream().noneMatch(t -> t.range().contains(end))) {
                    in.problem("tiers", "no tier covers " + DecimalText.showPercent(end));
                }
            }
        }
    }

    @Override
    protected Measured read(FactFields fields) {
        return Measured.read(fields);
    }

    @Override
    protected void check(TierParams params, RuleInput<Measured> in, Fact fact, Measured measured, Problems problems) {
        if (Required.field(fact, Measured.VALUE, measured.value(), in.rule().ref(), problems) && params.measure() == Measure.RATE
                && (measured.value().get().signum() < 0 || measured.value().get().compareTo(BigDecimal.ONE) > 0)) {
            problems.add(Problems.field(fact.path(), Measured.VALUE.name()),
                    "a rate of " + DecimalText.showPercent(measured.value().get()) + " is outside 0%–100%");
        }
    }

    @Override
    protected List<Occurrence> occurrences(TierParams params, RuleInput<Measured> in) {
        return in.each((f, measured) -> {
            BigDecimal v = measured.value().orElseThrow();
            Optional<Tier> tier = params.tierFor(v);
            return tier.isPresent() ? Occurrence.of(f, tier.get().amount(), new InTier(v, params.measure(), tier.get()))
                    : Occurrence.of(f, BigDecimal.ZERO, new NoTier(v, params.measure()));
        });
    }
}
