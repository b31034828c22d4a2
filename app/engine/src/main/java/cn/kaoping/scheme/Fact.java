package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.List;

/**
 * One fact of a facts file: something observed about a unit that a rule turns into points
 * (one occurrence, a rate, a survey score, the assessor's discretionary amount...).
 * Which fields a fact needs depends on the rule's kind (FORMAT.md, "Facts").
 *
 * @param index  position in the file, for messages ({@code facts[12]}) and explanations
 * @param rule   {@code <indicator code>/<rule id>}, {@code vetoes/<id>} or {@code prerequisites/<id>}
 * @param count  occurrences (次/件/人次), 1 when not written
 * @param fields the names written in the file, sorted, so that a field the kind does not read is refused
 */
public record Fact(int index, Optional<String> id, String unit, String rule, int count,
                   Optional<BigDecimal> value, Optional<BigDecimal> target, Optional<BigDecimal> amount,
                   Optional<BigDecimal> score, Optional<BigDecimal> fullScore,
                   Optional<String> grade, Optional<String> level, Optional<String> matter,
                   Optional<JointWorkRole> role, boolean selfReported, Optional<String> condition,
                   Optional<Integer> rank, Optional<Integer> of, Optional<Boolean> met,
                   Optional<String> reason, List<String> fields) {

    public String path() {
        return "facts[" + index + "]";
    }

    /** How explanations name the fact: its id if it has one, else its position. */
    public String label() {
        return id.orElseGet(this::path);
    }
}
