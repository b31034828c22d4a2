package cn.kaoping.scoring;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Rule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a rule kind sees when it scores one unit: the rule, its share of points (the rule's
 * {@code points}, else its indicator's) and the unit's facts for the rule, in file order.
 */
public record RuleInput(Rule rule, Optional<BigDecimal> share, List<Fact> facts) {
}
