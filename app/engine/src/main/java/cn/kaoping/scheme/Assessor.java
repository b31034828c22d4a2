package cn.kaoping.scheme;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who assesses an item or a clause (考核单位/考评主体): the same agencies for every unit, or per
 * series (漳州 1: 第一系列：市委办；第二系列：市政府办；第三系列：市效能办). Written as a string (one
 * agency), an array (several, any of which assesses: 武进 ["人教科", "党委办"]) or an object of series
 * codes to either.
 *
 * @param agencies the agencies for every unit; empty when the assessor is given per series
 * @param bySeries series code → agencies, in file order; empty when the same agencies assess every unit
 */
public record Assessor(List<String> agencies, Map<String, List<String>> bySeries) {

    /** The agencies that assess the unit; empty for a unit whose series the assessor does not name. */
    public List<String> forUnit(Scheme.Unit unit) {
        if (bySeries.isEmpty()) {
            return agencies;
        }
        return unit.series().map(s -> bySeries.getOrDefault(s, List.of())).orElse(List.of());
    }

    /** Every agency named. */
    public Stream<String> names() {
        return Stream.concat(agencies.stream(), bySeries.values().stream().flatMap(List::stream));
    }
}
