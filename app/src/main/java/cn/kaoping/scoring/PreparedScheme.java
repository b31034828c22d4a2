package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Problem;
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

    /** An indicator with its prepared rules. */
    record Node(Indicator indicator, List<RuleSlot> rules, List<Node> children) {
    }

    PreparedScheme(Scheme scheme, List<RuleSlot> slots, List<Node> nodes, List<RuleSlot> vetoes) {
        this.scheme = scheme;
        this.slots = List.copyOf(slots);
        this.nodes = List.copyOf(nodes);
        this.vetoes = List.copyOf(vetoes);
        slots.forEach(s -> byRef.put(s.rule().ref().intern(), s));
    }

    public Scheme scheme() {
        return scheme;
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

    public Evaluation evaluate(FactSet facts) {
        return evaluate(facts, Map.of());
    }

    /**
     * Scores every unit, then ranks and grades them.
     *
     * @param upstream evaluations of other schemes by id, for {@code survey} rules with {@code fromScheme}
     * @throws FactsRejected when any fact does not fit the scheme (nothing is scored then)
     */
    public Evaluation evaluate(FactSet facts, Map<String, Evaluation> upstream) {
        FactCheck check = new FactCheck(this);
        List<Scheme.Unit> units = check.units(facts);
        @SuppressWarnings("unchecked")
        List<Fact>[][] grouped = new List[units.size()][slots.size()];
        Map<String, Map<String, Boolean>> prerequisites = new HashMap<>();
        List<Problem> problems = new ArrayList<>(check.check(facts, units, grouped, prerequisites));
        for (RuleSlot s : slots) {
            s.provider().upstreamScheme(s.rule().params()).filter(id -> !upstream.containsKey(id)).ifPresent(id ->
                    problems.add(new Problem(s.rule().path(), "needs the evaluation of scheme \"" + id + "\"")));
        }
        if (!problems.isEmpty()) {
            throw new FactsRejected(problems);
        }
        for (RuleSlot s : slots) {
            s.provider().upstreamScheme(s.rule().params()).ifPresent(id -> upstreamFacts(s, upstream.get(id), units, grouped));
        }
        List<UnitScorer.Scored> scored = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            scored.add(new UnitScorer(units.get(i), grouped[i]).score(this));
        }
        return new Standings(scheme, scored, prerequisites).evaluation();
    }

    /** The other scheme's total of each unit, as the score fact of a {@code fromScheme} rule. */
    private static void upstreamFacts(RuleSlot slot, Evaluation upstream, List<Scheme.Unit> units, List<Fact>[][] grouped) {
        for (int i = 0; i < units.size(); i++) {
            Optional<UnitResult> there = upstream.unit(units.get(i).code());
            if (there.isPresent()) {
                BigDecimal total = there.get().total();
                grouped[i][slot.index()] = List.of(new Fact(-1, Optional.of("方案 " + upstream.scheme() + " 总分"),
                        units.get(i).code(), slot.rule().ref(), 1, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(total), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of("rule", "score", "unit")));
            }
        }
    }
}
