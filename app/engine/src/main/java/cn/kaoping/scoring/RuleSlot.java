package cn.kaoping.scoring;

import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A rule prepared for scoring: its provider, its position, its share, the joint-work shares it
 * inherits and the applicability of the indicators above it.
 *
 * @param index     position among all rules of the scheme (facts are grouped by it)
 * @param owner     the indicator the rule belongs to; empty for scheme-level vetoes
 * @param appliesTo the appliesTo of the owner and of every ancestor
 */
record RuleSlot(int index, Rule rule, RuleProvider<?, ?> provider, Optional<Indicator> owner,
                Optional<BigDecimal> share, Optional<Indicator.JointWork> jointWork,
                List<Indicator.Applicability> appliesTo) {

    boolean appliesTo(Scheme.Unit unit) {
        for (Indicator.Applicability a : appliesTo) {
            if (!a.includes(unit)) {
                return false;
            }
        }
        return true;
    }
}
