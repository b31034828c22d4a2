package cn.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One indicator for one unit: its points and score, what was deducted, credited and added in it
 * (its children's included), what was carried to the total, and why (rules and adjustments).
 */
public record NodeResult(String code, String name, Optional<BigDecimal> points, BigDecimal score,
                         BigDecimal deducted, BigDecimal credited, BigDecimal bonus, BigDecimal carried,
                         List<RuleOutcome> rules, List<Adjustment> adjustments, List<NodeResult> children) {
}
