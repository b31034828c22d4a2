package cn.kaoping.approval;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.Cycle;
import cn.kaoping.cycle.CycleState;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Whether a change of facts, a self-assessment or an application may be made now: the one check
 * every writer of the year's work calls, after which no sign-off can slip in before it commits.
 * Refused while the cycle is decided (审定: withdraw the 审定 first); else let in by a late-entry
 * exception (also after the publication: a correction after 通报 changes the live results, never
 * the published ones); else refused once published, or under a sign-off that covers it (saying
 * who signed, at which level, when); else let in where a return reopened it; else only while the
 * cycle is open and today is in its window.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Gate {

    @Inject
    Cycles cycles;
    @Inject
    Chains chains;
    @Inject
    Approvals approvals;

    /**
     * What a change touches: a unit's facts of an agency (a rule of an indicator), or — with no
     * agency — the unit's 自评 or applications; {@code reopened} when a return to the unit reopened it.
     */
    public record Target(String unit, Optional<String> agency, Optional<String> indicator, boolean reopened) {

        public static Target fact(String unit, Optional<String> agency, String rule) {
            int slash = rule.lastIndexOf('/');
            return new Target(unit, agency, slash > 0 ? Optional.of(rule.substring(0, slash)) : Optional.empty(), false);
        }

        public static Target unit(String unit, Optional<String> indicator, boolean reopened) {
            return new Target(unit, Optional.empty(), indicator, reopened);
        }

        private String label() {
            return unit + agency.map(a -> " 的" + a + "考评").orElse(indicator.map(i -> " 的指标 " + i).orElse(""));
        }
    }

    /**
     * Refuses at once, before any fact is looked at, when the cycle takes no change at all: decided,
     * or published or closed (state or window) with no late entry and no return open. The clerk
     * learns first that entry is over, not what else is wrong with the request.
     */
    public void requireAnythingWritable(BoundCycle cycle) {
        Cycle c = cycle.cycle();
        if (c.state() == CycleState.DECIDED) {
            c.requireUndecided("再录入或修改");
        }
        if (c.state() == CycleState.OPEN && c.window().contains(cycles.today())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        boolean late = approvals.lateEntries(c.id()).stream().anyMatch(l -> l.open(now));
        if (!late && (c.state() == CycleState.PUBLISHED || !chains.of(cycle).anyReturned())) {
            c.requireEntryOpen(cycles.today());
        }
    }

    /**
     * Refuses the change unless every target may be changed now. A late-entry exception admits a
     * target whatever else stands against it, so the exceptions are read only for a target that
     * would be refused without one (most changes are made in an open window, with none).
     */
    public void requireWritable(BoundCycle cycle, List<Target> targets) {
        cycles.holdAgainstSignOffs(cycle.cycle());
        if (cycle.cycle().state() == CycleState.DECIDED) {
            cycle.cycle().requireUndecided("再录入或修改");
        }
        Chain chain = chains.of(cycle);
        OffsetDateTime now = OffsetDateTime.now();
        List<LateEntry> late = null;
        for (Target t : targets) {
            try {
                cycle.cycle().requireUndecided("再录入或修改");
                requireUnsigned(chain, t);
                if (!t.reopened() && !chain.reopened(t.unit(), t.agency())) {
                    cycle.cycle().requireEntryOpen(cycles.today());
                }
            } catch (DomainException refused) {
                late = late == null ? approvals.lateEntries(cycle.cycle().id()) : late;
                if (late.stream().noneMatch(l -> l.admits(t.unit(), t.indicator(), now))) {
                    throw refused;
                }
            }
        }
    }

    /**
     * Refuses a return (退回) of the unit's 自评 once a sign-off covers the unit's sheet, and from anyone
     * but the scheme admin and the approvers of a level that signs the sheet (武进: its 扎口科室);
     * without a chain, any approver.
     */
    public void requireSelfAssessmentReturnable(BoundCycle cycle, String unit) {
        cycles.holdAgainstSignOffs(cycle.cycle());
        cycle.cycle().requireUndecided("退回");
        Chain chain = chains.of(cycle);
        requireUnsigned(chain, Target.unit(unit, Optional.empty(), false));
        Signatory me = chains.signatory();
        if (chain.hasLevels() && !me.schemeAdmin() && !chain.signsSheetOf(me, unit)) {
            throw new DomainException.Refused("只有签核 " + unit + " 考核表的审批人或考评办能退回其自评。");
        }
    }

    private static void requireUnsigned(Chain chain, Target t) {
        chain.lockOn(t.unit(), t.agency()).ifPresent(e -> {
            throw new DomainException.Conflict(t.label() + chain.signedOff(e) + "，不能修改；如需修改，请签核人撤销或由上级退回。");
        });
    }
}
