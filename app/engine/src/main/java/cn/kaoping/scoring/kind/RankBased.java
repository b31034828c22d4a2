package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Keyword;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scoring.Occurrence;
import cn.kaoping.scoring.RuleInput;
import cn.kaoping.scoring.RuleProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code rank-based}: points by the unit's place in another ranking (a fact gives rank and of).
 * 开省乡 位列专项考评后5名的，每项扣1分 = {@code {"end": "bottom", "from": 1, "to": 5, "amount": "1"}};
 * 漳州 综合站位 (2) 第一名得4分，第二名得3分，第三名得2分 = three top bands with effect bonus.
 */
public final class RankBased extends RuleProvider<RankBased.RankParams> {

    public RankBased() {
        super("rank-based", RankParams.class, Set.of("rank", "of"), Effect.DEDUCT, Effect.BONUS);
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
        List<Params> objects = in.objects("bands");
        if (objects.isEmpty()) {
            in.problem("bands", "needs at least one band");
        }
        List<Band> bands = objects.stream().map(b -> {
            int from = b.integer("from", 1).orElse(1);
            int to = b.integer("to", 1).orElse(from);
            if (!b.has("from")) {
                b.problem("from", "is required");
            }
            if (to < from) {
                b.problem("to", "must not be below from (" + from + ")");
            }
            End end = b.keyword("end", End.class).orElse(End.TOP);
            if (!b.has("end")) {
                b.problem("end", "is required (\"top\" or \"bottom\")");
            }
            return new Band(end, from, to, b.requiredAmount("amount"));
        }).toList();
        for (int j = 0; j < bands.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (bands.get(i).overlaps(bands.get(j))) {
                    in.problem(Problems.index("bands", j), "overlaps band " + i + " (" + bands.get(i) + ")");
                }
            }
        }
        return new RankParams(bands);
    }

    @Override
    protected void check(RankParams params, RuleInput in, Fact fact, Problems problems) {
        String ref = in.rule().ref();
        boolean needsOf = params.bands().stream().anyMatch(b -> b.end() == End.BOTTOM);
        if (Required.field(fact, "rank", fact.rank(), ref, problems) && fact.of().isPresent()
                && fact.rank().get() > fact.of().get()) {
            problems.add(Problems.field(fact.path(), "rank"), "rank " + fact.rank().get() + " is beyond of " + fact.of().get());
        }
        if (needsOf) {
            Required.field(fact, "of", fact.of(), ref, problems);
        }
    }

    @Override
    protected List<Occurrence> occurrences(RankParams params, RuleInput in) {
        return in.each(f -> {
            int rank = f.rank().orElseThrow();
            int of = f.of().orElse(rank);
            Supplier<String> place = () -> "第" + rank + "名" + f.of().map(n -> "（共" + n + "）").orElse("");
            Optional<Band> band = params.bands().stream().filter(b -> b.holds(rank, of)).findFirst();
            return band.map(b -> Occurrence.of(f, b.amount(), () -> place.get() + " 属" + b + " → " + Notes.points(b.amount())))
                    .orElseGet(() -> Occurrence.of(f, BigDecimal.ZERO, () -> place.get() + " 不在任何名次段"));
        });
    }
}
