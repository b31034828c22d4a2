package cn.kaoping.scoring;

import cn.kaoping.scheme.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One unit's totals and standing without the explanation tree: what a ranking shows. Equal to
 * {@link UnitResult#standing()} of the full evaluation; {@link PreparedScheme#explain} gives the
 * explanation of one unit on demand (得分反查).
 *
 * @param parts the score of each top-level indicator that applies to the unit (分项得分), in scheme order
 * @param missing the rules whose facts the scheme requires ({@code whenNoFact: required}) and the unit lacks:
 *                while any is listed the unit's result is incomplete
 * @param pending the grades and prizes the unit ties for beyond their fixed count (名额超出，待研究决定), and the
 *                optional consequences its series may follow (可比照执行), until a decision ({@code decisions/<name>})
 *                resolves them
 * @see UnitResult for the other fields
 */
public record Standing(Scheme.Unit unit, BigDecimal points, BigDecimal total, BigDecimal carried,
                       BigDecimal vetoCost, List<Part> parts, Optional<Integer> rank, int rankedOf,
                       Optional<String> grade, Optional<String> award, List<String> barredFrom,
                       List<UnitResult.Outcome> outcomes, List<String> notes, List<String> missing,
                       List<String> pending) {

    /** False while a fact the scheme requires is missing. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** A top-level indicator's points and score for the unit. */
    public record Part(String code, String name, Optional<BigDecimal> points, BigDecimal score) {
    }
}
