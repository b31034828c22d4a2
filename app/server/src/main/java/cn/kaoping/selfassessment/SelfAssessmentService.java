package cn.kaoping.selfassessment;

import cn.kaoping.approval.Gate;
import cn.kaoping.audit.AuditTrail;
import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.evidence.EvidenceFiles;
import cn.kaoping.cycle.Indicators;
import cn.kaoping.people.Scopes;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Actor;
import cn.kaoping.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Self-assessment (自评): a unit's reporters enter the 自评分 and reason per indicator and submit;
 * submitted, it is read-only for the unit until the scheme admin or an approver returns it with a
 * reason. Only the unit's own reporters write it; whoever may see the unit reads it. Every change
 * is in the audit trail with before and after.
 */
@ApplicationScoped
@Transactional
@InTenant
public class SelfAssessmentService {

    @Inject
    Cycles cycles;
    @Inject
    SelfAssessments assessments;
    @Inject
    Scopes scopes;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    Gate gate;
    @Inject
    EvidenceFiles evidence;

    public SelfAssessmentView view(String cycleCode, String unitCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        unit(cycle, unitCode);
        if (!scopes.seesEveryUnit() && !scopes.units().contains(unitCode)) {
            throw new DomainException.Refused("你只能查看本单位的自评。");
        }
        return view(unitCode, assessments.find(cycle.cycle().id(), unitCode));
    }

    /** Sets one indicator's 自评分 and reason; the score lies between 0 and the indicator's points. */
    public SelfAssessmentView put(String cycleCode, String unitCode, String indicatorCode, ItemInput input,
                                  Optional<Integer> expectedRevision) {
        BoundCycle cycle = writable(cycleCode, unitCode);
        CycleUnit unit = unit(cycle, unitCode);
        Indicators.Placed indicator = cycle.indicators().find(indicatorCode).filter(i -> i.appliesTo(unit.unit()))
                .orElseThrow(() -> new DomainException.NotFound("本方案没有适用于 " + unitCode + " 的指标 "
                        + InputCheck.echo(indicatorCode) + "。"));
        Optional<BigDecimal> points = indicator.indicator().pointsOrChildrenSum();
        if (points.isPresent() && input.points().compareTo(points.get()) > 0) {
            throw new DomainException.Invalid("score", "must be at most " + points.get().toPlainString()
                    + ", the points of indicator " + indicatorCode);
        }
        List<Long> cited = input.evidenceIds();
        Set<Long> uploaded = evidence.ofUnit(cycle.cycle().id(), unitCode, cited);
        for (int i = 0; i < cited.size(); i++) {
            if (!uploaded.contains(cited.get(i))) {
                throw new DomainException.Invalid("evidence[" + i + "]", "names no evidence uploaded for unit " + unitCode
                        + " in this cycle (upload it first: POST …/evidence?unit=" + unitCode + ")");
            }
        }
        Actor actor = caller.actor();
        OffsetDateTime now = OffsetDateTime.now();
        Optional<SelfAssessment> found = assessments.find(cycle.cycle().id(), unitCode);
        requireWritable(cycle, unitCode, Optional.of(indicatorCode), found);
        if (found.isEmpty() && expectedRevision.filter(r -> r != 0).isPresent()) {
            // none yet is revision 0, as the view of an empty one says
            throw new DomainException.Conflict(unitCode + " 的自评已被他人修改，请重新读取后再改。", Optional.of("0"));
        }
        SelfAssessment sa = found.orElseGet(() -> {
            SelfAssessment created = new SelfAssessment(cycle.cycle().id(), unitCode, actor, now);
            assessments.add(created);
            flush(unitCode);
            return created;
        });
        sa.edited(found.isPresent() ? expectedRevision : Optional.empty(), actor, now);
        Optional<SelfAssessmentItem> existing = assessments.item(sa, indicatorCode);
        Optional<String> before = existing.map(i -> i.view().toString());
        SelfAssessmentItem item = existing.orElseGet(() -> {
            SelfAssessmentItem created = new SelfAssessmentItem(sa.id(), indicatorCode);
            assessments.add(created);
            return created;
        });
        item.set(input.points(), input.reason(), cited, actor, now);
        flush(unitCode);
        audit.record(actor, "self-assessment.item", "考核年度 " + cycleCode + " " + unitCode + " 自评 " + indicatorCode,
                before, Optional.of(item.view().toString()));
        return view(unitCode, Optional.of(sa));
    }

    /** Submits the self-assessment: read-only for the unit from now on, unless returned. */
    public SelfAssessmentView submit(String cycleCode, String unitCode, Optional<Integer> expectedRevision) {
        BoundCycle cycle = writable(cycleCode, unitCode);
        SelfAssessment sa = assessments.find(cycle.cycle().id(), unitCode).orElseThrow(() ->
                new DomainException.Conflict(unitCode + " 还没有填写任何自评项，不能提交。"));
        requireWritable(cycle, unitCode, Optional.empty(), Optional.of(sa));
        sa.submit(expectedRevision, caller.actor(), OffsetDateTime.now());
        flush(unitCode);
        audit.record(caller.actor(), "self-assessment.submitted", "考核年度 " + cycleCode + " " + unitCode + " 自评提交",
                Optional.empty(), Optional.of(sa.state().name()));
        return view(unitCode, Optional.of(sa));
    }

    /** 退回: the unit's reporters may edit again; the reason is shown to them. */
    public SelfAssessmentView giveBack(String cycleCode, String unitCode, ReturnRequest request,
                                       Optional<Integer> expectedRevision) {
        BoundCycle cycle = cycles.bound(cycleCode);
        unit(cycle, unitCode);
        SelfAssessment sa = assessments.find(cycle.cycle().id(), unitCode).orElseThrow(() ->
                new DomainException.Conflict(unitCode + " 的自评尚未提交，无需退回。"));
        gate.requireSelfAssessmentReturnable(cycle, unitCode);
        sa.giveBack(request.reason(), expectedRevision, caller.actor(), OffsetDateTime.now());
        flush(unitCode);
        audit.record(caller.actor(), "self-assessment.returned", "考核年度 " + cycleCode + " " + unitCode + " 自评退回："
                + request.reason(), Optional.of(SelfAssessment.State.SUBMITTED.name()), Optional.of(sa.state().name()));
        return view(unitCode, Optional.of(sa));
    }

    /** The cycle, if the caller reports for the unit. */
    private BoundCycle writable(String cycleCode, String unitCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        unit(cycle, unitCode);
        if (!scopes.units().contains(unitCode)) {
            throw new DomainException.Refused("只有 " + unitCode + " 的单位填报员能填写或提交其自评。");
        }
        return cycle;
    }

    /** Refuses unless the unit's 自评 may change now: within the window, or returned to the unit; never under a sign-off of its sheet. */
    private void requireWritable(BoundCycle cycle, String unitCode, Optional<String> indicator, Optional<SelfAssessment> sa) {
        boolean returned = sa.filter(s -> s.state() == SelfAssessment.State.RETURNED).isPresent();
        gate.requireWritable(cycle, List.of(Gate.Target.unit(unitCode, indicator, returned)));
    }

    private static CycleUnit unit(BoundCycle cycle, String unitCode) {
        return cycle.unit(unitCode).orElseThrow(() -> new DomainException.NotFound("考核年度 " + cycle.cycle().code()
                + " 没有被考评单位 " + InputCheck.echo(unitCode) + "。"));
    }

    private SelfAssessmentView view(String unit, Optional<SelfAssessment> sa) {
        List<SelfAssessmentItem.ItemView> items = sa.map(s -> assessments.items(s).stream().map(SelfAssessmentItem::view).toList())
                .orElse(List.of());
        return new SelfAssessmentView(unit, sa.map(SelfAssessment::state).orElse(SelfAssessment.State.DRAFT),
                sa.map(SelfAssessment::revision).orElse(0), sa.map(SelfAssessment::changedAt), sa.map(SelfAssessment::changedBy),
                sa.flatMap(SelfAssessment::returnedReason), items);
    }

    private void flush(String unit) {
        try {
            assessments.flush();
        } catch (PersistenceException e) {
            throw new DomainException.Conflict(unit + " 的自评正被他人同时修改，请重新读取后再试。");
        }
    }
}
