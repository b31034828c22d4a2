package cn.kaoping.applications;

import cn.kaoping.approval.Gate;
import cn.kaoping.audit.AuditTrail;
import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.entry.EntryService;
import cn.kaoping.entry.FactView;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Bonus applications (特别附加分/突出贡献申报): a unit's reporter applies for a bonus rule of an
 * indicator that applies to the unit; whoever may enter facts of that rule — the assessor of its
 * agency, or the scheme admin for a rule no agency scores (武进 特别附加分) — approves it with the
 * final amount, which becomes a fact checked by the engine like any entry, or refuses it with a
 * reason. One transaction each: an approval whose fact the engine refuses keeps nothing.
 */
@ApplicationScoped
@Transactional
@InTenant
public class ApplicationService {

    @Inject
    Cycles cycles;
    @Inject
    Applications applications;
    @Inject
    EntryService entry;
    @Inject
    Scopes scopes;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    Gate gate;

    public ApplicationView apply(String cycleCode, NewApplication request) {
        BoundCycle cycle = cycles.bound(cycleCode);
        CycleUnit unit = cycle.unit(request.unit()).orElseThrow(() ->
                new DomainException.Invalid("unit", "is not a unit of cycle " + cycleCode));
        if (!scopes.units().contains(request.unit())) {
            throw new DomainException.Refused("只有 " + request.unit() + " 的单位填报员能为其申报。");
        }
        int slash = request.rule().lastIndexOf('/');
        boolean applies = slash > 0 && cycle.agencies().indicatorRule(request.rule())
                && cycle.indicators().find(request.rule().substring(0, slash)).filter(i -> i.appliesTo(unit.unit())).isPresent();
        if (!applies) {
            throw new DomainException.Invalid("rule", "must be a rule of an indicator that applies to unit " + request.unit()
                    + ", as <indicator code>/<rule id>");
        }
        gate.requireWritable(cycle, List.of(Gate.Target.unit(unit.code(), Optional.of(request.rule().substring(0, slash)), false)));
        BonusApplication a = new BonusApplication(cycle.cycle().id(), request, caller.actor(), OffsetDateTime.now());
        applications.add(a);
        flush(a);
        audit.record(caller.actor(), "application.submitted", "考核年度 " + cycleCode + " " + request.unit() + " 申报 "
                + request.rule() + "：" + request.item(), Optional.empty(), Optional.of(a.view().toString()));
        return a.view();
    }

    /** The cycle's applications (a unit reporter: of its units). */
    public List<ApplicationView> list(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        return applications.of(cycle.cycle().id()).stream()
                .filter(a -> scopes.seesEveryUnit() || scopes.units().contains(a.unit()))
                .map(BonusApplication::view).toList();
    }

    /** Approves with the final amount (最终赋分): the application becomes a fact, linked to it. */
    public ApplicationView approve(String cycleCode, long id, Decision decision, Optional<Integer> expectedRevision) {
        BonusApplication a = pending(cycleCode, id, expectedRevision);
        JsonObjectBuilder fact = Json.createObjectBuilder().add("unit", a.unit()).add("rule", a.rule())
                .add("reason", "特别附加分申报 " + id + "：" + a.item()
                        + Optional.ofNullable(decision.reason()).map(r -> "（" + r + "）").orElse(""));
        a.level().ifPresent(l -> fact.add("level", l));
        a.matter().ifPresent(m -> fact.add("matter", m));
        a.evidence().ifPresent(e -> fact.add("evidence", e));
        Optional.ofNullable(decision.amount()).ifPresent(amount -> fact.add("amount", amount));
        String before = a.view().toString();
        FactView made = entry.enterDecided(cycleCode, fact.build(), "批准申报 " + id + " 为");
        a.approve(made.id(), Optional.ofNullable(decision.reason()), caller.actor(), OffsetDateTime.now());
        flush(a);
        audit.record(caller.actor(), "application.approved", "考核年度 " + cycleCode + " 批准申报 " + id + "，事实 fact-"
                + made.id(), Optional.of(before), Optional.of(a.view().toString()));
        return a.view();
    }

    /** Refuses with the reason (required). */
    public ApplicationView refuse(String cycleCode, long id, Decision decision, Optional<Integer> expectedRevision) {
        new InputCheck().text("reason", decision.reason(), 2000).orThrow();
        BonusApplication a = pending(cycleCode, id, expectedRevision);
        String before = a.view().toString();
        a.refuse(decision.reason(), caller.actor(), OffsetDateTime.now());
        flush(a);
        audit.record(caller.actor(), "application.refused", "考核年度 " + cycleCode + " 驳回申报 " + id + "："
                + decision.reason(), Optional.of(before), Optional.of(a.view().toString()));
        return a.view();
    }

    /** A pending application the caller may decide: one who may enter facts of its rule. */
    private BonusApplication pending(String cycleCode, long id, Optional<Integer> expectedRevision) {
        BoundCycle cycle = cycles.bound(cycleCode);
        BonusApplication a = applications.find(cycle.cycle().id(), id)
                .orElseThrow(() -> new DomainException.NotFound("本考核年度没有申报 " + id + "。"));
        entry.requireMayEnter(cycleCode, a.rule(), a.unit());
        a.requirePending(expectedRevision);
        return a;
    }

    private void flush(BonusApplication a) {
        try {
            applications.flush();
        } catch (PersistenceException e) {
            throw new DomainException.Conflict("申报 " + a.id() + " 正被他人同时处理，请重新读取。");
        }
    }
}
