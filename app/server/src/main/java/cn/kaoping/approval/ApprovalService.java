package cn.kaoping.approval;

import cn.kaoping.audit.AuditTrail;
import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.cycle.CycleState;
import cn.kaoping.cycle.CycleUnit;
import cn.kaoping.cycle.Cycles;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.Caller;
import cn.kaoping.scheme.Approval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Approval in levels (审批): sign-offs one by one or many at once, returns (退回) to the level below,
 * withdrawals (撤销) by the level that signed or a higher one, work queues, late-entry exceptions.
 * The rules are the {@link Chain}'s; this service takes the cycle for each action (one at a time
 * per cycle, so that of two racing actions on one item exactly one is taken), stores the action,
 * decides the cycle (审定) after its last level, and audits every step.
 */
@ApplicationScoped
@Transactional
@InTenant
public class ApprovalService {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    Cycles cycles;
    @Inject
    Chains chains;
    @Inject
    Approvals approvals;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;

    /** The chain with every item's state. */
    public ChainView chain(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        Chain chain = chains.of(cycle);
        List<ChainView.ItemView> items = new ArrayList<>();
        chain.levels().forEach(l -> chain.items(l).forEach(i -> items.add(view(chain, i))));
        return view(cycle, chain, items);
    }

    /** What waits for the caller: the items of the levels it signs, each with whether it can be signed now. */
    public ChainView queue(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        Chain chain = chains.of(cycle);
        Signatory me = chains.signatory();
        List<ChainView.ItemView> items = new ArrayList<>();
        chain.levels().forEach(l -> chain.items(l).stream().filter(i -> chain.maySign(me, i)).forEach(i -> items.add(view(chain, i))));
        return view(cycle, chain, items);
    }

    /** Every action on the chain, oldest first: who approved, returned or withdrew what, when and why. */
    public List<ApprovalEntry.ActionView> history(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        return approvals.history(cycle.cycle().id()).stream().map(ApprovalEntry::view).toList();
    }

    /** Signs the items of one level, all or none; after the last level the cycle is decided (审定). */
    public List<ApprovalEntry.ActionView> approve(String cycleCode, SignOffs request) {
        BoundCycle cycle = taken(cycleCode);
        Chain chain = chains.of(cycle);
        Approval.Level level = chain.level(request.level());
        List<Item> items = new ArrayList<>();
        if (level.covers() == Approval.Covers.CYCLE) {
            if (!request.items().isEmpty()) {
                throw new DomainException.Invalid("items", "a level covering the whole cycle signs it once: leave items out");
            }
            items.add(Item.ofCycle(level.id()));
        } else if (request.items().isEmpty()) {
            throw new DomainException.Invalid("items", "must name the units (and agencies) to sign");
        }
        for (int i = 0; i < request.items().size(); i++) {
            Item item = request.item(i);
            if (level.covers() == Approval.Covers.AGENCY && item.agency().isEmpty()) {
                throw new DomainException.Invalid("items[" + i + "].agency", "is required: this level signs one agency's entries for a unit");
            }
            if (level.covers() == Approval.Covers.UNIT && item.agency().isPresent()) {
                throw new DomainException.Invalid("items[" + i + "].agency", "must be left out: this level signs a unit's whole sheet");
            }
            items.add(item);
        }
        Signatory me = chains.signatory();
        OffsetDateTime now = OffsetDateTime.now();
        List<ApprovalEntry> taken = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            try {
                chain.requireApprovable(item, me);
            } catch (DomainException e) {
                throw items.size() == 1 ? e : e.at("items[" + i + "]");
            }
            ApprovalEntry entry = new ApprovalEntry(cycle.cycle().id(), item, chain.nextVersion(item), ApprovalEntry.Action.APPROVED,
                    Optional.empty(), me.actor(), now);
            approvals.add(entry);
            chain.record(entry);
            taken.add(entry);
        }
        if (chain.isLast(level)) {
            cycle.cycle().decide(chain.signedOff(taken.get(0)));
        }
        flush();
        taken.forEach(e -> audit.record(me.actor(), "approval.approved", "考核年度 " + cycleCode + " 「" + level.name() + "」"
                + "签核 " + e.item().label(), Optional.empty(), Optional.of(e.view().toString())));
        return taken.stream().map(ApprovalEntry::view).toList();
    }

    /** 退回: a higher level sends a sign-off back with its reason; what it covers is open again. */
    public ApprovalEntry.ActionView giveBack(String cycleCode, ItemAction request) {
        BoundCycle cycle = taken(cycleCode);
        Chain chain = chains.of(cycle);
        Item item = request.item();
        Signatory me = chains.signatory();
        chain.requireReturnable(item, me);
        return act(cycleCode, cycle, chain, item, ApprovalEntry.Action.RETURNED, request.reason(), me, "退回");
    }

    /** 撤销: the level that signed (the same agency) or a higher one withdraws a sign-off, top down; a 审定 withdrawn re-closes the cycle. */
    public ApprovalEntry.ActionView revoke(String cycleCode, ItemAction request) {
        BoundCycle cycle = taken(cycleCode);
        Chain chain = chains.of(cycle);
        Item item = request.item();
        Signatory me = chains.signatory();
        chain.requireRevocable(item, me);
        if (chain.isLast(chain.level(item.level()))) {
            cycle.cycle().undecide();
        }
        return act(cycleCode, cycle, chain, item, ApprovalEntry.Action.REVOKED, request.reason(), me, "撤销签核");
    }

    private ApprovalEntry.ActionView act(String cycleCode, BoundCycle cycle, Chain chain, Item item, ApprovalEntry.Action action,
                                         String reason, Signatory me, String verb) {
        ApprovalEntry entry = new ApprovalEntry(cycle.cycle().id(), item, chain.nextVersion(item), action, Optional.of(reason),
                me.actor(), OffsetDateTime.now());
        approvals.add(entry);
        flush();
        audit.record(me.actor(), "approval." + action.name().toLowerCase(), "考核年度 " + cycleCode + " 「"
                + chain.level(item.level()).name() + "」" + verb + " " + item.label() + "：" + reason, Optional.empty(),
                Optional.of(entry.view().toString()));
        return entry.view();
    }

    /** The late-entry exceptions of the cycle. */
    public List<LateEntry.LateEntryView> lateEntries(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        return approvals.lateEntries(cycle.cycle().id()).stream().map(LateEntry::view).toList();
    }

    /**
     * Lets one unit (or one indicator of it) be entered past the window and the sign-offs until the
     * end of {@code until}: before the 审定, or after the publication (a correction after 通报).
     */
    public LateEntry.LateEntryView grantLateEntry(String cycleCode, NewLateEntry request) {
        BoundCycle cycle = taken(cycleCode);
        if (cycle.cycle().state() == CycleState.DECIDED) {
            cycle.cycle().requireUndecided("再开补录（请先撤销审定）");
        }
        CycleUnit unit = cycle.unit(request.unit()).orElseThrow(() -> new DomainException.Invalid("unit",
                "must be a unit of cycle " + cycleCode + "; " + InputCheck.echo(request.unit()) + " is not"));
        request.indicatorCode().ifPresent(code -> {
            boolean applies = cycle.indicators().find(code).filter(i -> i.appliesTo(unit.unit()) && !i.rules().isEmpty()).isPresent();
            if (!applies) {
                throw new DomainException.Invalid("indicator", "must be an indicator with rules that applies to " + unit.code()
                        + "; " + InputCheck.echo(code) + " is not");
            }
        });
        LocalDate lastDay = request.lastDay();
        if (lastDay.isBefore(cycles.today())) {
            throw new DomainException.Invalid(List.of(new FieldError("until", "must be today or later (today is " + cycles.today() + ")")));
        }
        OffsetDateTime deadline = lastDay.plusDays(1).atStartOfDay(cycles.zone()).toOffsetDateTime();
        LateEntry late = new LateEntry(cycle.cycle().id(), unit.code(), request.indicatorCode(), request.reason(), deadline,
                caller.actor().name(), OffsetDateTime.now());
        approvals.add(late);
        flush();
        audit.record(caller.actor(), "approval.late-entry", "考核年度 " + cycleCode + " 为 " + unit.code()
                + request.indicatorCode().map(i -> " 的指标 " + i).orElse("") + " 开放补录至 " + lastDay + "：" + request.reason(),
                Optional.empty(), Optional.of(late.view().toString()));
        return late.view();
    }

    /** The cycle, taken for this action: one sign-off action at a time per cycle, and none while facts under it change. */
    private BoundCycle taken(String cycleCode) {
        BoundCycle cycle = cycles.bound(cycleCode);
        cycles.takeForSignOff(cycle.cycle());
        return cycle;
    }

    private static ChainView view(BoundCycle cycle, Chain chain, List<ChainView.ItemView> items) {
        return new ChainView(cycle.cycle().code(), cycle.cycle().state(), cycle.scheme().approval().selfAssessment(),
                chain.levels().stream().map(l -> new ChainView.LevelView(l.id(), l.name(), l.covers().word(), l.signer().role(),
                        l.signer().scope().word())).toList(), items);
    }

    private static ChainView.ItemView view(Chain chain, Item item) {
        Optional<ApprovalEntry> last = chain.latest(item);
        List<String> waiting = chain.below(item).stream().filter(i -> !chain.approved(i)).map(Item::label).toList();
        return new ChainView.ItemView(item.level(), item.unit(), item.agency(), item.label(), chain.signer(item),
                last.map(e -> e.action().name()).orElse("NONE"), last.map(ApprovalEntry::version).orElse(0),
                last.map(ApprovalEntry::byName), last.map(ApprovalEntry::actedAt), last.flatMap(ApprovalEntry::reason),
                !chain.approved(item) && waiting.isEmpty(), waiting.stream().limit(20).toList());
    }

    /** Writes now: the same item's next version taken meanwhile (a unique key) is a conflict, not a failed commit. */
    private void flush() {
        try {
            approvals.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw new DomainException.Conflict("审批刚被他人处理，未保存；请重新读取后再试。");
                }
            }
            throw e;
        }
    }
}
