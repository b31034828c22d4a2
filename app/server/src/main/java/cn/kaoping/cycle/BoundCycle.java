package cn.kaoping.cycle;

import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.PreparedScheme;
import java.util.List;
import java.util.Optional;

/**
 * A cycle with what it is bound to: its published scheme version, prepared for the engine, the
 * version's content hash, its units and its agencies.
 */
public record BoundCycle(Cycle cycle, PreparedScheme prepared, String schemeHash, List<CycleUnit> units,
                         Agencies agencies, Indicators indicators) {

    public Scheme scheme() {
        return prepared.scheme();
    }

    public Optional<CycleUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** The units a facts file for this cycle must list: those added to it, which the scheme does not list. */
    public List<Scheme.Unit> addedUnits() {
        return units.stream().filter(u -> !u.fromScheme()).map(CycleUnit::unit).toList();
    }
}
