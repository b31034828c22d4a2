package cn.kaoping.scoring;

import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit's evaluation: its indicators, total, and standing.
 *
 * @param points   the full points of the indicators that apply to the unit
 * @param total    Σ top-level scores − carried − veto costs
 * @param carried  excess deductions carried to the total (漳州 效率与作风)
 * @param vetoes   the scheme-level veto rules that fired
 * @param rank     competition rank within the ranking scope; empty when the unit is not ranked
 * @param rankedOf how many units share the unit's ranking scope
 * @param barredFrom grades and awards a veto bars the unit from
 * @param outcomes bottom-rank outcomes and consequences that apply, in scheme order
 * @param notes    why the grade and award were (not) given, ties at boundaries, unmet prerequisites
 * @param missing  the required rules without facts for the unit ({@link Standing#missing()})
 * @param pending  grades and prizes awaiting a decision on a tie, optional consequences awaiting theirs ({@link Standing#pending()})
 */
public record UnitResult(Scheme.Unit unit, BigDecimal points, BigDecimal total, BigDecimal carried,
                         BigDecimal vetoCost, List<NodeResult> indicators, List<RuleOutcome> vetoes,
                         Optional<Integer> rank, int rankedOf, Optional<String> grade, Optional<String> award,
                         List<String> barredFrom, List<Outcome> outcomes, List<String> notes,
                         List<String> missing, List<String> pending) {

    /** The unit's totals and standing, as {@link PreparedScheme#standings} gives them. */
    public Standing standing() {
        List<Standing.Part> parts = indicators.stream()
                .map(n -> new Standing.Part(n.code(), n.name(), n.points(), n.score())).toList();
        return new Standing(unit, points, total, carried, vetoCost, parts, rank, rankedOf, grade, award, barredFrom,
                outcomes, notes, missing, pending);
    }

    /** A standing with the unit's explanation tree. */
    static UnitResult explained(Standing s, List<NodeResult> indicators, List<RuleOutcome> vetoes) {
        return new UnitResult(s.unit(), s.points(), s.total(), s.carried(), s.vetoCost(), indicators, vetoes, s.rank(),
                s.rankedOf(), s.grade(), s.award(), s.barredFrom(), s.outcomes(), s.notes(), s.missing(), s.pending());
    }

    /** A consequence or bottom-rank outcome with its named figures (优秀比例 20%, 奖金 +10%…). */
    public record Outcome(String text, Map<String, BigDecimal> measures) {
    }
}
