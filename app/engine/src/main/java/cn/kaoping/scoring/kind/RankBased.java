package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.EntryField;
import cn.kaoping.scoring.Justification;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code rank-based}: points by the unit's place in another ranking (a fact gives rank and of).
 * 开省乡 位列专项考评后5名的，每项扣1分 = {@code {"end": "bottom", "from": 1, "to": 5, "amount": "1"}};
 * 漳州 综合站位 (2) 第一名得4分，第二名得3分，第三名得2分 = three top bands with effect bonus.
 */
public final class RankBased extends RuleProvider<RankBased.RankParams, RankBased.Place> {

    private static final FieldDescription END = FieldDescription.required("end", FieldType.Words.of(End.class),
            "the end places are counted from: top (前) or bottom (倒数)");
    private static final FieldDescription FROM = FieldDescription.required("from", FieldType.Scalar.WHOLE,
            "the first place of the band, 1 being the first (or the last)");
    private static final FieldDescription TO = FieldDescription.optional("to", FieldType.Scalar.WHOLE,
            "the last place of the band, default from");
    private static final FieldDescription AMOUNT = FieldDescription.required("amount", FieldType.Scalar.POINTS,
            "the band's points");
    private static final FieldDescription BANDS = FieldDescription.required("bands",
            new FieldType.Objects(List.of(END, FROM, TO, AMOUNT), true), "bands of places, without overlap");
    private static final FieldDescription RANK = FieldDescription.required("rank", FieldType.Scalar.WHOLE,
            "the unit's place in the other ranking");
    private static final FieldDescription OF = FieldDescription.optional("of", FieldType.Scalar.WHOLE,
            "how many were ranked (needed for bottom bands)");

    public RankBased() {
        super("rank-based", RankParams.class, "points by place in another ranking", List.of(BANDS), List.of(RANK, OF),
                Effect.DEDUCT, Effect.BONUS);
    }

    /** The unit's place in the other ranking. */
    public record Place(Optional<Integer> rank, Optional<Integer> of) implements FactValues {

        String show() {
            return "第" + rank.orElseThrow() + "名" + of.map(n -> "（共" + n + "）").orElse("");
        }
    }

    /** The place is in {@code band}. */
    public record InBand(Place place, Band band) implements Justification {
        @Override
        public String text() {
            return place.show() + " 属" + band + " → " + Notes.points(band.amount());
        }
    }

    /** The place is in no band. */
    public record NoBand(Place place) implements Justification {
        @Override
        public String text() {
            return place.show() + " 不在任何名次段";
        }
    }

    /** Which end of the ranking a band counts from: 前 (top) or 后/倒数 (bottom). */
    public enum End implements Keyword {
        TOP, BOTTOM
    }

    /** Places {@code from}..{@code to} counted from {@code end}, 1 being the first (or the last). */
    public record Band(End end, int from, int to, BigDecimal amount) {

        boolean overlaps(Band o) {
            return end == o.end && from <= o.to && o.from <= to;
        }

        boolean holds(int rank, int of) {
            int place = end == End.TOP ? rank : of - rank + 1;
            return place >= from && place <= to;
        }

        @Override
        public String toString() {
            return (end == End.TOP ? "前" : "倒数") + (from == to ? "第" + from : "第" + from + "–" + to) + "名";
        }
    }

    public record RankParams(List<Band> bands) implements RuleParams {
    }

    @Override
    public RankParams parse(Params in) {
        List<Params> objects = in.objects(BANDS.name());
        if (objects.isEmpty()) {
            in.problem(BANDS.name(), "needs at least one band");
        }
        List<Band> bands = objects.stream().map(b -> {
            int from = b.integer(FROM.name(), 1).orElse(1);
            int to = b.integer(TO.name(), 1).orElse(from);
            if (!b.has(FROM.name())) {
                b.problem(FROM.name(), "is required");
            }
            if (to < from) {
                b.problem(TO.name(), "must not be below from (" + from + ")");
            }
            End end = b.keyword(END.name(), End.class).orElse(End.TOP);
            if (!b.has(END.name())) {
                b.problem(END.name(), "is required (\"top\" or \"bottom\")");
            }
            return new Band(end, from, to, b.requiredAmount(AMOUNT.name()));
        }).toList();
        for (int j = 0; j < bands.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (bands.get(i).overlaps(bands.get(j))) {
                    in.problem(Problems.index(BANDS.name(), j), "overlaps band " + i + " (" + bands.get(i) + ")");
                }
            }
        }
        return new RankParams(bands);
    }

    @Override
    protected List<EntryField> entry(RankParams params, Optional<BigDecimal> share) {
        return List.of(EntryField.of(RANK, "名次", EntryField.Input.COUNT), EntryField.of(OF, "参与排名数", EntryField.Input.COUNT));
    }

    @Override
    protected Place read(FactFields fields) {
        return new Place(fields.whole(RANK), fields.whole(OF));
    }

    @Override
    protected void check(RankParams params, RuleInput<Place> in, Fact fact, Place place, Problems problems) {
        String ref = in.rule().ref();
        boolean needsOf = params.bands().stream().anyMatch(b -> b.end() == End.BOTTOM);
        if (Required.field(fact, RANK, place.rank(), ref, problems) && place.of().isPresent()
                && place.rank().get() > place.of().get()) {
            problems.add(Problems.field(fact.path(), RANK.name()), "rank " + place.rank().get() + " is beyond of " + place.of().get());
        }
        if (needsOf) {
            Required.field(fact, OF, place.of(), ref, problems);
        }
    }

    @Override
    protected List<Occurrence> occurrences(RankParams params, RuleInput<Place> in) {
        return in.each((f, place) -> {
            int rank = place.rank().orElseThrow();
            int of = place.of().orElse(rank);
            for (Band b : params.bands()) {
                if (b.holds(rank, of)) {
                    return Occurrence.of(f, b.amount(), new InBand(place, b));
                }
            }
            return Occurrence.of(f, BigDecimal.ZERO, new NoBand(place));
        });
    }
}
