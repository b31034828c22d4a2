package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The checks that need the whole scheme once it has been read: duplicate codes, references to
 * series, units, grades and prerequisites, points that must add up, shares of score rules,
 * and each rule kind's own scheme-wide checks.
 */
final class SchemeValidator {

    private final Scheme scheme;
    private final RuleKindCatalog kinds;
    private final Problems problems;
    private final Set<String> seriesCodes;
    private final Set<String> unitCodes;

    SchemeValidator(Scheme scheme, RuleKindCatalog kinds, Problems problems) {
        this.scheme = scheme;
        this.kinds = kinds;
        this.problems = problems;
        this.seriesCodes = scheme.series().stream().map(Scheme.Series::code).collect(Collectors.toSet());
        this.unitCodes = scheme.units().stream().map(Scheme.Unit::code).collect(Collectors.toSet());
    }

    void run() {
        unique(indexed("series", scheme.series()), s -> s.item().code(), "code");
        unique(indexed("units", scheme.units()), u -> u.item().code(), "code");
        for (int i = 0; i < scheme.units().size(); i++) {
            String path = Problems.index("units", i);
            scheme.units().get(i).series().ifPresent(s -> known(seriesCodes, s, Problems.field(path, "series"), "series"));
        }
        unique(scheme.allIndicators().map(n -> new At<>(n.path(), n)).toList(), n -> n.item().code(), "code");
        unique(indexed(Scheme.VETOES, scheme.vetoes()), r -> r.item().id(), "id");
        scheme.allIndicators().forEach(this::indicator);
        scheme.vetoes().forEach(r -> {
            ruleChecks(r, Optional.empty());
            kindChecks(r, Optional.empty());
        });
        totalPoints();
        results();
        approval();
    }

    /**
     * The approval chain (FORMAT.md §6.1): levels with distinct ids that never cover less than the
     * one below, the last one the whole cycle (its sign-off is the 审定); each signer's scope fits
     * what its level covers.
     */
    private void approval() {
        List<Approval.Level> levels = scheme.approval().levels();
        if (levels.isEmpty()) {
            if (scheme.approval().selfAssessment()) {
                problems.add("approval.levels", "needs at least one level");
            }
            return;
        }
        unique(levels.stream().map(l -> new At<>(l.path(), l)).toList(), l -> l.item().id(), "id");
        Approval.Covers below = Approval.Covers.AGENCY;
        for (Approval.Level level : levels) {
            if (!level.id().isEmpty() && !level.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(Problems.field(level.path(), "id"), "must be lower-case letters and digits joined by hyphens");
            }
            if (level.covers().compareTo(below) < 0) {
                problems.add(Problems.field(level.path(), "covers"), "\"" + level.covers().word()
                        + "\" covers less than the level below it (\"" + below.word() + "\"): each level signs off what the levels below approved");
            }
            below = level.covers();
            signer(level, Problems.field(level.path(), "signedBy"));
        }
        Approval.Level last = levels.get(levels.size() - 1);
        if (last.covers() != Approval.Covers.CYCLE) {
            problems.add(Problems.field(last.path(), "covers"), "must be \"cycle\" on the last level: its sign-off (审定) closes the cycle");
        }
    }

    private void signer(Approval.Level level, String path) {
        Approval.Signer signer = level.signer();
        if (signer.role().equals(Approval.Signer.SCHEME_ADMIN) && signer.scope() != Approval.Scope.TENANT) {
            problems.add(Problems.field(path, "scope"), "must be \"tenant\" for the scheme admin");
        }
        boolean agencyLevel = level.covers() == Approval.Covers.AGENCY;
        if (agencyLevel != (signer.scope() == Approval.Scope.ASSESSING_AGENCY)) {
            problems.add(Problems.field(path, "scope"), agencyLevel
                    ? "must be \"assessing-agency\": an agency's entries are signed by that agency's approvers"
                    : "\"assessing-agency\" signs an agency's entries only (covers \"agency\")");
        }
        if (signer.scope() == Approval.Scope.COLLECTING_AGENCY) {
            if (level.covers() != Approval.Covers.UNIT) {
                problems.add(Problems.field(path, "scope"), "\"collecting-agency\" signs one unit's sheet only (covers \"unit\")");
            }
            List<String> uncollected = scheme.units().stream().filter(u -> u.collectedBy().isEmpty()).map(Scheme.Unit::code).toList();
            if (!uncollected.isEmpty()) {
                problems.add(Problems.field(path, "scope"), "\"collecting-agency\" needs a collectedBy (扎口科室) on every unit; "
                        + String.join(", ", uncollected) + " have none");
            }
        }
        signer.agency().ifPresent(a -> {
            if (level.covers() != Approval.Covers.UNIT) {
                problems.add(Problems.field(path, "agency"), "a named agency signs one unit's sheet only (covers \"unit\")");
            }
            assessor(a, Problems.field(path, "agency"));
        });
    }

    private void indicator(Indicator node) {
        unique(node.rules().stream().map(r -> new At<>(r.path(), r)).toList(), r -> r.item().id(), "id");
        node.appliesTo().ifPresent(a -> {
            String path = Problems.field(node.path(), "appliesTo");
            references(a.series(), seriesCodes, Problems.field(path, "series"), "series");
            if (!scheme.units().isEmpty()) {
                references(a.units(), unitCodes, Problems.field(path, "units"), "unit");
            }
        });
        Optional<BigDecimal> points = node.pointsOrChildrenSum();
        node.floor().filter(f -> f != Floor.NONE && points.isEmpty()).ifPresent(f ->
                problems.add(Problems.field(node.path(), "floor"), "\"" + f.word() + "\" needs points on the indicator"));
        if (node.childrenMustSum()) {
            childrenSum(node);
        }
        scoreShares(node);
        node.responsibility().assessingAgency().ifPresent(a -> assessor(a, Problems.field(node.path(), "assessingAgency")));
        node.responsibility().responsibleUnit().filter(u -> !scheme.units().isEmpty())
                .ifPresent(u -> known(unitCodes, u, Problems.field(node.path(), "responsibleUnit"), "unit"));
        node.rules().forEach(r -> {
            ruleChecks(r, Optional.of(node));
            kindChecks(r, Optional.of(node));
        });
    }

    /** Per-series assessors name known series, and every series. */
    private void assessor(Assessor assessor, String path) {
        if (assessor.bySeries().isEmpty()) {
            return;
        }
        assessor.bySeries().keySet().forEach(s -> known(seriesCodes, s, Problems.field(path, s), "series"));
        List<String> unnamed = scheme.series().stream().map(Scheme.Series::code)
                .filter(s -> !assessor.bySeries().containsKey(s)).toList();
        if (!unnamed.isEmpty()) {
            problems.add(path, "names no agency for series " + String.join(", ", unnamed));
        }
    }

    /** The properties every rule has: its assessor, and what no fact means (FORMAT.md §4). */
    private void ruleChecks(Rule rule, Optional<Indicator> owner) {
        rule.assessingAgency().ifPresent(a -> assessor(a, Problems.field(rule.path(), "assessingAgency")));
        if (owner.isEmpty() && rule.whenNoFact().isPresent()) {
            problems.add(Problems.field(rule.path(), "whenNoFact"), "does not apply to a scheme-level veto (it fires on a fact)");
            return;
        }
        NoFact noFact = rule.noFact();
        if (noFact == NoFact.NOTHING || rule.effect() == Effect.SCORE) {
            return;
        }
        String path = Problems.field(rule.path(), "whenNoFact");
        if (rule.effect() != Effect.DEDUCT) {
            if (noFact == NoFact.SHARE) {
                problems.add(path, "\"share\" is not possible for a " + rule.effect().word() + " rule (it has nothing to lose)");
            }
            return;
        }
        boolean ownShare = rule.points().isPresent() || rule.cap().isPresent();
        if (!ownShare && (owner.get().rules().size() > 1 || owner.get().pointsOrChildrenSum().isEmpty())) {
            problems.add(path, "\"" + noFact.word() + "\" needs the rule's points or cap (what no fact costs): "
                    + (owner.get().rules().size() > 1 ? "its indicator has several rules" : "its indicator has no points"));
        }
    }

    private void kindChecks(Rule rule, Optional<Indicator> owner) {
        kinds.kind(rule.kind()).ifPresent(k -> k.validate(rule, owner, scheme, problems));
    }

    /** 子项分值之和等于本项分值, per unit when the children apply to different units (吉水 个性项目). */
    private void childrenSum(Indicator node) {
        if (node.points().isEmpty()) {
            problems.add(Problems.field(node.path(), "childrenMustSum"), "needs points on the indicator");
            return;
        }
        BigDecimal points = node.points().get();
        boolean selective = node.children().stream().anyMatch(c -> c.appliesTo().isPresent());
        if (selective && !scheme.units().isEmpty()) {
            Map<BigDecimal, Set<String>> wrong = new TreeMap<>();
            for (Scheme.Unit unit : scheme.units()) {
                BigDecimal sum = childrenPoints(node.children().stream()
                        .filter(c -> c.appliesTo().map(a -> a.includes(unit)).orElse(true)));
                if (sum.compareTo(points) != 0) {
                    wrong.computeIfAbsent(sum, s -> new TreeSet<>()).add(unit.code());
                }
            }
            wrong.forEach((sum, codes) -> problems.add(node.path(), "for unit" + (codes.size() > 1 ? "s " : " ")
                    + String.join(", ", codes) + " the children add up to " + DecimalText.show(sum)
                    + " but points are " + DecimalText.show(points)));
            return;
        }
        BigDecimal sum = childrenPoints(node.children().stream());
        if (sum.compareTo(points) != 0) {
            problems.add(node.path(), "the children add up to " + DecimalText.show(sum) + " but points are "
                    + DecimalText.show(points));
        }
    }

    private static BigDecimal childrenPoints(Stream<Indicator> children) {
        return children.map(Indicator::pointsOrChildrenSum).flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A score rule earns out of a share: its own points, or the indicator's when it is the only one. */
    private void scoreShares(Indicator node) {
        List<Rule> scored = node.rules().stream().filter(r -> r.effect() == Effect.SCORE).toList();
        if (scored.isEmpty()) {
            return;
        }
        Optional<BigDecimal> points = node.pointsOrChildrenSum();
        BigDecimal shares = BigDecimal.ZERO;
        for (Rule r : scored) {
            if (r.points().isEmpty() && (scored.size() > 1 || points.isEmpty())) {
                problems.add(Problems.field(r.path(), "points"), scored.size() > 1
                        ? "is required: the indicator has several score rules, each needs its share"
                        : "is required: the indicator has no points to score out of");
            }
            shares = shares.add(r.points().or(() -> scored.size() == 1 ? points : Optional.empty()).orElse(BigDecimal.ZERO));
        }
        if (points.isPresent() && shares.compareTo(points.get()) > 0) {
            problems.add(Problems.field(node.path(), "rules"), "score rules share " + DecimalText.show(shares)
                    + " points but the indicator has " + DecimalText.show(points.get()));
        }
    }

    /** totalPoints = the points of the top-level indicators (bonus indicators count with their points). */
    private void totalPoints() {
        scheme.totalPoints().ifPresent(total -> {
            BigDecimal sum = scheme.indicators().stream().map(Indicator::pointsOrChildrenSum).flatMap(Optional::stream)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total) != 0) {
                problems.add("totalPoints", "is " + DecimalText.show(total) + " but the top-level indicators add up to "
                        + DecimalText.show(sum));
            }
        });
    }

    private void results() {
        Results results = scheme.results();
        unique(indexed("results.grades", results.grades()), g -> g.item().name(), "name");
        unique(indexed("results.prerequisites", results.prerequisites()), p -> p.item().id(), "id");
        Set<String> prerequisites = results.prerequisites().stream().map(Results.Prerequisite::id).collect(Collectors.toSet());
        Set<String> grades = results.grades().stream().map(Results.Grade::name).collect(Collectors.toSet());
        for (Results.Grade g : results.grades()) {
            g.quota().ifPresent(q -> q.perSeries().keySet().forEach(s ->
                    known(seriesCodes, s, Problems.field(g.path(), "quota." + s), "series")));
            references(g.requires(), prerequisites, Problems.field(g.path(), "requires"), "prerequisite");
        }
        Set<String> awardNames = results.awards().stream().flatMap(a -> Stream.concat(Stream.of(a.name()),
                a.prizes().stream().map(Results.Prize::name))).collect(Collectors.toSet());
        results.awards().ifPresent(a -> unique(indexed(Problems.field(a.path(), "prizes"), a.prizes()),
                p -> p.item().name(), "name"));
        if (results.rankWithin().filter(r -> r == RankScope.NONE).isPresent()) {
            results.grades().stream().filter(g -> g.quota().isPresent()).forEach(g ->
                    problems.add(Problems.field(g.path(), "quota"), "needs a ranking, but rankWithin is \"none\""));
            results.awards().ifPresent(a -> problems.add(a.path(), "needs a ranking, but rankWithin is \"none\""));
            results.bottom().forEach(b -> problems.add(b.path(), "needs a ranking, but rankWithin is \"none\""));
        }
        results.application().ifPresent(a -> results.grades().stream().filter(g -> g.quota().isPresent()).forEach(g ->
                problems.add(Problems.field(g.path(), "quota"), "not possible when units are graded for the level they apply for ("
                        + a.path() + ")")));
        results.bottom().forEach(b -> b.within().filter(w -> w == RankScope.NONE).ifPresent(w ->
                problems.add(Problems.field(b.path(), "within"), "must be \"series\" or \"all\"")));
        Set<String> tieNames = new HashSet<>(awardNames);
        results.grades().stream().filter(g -> g.quota().isPresent()).forEach(g -> tieNames.add(g.name()));
        Set<String> barrable = new HashSet<>(grades);
        barrable.addAll(awardNames);
        for (Results.Consequence c : results.consequences()) {
            c.grade().ifPresent(g -> known(grades, g, Problems.field(c.path(), "grade"), "grade"));
            c.award().ifPresent(a -> known(awardNames, a, Problems.field(c.path(), "award"), "award"));
            references(c.series(), seriesCodes, Problems.field(c.path(), "series"), "series");
            c.barred().ifPresent(b -> known(barrable, b, Problems.field(c.path(), "barred"), "grade or award"));
            if (!scheme.units().isEmpty()) {
                references(c.units(), unitCodes, Problems.field(c.path(), "units"), "unit");
            }
            c.optional().ifPresent(o -> elective(o, seriesCodes, tieNames));
        }
    }

    /**
     * An optional consequence (漳州 六2 第三系列的单位可比照执行): known series, at least one; a decision name apart
     * from the grades with a quota and the prizes, whose {@code decisions/<name>} facts decide ties.
     */
    private void elective(Results.Elective o, Set<String> seriesCodes, Set<String> tieNames) {
        if (o.series().isEmpty()) {
            problems.add(Problems.field(o.path(), "series"), "names the series for which the consequence is optional (at least one)");
        }
        references(o.series(), seriesCodes, Problems.field(o.path(), "series"), "series");
        if (tieNames.contains(o.decision())) {
            problems.add(Problems.field(o.path(), "decision"), "\"" + o.decision()
                    + "\" already names a grade with a quota or a prize, whose decisions settle ties; choose another name");
        }
    }

    private void references(List<String> names, Set<String> known, String path, String what) {
        for (int i = 0; i < names.size(); i++) {
            known(known, names.get(i), Problems.index(path, i), what);
        }
    }

    private void known(Collection<String> known, String name, String path, String what) {
        if (!known.contains(name)) {
            problems.add(path, "unknown " + what + " \"" + name + "\"");
        }
    }

    private <T> void unique(List<At<T>> items, Function<At<T>, String> key, String field) {
        Map<String, String> seen = new HashMap<>();
        for (At<T> item : items) {
            String k = key.apply(item);
            String first = seen.putIfAbsent(k, item.path());
            if (first != null) {
                problems.add(Problems.field(item.path(), field), "duplicate " + field + " \"" + k + "\" (also at " + first + ")");
            }
        }
    }

    private static <T> List<At<T>> indexed(String path, List<T> items) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> new At<>(Problems.index(path, i), items.get(i))).toList();
    }

    /** An item and its path in the file. */
    private record At<T>(String path, T item) {
    }
}
