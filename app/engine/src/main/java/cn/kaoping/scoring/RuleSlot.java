package cn.kaoping.scoring;

import cn.kaoping.scheme.Indicator;
import cn.kaoping.scheme.NoFact;
import cn.kaoping.scheme.Rule;
import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule prepared for scoring: its provider, its position, its share, the joint-work shares it
 * inherits and the applicability of the indicators above it.
 *
 * @param index     position among all rules of the scheme (facts are grouped by it)
 * @param owner     the indicator the rule belongs to; empty for scheme-level vetoes
 * @param appliesTo the appliesTo of the owner and of every ancestor
 * @param noFact    what no fact for a unit means ({@link Rule#noFact()})
 * @param dated     its facts need a date within the scheme's period (the owner or an ancestor is {@code dated}, or
 *                  the rule looks back over a window)
 * @param windowFrom the first day of the rule's window ({@code within}): facts dated before it count nothing
 * @param evidenceBasis the document the rule's facts rest on (the rule's, else the nearest indicator's): each fact needs
 *                  its evidence
 * @param matterOnce the rule or an indicator above counts the same matter once, at the highest amount ({@code
 *                  matter-highest}): its facts name the person (漳州 三(二)2 每人次…同一事项就高扣分一次)
 * @param lost      what no fact costs a deduct rule whose {@code noFact} is share or required: the rule's
 *                  points, else its cap, else its share; zero otherwise
 * @param fromScheme    the scheme whose total the rule converts ({@link RuleProvider#upstreamScheme}), read once here
 *                  rather than per fact
 * @param countsFactsOf the rule whose facts' counts are this rule's value ({@link RuleProvider#countedRule})
 */
record RuleSlot(int index, Rule rule, RuleProvider<?, ?> provider, Optional<Indicator> owner,
                Optional<BigDecimal> share, Optional<Indicator.JointWork> jointWork,
                List<Indicator.Applicability> appliesTo, NoFact noFact, BigDecimal lost, boolean dated, Optional<LocalDate> windowFrom,
                Optional<String> evidenceBasis, boolean matterOnce, Optional<String> fromScheme, Optional<String> countsFactsOf) {

    boolean appliesTo(Scheme.Unit unit) {
        for (Indicator.Applicability a : appliesTo) {
            if (!a.includes(unit)) {
                return false;
            }
        }
        return true;
    }
}
