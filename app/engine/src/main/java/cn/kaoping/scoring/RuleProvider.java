package cn.kaoping.scoring;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.RuleKind;
import cn.kaoping.scheme.RuleParams;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rule kind of the engine, named by its id (the {@code kind} of the scheme file), in the
 * manner of a Keycloak SPI provider: it reads and checks its parameters, checks the facts
 * written for it, and turns one unit's facts into {@link Occurrence}s. Caps, floors, credits,
 * dedupe, exemptions, multipliers and joint-work shares are applied by the engine around it.
 *
 * @param <P> the kind's parameters
 */
public abstract class RuleProvider<P extends RuleParams> implements RuleKind {

    private final String id;
    private final Class<P> type;
    private final Set<String> readable;
    private final Effect defaultEffect;
    private final Set<Effect> effects;

    /**
     * @param factFields the fact fields this kind reads, beyond those every fact may have
     */
    protected RuleProvider(String id, Class<P> type, Set<String> factFields, Effect defaultEffect, Effect... others) {
        this.id = id;
        this.type = type;
        this.readable = new HashSet<>(factFields);
        this.readable.addAll(COMMON_FACT_FIELDS);
        this.defaultEffect = defaultEffect;
        this.effects = EnumSet.of(defaultEffect, others);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<Effect> effects() {
        return effects;
    }

    @Override
    public final Effect defaultEffect() {
        return defaultEffect;
    }

    @Override
    public abstract P parse(Params in);

    /** Fields any fact may carry, whatever its rule's kind. */
    public static final Set<String> COMMON_FACT_FIELDS = Set.of("id", "unit", "rule", "reason", "evidence", "matter",
            "role", "selfReported", "condition");

    /** True when a fact for this kind may carry the field. */
    final boolean reads(String field) {
        return readable.contains(field);
    }

    /** True for kinds that read one value per unit (a rate, a survey score): a second fact is refused. */
    public boolean oneFactPerUnit() {
        return false;
    }

    /** Names of grades or awards a firing rule bars the unit from (一票否决). */
    public List<String> bars(RuleParams params) {
        return List.of();
    }

    /** The scheme whose total a rule converts (survey {@code fromScheme}); its facts are made by the engine. */
    public Optional<String> upstreamScheme(RuleParams params) {
        return Optional.empty();
    }

    /** Checks one fact's values against the rule (a rate above 100%, an unknown grade...). */
    final void checkFact(RuleParams params, RuleInput in, Fact fact, Problems problems) {
        check(type.cast(params), in, fact, problems);
    }

    final List<Occurrence> score(RuleInput in) {
        return occurrences(type.cast(in.rule().params()), in);
    }

    protected void check(P params, RuleInput in, Fact fact, Problems problems) {
    }

    /** The unit's facts for the rule turned into amounts, in the rule's effect (earned points for a score rule). */
    protected abstract List<Occurrence> occurrences(P params, RuleInput in);
}
