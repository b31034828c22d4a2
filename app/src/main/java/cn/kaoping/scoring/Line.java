package cn.kaoping.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One amount a rule counted (or counted as 0) for a unit: the facts behind it, the amount after
 * multiplier, joint-work share and rounding, and how it was reached.
 *
 * @param facts fact labels: their ids, or {@code facts[i]}
 */
public record Line(List<String> facts, BigDecimal amount, String note) {
}
