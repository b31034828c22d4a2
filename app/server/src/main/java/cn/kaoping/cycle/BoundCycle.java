package cn.kaoping.cycle;

import cn.kaoping.scheme.Approval;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.PreparedScheme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The agency that collects (扎口) the unit's sheet: its {@code collectedBy}, which 武进 附件1 writes
     * as the unit code of the collecting 科室 (rjk → 人教科), read as that unit's name.
     */
    public Optional<String> collectingAgency(Scheme.Unit unit) {
        return unit.collectedBy().map(c -> unit(c).map(u -> u.unit().name()).orElse(c));
    }

    /**
     * The agencies whose approvers sign a level of the scheme's approval chain beside the assessing
     * ones: the units' 扎口科室 where a level is signed by them, the agencies a level names (漳州 系列考评组).
     */
    public Set<String> signingAgencies() {
        Set<String> names = new LinkedHashSet<>();
        for (Approval.Level level : scheme().approval().levels()) {
            switch (level.signer().scope()) {
                case COLLECTING_AGENCY -> units.forEach(u -> collectingAgency(u.unit()).ifPresent(names::add));
                case AGENCY -> level.signer().agency().ifPresent(a -> a.names().forEach(names::add));
                default -> {
                    // the assessing agencies and the tenant's approvers: nothing to add
                }
            }
        }
        return names;
    }

    /** The units a facts file for this cycle must list: those added to it, which the scheme does not list. */
    public List<Scheme.Unit> addedUnits() {
        return units.stream().filter(u -> !u.fromScheme()).map(CycleUnit::unit).toList();
    }
}
