package cn.kaoping.approval;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.platform.security.Role;
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

/** Builds a cycle's {@link Chain} from its scheme version, its units and agencies, and the stored actions; and the caller as a signer. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Chains {

    @Inject
    Approvals approvals;
    @Inject
    Cycles cycles;
    @Inject
    SubmittedSelfAssessments submitted;
    @Inject
    Scopes scopes;
    @Inject
    Caller caller;
    @Inject
    CurrentTenant tenant;

    /** The caller as a signer in the request's tenant. */
    Signatory signatory() {
        return new Signatory(caller.actor(), tenant.require().roles().contains(Role.SCHEME_ADMIN), scopes.tenantWide(Role.APPROVER),
                scopes.agencies(Role.APPROVER));
    }

    Chain of(BoundCycle cycle) {
        Approval approval = cycle.scheme().approval();
        List<Scheme.Unit> units = cycle.units().stream().map(CycleUnit::unit).toList();
        Map<String, String> collectors = new LinkedHashMap<>();
        units.forEach(u -> cycle.collectingAgency(u).ifPresent(c -> collectors.put(u.code(), c)));
        Long id = cycle.cycle().id();
        return new Chain(approval, units, unit -> agenciesOf(cycle, unit), collectors,
                approval.levels().isEmpty() ? Map.of() : approvals.latest(id), () -> submitted.units(id), cycles.zone());
    }

    /** The agencies that assess a unit: those of the indicators that apply to it, in scheme order. */
    private static Set<String> agenciesOf(BoundCycle cycle, Scheme.Unit unit) {
        Set<String> agencies = new LinkedHashSet<>();
        cycle.indicators().all().stream().filter(i -> !i.rules().isEmpty() && i.appliesTo(unit))
                .forEach(i -> agencies.addAll(cycle.agencies().ofIndicator(i.indicator().code(), unit)));
        return agencies;
    }
}
