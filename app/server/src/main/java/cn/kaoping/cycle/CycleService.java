package cn.kaoping.cycle;

import cn.kaoping.audit.AuditTrail;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.platform.security.JurisdictionChains;
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
    @Inject
    CurrentTenant tenant;
    @Inject
    JurisdictionChains chains;

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
        addUnits(cycle, scheme, "units", request.unitsOrNone(), Set.of(), Set.of());
        flush(cycle.code());
        audit.record(caller.actor(), "cycle.opened", "考核年度 " + cycle.code() + "（" + cycle.name() + "）开启，方案 "
                + cycle.schemeId() + "@" + cycle.schemeVersion(), Optional.empty(), Optional.of(cycle.view().toString()));
        return detail(cycles.bind(cycle));
    }

    /** Adds units to a cycle whose scheme lists none (新干-style). */
    public CycleDetail addUnits(String code, NewUnits request) {
        BoundCycle bound = cycles.bound(code);
        Set<String> known = bound.units().stream().map(CycleUnit::code).collect(Collectors.toSet());
        addUnits(bound.cycle(), bound.scheme(), "units", request.units(), known, linkedTenants(bound));
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

    private void addUnits(Cycle cycle, Scheme scheme, String field, List<NewUnit> units, Set<String> known,
                          Set<String> linkedTenants) {
        if (units.isEmpty()) {
            return;
        }
        if (!scheme.units().isEmpty()) {
            throw new DomainException.Invalid(field, "the scheme " + scheme.id() + " lists its units; a cycle of it takes no others");
        }
        Set<String> series = scheme.series().stream().map(Scheme.Series::code).collect(Collectors.toSet());
        Set<String> codes = new HashSet<>(known);
        Set<String> linked = new HashSet<>(linkedTenants);
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
            if (u.tenant() != null) {
                refusedLink(path + ".tenant", u.tenant(), linked).ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        units.forEach(u -> cycles.add(new CycleUnit(cycle.id(), u.unit(), false, Optional.ofNullable(u.tenant()))));
    }

    /**
     * Links a unit to the tenant it is, or unlinks it (seed 001: a city's cycle assesses its counties;
     * the county's scheme admins then report for the unit). The tenant must be active and below this
     * one, and be no other unit of the cycle. Takes effect on the next request of the county's people.
     */
    public CycleUnit.UnitView link(String code, String unitCode, UnitLink request) {
        BoundCycle bound = cycles.boundToChangeUnits(code);
        CycleUnit unit = bound.units().stream().filter(u -> u.code().equals(unitCode)).findFirst().orElseThrow(() ->
                new DomainException.NotFound("考核年度 " + code + " 没有被考评单位 " + InputCheck.echo(unitCode) + "。"));
        Optional<String> before = unit.linkedTenant();
        request.linked().ifPresent(t -> {
            Set<String> others = new HashSet<>(linkedTenants(bound));
            before.ifPresent(others::remove);
            refusedLink("tenant", t, others).ifPresent(e -> {
                throw new DomainException.Invalid(List.of(e));
            });
        });
        unit.link(request.linked());
        cycles.touch(bound.cycle());
        flush(code);
        audit.record(caller.actor(), "cycle.unit.linked", "考核年度 " + code + " 的被考评单位 " + unitCode
                + request.linked().map(t -> " 关联租户 " + t).orElse(" 取消关联租户"), before, request.linked());
        return unit.view();
    }

    private static Set<String> linkedTenants(BoundCycle bound) {
        return bound.units().stream().flatMap(u -> u.linkedTenant().stream()).collect(Collectors.toSet());
    }

    /**
     * Why {@code linked} cannot be a unit of this tenant's cycle, if it cannot: it must be an active
     * tenant below, once per cycle. An accepted link is added to {@code linkedInCycle}, so that the
     * next unit of the same request may not take it again.
     */
    private Optional<FieldError> refusedLink(String field, String linked, Set<String> linkedInCycle) {
        List<JurisdictionChains.Link> chain = chains.of(linked);
        if (chain.isEmpty() || !chain.get(0).activeTenant()) {
            return Optional.of(new FieldError(field, "must be an active tenant; there is none with the code "
                    + InputCheck.echo(linked)));
        }
        if (chain.stream().skip(1).noneMatch(l -> l.code().equals(tenant.code()))) {
            return Optional.of(new FieldError(field, "must be a tenant below " + tenant.code() + "; " + linked + " ("
                    + chain.get(0).name() + ") is not"));
        }
        if (!linkedInCycle.add(linked)) {
            return Optional.of(new FieldError(field, "tenant " + linked + " is another unit of this cycle already"));
        }
        return Optional.empty();
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
