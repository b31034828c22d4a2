package cn.kaoping.scoring;

import cn.kaoping.scheme.Scheme;
import java.util.List;
import java.util.Map;

/**
 * A facts file checked against one prepared scheme ({@link PreparedScheme#check}): every fact read
 * once by its rule's kind and filed by unit and rule. Scoring it again reads and checks nothing.
 */
public final class CheckedFacts {

    private final PreparedScheme scheme;
    private final List<Scheme.Unit> units;
    private final List<CheckedFact<?>>[][] byUnitAndRule;
    private final Map<String, Map<String, Boolean>> prerequisites;
    private final Map<String, Map<String, Decision>> decisions;

    /**
     * @param byUnitAndRule each unit's facts by rule index (null: none); not changed after this
     * @param prerequisites per unit code: prerequisite id → met
     * @param decisions     per unit code: grade or prize → the decision on a tie beyond its count
     */
    CheckedFacts(PreparedScheme scheme, List<Scheme.Unit> units, List<CheckedFact<?>>[][] byUnitAndRule,
                 Map<String, Map<String, Boolean>> prerequisites, Map<String, Map<String, Decision>> decisions) {
        this.scheme = scheme;
        this.units = List.copyOf(units);
        this.byUnitAndRule = byUnitAndRule;
        this.prerequisites = prerequisites;
        this.decisions = decisions;
    }

    /** The units the facts may name: the scheme's, then the facts file's own. */
    public List<Scheme.Unit> units() {
        return units;
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

    void requireFor(PreparedScheme prepared) {
        if (prepared != scheme) {
            throw new IllegalArgumentException("facts checked against another prepared scheme");
        }
    }
}
