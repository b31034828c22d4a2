package cn.kaoping.scoring;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.NoFact;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring engine: plain Java, no framework. {@link #prepare} indexes a validated scheme once;
 * the prepared scheme scores any number of facts files.
 */
public final class Engine {

    private final RuleRegistry registry;

    public Engine(RuleRegistry registry) {
        this.registry = registry;
    }

    public Evaluation evaluate(Scheme scheme, FactSet facts) {
        return prepare(scheme).evaluate(facts);
    }

    /** Indexes the scheme's rules; the scheme must have passed the validator. */
    public PreparedScheme prepare(Scheme scheme) {
        List<RuleSlot> slots = new ArrayList<>();
        List<PreparedScheme.Node> nodes = new ArrayList<>();
        for (Indicator top : scheme.indicators()) {
            nodes.add(node(scheme, top, List.of(), Optional.empty(), false, slots));
        }
        List<RuleSlot> vetoes = new ArrayList<>();
        for (Rule veto : scheme.vetoes()) {
            RuleSlot slot = slot(scheme, slots.size(), veto, Optional.empty(), Optional.empty(), List.of(), false);
            slots.add(slot);
            vetoes.add(slot);
        }
        return new PreparedScheme(scheme, slots, nodes, vetoes);
    }

    private PreparedScheme.Node node(Scheme scheme, Indicator indicator, List<Indicator.Applicability> above,
                                     Optional<Indicator.JointWork> inherited, boolean datedAbove, List<RuleSlot> slots) {
        boolean dated = datedAbove || indicator.dated();
        List<Indicator.Applicability> appliesTo = new ArrayList<>(above);
        indicator.appliesTo().ifPresent(appliesTo::add);
        Optional<Indicator.JointWork> jointWork = indicator.jointWork().or(() -> inherited);
        List<RuleSlot> rules = new ArrayList<>();
        for (Rule rule : indicator.rules()) {
            RuleSlot slot = slot(scheme, slots.size(), rule, Optional.of(indicator), jointWork, List.copyOf(appliesTo), dated);
            slots.add(slot);
            rules.add(slot);
        }
        List<PreparedScheme.Node> children = indicator.children().stream()
                .map(c -> node(scheme, c, appliesTo, jointWork, dated, slots)).toList();
        return new PreparedScheme.Node(indicator, rules, children);
    }

    private RuleSlot slot(Scheme scheme, int index, Rule rule, Optional<Indicator> owner, Optional<Indicator.JointWork> inherited,
                          List<Indicator.Applicability> appliesTo, boolean dated) {
        RuleProvider<?, ?> provider = registry.kind(rule.kind())
                .orElseThrow(() -> new IllegalArgumentException("unknown rule kind " + rule.kind() + " at " + rule.path()));
        Optional<BigDecimal> share = rule.points().or(() -> owner.flatMap(Indicator::pointsOrChildrenSum));
        NoFact noFact = rule.noFact();
        BigDecimal lost = rule.effect() == Effect.DEDUCT && noFact != NoFact.NOTHING
                ? rule.points().or(rule::cap).or(() -> share).orElseThrow() : BigDecimal.ZERO;
        return new RuleSlot(index, rule, provider, owner, share, rule.jointWork().or(() -> inherited), appliesTo,
                noFact, lost, dated || rule.within().isPresent(), rule.within().map(w -> w.from(scheme.period().to())));
    }

    /** Scheme evaluations other schemes' {@code survey} rules read through {@code fromScheme}, by scheme id. */
    public static Map<String, Evaluation> upstream(Evaluation... evaluations) {
        Map<String, Evaluation> map = new HashMap<>();
        for (Evaluation e : evaluations) {
            map.put(e.scheme(), e);
        }
        return map;
    }
}
