package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code discretionary} (酌情扣分): the assessor chooses the amount inside [min, max] and must
 * give a reason; the engine refuses anything else. 常德 11 记录内容简单、不具体的，视具体情况扣1～3分
 * = min 1, max 3; 吉水 工作不到位酌情扣分 = no range written: 0 up to the rule's share. A range gated by a recorded
 * quantity (常德 20 主要负责人与会率低于80％的，视具体情况扣1～2分) is {@link Gate}.
 */
public final class Discretionary extends RuleProvider<Discretionary.Bounds, Discretionary.Chosen> {

    private static final FieldDescription MIN = FieldDescription.optional("min", FieldType.Scalar.POINTS,
            "the least the assessor may choose, default 0");
    private static final FieldDescription MAX = FieldDescription.optional("max", FieldType.Scalar.POINTS,
            "the most the assessor may choose, default the rule's share");
    private static final FieldDescription AMOUNT = FieldDescription.required("amount", FieldType.Scalar.POINTS,
            "the points the assessor chose (with a reason)");

    public Discretionary() {
        super("discretionary", Bounds.class, "酌情: the assessor chooses an amount within [min, max] and gives a reason",
                List.of(MIN, MAX, Gate.BASIS, Gate.WHEN), List.of(AMOUNT, RateTiers.FACT_BASIS), Effect.DEDUCT, Effect.BONUS);
    }

    public record Bounds(BigDecimal min, Optional<BigDecimal> max, Optional<Gate> gate) implements RuleParams {
    }

    /** The amount the assessor chose and, for a gated rule, the quantity recorded. */
    public record Chosen(Optional<BigDecimal> amount, Optional<BigDecimal> basis) implements FactValues {
    }

    /** The assessor's amount and reason. */
    public record Judged(BigDecimal amount, Optional<String> reason) implements Justification {
        @Override
        public String text() {
            return "酌情 " + Notes.points(amount) + "：" + reason.orElse("");
        }
    }

    @Override
    public Bounds parse(Params in) {
        Bounds b = new Bounds(in.amount(MIN.name()).orElse(BigDecimal.ZERO), in.amount(MAX.name()), Gate.parse(in));
        b.max().filter(m -> m.compareTo(b.min()) < 0).ifPresent(m -> in.problem(MAX.name(), "must not be below min ("
                + DecimalText.show(b.min()) + ")"));
        return b;
    }

    @Override
    protected void validate(Bounds bounds, Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        if (bounds.max().isEmpty() && rule.points().isEmpty() && owner.flatMap(Indicator::pointsOrChildrenSum).isEmpty()) {
            problems.add(Problems.field(rule.path(), MAX.name()), "is required: neither the rule nor its indicator has points");
        }
    }

    /**
     * The amount, within the rule's range (up to its share when it writes no max) and, for a range gated by a recorded
     * quantity, that quantity first (常德 20 主要负责人与会率).
     */
    @Override
    protected List<EntryField> entry(Bounds bounds, Optional<BigDecimal> share) {
        EntryField amount = EntryField.of(AMOUNT, "分值（酌情）", EntryField.Input.DECIMAL).bounded(bounds.min(), bounds.max().or(() -> share));
        return bounds.gate().map(g -> List.of(EntryField.of(RateTiers.FACT_BASIS, g.basis(), EntryField.Input.DECIMAL), amount))
                .orElse(List.of(amount));
    }

    /** 酌情: the assessor says why. */
    @Override
    public boolean reasonRequired() {
        return true;
    }

    @Override
    protected Chosen read(FactFields fields) {
        return new Chosen(fields.decimal(AMOUNT), fields.decimal(RateTiers.FACT_BASIS));
    }

    @Override
    protected void check(Bounds bounds, RuleInput<Chosen> in, Fact fact, Chosen chosen, Problems problems) {
        String ref = in.rule().ref();
        if (!Gate.check(bounds.gate(), fact, chosen.basis(), ref, problems)) {
            chosen.amount().filter(a -> chosen.basis().isPresent()).ifPresent(a -> problems.add(Problems.field(fact.path(),
                    AMOUNT.name()), bounds.gate().orElseThrow().nothingAt(chosen.basis().get(), ref)));
            return;
        }
        Required.field(fact, Fact.REASON, fact.reason(), ref, problems);
        if (!Required.field(fact, AMOUNT, chosen.amount(), ref, problems)) {
            return;
        }
        BigDecimal max = bounds.max().or(in::share).orElseThrow();
        BigDecimal amount = chosen.amount().get();
        if (amount.compareTo(bounds.min()) < 0 || amount.compareTo(max) > 0) {
            problems.add(Problems.field(fact.path(), AMOUNT.name()), DecimalText.show(amount) + " is outside the range "
                    + DecimalText.show(bounds.min()) + "–" + DecimalText.show(max) + " of " + ref);
        }
    }

    @Override
    protected List<Occurrence> occurrences(Bounds bounds, RuleInput<Chosen> in) {
        return in.each((f, chosen) -> {
            if (bounds.gate().isEmpty()) {
                return Occurrence.of(f, chosen.amount().orElseThrow(), new Judged(chosen.amount().orElseThrow(), f.reason()));
            }
            Gate gate = bounds.gate().get();
            BigDecimal value = chosen.basis().orElseThrow();
            return gate.when().contains(value)
                    ? Occurrence.of(f, chosen.amount().orElseThrow(), new Gate.Inside(gate, value,
                    new Judged(chosen.amount().orElseThrow(), f.reason())))
                    : Occurrence.of(f, BigDecimal.ZERO, new Gate.Outside(gate, value));
        });
    }
}
