package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Problem;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A scheme indexed for scoring ({@link Engine#prepare}); scores facts files, one after another or at once. */
public final class PreparedScheme {

    private final Scheme scheme;
    private final List<RuleSlot> slots;
    private final List<Node> nodes;
    private final List<RuleSlot> vetoes;
    private final Map<String, RuleSlot> byRef = new HashMap<>();
    /** Some rule's facts are made by the engine (another scheme's total, another rule's count). */
    private final boolean makesFacts;

    /** An indicator with its prepared rules. */
    record Node(Indicator indicator, List<RuleSlot> rules, List<Node> children) {
    }

    PreparedScheme(Scheme scheme, List<RuleSlot> slots, List<Node> nodes, List<RuleSlot> vetoes) {
        this.scheme = scheme;
        this.slots = List.copyOf(slots);
        this.nodes = List.copyOf(nodes);
        this.vetoes = List.copyOf(vetoes);
        slots.forEach(s -> byRef.put(s.rule().ref().intern(), s));
        this.makesFacts = slots.stream().anyMatch(s -> s.fromScheme().isPresent() || s.countsFactsOf().isPresent());
    }

    public Scheme scheme() {
        return scheme;
    }

    List<RuleSlot> slots() {
        return slots;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<RuleSlot> vetoes() {
        return vetoes;
    }

    Optional<RuleSlot> slot(String ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    /** What a clerk fills in for a fact of each rule (考评录入), from the kinds' own descriptions. */
    public EntryForm entryForm() {
        return EntryForm.of(this);
    }

    public Evaluation evaluate(FactSet facts) {
        return evaluate(facts, Map.of());
    }

    /**
     * Scores every unit with its explanation tree, then ranks and grades them.
     *
     * @param upstream evaluations of other schemes by id, for {@code survey} rules with {@code fromScheme}
     * @throws FactsRejected when any fact does not fit the scheme (nothing is scored then)
     */
    public Evaluation evaluate(FactSet facts, Map<String, Evaluation> upstream) {
        return evaluate(check(facts, upstream));
    }

    /** {@link #evaluate(FactSet, Map)} of facts checked before. */
    public Evaluation evaluate(CheckedFacts filed) {
        filed.requireFor(this);
        List<UnitScorer.Scored> scored = score(filed, true);
        Map<String, UnitScorer.Scored> byCode = new HashMap<>();
        scored.forEach(s -> byCode.put(s.unit().code(), s));
        List<UnitResult> units = new ArrayList<>(scored.size());
        for (Standing s : new Ranking(scheme, scored, filed.prerequisites(), filed.decisions(), filed.applications()).standings()) {
            UnitScorer.Scored explained = byCode.get(s.unit().code());
            units.add(UnitResult.explained(s, explained.indicators(), explained.vetoes()));
        }
        return new Evaluation(scheme.id(), units);
    }

    public Standings standings(FactSet facts) {
        return standings(facts, Map.of());
    }

    /**
     * Scores every unit, then ranks and grades them, as {@link #evaluate} does but without building
     * explanations: the result equals {@link Evaluation#standings()} of {@link #evaluate}.
     *
     * @throws FactsRejected when any fact does not fit the scheme
     */
    public Standings standings(FactSet facts, Map<String, Evaluation> upstream) {
        return standings(check(facts, upstream));
    }

    /** {@link #standings(FactSet, Map)} of facts checked before: a re-score reads and checks no fact again. */
    public Standings standings(CheckedFacts filed) {
        filed.requireFor(this);
        return new Standings(scheme.id(), new Ranking(scheme, score(filed, false), filed.prerequisites(), filed.decisions(), filed.applications()).standings());
    }

    public Optional<UnitResult> explain(FactSet facts, String unit) {
        return explain(facts, Map.of(), unit);
    }

    /**
     * One unit's result with its explanation (得分反查): equal to that unit's result in
     * {@link #evaluate}. Every unit is still scored, without explanations, for the ranks.
     *
     * @return empty when the facts and the scheme list no such unit
     * @throws FactsRejected when any fact does not fit the scheme
     */
    public Optional<UnitResult> explain(FactSet facts, Map<String, Evaluation> upstream, String unit) {
        return explain(check(facts, upstream), unit);
    }

    /** {@link #explain(FactSet, Map, String)} of facts checked before. */
    public Optional<UnitResult> explain(CheckedFacts filed, String unit) {
        filed.requireFor(this);
        int i = 0;
        while (i < filed.units().size() && !filed.units().get(i).code().equals(unit)) {
            i++;
        }
        if (i == filed.units().size()) {
            return Optional.empty();
        }
        UnitScorer.Scored explained = new UnitScorer(filed.units().get(i), filed.byUnitAndRule()[i], true, scheme.period()).score(this);
        return standings(filed).unit(unit).map(s -> UnitResult.explained(s, explained.indicators(), explained.vetoes()));
    }

    public CheckedFacts check(FactSet facts) {
        return check(facts, Map.of());
    }

    /**
     * Checks the facts and files them, each read once by its rule's kind, the upstream totals
     * included: what {@link #evaluate} and {@link #standings} score, as often as needed.
     *
     * @throws FactsRejected when any fact does not fit the scheme
     */
    public CheckedFacts check(FactSet facts, Map<String, Evaluation> upstream) {
        FactCheck check = new FactCheck(this);
        List<Scheme.Unit> units = check.units(facts);
        @SuppressWarnings("unchecked")
        List<CheckedFact<?>>[][] own = new List[units.size()][slots.size()];
        Map<String, Map<String, Boolean>> prerequisites = new HashMap<>();
        Map<String, Map<String, Decision>> decisions = new HashMap<>();
        Map<String, Applied> applications = new HashMap<>();
        Map<String, Fact> single = new HashMap<>();
        List<Problem> problems = check.check(facts.facts(), units, own, prerequisites, decisions, applications, single);
        return filed(check, units, facts.facts().size(), own, prerequisites, decisions, applications, single, upstream, problems,
                check.namedSameAs());
    }

    /**
     * The facts checked before with {@code added} after them, as {@link #check} of one facts file
     * listing them all would give: each added fact checked against the facts before it (a second
     * value of a rule that takes one per unit, a second prerequisite or decision, a unit that takes
     * another's facts…), which are not read or checked again. {@code checked} is left as it was. An
     * added fact is ordered by its {@link Fact#index} as by its place in a file: load it at
     * {@code checked.size()} and after ({@code FactsLoader#facts}) when the result is scored.
     *
     * @throws FactsRejected when an added fact does not fit the scheme or the facts before it
     */
    public CheckedFacts add(CheckedFacts checked, List<Fact> added) {
        checked.requireFor(this);
        FactCheck check = new FactCheck(this);
        List<CheckedFact<?>>[][] own = copy(checked.own()); // a unit and rule that gets a fact gets a new list (FactCheck)
        Map<String, Map<String, Boolean>> prerequisites = new HashMap<>();
        checked.prerequisites().forEach((unit, met) -> prerequisites.put(unit, new HashMap<>(met)));
        Map<String, Map<String, Decision>> decisions = new HashMap<>();
        checked.decisions().forEach((unit, made) -> decisions.put(unit, new HashMap<>(made)));
        Map<String, Applied> applications = new HashMap<>(checked.applications());
        Map<String, Fact> single = new HashMap<>(checked.single());
        List<Problem> problems = check.check(added, checked.units(), own, prerequisites, decisions, applications, single);
        return filed(check, checked.units(), checked.size() + added.size(), own, prerequisites, decisions, applications, single,
                checked.upstream(), problems, checked.namesSameAs() || check.namedSameAs());
    }

    /**
     * The facts filed as scored: each unit's own, another unit's where a fact says {@code sameAs},
     * and the facts the engine makes (other schemes' totals, counts of another rule's facts).
     *
     * @throws FactsRejected with {@code problems} and those found here, if any
     */
    private CheckedFacts filed(FactCheck check, List<Scheme.Unit> units, int size, List<CheckedFact<?>>[][] own,
                               Map<String, Map<String, Boolean>> prerequisites, Map<String, Map<String, Decision>> decisions,
                               Map<String, Applied> applications, Map<String, Fact> single, Map<String, Evaluation> upstream,
                               List<Problem> found, boolean namesSameAs) {
        List<Problem> problems = new ArrayList<>(found);
        // as scored, the facts differ from each unit's own only where a fact names sameAs or the engine makes facts
        List<CheckedFact<?>>[][] grouped = namesSameAs || makesFacts ? copy(own) : own;
        if (namesSameAs) {
            sameAs(check, units, grouped, problems);
        }
        for (RuleSlot s : slots) {
            s.fromScheme().filter(id -> !upstream.containsKey(id)).ifPresent(id ->
                    problems.add(new Problem(s.rule().path(), "needs the evaluation of scheme \"" + id + "\"")));
        }
        if (!problems.isEmpty()) {
            throw new FactsRejected(problems);
        }
        for (RuleSlot s : slots) {
            s.fromScheme().ifPresent(id -> upstreamFacts(s, upstream.get(id), units, grouped));
            s.countsFactsOf().ifPresent(id -> countedFacts(s, id, units, grouped));
        }
        return new CheckedFacts(this, units, size, own, grouped, prerequisites, decisions, applications, single, upstream, namesSameAs);
    }

    private static List<CheckedFact<?>>[][] copy(List<CheckedFact<?>>[][] byUnitAndRule) {
        List<CheckedFact<?>>[][] copy = byUnitAndRule.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i].clone();
        }
        return copy;
    }

    /**
     * A unit whose fact for a rule names {@code sameAs} gets that unit's facts for the rule, so that a
     * correction there follows (市对县 2.7 市直园区得分以××区得分为准); the other unit must have its own.
     */
    private void sameAs(FactCheck check, List<Scheme.Unit> units, List<CheckedFact<?>>[][] grouped, List<Problem> problems) {
        for (int i = 0; i < units.size(); i++) {
            for (int r = 0; r < slots.size(); r++) {
                List<CheckedFact<?>> facts = grouped[i][r];
                if (facts == null || facts.size() != 1 || facts.get(0).fact().sameAs().isEmpty()) {
                    continue;
                }
                Fact fact = facts.get(0).fact();
                Optional<Integer> other = check.unitIndex(fact.sameAs().get());
                if (other.isEmpty()) {
                    continue;
                }
                List<CheckedFact<?>> theirs = grouped[other.get()][r];
                if (theirs != null && theirs.stream().anyMatch(f -> f.fact().sameAs().isPresent())) {
                    problems.add(new Problem(Problems.field(fact.path(), Fact.SAME_AS.name()), "unit " + fact.sameAs().get()
                            + " takes " + fact.rule() + " from another unit itself"));
                    continue;
                }
                grouped[i][r] = theirs;
            }
        }
    }

    private List<UnitScorer.Scored> score(CheckedFacts filed, boolean explained) {
        List<UnitScorer.Scored> scored = new ArrayList<>(filed.units().size());
        for (int i = 0; i < filed.units().size(); i++) {
            scored.add(new UnitScorer(filed.units().get(i), filed.byUnitAndRule()[i], explained, scheme.period()).score(this));
        }
        return scored;
    }

    /**
     * The count of another rule's facts for each unit the rule applies to (0 when it has none), as the
     * value fact of a {@code countsFactsOf} rule: the articles of 吉水 共性6 fill its 上稿任务.
     */
    private void countedFacts(RuleSlot slot, String ruleId, List<Scheme.Unit> units, List<CheckedFact<?>>[][] grouped) {
        RuleSlot counted = byRef.get(slot.owner().orElseThrow().code() + "/" + ruleId);
        for (int i = 0; i < units.size(); i++) {
            if (!slot.appliesTo(units.get(i))) {
                continue;
            }
            List<CheckedFact<?>> facts = grouped[i][counted.index()];
            int count = 0;
            for (int f = 0; facts != null && f < facts.size(); f++) {
                count += facts.get(f).fact().count();
            }
            Fact fact = made(units.get(i), slot, counted.rule().ref() + " 共 " + count + " 项");
            grouped[i][slot.index()] = List.of(slot.provider().upstreamFact(fact, BigDecimal.valueOf(count)));
        }
    }

    /** A fact the engine makes for a rule whose value it computes. */
    private static Fact made(Scheme.Unit unit, RuleSlot slot, String label) {
        return new Fact(-1, Optional.of(label), unit.code(), slot.rule().ref(), 1, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                FactFields.NONE,
                List.of(Fact.RULE.name(), Fact.UNIT.name()));
    }

    /** The other scheme's total of each unit, as the score fact of a {@code fromScheme} rule. */
    private static void upstreamFacts(RuleSlot slot, Evaluation upstream, List<Scheme.Unit> units,
                                      List<CheckedFact<?>>[][] grouped) {
        for (int i = 0; i < units.size(); i++) {
            Optional<UnitResult> there = upstream.unit(units.get(i).code());
            if (there.isPresent()) {
                Fact fact = made(units.get(i), slot, "方案 " + upstream.scheme() + " 总分");
                grouped[i][slot.index()] = List.of(slot.provider().upstreamFact(fact, there.get().total()));
            }
        }
    }
}
