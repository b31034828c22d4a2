package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Scheme;
import java.util.List;
import java.util.Map;

/**
 * A facts file checked against one prepared scheme ({@link PreparedScheme#check}): every fact read
 * once by its rule's kind and filed by unit and rule. Scoring it again reads and checks nothing, and
 * more facts are checked against it without reading these again ({@link PreparedScheme#add}). Never
 * changed once made: {@code add} makes another.
 */
public final class CheckedFacts {

    private final PreparedScheme scheme;
    private final List<Scheme.Unit> units;
    private final int size;
    private final List<CheckedFact<?>>[][] own;
    private final List<CheckedFact<?>>[][] byUnitAndRule;
    private final Map<String, Map<String, Boolean>> prerequisites;
    private final Map<String, Map<String, Decision>> decisions;
    private final Map<String, Applied> applications;
    private final Map<String, Fact> single;
    private final Map<String, Evaluation> upstream;
    private final boolean namesSameAs;

    /**
     * @param size          how many facts were read, the next one's place
     * @param own           each unit's own facts by rule index (null: none), as the facts give them
     * @param byUnitAndRule each unit's facts by rule index as scored: {@code own} with another unit's
     *                      facts where a fact says {@code sameAs}, and the facts the engine makes
     * @param prerequisites per unit code: prerequisite id → met
     * @param decisions     per unit code: grade or prize → the decision on a tie beyond its count
     * @param applications  per unit code: the grade it applies for
     * @param single        per unit and rule: its one prerequisite, decision or application fact
     * @param upstream      the evaluations of other schemes the facts were checked with
     * @param namesSameAs   some fact names {@code sameAs}: facts added later are filed with another unit's again
     */
    CheckedFacts(PreparedScheme scheme, List<Scheme.Unit> units, int size, List<CheckedFact<?>>[][] own,
                 List<CheckedFact<?>>[][] byUnitAndRule, Map<String, Map<String, Boolean>> prerequisites,
                 Map<String, Map<String, Decision>> decisions, Map<String, Applied> applications, Map<String, Fact> single,
                 Map<String, Evaluation> upstream, boolean namesSameAs) {
        this.scheme = scheme;
        this.units = List.copyOf(units);
        this.size = size;
        this.own = own;
        this.byUnitAndRule = byUnitAndRule;
        this.prerequisites = prerequisites;
        this.decisions = decisions;
        this.applications = applications;
        this.single = single;
        this.upstream = upstream;
        this.namesSameAs = namesSameAs;
    }

    /** The units the facts may name: the scheme's, then the facts file's own. */
    public List<Scheme.Unit> units() {
        return units;
    }

    /** How many facts were read: the place ({@link Fact#index}) of the next fact. */
    public int size() {
        return size;
    }

    List<CheckedFact<?>>[][] own() {
        return own;
    }

    List<CheckedFact<?>>[][] byUnitAndRule() {
        return byUnitAndRule;
    }

    Map<String, Map<String, Boolean>> prerequisites() {
        return prerequisites;
    }

    Map<String, Map<String, Decision>> decisions() {
        return decisions;
    }

    Map<String, Applied> applications() {
        return applications;
    }

    Map<String, Fact> single() {
        return single;
    }

    Map<String, Evaluation> upstream() {
        return upstream;
    }

    boolean namesSameAs() {
        return namesSameAs;
    }

    void requireFor(PreparedScheme prepared) {
        if (prepared != scheme) {
            throw new IllegalArgumentException("facts checked against another prepared scheme");
        }
    }
}
