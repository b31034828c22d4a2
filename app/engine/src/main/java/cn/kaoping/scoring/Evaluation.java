package cn.kaoping.scoring;

import java.util.List;
import java.util.Optional;

/**
 * A scheme's evaluation for one set of facts. Units are ordered by series (scheme order; units
 * without a series last), then rank, then the order they were listed in.
 */
public record Evaluation(String scheme, List<UnitResult> units) {

    public Optional<UnitResult> unit(String code) {
        return units.stream().filter(u -> u.unit().code().equals(code)).findFirst();
    }

    /** The totals and standings alone, as {@link PreparedScheme#standings} gives them. */
    public Standings standings() {
        return new Standings(scheme, units.stream().map(UnitResult::standing).toList());
    }
}
