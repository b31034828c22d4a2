package cn.kaoping.cycle;

import cn.kaoping.audit.AuditTrail;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.schemes.SchemeVersion;
import cn.kaoping.schemes.SchemeVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's cycles (考核年度): a scheme admin opens one on a published scheme version, adds its
 * units where the scheme lists none, and sets its entry window and state. Each method is one
 * transaction in the request's tenant; every change is in the audit trail.
 */
@ApplicationScoped
@Transactional
@InTenant
public class CycleService {

    @Inject
    Cycles cycles;
    @Inject
    SchemeVersions versions;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;

    public List<CycleView> list() {
        return cycles.all().stream().map(Cycle::view).toList();
    }

    public CycleDetail detail(String code) {
        return detail(cycles.bound(code));
    }

    /** Opens a cycle on a published version: its units are the scheme's, or those of the request when it lists none. */
    public CycleDetail open(NewCycle request) {
        EntryWindow window = request.window();
        SchemeVersion version = versions.find(request.scheme(), request.version()).orElseThrow(() ->
                new DomainException.Invalid("version", "the tenant has no version " + request.version()
                        + " of scheme " + InputCheck.echo(request.scheme())));
        version.requirePublished("用于考核年度");
        if (cycles.find(request.code()).isPresent()) {
            throw new DomainException.Conflict("考核年度 " + request.code() + " 已存在。");
        }
        Scheme scheme = cycles.scheme(version);
        Cycle cycle = new Cycle(request.code(), request.name(), Optional.ofNullable(request.year()).orElse(scheme.year()),
                request.scheme(), request.version(), window, caller.actor(), OffsetDateTime.now());
        cycles.add(cycle);
        flush(cycle.code());
        for (Scheme.Unit u : scheme.units()) {
            cycles.add(new CycleUnit(cycle.id(), u, true, Optional.empty()));
        }
        addUnits(cycle, scheme, "units", request.unitsOrNone(), Set.of());
        flush(cycle.code());
        audit.record(caller.actor(), "cycle.opened", "考核年度 " + cycle.code() + "（" + cycle.name() + "）开启，方案 "
                + cycle.schemeId() + "@" + cycle.schemeVersion(), Optional.empty(), Optional.of(cycle.view().toString()));
        return detail(cycles.bind(cycle));
    }

    /** Adds units to a cycle whose scheme lists none (新干-style). */
    public CycleDetail addUnits(String code, NewUnits request) {
        BoundCycle bound = cycles.bound(code);
        Set<String> known = bound.units().stream().map(CycleUnit::code).collect(Collectors.toSet());
        addUnits(bound.cycle(), bound.scheme(), "units", request.units(), known);
        flush(code);
        audit.record(caller.actor(), "cycle.units.added", "考核年度 " + code + " 增加被考评单位 "
                + request.units().stream().map(NewUnit::code).collect(Collectors.joining("、")), Optional.empty(),
                Optional.of(request.units().toString()));
        return detail(cycles.bound(code));
    }

    /** Sets the entry window and state; {@code expectedRevision} stale → 409 naming the current revision. */
    public CycleView change(String code, CycleSettings settings, Optional<Integer> expectedRevision) {
        Cycle cycle = cycles.bound(code).cycle();
        String before = cycle.view().toString();
        cycle.change(settings.window(), settings.state(), expectedRevision);
        flush(code);
        audit.record(caller.actor(), "cycle.changed", "考核年度 " + code + " 录入期或状态修改", Optional.of(before),
                Optional.of(cycle.view().toString()));
        return cycle.view();
    }

    private void addUnits(Cycle cycle, Scheme scheme, String field, List<NewUnit> units, Set<String> known) {
        if (units.isEmpty()) {
            return;
        }
        if (!scheme.units().isEmpty()) {
            throw new DomainException.Invalid(field, "the scheme " + scheme.id() + " lists its units; a cycle of it takes no others");
        }
        Set<String> series = scheme.series().stream().map(Scheme.Series::code).collect(Collectors.toSet());
        Set<String> codes = new HashSet<>(known);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            NewUnit u = units.get(i);
            String path = field + "[" + i + "]";
            if (!codes.add(u.code())) {
                errors.add(new FieldError(path + ".code", "unit " + u.code() + " is in the cycle already"));
            }
            if (u.series() != null && !series.contains(u.series())) {
                errors.add(new FieldError(path + ".series", "must be a series of the scheme (" + String.join(", ", series) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        units.forEach(u -> cycles.add(new CycleUnit(cycle.id(), u.unit(), false, Optional.ofNullable(u.tenant()))));
    }

    private static CycleDetail detail(BoundCycle bound) {
        return new CycleDetail(bound.cycle().view(), bound.schemeHash(),
                bound.scheme().series().stream().map(s -> new CycleDetail.SeriesView(s.code(), s.name())).toList(),
                bound.units().stream().map(CycleUnit::view).toList(), bound.agencies().all(),
                bound.signingAgencies().stream().filter(a -> !bound.agencies().all().contains(a)).toList());
    }

    private void flush(String code) {
        try {
            cycles.flush();
        } catch (PersistenceException e) {
            throw new DomainException.Conflict("考核年度 " + code + " 正被他人同时修改，或其中的单位所连租户不存在，请检查后再试。");
        }
    }
}
