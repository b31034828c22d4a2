package cn.kaoping.scoring;

import cn.kaoping.scheme.Dedupe;
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
            nodes.add(node(scheme, top, List.of(), Optional.empty(), Inherited.NONE, slots));
        }
        List<RuleSlot> vetoes = new ArrayList<>();
        for (Rule veto : scheme.vetoes()) {
            RuleSlot slot = slot(scheme, slots.size(), veto, Optional.empty(), Optional.empty(), List.of(), Inherited.NONE);
            slots.add(slot);
            vetoes.add(slot);
        }
        return new PreparedScheme(scheme, slots, nodes, vetoes);
    }

    /** What the rules of a node inherit from it and the nodes above: dates required, the evidence basis. */
    private record Inherited(boolean dated, Optional<String> evidenceBasis, boolean matterOnce) {

        static final Inherited NONE = new Inherited(false, Optional.empty(), false);

        Inherited below(Indicator indicator) {
            return new Inherited(dated || indicator.dated(), indicator.evidenceBasis().or(() -> evidenceBasis),
                    matterOnce || indicator.dedupe() == Dedupe.MATTER_HIGHEST);
        }
    }

    private PreparedScheme.Node node(Scheme scheme, Indicator indicator, List<Indicator.Applicability> above,
                                     Optional<Indicator.JointWork> inherited, Inherited from, List<RuleSlot> slots) {
        Inherited here = from.below(indicator);
        List<Indicator.Applicability> appliesTo = new ArrayList<>(above);
        indicator.appliesTo().ifPresent(appliesTo::add);
        Optional<Indicator.JointWork> jointWork = indicator.jointWork().or(() -> inherited);
        List<RuleSlot> rules = new ArrayList<>();
        for (Rule rule : indicator.rules()) {
            RuleSlot slot = slot(scheme, slots.size(), rule, Optional.of(indicator), jointWork, List.copyOf(appliesTo), here);
            slots.add(slot);
            rules.add(slot);
        }
        List<PreparedScheme.Node> children = indicator.children().stream()
                .map(c -> node(scheme, c, appliesTo, jointWork, here, slots)).toList();
        return new PreparedScheme.Node(indicator, rules, children);
    }

    private RuleSlot slot(Scheme scheme, int index, Rule rule, Optional<Indicator> owner, Optional<Indicator.JointWork> inherited,
                          List<Indicator.Applicability> appliesTo, Inherited from) {
        RuleProvider<?, ?> provider = registry.kind(rule.kind())
                .orElseThrow(() -> new IllegalArgumentException("unknown rule kind " + rule.kind() + " at " + rule.path()));
        Optional<BigDecimal> share = rule.points().or(() -> owner.flatMap(Indicator::pointsOrChildrenSum));
        NoFact noFact = rule.noFact();
        BigDecimal lost = rule.effect() == Effect.DEDUCT && noFact != NoFact.NOTHING
                ? rule.points().or(rule::cap).or(() -> share).orElseThrow() : BigDecimal.ZERO;
        return new RuleSlot(index, rule, provider, owner, share, rule.jointWork().or(() -> inherited), appliesTo,
                noFact, lost, from.dated() || rule.within().isPresent(), rule.within().map(w -> w.from(scheme.period().to())),
                rule.evidenceBasis().or(from::evidenceBasis), from.matterOnce() || rule.dedupe() == Dedupe.MATTER_HIGHEST,
                provider.upstreamScheme(rule.params()), provider.countedRule(rule.params()));
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
