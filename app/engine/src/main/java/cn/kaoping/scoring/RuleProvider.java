package cn.kaoping.scoring;

import cn.kaoping.scheme.Effect;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FactFields;
import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.KindDescription;
import cn.kaoping.scheme.Params;
import cn.kaoping.scheme.Problems;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.RuleKind;
import cn.kaoping.scheme.RuleParams;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rule kind of the engine, named by its id (the {@code kind} of the scheme file), in the
 * manner of a Keycloak SPI provider: it describes itself ({@link #describe()}: parameters and fact
 * fields), reads and checks its parameters, reads each fact's fields into its own values once and
 * checks them, and turns one unit's facts into {@link Occurrence}s with their justifications.
 * Caps, floors, credits, dedupe, exemptions, multipliers and joint-work shares are applied by the
 * engine around it.
 *
 * @param <P> the kind's parameters
 * @param <F> the values the kind reads from a fact
 */
public abstract class RuleProvider<P extends RuleParams, F extends FactValues> implements RuleKind {

    private final Class<P> type;
    private final KindDescription description;
    /** The fact fields a fact of this kind may have: the common part's and the kind's own. */
    private final Set<String> readable;
    /** {@link #unwritten()}, once read. */
    private F unwritten;

    /**
     * @param help       what the kind does, one sentence
     * @param parameters the rule fields the kind reads, beyond those every rule has
     * @param factFields the fact fields the kind reads, beyond the common part ({@link Fact#COUNT} included when it counts)
     */
    protected RuleProvider(String id, Class<P> type, String help, List<FieldDescription> parameters,
                           List<FieldDescription> factFields, Effect defaultEffect, Effect... others) {
        this.type = type;
        this.description = new KindDescription(id, help, defaultEffect, EnumSet.of(defaultEffect, others),
                List.copyOf(parameters), List.copyOf(factFields));
        Set<String> readable = new HashSet<>(Fact.READ_BY_EVERY_RULE);
        factFields.forEach(f -> readable.add(f.name()));
        this.readable = Set.copyOf(readable);
    }

    @Override
    public final String id() {
        return description.id();
    }

    @Override
    public final Set<Effect> effects() {
        return description.effects();
    }

    @Override
    public final Effect defaultEffect() {
        return description.defaultEffect();
    }

    @Override
    public final KindDescription describe() {
        return description;
    }

    @Override
    public abstract P parse(Params in);

    @Override
    public final void validate(Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
        validate(type.cast(rule.params()), rule, owner, scheme, problems);
    }

    /**
     * Checks what needs the whole scheme (names of grades, the indicator's points), once the file
     * has been read without problems. {@code owner} is empty for scheme-level rules (vetoes).
     */
    protected void validate(P params, Rule rule, Optional<Indicator> owner, Scheme scheme, Problems problems) {
    }

    /** True when a fact for this kind may carry the field. */
    final boolean reads(String field) {
        return readable.contains(field);
    }

    /**
     * True for kinds that score a unit without facts too (a month without any fact is a month short of its
     * quota); the others give nothing without facts, or what the rule's {@code whenNoFact} says.
     */
    public boolean scoresWithoutFacts() {
        return false;
    }

    /** True for kinds that read one value per unit (a rate, a survey score): a second fact is refused. */
    public boolean oneFactPerUnit() {
        return false;
    }

    /** Names of grades or awards a firing rule bars the unit from (一票否决). */
    public final List<String> bars(RuleParams params) {
        return barred(type.cast(params));
    }

    protected List<String> barred(P params) {
        return List.of();
    }

    /** The scheme whose total a rule converts (survey {@code fromScheme}); its facts are made by the engine. */
    public final Optional<String> upstreamScheme(RuleParams params) {
        return fromScheme(type.cast(params));
    }

    protected Optional<String> fromScheme(P params) {
        return Optional.empty();
    }

    /**
     * The id of the rule of the same indicator whose facts' counts are this rule's value (吉水 共性6: the
     * 上稿任务 counts the articles entered under the bonus rule); its facts are made by the engine.
     */
    public final Optional<String> countedRule(RuleParams params) {
        return countsFactsOf(type.cast(params));
    }

    protected Optional<String> countsFactsOf(P params) {
        return Optional.empty();
    }

    /**
     * The values of the fact the engine makes of another scheme's total ({@link #fromScheme}) or of
     * another rule's count ({@link #countsFactsOf}).
     */
    protected F upstream(BigDecimal total) {
        throw new UnsupportedOperationException(id() + " rules take no value the engine makes");
    }

    final CheckedFact<F> upstreamFact(Fact fact, BigDecimal total) {
        return new CheckedFact<>(fact, upstream(total));
    }

    /** The values this kind reads from the fact's fields. */
    final F values(Fact fact) {
        return fact.values().isEmpty() ? unwritten() : read(fact.values());
    }

    /**
     * The values of a fact that writes none of the kind's fields (most counted facts): read once and
     * shared, as values are immutable records. A race reads them twice, equal.
     */
    private F unwritten() {
        F values = unwritten;
        if (values == null) {
            values = read(FactFields.NONE);
            unwritten = values;
        }
        return values;
    }

    /** Checks one fact's values against the rule (a rate above 100%, an unknown grade...). */
    @SuppressWarnings("unchecked")
    final void checkFact(RuleParams params, RuleInput<?> in, Fact fact, FactValues values, Problems problems) {
        check(type.cast(params), (RuleInput<F>) in, fact, (F) values, problems);
    }

    @SuppressWarnings("unchecked")
    final List<Occurrence> score(RuleInput<?> in) {
        return occurrences(type.cast(in.rule().params()), (RuleInput<F>) in);
    }

    /**
     * The fields of the kind that a clerk fills in for a fact of this rule (考评录入), in the order the
     * form shows them; {@link EntryForm} adds the common part the rule's place asks for.
     *
     * @param share the rule's share of points, where it has one (the default top of a 酌情 range)
     */
    final List<EntryField> entryFields(RuleParams params, Optional<BigDecimal> share) {
        return entry(type.cast(params), share);
    }

    protected abstract List<EntryField> entry(P params, Optional<BigDecimal> share);

    /** True for kinds whose facts must say why ({@code reason}): an amount the assessor chose. */
    public boolean reasonRequired() {
        return false;
    }

    /** Reads the kind's values from a fact's fields, as written (the loader has read each by its type). */
    protected abstract F read(FactFields fields);

    protected void check(P params, RuleInput<F> in, Fact fact, F values, Problems problems) {
    }

    /** The unit's facts for the rule turned into amounts, in the rule's effect (earned points for a score rule). */
    protected abstract List<Occurrence> occurrences(P params, RuleInput<F> in);
}
