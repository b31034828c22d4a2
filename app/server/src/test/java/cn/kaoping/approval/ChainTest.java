package cn.kaoping.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.Actor;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scheme.SchemeLoader;
import cn.kaoping.scoring.RuleRegistry;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of sign-off on the seeds' chains, without a server: what each level signs, what it
 * waits for, what a sign-off locks, who may return or withdraw it (issue 10; FORMAT.md §6.1).
 */
class ChainTest {

    static final Path SCHEMES = Path.of(System.getProperty("kaoping.root", "../..")).resolve("tenant-schemes");
    static final Scheme WUJIN = load("wujin-housing/mubiao-2018.scheme.json");
    static final Scheme ZHANGZHOU = load("zhangzhou/shizhi.scheme.json");
    static final OffsetDateTime DAY = OffsetDateTime.of(2026, 12, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    static Scheme load(String file) {
        return new SchemeLoader(RuleRegistry.standard()).load(SCHEMES.resolve(file)).orThrow();
    }

    /** 武进's 办公室 (bgs, collected by 人教科) and 人教科 (rjk, collected by 党委办), assessed by 党委办 and 办公室. */
    private static Chain wujin(Map<Item, ApprovalEntry> latest, Set<String> submitted) {
        List<Scheme.Unit> units = WUJIN.units().stream().filter(u -> u.code().equals("bgs") || u.code().equals("rjk")).toList();
        return new Chain(WUJIN.approval(), units, unit -> Set.of("党委办", "办公室"),
                Map.of("bgs", "人教科", "rjk", "党委办"), latest, () -> submitted, ZoneId.of("Asia/Shanghai"));
    }

    private static Signatory approverOf(String... agencies) {
        return new Signatory(new Actor("s-" + agencies[0], agencies[0] + "负责人"), false, false, Set.of(agencies));
    }

    private static final Signatory LEADER = new Signatory(new Actor("s-leader", "分管领导"), false, true, Set.of());

    private static Map<Item, ApprovalEntry> signed(Item... items) {
        Map<Item, ApprovalEntry> latest = new HashMap<>();
        for (Item i : items) {
            latest.put(i, new ApprovalEntry(1L, i, 1, ApprovalEntry.Action.APPROVED, Optional.empty(), new Actor("s", "张三"), DAY));
        }
        return latest;
    }

    @Test
    void eachLevelSignsItsItemsAndTheCollectorIsTheUnitsZhakouKeshi() {
        Chain chain = wujin(Map.of(), Set.of());
        assertEquals(4, chain.items(WUJIN.approval().level("department").orElseThrow()).size(), "2 units × 2 agencies");
        assertEquals(List.of(Item.ofUnit("collection", "bgs"), Item.ofUnit("collection", "rjk")),
                chain.items(WUJIN.approval().level("collection").orElseThrow()));
        // 附件1 考核扎口分工表: 办公室 — 人教科; 人教科 — 党委办
        assertEquals("人教科的审批人", chain.signer(Item.ofUnit("collection", "bgs")));
        assertTrue(chain.maySign(approverOf("人教科"), Item.ofUnit("collection", "bgs")));
        assertFalse(chain.maySign(approverOf("人教科"), Item.ofUnit("collection", "rjk")));
        assertTrue(chain.maySign(approverOf("党委办"), Item.ofAgency("department", "bgs", "党委办")));
        assertFalse(chain.maySign(approverOf("党委办"), Item.ofAgency("department", "bgs", "办公室")));
        assertTrue(chain.maySign(LEADER, Item.ofCycle("board")));
    }

    @Test
    void aLevelWaitsForTheLevelsBelowWithinWhatItCoversAndForTheSelfAssessment() {
        Item collection = Item.ofUnit("collection", "bgs");
        Chain oneAgency = wujin(signed(Item.ofAgency("department", "bgs", "党委办")), Set.of("bgs"));
        DomainException.Conflict waiting = assertThrows(DomainException.Conflict.class,
                () -> oneAgency.requireApprovable(collection, approverOf("人教科")));
        assertTrue(waiting.getMessage().contains("bgs 的办公室考评"), waiting.getMessage());
        assertFalse(waiting.getMessage().contains("rjk"), "another unit's entries are not within bgs's sheet");

        Chain noSelf = wujin(signed(Item.ofAgency("department", "bgs", "党委办"), Item.ofAgency("department", "bgs", "办公室")), Set.of());
        DomainException.Conflict self = assertThrows(DomainException.Conflict.class,
                () -> noSelf.requireApprovable(collection, approverOf("人教科")));
        assertTrue(self.getMessage().contains("自评尚未提交 bgs"), self.getMessage());

        Chain ready = wujin(signed(Item.ofAgency("department", "bgs", "党委办"), Item.ofAgency("department", "bgs", "办公室")), Set.of("bgs"));
        ready.requireApprovable(collection, approverOf("人教科"));
        assertThrows(DomainException.Refused.class, () -> ready.requireApprovable(collection, approverOf("党委办")));
    }

    @Test
    void aSignOffLocksWhatItCoversAndSaysWhoWhenAndAtWhichLevel() {
        Chain chain = wujin(signed(Item.ofAgency("department", "bgs", "党委办")), Set.of());
        ApprovalEntry lock = chain.lockOn("bgs", Optional.of("党委办")).orElseThrow();
        assertEquals("已由张三（考核责任科室负责人签字）于2026-12-20签核", chain.signedOff(lock));
        assertTrue(chain.lockOn("bgs", Optional.of("办公室")).isEmpty(), "another agency's entries stay open");
        assertTrue(chain.lockOn("bgs", Optional.empty()).isEmpty(), "the unit's 自评 stays open under an agency's sign-off");

        Chain sheet = wujin(signed(Item.ofAgency("department", "bgs", "党委办"), Item.ofAgency("department", "bgs", "办公室"),
                Item.ofUnit("collection", "bgs")), Set.of("bgs"));
        assertEquals("collection", sheet.lockOn("bgs", Optional.of("办公室")).orElseThrow().item().level(), "the highest sign-off speaks");
        assertTrue(sheet.lockOn("bgs", Optional.empty()).isPresent(), "the sheet's sign-off locks the 自评 too");
        assertTrue(sheet.lockOn("rjk", Optional.of("办公室")).isEmpty());
    }

    @Test
    void returnsComeFromAboveAndWithdrawalsFromTheSameLevelOrAboveTopDown() {
        Item party = Item.ofAgency("department", "bgs", "党委办");
        Chain chain = wujin(signed(party), Set.of());
        chain.requireReturnable(party, approverOf("人教科"));       // the 扎口科室 of bgs is above it
        assertThrows(DomainException.Refused.class, () -> chain.requireReturnable(party, approverOf("党委办")));
        chain.requireRevocable(party, approverOf("党委办"));        // its own level and agency
        chain.requireRevocable(party, LEADER);                      // a higher level
        assertThrows(DomainException.Refused.class, () -> chain.requireRevocable(party, approverOf("办公室")));

        Chain above = wujin(signed(party, Item.ofAgency("department", "bgs", "办公室"), Item.ofUnit("collection", "bgs")), Set.of("bgs"));
        DomainException.Conflict topDown = assertThrows(DomainException.Conflict.class, () -> above.requireRevocable(party, approverOf("党委办")));
        assertTrue(topDown.getMessage().contains("上级已由张三（考核扎口科室负责人签字）"), topDown.getMessage());
        assertThrows(DomainException.Refused.class, () -> above.requireRevocable(Item.ofUnit("collection", "bgs"), approverOf("党委办")),
                "a lower level never withdraws a higher one's sign-off");
    }

    @Test
    void aReturnReopensExactlyWhatItCovered() {
        Item party = Item.ofAgency("department", "bgs", "党委办");
        Map<Item, ApprovalEntry> latest = signed(Item.ofAgency("department", "bgs", "办公室"));
        latest.put(party, new ApprovalEntry(1L, party, 2, ApprovalEntry.Action.RETURNED, Optional.of("原因不清"), new Actor("s", "李四"), DAY));
        Chain chain = wujin(latest, Set.of());
        assertTrue(chain.reopened("bgs", Optional.of("党委办")));
        assertFalse(chain.reopened("bgs", Optional.of("办公室")));
        assertFalse(chain.reopened("rjk", Optional.of("党委办")));
    }

    @Test
    void zhangzhousSeriesGroupsReviewTheirSeriesAndAUnitOutsideTheSeriesSkipsTheLevel() {
        // 漳州 四(二)1: 第一、第二、第三系列单位…分别由市委办、市政府办、市效能办负责组织实施
        Chain chain = new Chain(ZHANGZHOU.approval(), ZHANGZHOU.units(), unit -> Set.of(), Map.of(), Map.of(), Set::of,
                ZoneId.of("Asia/Shanghai"));
        List<Item> reviews = chain.items(ZHANGZHOU.approval().level("series-review").orElseThrow());
        long inSeries = ZHANGZHOU.units().stream().filter(u -> u.series().isPresent()).count();
        assertEquals(inSeries, reviews.size());
        assertTrue(chain.maySign(approverOf("市委办"), Item.ofUnit("series-review", "zzb")));
        assertFalse(chain.maySign(approverOf("市政府办"), Item.ofUnit("series-review", "zzb")));
        String outside = ZHANGZHOU.units().stream().filter(u -> u.series().isEmpty()).findFirst().orElseThrow().code();
        DomainException.NotFound none = assertThrows(DomainException.NotFound.class,
                () -> chain.requireApprovable(Item.ofUnit("series-review", outside), LEADER));
        assertTrue(none.getMessage().contains("系列考评组初审"), none.getMessage());
        // the 审定 covers every unit: it waits for every series group, and for every unit's 自评
        DomainException.Conflict decision = assertThrows(DomainException.Conflict.class,
                () -> chain.requireApprovable(Item.ofCycle("decision"), LEADER));
        assertTrue(decision.getMessage().contains("等" + inSeries + "项"), decision.getMessage());
    }
}
