package cn.kaoping.scoring;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scheme.RankScope;
import cn.kaoping.scheme.Results;
import cn.kaoping.scheme.Scheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Ranks, grades, awards and consequences (FORMAT.md §6). Ties: equal totals share a rank
 * (competition ranking 1, 2, 2, 4); a quota or prize boundary inside a tie gives the better
 * result to every tied unit.
 */
final class Ranking {

    private static final String NO_GROUP = "\u0000";

    private final Scheme scheme;
    private final Results results;
    private final List<UnitScorer.Scored> scored;
    private final Map<String, Map<String, Boolean>> prerequisites;
    private final RankScope scope;
    private final Map<String, List<UnitScorer.Scored>> groups = new HashMap<>();

    Ranking(Scheme scheme, List<UnitScorer.Scored> scored, Map<String, Map<String, Boolean>> prerequisites) {
        this.scheme = scheme;
        this.results = scheme.results();
        this.scored = scored;
        this.prerequisites = prerequisites;
        this.scope = results.scope(!scheme.series().isEmpty());
        for (UnitScorer.Scored s : scored) {
            groups.computeIfAbsent(group(s), g -> new ArrayList<>()).add(s);
        }
    }

    /** The ranking group of a unit; {@link #NO_GROUP} for a unit without series in a scheme ranked by series. */
    private String group(UnitScorer.Scored s) {
        return scope == RankScope.ALL ? "" : s.unit().series().orElse(NO_GROUP);
    }

    private boolean ranked(UnitScorer.Scored s) {
        return !group(s).equals(NO_GROUP);
    }

    private List<UnitScorer.Scored> peers(UnitScorer.Scored s) {
        return groups.get(group(s));
    }

    private static long count(List<UnitScorer.Scored> units, Predicate<UnitScorer.Scored> p) {
        return units.stream().filter(p).count();
    }

    /**
     * Every unit's standing, ordered by series (scheme order; units without a series last), then
     * rank, then the order they were listed in.
     */
    List<Standing> standings() {
        List<String> seriesOrder = scheme.series().stream().map(Scheme.Series::code).toList();
        List<Standing> listed = new ArrayList<>(scored.size());
        for (UnitScorer.Scored s : scored) {
            listed.add(standing(s));
        }
        // List.sort is stable: equal series and rank keep the order the units were listed in
        listed.sort(Comparator.comparing((Standing l) -> l.unit().series().map(seriesOrder::indexOf)
                        .filter(i -> i >= 0).orElse(Integer.MAX_VALUE))
                .thenComparing(l -> l.rank().orElse(Integer.MAX_VALUE)));
        return listed;
    }

    private Standing standing(UnitScorer.Scored s) {
        List<String> notes = new ArrayList<>(s.notes());
        Optional<Integer> rank = Optional.empty();
        int of = 0;
        Optional<String> grade = Optional.empty();
        Optional<String> award = Optional.empty();
        List<UnitResult.Outcome> outcomes = new ArrayList<>();
        if (ranked(s)) {
            List<UnitScorer.Scored> peers = peers(s);
            of = peers.size();
            rank = Optional.of(1 + (int) count(peers, p -> p.total().compareTo(s.total()) > 0));
            grade = grade(s, notes);
            award = award(s, notes);
            int fromBottom = 1 + (int) count(peers, p -> p.total().compareTo(s.total()) < 0);
            for (Results.BottomRank b : results.bottom()) {
                if (b.position() == fromBottom) {
                    outcomes.add(new UnitResult.Outcome("倒数第" + b.position() + "名：" + b.outcome(), Map.of()));
                }
            }
        } else if (!results.grades().isEmpty() || results.awards().isPresent()) {
            notes.add("未列入系列排名，不评等次");
        }
        for (Results.Consequence c : results.consequences()) {
            if (applies(c, s, grade, award)) {
                outcomes.add(new UnitResult.Outcome(c.outcome(), c.measures()));
            }
        }
        return new Standing(s.unit(), s.points(), s.total(), s.carried(), s.vetoCost(), s.parts(), rank, of, grade,
                award, s.barredFrom(), outcomes, notes, s.missing());
    }

    private boolean applies(Results.Consequence c, UnitScorer.Scored s, Optional<String> grade, Optional<String> award) {
        boolean awardMatches = c.award().isEmpty() || award.isPresent() && (c.award().get().equals(award.get())
                || results.awards().map(a -> a.name().equals(c.award().get())).orElse(false));
        return c.grade().map(g -> grade.map(g::equals).orElse(false)).orElse(true)
                && c.score().map(r -> r.contains(s.total())).orElse(true)
                && awardMatches
                && (c.units().isEmpty() || c.units().contains(s.unit().code()));
    }

    /** Could the unit get this grade, quota apart? */
    private boolean candidate(Results.Grade g, UnitScorer.Scored s) {
        return !s.barredFrom().contains(g.name()) && g.score().map(r -> r.contains(s.total())).orElse(true)
                && g.requires().stream().allMatch(p -> prerequisites.getOrDefault(s.unit().code(), Map.of()).getOrDefault(p, false));
    }

    private Optional<String> grade(UnitScorer.Scored s, List<String> notes) {
        for (Results.Grade g : results.grades()) {
            if (!candidate(g, s)) {
                List<String> unmet = g.requires().stream().filter(p -> !prerequisites.getOrDefault(s.unit().code(), Map.of())
                        .getOrDefault(p, false)).toList();
                if (!unmet.isEmpty() && g.score().map(r -> r.contains(s.total())).orElse(true)) {
                    notes.add("未评为" + g.name() + "：必备条件未满足 " + String.join("、", unmet));
                }
                continue;
            }
            if (g.quota().isPresent()) {
                Optional<Integer> n = g.quota().get().forSeries(s.unit().series());
                if (n.isEmpty()) {
                    continue;
                }
                List<UnitScorer.Scored> candidates = peers(s).stream().filter(p -> candidate(g, p)).toList();
                long ahead = count(candidates, p -> p.total().compareTo(s.total()) > 0);
                if (ahead >= n.get()) {
                    continue;
                }
                long tiedOrAhead = count(candidates, p -> p.total().compareTo(s.total()) >= 0);
                if (tiedOrAhead > n.get()) {
                    notes.add(g.name() + "名额 " + n.get() + " 个，第 " + (ahead + 1) + " 位有 " + (tiedOrAhead - ahead)
                            + " 个单位并列（" + DecimalText.showPoints(s.total()) + " 分），均评为" + g.name());
                }
            }
            return Optional.of(g.name());
        }
        return Optional.empty();
    }

    private Optional<String> award(UnitScorer.Scored s, List<String> notes) {
        if (results.awards().isEmpty()) {
            return Optional.empty();
        }
        Results.Awards a = results.awards().get();
        Predicate<UnitScorer.Scored> eligible = p -> a.score().map(r -> r.contains(p.total())).orElse(true)
                && !p.barredFrom().contains(a.name()) && a.prizes().stream().noneMatch(z -> p.barredFrom().contains(z.name()));
        if (!eligible.test(s)) {
            return Optional.empty();
        }
        List<UnitScorer.Scored> candidates = peers(s).stream().filter(eligible).toList();
        long ahead = count(candidates, p -> p.total().compareTo(s.total()) > 0);
        long tiedOrAhead = count(candidates, p -> p.total().compareTo(s.total()) >= 0);
        int upTo = 0;
        for (Results.Prize prize : a.prizes()) {
            upTo += prize.count();
            if (ahead < upTo) {
                if (tiedOrAhead > upTo) {
                    notes.add(prize.name() + "与下一档的分界处有 " + (tiedOrAhead - ahead) + " 个单位并列，均评为" + prize.name());
                }
                return Optional.of(prize.name());
            }
        }
        return Optional.empty();
    }
}
