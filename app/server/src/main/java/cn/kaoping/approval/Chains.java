package cn.kaoping.approval;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.cycle.Indicators;
import cn.kaoping.scheme.Approval;
import cn.kaoping.scheme.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a cycle's {@link Chain} from its scheme version, its units and agencies, and the stored actions. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Chains {

    @Inject
    Approvals approvals;
    @Inject
    Cycles cycles;
    @Inject
    SubmittedSelfAssessments submitted;

    Chain of(BoundCycle cycle) {
        Approval approval = cycle.scheme().approval();
        List<Scheme.Unit> units = cycle.units().stream().map(CycleUnit::unit).toList();
        boolean agencyLevel = approval.levels().stream().anyMatch(l -> l.covers() == Approval.Covers.AGENCY);
        Map<String, String> collectors = new LinkedHashMap<>();
        units.forEach(u -> cycle.collectingAgency(u).ifPresent(c -> collectors.put(u.code(), c)));
        return new Chain(approval, units, agencyLevel ? agenciesOfUnits(cycle, units) : Map.of(), collectors,
                approval.levels().isEmpty() ? Map.of() : approvals.latest(cycle.cycle().id()),
                approval.selfAssessment() ? submitted.units(cycle.cycle().id()) : Set.of(), cycles.zone());
    }

    /** The agencies that assess each unit: those of the indicators that apply to it, in scheme order. */
    private static Map<String, Set<String>> agenciesOfUnits(BoundCycle cycle, List<Scheme.Unit> units) {
        List<Indicators.Placed> withRules = cycle.indicators().all().stream().filter(i -> !i.rules().isEmpty()).toList();
        Map<String, Set<String>> byUnit = new LinkedHashMap<>();
        for (Scheme.Unit unit : units) {
            Set<String> agencies = new LinkedHashSet<>();
            withRules.stream().filter(i -> i.appliesTo(unit))
                    .forEach(i -> agencies.addAll(cycle.agencies().ofIndicator(i.indicator().code(), unit)));
            byUnit.put(unit.code(), agencies);
        }
        return byUnit;
    }
}
