package cn.kaoping.approval;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.scheme.Approval;
import cn.kaoping.scheme.Scheme;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A cycle's approval chain as it stands: the scheme's levels (FORMAT.md §6.1), the items each
 * level signs for this cycle's units and agencies, and the last action on each. The rules of
 * sign-off live here: a level signs only what the levels below approved; a sign-off locks what it
 * covers; a return comes from a higher level; a sign-off is withdrawn by its own level or a higher
 * one, top down. Each refusal says why, in the clerk's words.
 */
final class Chain {

    private final Approval approval;
    private final List<Scheme.Unit> units;
    private final Function<Scheme.Unit, Set<String>> agenciesOf;
    private final Map<String, Set<String>> agenciesOfUnit = new HashMap<>();
    private final Map<String, String> collectors;
    private final Map<Item, ApprovalEntry> latest;
    private final Supplier<Set<String>> submittedUnits;
    private Set<String> submitted;
    private final ZoneId zone;

    /**
     * @param agenciesOf the agencies that assess a unit (its indicators' assessors), asked once per unit when needed
     * @param collectors the agency that collects (扎口) each unit's sheet, where it has one
     * @param latest     the last action on each item that has one
     * @param submitted  the units whose self-assessment is submitted, asked when a sign-off needs them
     */
    Chain(Approval approval, List<Scheme.Unit> units, Function<Scheme.Unit, Set<String>> agenciesOf, Map<String, String> collectors,
          Map<Item, ApprovalEntry> latest, Supplier<Set<String>> submitted, ZoneId zone) {
        this.approval = approval;
        this.units = units;
        this.agenciesOf = agenciesOf;
        this.collectors = collectors;
        this.latest = new HashMap<>(latest);
        this.submittedUnits = submitted;
        this.zone = zone;
    }

    List<Approval.Level> levels() {
        return approval.levels();
    }

    boolean hasLevels() {
        return !approval.levels().isEmpty();
    }

    Approval.Level level(String id) {
        return approval.level(id).orElseThrow(() -> new DomainException.Invalid("level", "must be a level of the scheme's "
                + "approval chain (" + approval.levels().stream().map(Approval.Level::id).collect(Collectors.joining(", ")) + ")"));
    }

    boolean isLast(Approval.Level level) {
        return approval.levels().get(approval.levels().size() - 1).id().equals(level.id());
    }

    private int rank(String levelId) {
        for (int i = 0; i < approval.levels().size(); i++) {
            if (approval.levels().get(i).id().equals(levelId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("level " + levelId);
    }

    /** The items a level signs in this cycle: a unit without a signer at the level (no series in a per-series map) has none. */
    List<Item> items(Approval.Level level) {
        List<Item> items = new ArrayList<>();
        switch (level.covers()) {
            case CYCLE -> items.add(Item.ofCycle(level.id()));
            case UNIT -> units.stream().filter(u -> signingAgency(level, u).isPresent() || !agencyScoped(level))
                    .forEach(u -> items.add(Item.ofUnit(level.id(), u.code())));
            case AGENCY -> units.forEach(u -> agenciesOfUnit.computeIfAbsent(u.code(), c -> agenciesOf.apply(u))
                    .forEach(a -> items.add(Item.ofAgency(level.id(), u.code(), a))));
        }
        return items;
    }

    /** Whether the item is one of its level's in this cycle. */
    boolean exists(Item item) {
        return items(level(item.level())).contains(item);
    }

    Optional<ApprovalEntry> latest(Item item) {
        return Optional.ofNullable(latest.get(item));
    }

    boolean approved(Item item) {
        return latest(item).filter(ApprovalEntry::approved).isPresent();
    }

    /** An action just taken: the chain stands as it does after it. */
    void record(ApprovalEntry entry) {
        latest.put(entry.item(), entry);
    }

    int nextVersion(Item item) {
        return latest(item).map(e -> e.version() + 1).orElse(1);
    }

    /** Whether {@code inner} (of a lower level) is part of what {@code outer} approves. */
    private static boolean within(Item inner, Item outer) {
        return outer.unit().map(u -> inner.unit().filter(u::equals).isPresent()).orElse(true)
                && outer.agency().map(a -> inner.agency().filter(a::equals).isPresent()).orElse(true);
    }

    /** The items of lower levels that {@code item} covers. */
    List<Item> below(Item item) {
        int rank = rank(item.level());
        return approval.levels().subList(0, rank).stream().flatMap(l -> items(l).stream()).filter(i -> within(i, item)).toList();
    }

    /** The items of higher levels that cover {@code item}. */
    List<Item> above(Item item) {
        int rank = rank(item.level());
        return approval.levels().subList(rank + 1, approval.levels().size()).stream().flatMap(l -> items(l).stream())
                .filter(i -> within(item, i)).toList();
    }

    /** The units an item covers. */
    private List<String> unitsOf(Item item) {
        return item.unit().map(List::of).orElseGet(() -> units.stream().map(Scheme.Unit::code).toList());
    }

    // --- who signs -----------------------------------------------------------------------------

    private static boolean agencyScoped(Approval.Level level) {
        return level.signer().scope() != Approval.Scope.TENANT;
    }

    /** The agency whose approvers sign the level for the unit; empty for a tenant-wide level. */
    private Optional<String> signingAgency(Approval.Level level, Scheme.Unit unit) {
        return switch (level.signer().scope()) {
            case TENANT, ASSESSING_AGENCY -> Optional.empty();
            case COLLECTING_AGENCY -> Optional.ofNullable(collectors.get(unit.code()));
            case AGENCY -> level.signer().agency().flatMap(a -> a.forUnit(unit));
        };
    }

    private Optional<String> signingAgency(Approval.Level level, Item item) {
        if (level.signer().scope() == Approval.Scope.ASSESSING_AGENCY) {
            return item.agency();
        }
        return item.unit().flatMap(this::unit).flatMap(u -> signingAgency(level, u));
    }

    private Optional<Scheme.Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    boolean maySign(Signatory who, Item item) {
        Approval.Level level = level(item.level());
        if (level.signer().role().equals(Approval.Signer.SCHEME_ADMIN)) {
            return who.schemeAdmin();
        }
        if (level.signer().scope() == Approval.Scope.TENANT) {
            return who.tenantApprover();
        }
        return signingAgency(level, item).filter(who.approverAgencies()::contains).isPresent();
    }

    /** Who signs the item, as clerks say it: 人教科的审批人, 本单位的审批人（全局）, 方案管理员. */
    String signer(Item item) {
        Approval.Level level = level(item.level());
        if (level.signer().role().equals(Approval.Signer.SCHEME_ADMIN)) {
            return "考评办（方案管理员）";
        }
        return signingAgency(level, item).map(a -> a + "的审批人").orElse("全租户的审批人");
    }

    // --- the rules -----------------------------------------------------------------------------

    /** Refuses a sign-off the caller may not make now, saying why. */
    void requireApprovable(Item item, Signatory who) {
        Approval.Level level = level(item.level());
        requireExists(item);
        if (!maySign(who, item)) {
            throw new DomainException.Refused(item.label() + " 的「" + level.name() + "」由" + signer(item) + "签核，你不是。");
        }
        latest(item).filter(ApprovalEntry::approved).ifPresent(e -> {
            throw new DomainException.Conflict(item.label() + " " + signedOff(e) + "，无需再签。", Optional.of(String.valueOf(e.version())));
        });
        List<Item> waiting = below(item).stream().filter(i -> !approved(i)).toList();
        if (!waiting.isEmpty()) {
            throw new DomainException.Conflict(item.label() + " 还不能「" + level.name() + "」：下级尚未签核 "
                    + waiting.stream().limit(5).map(i -> level(i.level()).name() + "：" + i.label()).collect(Collectors.joining("；"))
                    + (waiting.size() > 5 ? " 等" + waiting.size() + "项" : "") + "。");
        }
        if (approval.selfAssessment() && level.covers() != Approval.Covers.AGENCY) {
            if (submitted == null) {
                submitted = submittedUnits.get();
            }
            List<String> unsubmitted = unitsOf(item).stream().filter(u -> !submitted.contains(u)).toList();
            if (!unsubmitted.isEmpty()) {
                throw new DomainException.Conflict(item.label() + " 还不能「" + level.name() + "」：自评尚未提交 "
                        + unsubmitted.stream().limit(5).collect(Collectors.joining("、"))
                        + (unsubmitted.size() > 5 ? " 等" + unsubmitted.size() + "个单位" : "") + "。");
            }
        }
    }

    /** Refuses a return (退回) the caller may not make: only a higher level covering the item returns it, before it signed. */
    void requireReturnable(Item item, Signatory who) {
        requireExists(item);
        requireSigned(item, "退回");
        requireNoSignOffAbove(item, "退回");
        if (above(item).stream().noneMatch(i -> maySign(who, i))) {
            throw new DomainException.Refused(item.label() + " 的「" + level(item.level()).name() + "」只能由上一级退回"
                    + above(item).stream().findFirst().map(i -> "（" + signer(i) + "）").orElse("") + "，你不是。");
        }
    }

    /** Refuses a withdrawal of a sign-off unless the caller signs its level for the item (same agency) or a higher one. */
    void requireRevocable(Item item, Signatory who) {
        requireExists(item);
        requireSigned(item, "撤销");
        requireNoSignOffAbove(item, "撤销");
        if (!maySign(who, item) && above(item).stream().noneMatch(i -> maySign(who, i))) {
            throw new DomainException.Refused(item.label() + " 的「" + level(item.level()).name() + "」只能由签核的" + signer(item)
                    + "或更高一级撤销；下级或其他单位不能撤销。");
        }
    }

    private void requireExists(Item item) {
        if (!exists(item)) {
            throw new DomainException.NotFound("「" + level(item.level()).name() + "」没有审批项 " + item.label()
                    + "（单位或考评主体不在本层级）。");
        }
    }

    private void requireSigned(Item item, String what) {
        latest(item).filter(ApprovalEntry::approved).orElseThrow(() -> new DomainException.Conflict(item.label()
                + " 的「" + level(item.level()).name() + "」尚未签核，无需" + what + "。",
                Optional.of(String.valueOf(nextVersion(item) - 1))));
    }

    private void requireNoSignOffAbove(Item item, String what) {
        above(item).stream().filter(this::approved).reduce((a, b) -> b).flatMap(this::latest).ifPresent(e -> {
            throw new DomainException.Conflict(item.label() + " 上级" + signedOff(e) + "，不能" + what + "；请先由上级撤销。");
        });
    }

    /**
     * The sign-off that locks a change of the unit's facts of {@code agency} (empty: the unit's
     * sheet, its 自评 and applications): the highest approved item covering it.
     */
    Optional<ApprovalEntry> lockOn(String unit, Optional<String> agency) {
        Item target = new Item("", Optional.of(unit), agency);
        return latest.values().stream().filter(e -> e.approved() && within(target, e.item()))
                .max(Comparator.comparingInt(e -> rank(e.item().level())));
    }

    /** Whether any item stands returned (退回): something is open again for those below. */
    boolean anyReturned() {
        return latest.values().stream().anyMatch(e -> e.action() == ApprovalEntry.Action.RETURNED);
    }

    /** Whether a return (退回) reopened a change of the unit's facts of {@code agency} (empty: its sheet). */
    boolean reopened(String unit, Optional<String> agency) {
        Item target = new Item("", Optional.of(unit), agency);
        return latest.values().stream().anyMatch(e -> e.action() == ApprovalEntry.Action.RETURNED && within(target, e.item()));
    }

    /** 已由张三（考核责任科室负责人签字）于2026-12-20签核 — 审定 for the last level. */
    String signedOff(ApprovalEntry e) {
        Approval.Level level = level(e.item().level());
        return "已由" + e.byName() + "（" + level.name() + "）于" + e.actedAt().atZoneSameInstant(zone).toLocalDate()
                + (isLast(level) ? "审定" : "签核");
    }
}
