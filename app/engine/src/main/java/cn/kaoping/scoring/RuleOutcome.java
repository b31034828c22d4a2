package cn.kaoping.scoring;

import cn.kaoping.scheme.Effect;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What one rule did for one unit.
 *
 * @param amount what the rule contributes in its effect after its cap: deducted, added, offered as
 *               credit; for a score rule the shortfall (share − earned), counted as a deduction
 * @param earned for a score rule: the points earned out of its share
 */
public record RuleOutcome(String rule, String kind, Effect effect, String clause, BigDecimal amount,
                          Optional<BigDecimal> earned, List<Line> lines, List<Adjustment> adjustments) {
}
