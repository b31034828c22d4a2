package cn.kaoping.scheme;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who assesses an item or a clause (考核单位/考评主体): one agency for every unit, or one per series
 * (漳州 1: 第一系列：市委办；第二系列：市政府办；第三系列：市效能办). Written as a string or as an object
 * of series codes to agencies.
 *
 * @param agency   the agency for every unit; empty when the assessor is given per series
 * @param bySeries series code → agency, in file order; empty when one agency assesses every unit
 */
public record Assessor(Optional<String> agency, Map<String, String> bySeries) {

    /** The agency that assesses the unit; empty for a unit whose series the assessor does not name. */
    public Optional<String> forUnit(Scheme.Unit unit) {
        if (bySeries.isEmpty()) {
            return agency;
        }
        return unit.series().map(bySeries::get);
    }

    /** Every agency named. */
    public Stream<String> names() {
        return Stream.concat(agency.stream(), bySeries.values().stream());
    }
}
