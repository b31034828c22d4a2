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
 * (competition ranking 1, 2, 2, 4). Where a quota or a prize's count ends inside a tie the seeds'
 * fixed counts (一等奖一个, 前5名) are not exceeded silently: the tied units' result is pending
 * (名额超出，待研究决定) until a recorded decision ({@link Decision}) grants or denies it.
 */
final class Ranking {

    private static final String NO_GROUP = "\u0000";

    private final Scheme scheme;
    private final Results results;
    private final List<UnitScorer.Scored> scored;
    private final Map<String, Map<String, Boolean>> prerequisites;
    private final Map<String, Map<String, Decision>> decisions;
    private final Map<String, Applied> applications;
    private final RankScope scope;
    private final Map<String, List<UnitScorer.Scored>> groups = new HashMap<>();

    Ranking(Scheme scheme, List<UnitScorer.Scored> scored, Map<String, Map<String, Boolean>> prerequisites,
            Map<String, Map<String, Decision>> decisions, Map<String, Applied> applications) {
        this.scheme = scheme;
        this.applications = applications;
        this.results = scheme.results();
        this.scored = scored;
        this.prerequisites = prerequisites;
        this.decisions = decisions;
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
        return scope != RankScope.NONE && !group(s).equals(NO_GROUP);
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
        List<String> pending = new ArrayList<>(0);
        Optional<Integer> rank = Optional.empty();
        int of = 0;
        Optional<String> grade = Optional.empty();
        Optional<String> award = Optional.empty();
        List<UnitResult.Outcome> outcomes = new ArrayList<>();
        if (ranked(s)) {
            List<UnitScorer.Scored> peers = peers(s);
            of = peers.size();
            rank = Optional.of(1 + (int) count(peers, p -> p.total().compareTo(s.total()) > 0));
            grade = grade(s, notes, pending);
            award = award(s, notes, pending);
            for (Results.BottomRank b : results.bottom()) {
                List<UnitScorer.Scored> among = b.within().orElse(scope) == RankScope.ALL ? scored.stream().filter(this::ranked).toList()
                        : peers;
                int fromBottom = 1 + (int) count(among, p -> p.total().compareTo(s.total()) < 0);
                if (b.position() == fromBottom) {
                    outcomes.add(new UnitResult.Outcome("倒数第" + b.position() + "名：" + b.outcome(), Map.of()));
                }
            }
        } else if (scope == RankScope.NONE) {
            grade = grade(s, notes, pending);
        } else if (!results.grades().isEmpty() || results.awards().isPresent()) {
            notes.add("未列入系列排名，不评等次");
        }
        Applied application = applications.get(s.unit().code());
        boolean kept = application != null && grade.isPresent() && !application.level().equals(grade.get());
        for (Results.Consequence c : results.consequences()) {
            if (kept && c.grade().isPresent()) {
                continue; // a grade kept after a failed promotion is not granted again: its certificate stands as it was
            }
            if (applies(c, s, grade, award) && followed(c, s, notes, pending)) {
                outcomes.add(new UnitResult.Outcome(c.outcome(), c.measures()));
            }
        }
        return new Standing(s.unit(), s.points(), s.total(), s.carried(), s.vetoCost(), s.parts(), rank, of, grade,
                award, s.barredFrom(), outcomes, notes, s.missing(), pending);
    }

    private boolean applies(Results.Consequence c, UnitScorer.Scored s, Optional<String> grade, Optional<String> award) {
        boolean awardMatches = c.award().isEmpty() || award.isPresent() && (c.award().get().equals(award.get())
                || results.awards().map(a -> a.name().equals(c.award().get())).orElse(false));
        return c.grade().map(g -> grade.map(g::equals).orElse(false)).orElse(true)
                && c.score().map(r -> r.contains(s.total())).orElse(true)
                && awardMatches
                && (c.units().isEmpty() || c.units().contains(s.unit().code()))
                && (c.series().isEmpty() || s.unit().series().map(c.series()::contains).orElse(false))
                && c.barred().map(s.barredFrom()::contains).orElse(true);
    }

    /**
     * Whether a consequence whose conditions hold applies: always, unless it is optional for the unit's series
     * (漳州 六2 第三系列的单位可比照执行); then as decided, and pending while undecided.
     */
    private boolean followed(Results.Consequence c, UnitScorer.Scored s, List<String> notes, List<String> pending) {
        Optional<Results.Elective> optional = c.optional().filter(o -> s.unit().series().map(o.series()::contains).orElse(false));
        if (optional.isEmpty()) {
            return true;
        }
        String name = optional.get().decision();
        Optional<Decision> decided = decision(s, name);
        if (decided.isPresent()) {
            String said = decided.get().onConsequence();
            if (!notes.contains(said)) {
                notes.add(said);
            }
            return decided.get().granted();
        }
        notes.add("可比照执行，待研究决定（" + name + "）：" + c.outcome());
        if (!pending.contains(name)) {
            pending.add(name);
        }
        return false;
    }

    /** The grade's prerequisites the unit has no fact {@code met: true} for. */
    private List<String> unmet(Results.Grade g, UnitScorer.Scored s) {
        return g.requires().stream().filter(p -> !prerequisites.getOrDefault(s.unit().code(), Map.of()).getOrDefault(p, false)).toList();
    }

    /** Could the unit get this grade, quota apart? */
    private boolean candidate(Results.Grade g, UnitScorer.Scored s) {
        return !s.barredFrom().contains(g.name()) && g.score().map(r -> r.contains(s.total())).orElse(true)
                && g.requires().stream().allMatch(p -> prerequisites.getOrDefault(s.unit().code(), Map.of()).getOrDefault(p, false));
    }

    private Optional<String> grade(UnitScorer.Scored s, List<String> notes, List<String> pending) {
        if (results.application().isPresent()) {
            return applied(s, notes);
        }
        for (Results.Grade g : results.grades()) {
            if (!candidate(g, s)) {
                List<String> unmet = unmet(g, s);
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
                Fate fate = boundary(s, g.name(), candidates, n.get() - ahead, notes, pending);
                if (fate == Fate.PENDING) {
                    return Optional.empty();
                }
                if (fate != Fate.GRANTED) {
                    continue;
                }
            }
            return Optional.of(g.name());
        }
        return Optional.empty();
    }

    /**
     * 湖北 第三条 自愿申报、逐级晋升: the unit is tried for the grade it applied for and no other (no quota: the validator
     * refuses quotas here); a failed promotion keeps the grade held, a failed 复查 keeps nothing.
     */
    private Optional<String> applied(UnitScorer.Scored s, List<String> notes) {
        Applied a = applications.get(s.unit().code());
        if (a == null) {
            notes.add("未申报等级考评，不评等级");
            return Optional.empty();
        }
        Results.Grade g = results.grades().stream().filter(x -> x.name().equals(a.level())).findFirst().orElseThrow();
        String applied = (a.review() ? "复查" : "申报") + a.level() + "（" + a.fact() + "）";
        if (candidate(g, s)) {
            notes.add(applied + "：达到");
            return Optional.of(g.name());
        }
        List<String> why = new ArrayList<>(3);
        if (s.barredFrom().contains(g.name())) {
            why.add("一票否决");
        }
        g.score().filter(r -> !r.contains(s.total())).ifPresent(r -> why.add("得分 " + DecimalText.showPoints(s.total()) + " 不在 " + r));
        List<String> unmet = unmet(g, s);
        if (!unmet.isEmpty()) {
            why.add("必备条件未满足 " + String.join("、", unmet));
        }
        notes.add(applied + "：未通过（" + String.join("；", why) + "）");
        if (a.review() || a.held().isEmpty()) {
            return Optional.empty();
        }
        notes.add("晋升未通过，保留原等级" + a.held().get() + "（不重新发证，原证书及有效期不变）");
        return a.held();
    }

    private Optional<String> award(UnitScorer.Scored s, List<String> notes, List<String> pending) {
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
        int upTo = 0;
        for (Results.Prize prize : a.prizes()) {
            upTo += prize.count();
            if (ahead >= upTo) {
                continue;
            }
            Fate fate = boundary(s, prize.name(), candidates, upTo - ahead, notes, pending);
            switch (fate) {
                case GRANTED -> {
                    return Optional.of(prize.name());
                }
                case PENDING -> {
                    return Optional.empty();
                }
                default -> ahead += grantedAmongTied(s, prize.name(), candidates); // the granted ones now stand ahead
            }
        }
        return Optional.empty();
    }

    /** What a unit gets of a fixed count of places when units tie at its end. */
    private enum Fate { GRANTED, DENIED, PENDING }

    private List<UnitScorer.Scored> tied(UnitScorer.Scored s, List<UnitScorer.Scored> candidates) {
        return candidates.stream().filter(p -> p.total().compareTo(s.total()) == 0).toList();
    }

    private Optional<Decision> decision(UnitScorer.Scored s, String name) {
        return Optional.ofNullable(decisions.getOrDefault(s.unit().code(), Map.of()).get(name));
    }

    private long grantedAmongTied(UnitScorer.Scored s, String name, List<UnitScorer.Scored> candidates) {
        return count(tied(s, candidates), p -> decision(p, name).map(Decision::granted).orElse(false));
    }

    /**
     * The unit, with {@code places} left of a grade's quota or a prize's count for its tie group: granted
     * when the whole group fits; else as decided (研究决定) — denied when the decisions filled the places
     * with other tied units — and pending (名额超出，待研究决定) while undecided. Decisions granting more
     * than the places leave the group pending.
     */
    private Fate boundary(UnitScorer.Scored s, String name, List<UnitScorer.Scored> candidates, long places,
                          List<String> notes, List<String> pending) {
        List<UnitScorer.Scored> tied = tied(s, candidates);
        if (tied.size() <= places) {
            return Fate.GRANTED;
        }
        long granted = grantedAmongTied(s, name, candidates);
        Optional<Decision> mine = decision(s, name);
        String tie = name + "名额余 " + places + " 个，" + tied.size() + " 个单位并列（" + DecimalText.showPoints(s.total()) + " 分）";
        if (granted <= places && mine.isPresent()) {
            notes.add(tie + "。" + mine.get().text());
            return mine.get().granted() ? Fate.GRANTED : Fate.DENIED;
        }
        if (granted == places) {
            notes.add(tie + "，名额已由研究决定授予其他并列单位");
            return Fate.DENIED;
        }
        notes.add(tie + "，名额超出，待研究决定" + (granted > places ? "（已录入的决定授予 " + granted + " 个，超出名额）" : ""));
        pending.add(name);
        return Fate.PENDING;
    }
}
