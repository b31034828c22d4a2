package cn.kaoping.results;

import cn.kaoping.scheme.DecimalText;
import cn.kaoping.scoring.Standing;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One unit's live result: total, points before carried deductions and vetoes, part totals (the
 * top-level indicators), rank in its series, grade, award and consequences. Points are strings
 * with two decimals, as the command line writes them.
 *
 * @param missing the rules whose facts the scheme requires and the unit lacks: while any is listed, the result is
 *                incomplete (FORMAT.md §4 {@code whenNoFact: required})
 * @param pending what waits for a decision ({@code decisions/<name>}): a grade or prize tied beyond its count
 *                (名额超出，待研究决定), or an optional consequence (可比照执行)
 */
public record UnitStanding(String unit, String name, Optional<String> series, String total, String points,
                           String carried, String vetoCost, List<Part> parts, Optional<Integer> rank, int rankedOf,
                           Optional<String> grade, Optional<String> award, List<String> barredFrom,
                           List<Outcome> outcomes, List<String> notes, List<String> missing, List<String> pending) {

    /** A top-level indicator's points and score (分项得分). */
    public record Part(String code, String name, Optional<String> points, String score) {
    }

    /** A consequence (结果运用) with its named figures. */
    public record Outcome(String text, Map<String, String> measures) {
    }

    static UnitStanding of(Standing s) {
        return new UnitStanding(s.unit().code(), s.unit().name(), s.unit().series(), DecimalText.showPoints(s.total()),
                DecimalText.showPoints(s.points()), DecimalText.showPoints(s.carried()), DecimalText.showPoints(s.vetoCost()),
                s.parts().stream().map(p -> new Part(p.code(), p.name(), p.points().map(DecimalText::showPoints),
                        DecimalText.showPoints(p.score()))).toList(),
                s.rank(), s.rankedOf(), s.grade(), s.award(), s.barredFrom(),
                s.outcomes().stream().map(o -> new Outcome(o.text(), o.measures().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> DecimalText.show(e.getValue()))))).toList(),
                s.notes(), s.missing(), s.pending());
    }
}
