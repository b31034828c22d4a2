package cn.kaoping.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.KeycloakAdmin;
import cn.kaoping.it.Stack;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Approval in levels (issue 10) over HTTP, against the real PostgreSQL and Keycloak, on the seeds'
 * chains as their scheme files write them (tenant-schemes/FORMAT.md §6.1):
 * 武进 (seed 003 附件3 计分表): 考核责任科室负责人签字 per agency and unit → 考核扎口科室负责人签字
 * per unit, by the 扎口科室 of 附件1 → 被考科室分管领导签字 → 局考核领导小组审定;
 * 漳州 (seed 002 第五篇 四(二)): 自评 → 系列考评组初审 (第一、第二、第三系列 by 市委办、市政府办、市效能办)
 * → 市直考评工作小组审定 → 通报. Each test opens its own cycle; none depends on another's.
 */
class ApprovalIT extends DeployedServer {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String RUN = Long.toString(System.currentTimeMillis() % 46_656_000L, 36);

    /** 武进区住建局 and its people, placed once for the class (placing needs a cycle's agencies and units). */
    static final String WJ = "api/tenants/wujin-housing";
    static final String WJ_SCHEME = "wujin-housing-mubiao-2018";
    static final String WJ_ADMIN = "ap-admin-" + RUN;
    static final String WJ_VIEWER = "ap-viewer-" + RUN;
    static final String WJ_ASSESSOR = "ap-assessor-" + RUN;
    static final String WJ_REPORTER = "ap-reporter-" + RUN;
    /** Approver of 党委办 (its entries; the 扎口科室 of 人教科's sheet). */
    static final String WJ_PARTY = "ap-dwb-" + RUN;
    /** A second approver of 党委办, to race the first. */
    static final String WJ_PARTY2 = "ap-dwb2-" + RUN;
    /** Approver of 人教科 (its entries; the 扎口科室 of most units' sheets, 附件1). */
    static final String WJ_HR = "ap-rjk-" + RUN;
    /** Approver of every other agency (办公室, 政策法规科, …; 公用事业科, 房产管理科, 建工科 as 扎口科室). */
    static final String WJ_OTHERS = "ap-other-" + RUN;
    /** Approver of the whole bureau: 被考科室分管领导签字 and 局考核领导小组审定. */
    static final String WJ_LEADER = "ap-leader-" + RUN;
    static final String PARTY = "党委办";
    static final String HR = "人教科";

    private static boolean placed;
    private static List<String> wujinUnits;
    private static Map<String, String> approverOf;

    /** 武进's clerks in their places, created through the API once. */
    private static synchronized void wujinPeople() {
        if (placed) {
            return;
        }
        Api a = new Api(Stack.server());
        KeycloakAdmin.createUser(WJ_ADMIN, "/tenants/wujin-housing/scheme-admin");
        KeycloakAdmin.createUser(WJ_VIEWER, "/tenants/wujin-housing/viewer");
        JsonObject detail = open(a, WJ, WJ_ADMIN, "ap-" + RUN + "-people", WJ_SCHEME);
        List<String> agencies = strings(detail, "agencies");
        wujinUnits = detail.getJsonArray("units").stream().map(u -> u.asJsonObject().getString("code")).toList();
        agencies.forEach(agency -> place(a, WJ_ASSESSOR, "assessor", "\"agency\": \"" + agency + "\""));
        wujinUnits.forEach(unit -> place(a, WJ_REPORTER, "unit-reporter", "\"unit\": \"" + unit + "\""));
        Set<String> signing = new LinkedHashSet<>(agencies);
        signing.addAll(strings(detail, "signingAgencies"));
        approverOf = new LinkedHashMap<>();
        for (String agency : signing) {
            String approver = agency.equals(PARTY) ? WJ_PARTY : agency.equals(HR) ? WJ_HR : WJ_OTHERS;
            place(a, approver, "approver", "\"agency\": \"" + agency + "\"");
            approverOf.put(agency, approver);
        }
        place(a, WJ_PARTY2, "approver", "\"agency\": \"" + PARTY + "\"");
        place(a, WJ_LEADER, "approver", "\"agency\": null");
        for (String user : List.of(WJ_ASSESSOR, WJ_REPORTER, WJ_PARTY, WJ_PARTY2, WJ_HR, WJ_OTHERS, WJ_LEADER)) {
            KeycloakAdmin.completeFirstLogin(user, "demo");
        }
        placed = true;
    }

    private static void place(Api a, String user, String role, String scope) {
        Api.Response r = a.post(WJ + "/assignments", Optional.of(WJ_ADMIN), "{\"username\": \"" + user + "\", \"email\": \"" + user
                + "@kaoping.example\", \"role\": \"" + role + "\", " + scope + "}");
        assertTrue(r.status() == 201 || r.status() == 200, user + " " + role + ": " + r.body());
    }

    private static JsonObject open(Api a, String tenant, String admin, String code, String scheme) {
        Api.Response r = a.post(tenant + "/cycles", Optional.of(admin), "{\"code\": \"" + code + "\", \"name\": \"" + code
                + "\", \"scheme\": \"" + scheme + "\", \"version\": 1, \"entryOpens\": \"" + TODAY.minusDays(1)
                + "\", \"entryCloses\": \"" + TODAY.plusDays(30) + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.object();
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** A new 武进 cycle, with the people placed. */
    private String wujinCycle(String name) {
        wujinPeople();
        String code = "ap-" + RUN + "-" + name;
        open(api, WJ, WJ_ADMIN, code, WJ_SCHEME);
        return WJ + "/cycles/" + code;
    }

    // --- calls --------------------------------------------------------------------------------

    private JsonObject chain(String cycle, String user) {
        Api.Response r = api.get(cycle + "/approvals", Optional.of(user));
        assertEquals(200, r.status(), r.body());
        return r.object();
    }

    /** The items of a level in the chain or a queue, as the server lists them. */
    private static List<JsonObject> items(JsonObject chain, String level, Predicate<JsonObject> which) {
        return chain.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("level").equals(level) && which.test(i)).toList();
    }

    private static JsonObject item(JsonObject chain, String level, String unit, Optional<String> agency) {
        return items(chain, level, i -> i.getString("unit", "").equals(unit) && i.getString("agency", "").equals(agency.orElse("")))
                .stream().findFirst().orElseThrow(() -> new AssertionError("no item " + level + " " + unit + " " + agency));
    }

    private Api.Response sign(String cycle, String user, String level, List<JsonObject> items) {
        JsonArrayBuilder refs = Json.createArrayBuilder();
        items.forEach(i -> {
            var ref = Json.createObjectBuilder().add("unit", i.getString("unit"));
            if (i.containsKey("agency")) {
                ref.add("agency", i.getString("agency"));
            }
            refs.add(ref);
        });
        return api.post(cycle + "/approvals", Optional.of(user), Json.createObjectBuilder().add("level", level).add("items", refs)
                .build().toString());
    }

    private Api.Response signCycle(String cycle, String user, String level) {
        return api.post(cycle + "/approvals", Optional.of(user), "{\"level\": \"" + level + "\"}");
    }

    /** Each approver signs, in one call, what its queue holds ready at the level (of the units chosen). */
    private int signQueues(String cycle, String level, Signers users, Predicate<String> units) {
        int signed = 0;
        for (String user : users.names()) {
            Api.Response q = api.get(cycle + "/approvals/queue", Optional.of(user));
            assertEquals(200, q.status(), q.body());
            List<JsonObject> ready = items(q.object(), level, i -> i.getBoolean("ready") && units.test(i.getString("unit")));
            if (!ready.isEmpty()) {
                Api.Response r = sign(cycle, user, level, ready);
                assertEquals(201, r.status(), user + ": " + r.body());
                assertEquals(ready.size(), r.json().asJsonArray().size());
                signed += ready.size();
            }
        }
        return signed;
    }

    /** Who signs, as a list of users. */
    private record Signers(List<String> names) {
        static Signers of(String... users) {
            return new Signers(List.of(users));
        }
    }

    private static Signers agencyApprovers() {
        return Signers.of(WJ_PARTY, WJ_HR, WJ_OTHERS);
    }

    private Api.Response action(String cycle, String user, String what, String level, Optional<String> unit, Optional<String> agency,
                                String reason) {
        var body = Json.createObjectBuilder().add("level", level).add("reason", reason);
        unit.ifPresent(u -> body.add("unit", u));
        agency.ifPresent(a -> body.add("agency", a));
        return api.post(cycle + "/approvals/" + what, Optional.of(user), body.build().toString());
    }

    private Api.Response enter(String cycle, String user, String unit, String rule, String reason) {
        return api.post(cycle + "/facts", Optional.of(user), "{\"unit\": \"" + unit + "\", \"rule\": \"" + rule + "\", \"reason\": \""
                + reason + "\"}");
    }

    /** The reporter's 自评 of the unit: 年度目标任务 (mb, 30 points) full, then submitted. */
    private void selfAssess(String cycle, String unit) {
        Api.Response put = api.call("PUT", cycle + "/self-assessments/" + unit + "/items/mb", Optional.of(WJ_REPORTER),
                Optional.of("{\"score\": \"30\", \"reason\": \"年度目标任务全部完成\"}"), Map.of());
        assertEquals(200, put.status(), put.body());
        Api.Response submitted = api.post(cycle + "/self-assessments/" + unit + "/submission", Optional.of(WJ_REPORTER), "{}");
        assertEquals(200, submitted.status(), submitted.body());
    }

    private static String detail(Api.Response r) {
        return r.object().getString("detail");
    }

    // --- 武进 ------------------------------------------------------------------------------------

    @Test
    void wujinFromEntryThroughEveryLevelToPublication() {
        String cycle = wujinCycle("walk");
        // 附件2 基础管理 1 (jc.1, 2分): 科室内部不团结，影响工作开展的有1次扣1分 — 党委办's clause
        assertEquals(201, enter(cycle, WJ_ASSESSOR, "bgs", "jc.1/r1", "科室内部不团结（审批测试）").status());

        JsonObject chain = chain(cycle, WJ_VIEWER);
        assertEquals(List.of("department", "collection", "leader", "board"), chain.getJsonArray("levels").stream()
                .map(l -> l.asJsonObject().getString("id")).toList());
        assertEquals("考核扎口科室负责人签字", chain.getJsonArray("levels").getJsonObject(1).getString("name"));
        JsonObject bgsParty = item(chain, "department", "bgs", Optional.of(PARTY));
        assertEquals("NONE", bgsParty.getString("state"));
        assertEquals("党委办的审批人", bgsParty.getString("signer"));
        // 附件1: 办公室's sheet is collected by 人教科 (rjk); 人教科's own by 党委办 (dwb)
        assertEquals("人教科的审批人", item(chain, "collection", "bgs", Optional.empty()).getString("signer"));
        assertEquals("党委办的审批人", item(chain, "collection", "rjk", Optional.empty()).getString("signer"));

        // the 扎口科室 cannot sign before the departments did
        Api.Response early = sign(cycle, WJ_HR, "collection", List.of(item(chain, "collection", "bgs", Optional.empty())));
        assertEquals(409, early.status(), early.body());
        assertTrue(detail(early).contains("下级尚未签核"), detail(early));

        // 考核责任科室负责人签字: each agency's approver signs all its units at once from its queue
        int departments = items(chain, "department", i -> true).size();
        assertEquals(departments, signQueues(cycle, "department", agencyApprovers(), u -> true));
        Api.Response locked = enter(cycle, WJ_ASSESSOR, "bgs", "jc.1/r2", "未规范操作（审批测试）");
        assertEquals(409, locked.status(), locked.body());
        assertTrue(detail(locked).matches(".*已由.*（考核责任科室负责人签字）于" + TODAY + "签核，不能修改.*"), detail(locked));

        // 考核扎口科室负责人签字 waits for each unit's 自评 (附件3 自评分 column)
        Api.Response noSelf = sign(cycle, WJ_HR, "collection", List.of(item(chain, "collection", "bgs", Optional.empty())));
        assertEquals(409, noSelf.status(), noSelf.body());
        assertTrue(detail(noSelf).contains("自评尚未提交"), detail(noSelf));
        wujinUnits.forEach(u -> selfAssess(cycle, u));
        assertEquals(wujinUnits.size(), signQueues(cycle, "collection", agencyApprovers(), u -> true));
        Api.Response selfLocked = api.call("PUT", cycle + "/self-assessments/bgs/items/mb", Optional.of(WJ_REPORTER),
                Optional.of("{\"score\": \"29\", \"reason\": \"改\"}"), Map.of());
        assertEquals(409, selfLocked.status(), selfLocked.body());
        assertTrue(detail(selfLocked).contains("考核扎口科室负责人签字"), detail(selfLocked));
        // 附件6 特别附加分申报 under the signed sheet: refused too
        Api.Response application = api.post(cycle + "/applications", Optional.of(WJ_REPORTER), "{\"unit\": \"bgs\", \"rule\": \"fj/r1\","
                + " \"item\": \"获评市级文明科室\", \"evidence\": \"证书\"}");
        assertEquals(409, application.status(), application.body());
        assertTrue(detail(application).contains("签核，不能修改"), detail(application));

        // 被考科室分管领导签字 then 局考核领导小组审定 by the bureau's approver
        assertEquals(wujinUnits.size(), signQueues(cycle, "leader", Signers.of(WJ_LEADER), u -> true));
        Api.Response decided = signCycle(cycle, WJ_LEADER, "board");
        assertEquals(201, decided.status(), decided.body());
        JsonObject after = chain(cycle, WJ_ASSESSOR);
        assertEquals("DECIDED", after.getString("state"));
        assertEquals("APPROVED", item(after, "board", "", Optional.empty()).getString("state"));
        Api.Response closed = enter(cycle, WJ_ASSESSOR, "rjk", "jc.1/r1", "审定后（审批测试）");
        assertEquals(409, closed.status(), closed.body());
        assertTrue(detail(closed).contains("审定"), detail(closed));

        // 通报: the frozen ranking for the viewer, each unit's sheet for its reporter
        assertEquals(403, api.get(cycle + "/publication", Optional.of(WJ_REPORTER)).status());
        Api.Response published = api.post(cycle + "/publication", Optional.of(WJ_ADMIN), "{}");
        assertEquals(201, published.status(), published.body());
        Api.Response ranking = api.get(cycle + "/publication", Optional.of(WJ_VIEWER));
        assertEquals(200, ranking.status(), ranking.body());
        JsonObject bgs = ranking.object().getJsonObject("results").getJsonArray("units").stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("unit").equals("bgs")).findFirst().orElseThrow();
        Api.Response live = api.get(cycle + "/results", Optional.of(WJ_ADMIN));
        JsonObject liveBgs = live.object().getJsonArray("units").stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("unit").equals("bgs")).findFirst().orElseThrow();
        assertEquals(liveBgs.getString("total"), bgs.getString("total"));
        Api.Response sheet = api.get(cycle + "/publication/units/bgs", Optional.of(WJ_REPORTER));
        assertEquals(200, sheet.status(), sheet.body());
        assertTrue(sheet.body().contains("科室内部不团结（审批测试）"), "the published sheet explains the deduction");
        assertEquals(403, api.get(cycle + "/publication/units/bgs", Optional.of(WJ_VIEWER)).status(),
                "a viewer reads the ranking, not the units' sheets");
        assertEquals(409, api.post(cycle + "/publication", Optional.of(WJ_ADMIN), "{}").status(), "published once");
        Api.Response unpublish = action(cycle, WJ_LEADER, "revocation", "board", Optional.empty(), Optional.empty(), "撤销");
        assertEquals(409, unpublish.status(), unpublish.body());
        assertTrue(detail(unpublish).contains("已通报"), detail(unpublish));
        Api.Response history = api.get(cycle + "/approvals/history", Optional.of(WJ_REPORTER));
        assertEquals(200, history.status());
        assertEquals(departments + 2 * wujinUnits.size() + 1, history.json().asJsonArray().size(), "who approved what and when");
    }

    @Test
    void aReturnAtEachLevelReopensWhatItCoversUntilCorrectedAndSignedAgain() {
        String cycle = wujinCycle("returns");
        Api.Response fact = enter(cycle, WJ_ASSESSOR, "bgs", "jc.1/r1", "科室内部不团结（退回测试）");
        assertEquals(201, fact.status(), fact.body());
        long factId = fact.object().getJsonArray("facts").getJsonObject(0).getJsonNumber("id").longValue();
        signQueues(cycle, "department", agencyApprovers(), "bgs"::equals);

        // the 扎口科室 returns the 自评 to the unit before signing: the unit edits and submits again
        selfAssess(cycle, "bgs");
        Api.Response notTheCollector = api.post(cycle + "/self-assessments/bgs/return", Optional.of(WJ_PARTY), "{\"reason\": \"不对\"}");
        assertEquals(403, notTheCollector.status(), "党委办 does not sign 办公室's sheet: " + notTheCollector.body());
        Api.Response selfBack = api.post(cycle + "/self-assessments/bgs/return", Optional.of(WJ_HR), "{\"reason\": \"自评分缺依据\"}");
        assertEquals(200, selfBack.status(), selfBack.body());
        selfAssess(cycle, "bgs");

        // the 扎口科室 returns 党委办's entries for 办公室: they are open again, the reason is shown to the assessor
        Api.Response back = action(cycle, WJ_HR, "return", "department", Optional.of("bgs"), Optional.of(PARTY), "扣分原因不清，请补充");
        assertEquals(200, back.status(), back.body());
        JsonObject seen = item(chain(cycle, WJ_ASSESSOR), "department", "bgs", Optional.of(PARTY));
        assertEquals("RETURNED", seen.getString("state"));
        assertEquals("扣分原因不清，请补充", seen.getString("reason"));
        Api.Response correction = api.call("PUT", cycle + "/facts/" + factId, Optional.of(WJ_ASSESSOR),
                Optional.of("{\"unit\": \"bgs\", \"rule\": \"jc.1/r1\", \"reason\": \"3月科室内部不团结，影响周报（已补充）\"}"), Map.of());
        assertEquals(200, correction.status(), correction.body());
        // other agencies' entries for 办公室 stay signed
        Api.Response otherAgency = enter(cycle, WJ_ASSESSOR, "bgs", "jc.3/r2", "未按规定操作（退回测试）");
        assertEquals(409, otherAgency.status(), otherAgency.body());
        assertEquals(201, sign(cycle, WJ_PARTY, "department", List.of(seen)).status());
        Api.Response collected = sign(cycle, WJ_HR, "collection", List.of(item(chain(cycle, WJ_HR), "collection", "bgs", Optional.empty())));
        assertEquals(201, collected.status(), collected.body());
        // a return comes from above only: the department level cannot return the 扎口科室's sign-off
        Api.Response fromBelow = action(cycle, WJ_PARTY, "return", "collection", Optional.of("bgs"), Optional.empty(), "不同意");
        assertEquals(403, fromBelow.status(), fromBelow.body());

        // the leader returns the sheet to the 扎口科室; the board returns the leader's sign-off to the leader
        Api.Response sheetBack = action(cycle, WJ_LEADER, "return", "collection", Optional.of("bgs"), Optional.empty(), "请核对自评分");
        assertEquals(200, sheetBack.status(), sheetBack.body());
        assertEquals(201, sign(cycle, WJ_HR, "collection", List.of(item(chain(cycle, WJ_HR), "collection", "bgs", Optional.empty()))).status());
        JsonObject leaderItem = item(chain(cycle, WJ_LEADER), "leader", "bgs", Optional.empty());
        assertEquals(201, sign(cycle, WJ_LEADER, "leader", List.of(leaderItem)).status());
        Api.Response leaderBack = action(cycle, WJ_LEADER, "return", "leader", Optional.of("bgs"), Optional.empty(), "领导小组要求复核");
        assertEquals(200, leaderBack.status(), leaderBack.body());
        assertEquals(201, sign(cycle, WJ_LEADER, "leader", List.of(leaderItem)).status());

        // signed above: the 扎口科室 can no longer return 党委办's entries
        Api.Response signedAbove = action(cycle, WJ_HR, "return", "department", Optional.of("bgs"), Optional.of(PARTY), "再核");
        assertEquals(409, signedAbove.status(), signedAbove.body());
        Api.Response history = api.get(cycle + "/approvals/history", Optional.of(WJ_VIEWER));
        List<String> actions = history.json().asJsonArray().stream().map(a -> a.asJsonObject().getString("action")).toList();
        assertEquals(3, actions.stream().filter("RETURNED"::equals).count(), actions.toString());
    }

    @Test
    void aLowerLevelOrAnotherAgencyCannotUnapproveAndWithdrawalsGoTopDown() {
        String cycle = wujinCycle("unapprove");
        signQueues(cycle, "department", agencyApprovers(), "bgs"::equals);
        // 政策法规科 …'s approver is not 党委办's
        Api.Response otherAgency = action(cycle, WJ_OTHERS, "revocation", "department", Optional.of("bgs"), Optional.of(PARTY), "误签");
        assertEquals(403, otherAgency.status(), otherAgency.body());
        selfAssess(cycle, "bgs");
        assertEquals(201, sign(cycle, WJ_HR, "collection", List.of(item(chain(cycle, WJ_HR), "collection", "bgs", Optional.empty()))).status());
        Api.Response lower = action(cycle, WJ_PARTY, "revocation", "collection", Optional.of("bgs"), Optional.empty(), "误签");
        assertEquals(403, lower.status(), lower.body());
        assertTrue(detail(lower).contains("下级或其他单位不能撤销"), detail(lower));
        Api.Response underASignOff = action(cycle, WJ_PARTY, "revocation", "department", Optional.of("bgs"), Optional.of(PARTY), "误签");
        assertEquals(409, underASignOff.status(), underASignOff.body());
        assertTrue(detail(underASignOff).contains("上级已由"), detail(underASignOff));
        assertEquals(403, action(cycle, WJ_REPORTER, "revocation", "collection", Optional.of("bgs"), Optional.empty(), "x").status(),
                "a unit reporter signs nothing");

        assertEquals(200, action(cycle, WJ_HR, "revocation", "collection", Optional.of("bgs"), Optional.empty(), "重新核对").status());
        assertEquals(200, action(cycle, WJ_PARTY, "revocation", "department", Optional.of("bgs"), Optional.of(PARTY), "漏记一项").status());
        assertEquals(201, enter(cycle, WJ_ASSESSOR, "bgs", "jc.1/r1", "补记（撤销后）").status(), "withdrawn: open again");
        assertEquals("REVOKED", item(chain(cycle, WJ_VIEWER), "department", "bgs", Optional.of(PARTY)).getString("state"));
    }

    @Test
    void badSignOffsAndReturnsAreRefusedNamingTheFieldAndNothingIsSigned() {
        String cycle = wujinCycle("bad");
        Api.Response unknownLevel = api.post(cycle + "/approvals", Optional.of(WJ_PARTY), "{\"level\": \"nope\", \"items\": [{\"unit\": \"bgs\"}]}");
        assertEquals(400, unknownLevel.status(), unknownLevel.body());
        assertEquals("level", unknownLevel.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response noAgency = api.post(cycle + "/approvals", Optional.of(WJ_PARTY), "{\"level\": \"department\", \"items\": [{\"unit\": \"bgs\"}]}");
        assertEquals(400, noAgency.status(), noAgency.body());
        assertEquals("items[0].agency", noAgency.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response noUnit = api.post(cycle + "/approvals", Optional.of(WJ_PARTY), "{\"level\": \"department\", \"items\": [{\"agency\": \"党委办\"}]}");
        assertEquals(400, noUnit.status(), noUnit.body());
        assertEquals("items[0].unit", noUnit.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response boardWithItems = api.post(cycle + "/approvals", Optional.of(WJ_LEADER), "{\"level\": \"board\", \"items\": [{\"unit\": \"bgs\"}]}");
        assertEquals(400, boardWithItems.status(), boardWithItems.body());
        assertEquals("items", boardWithItems.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response noReason = api.post(cycle + "/approvals/return", Optional.of(WJ_HR), "{\"level\": \"department\", \"unit\": \"bgs\", \"agency\": \"党委办\"}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals("reason", noReason.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        // a batch with one item the caller may not sign keeps none, and names the item
        List<JsonObject> mixed = List.of(item(chain(cycle, WJ_PARTY), "department", "bgs", Optional.of(PARTY)),
                item(chain(cycle, WJ_PARTY), "department", "bgs", Optional.of("办公室")));
        Api.Response partly = sign(cycle, WJ_PARTY, "department", mixed);
        assertEquals(403, partly.status(), partly.body());
        assertTrue(detail(partly).startsWith("items[1]："), detail(partly));
        assertEquals(0, api.get(cycle + "/approvals/history", Optional.of(WJ_VIEWER)).json().asJsonArray().size(), "nothing signed");
        Api.Response badIndicator = api.post(cycle + "/late-entries", Optional.of(WJ_ADMIN),
                "{\"unit\": \"bgs\", \"indicator\": \"nope\", \"reason\": \"补录\", \"until\": \"" + TODAY + "\"}");
        assertEquals(400, badIndicator.status(), badIndicator.body());
        assertEquals("indicator", badIndicator.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, api.get(cycle + "/approvals", Optional.of("zz-scheme")).status(), "another tenant's cycle");
    }

    @Test
    void aLateEntryLetsOneUnitsIndicatorInPastTheWindowAndTheSignOffs() {
        String cycle = wujinCycle("late");
        signQueues(cycle, "department", agencyApprovers(), "bgs"::equals);
        assertEquals(409, enter(cycle, WJ_ASSESSOR, "bgs", "jc.1/r2", "迟到").status());
        // the window closes; the 效能办 lets 办公室's 基础管理1 in until today, with the reason
        Api.Response window = api.call("PUT", cycle, Optional.of(WJ_ADMIN), Optional.of("{\"entryOpens\": \"" + TODAY.minusDays(3)
                + "\", \"entryCloses\": \"" + TODAY.minusDays(1) + "\", \"state\": \"OPEN\"}"), Map.of());
        assertEquals(200, window.status(), window.body());
        Api.Response notAdmin = api.post(cycle + "/late-entries", Optional.of(WJ_LEADER),
                "{\"unit\": \"bgs\", \"indicator\": \"jc.1\", \"reason\": \"补录\", \"until\": \"" + TODAY + "\"}");
        assertEquals(403, notAdmin.status());
        Api.Response past = api.post(cycle + "/late-entries", Optional.of(WJ_ADMIN),
                "{\"unit\": \"bgs\", \"indicator\": \"jc.1\", \"reason\": \"补录\", \"until\": \"" + TODAY.minusDays(1) + "\"}");
        assertEquals(400, past.status(), past.body());
        assertEquals("until", past.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response noUnit = api.post(cycle + "/late-entries", Optional.of(WJ_ADMIN),
                "{\"unit\": \"nope\", \"reason\": \"补录\", \"until\": \"" + TODAY + "\"}");
        assertEquals(400, noUnit.status(), noUnit.body());
        Api.Response granted = api.post(cycle + "/late-entries", Optional.of(WJ_ADMIN),
                "{\"unit\": \"bgs\", \"indicator\": \"jc.1\", \"reason\": \"党委办漏报一项，经效能办同意补录\", \"until\": \"" + TODAY + "\"}");
        assertEquals(201, granted.status(), granted.body());

        assertEquals(201, enter(cycle, WJ_ASSESSOR, "bgs", "jc.1/r2", "补录：未规范操作").status(), "jc.1 of 办公室 is let in");
        Api.Response otherIndicator = enter(cycle, WJ_ASSESSOR, "bgs", "jc.2/r1", "补录以外");
        assertEquals(409, otherIndicator.status(), otherIndicator.body());
        Api.Response otherUnit = enter(cycle, WJ_ASSESSOR, "rjk", "jc.1/r2", "补录以外");
        assertEquals(409, otherUnit.status(), otherUnit.body());
        assertTrue(detail(otherUnit).contains("不在录入期内"), detail(otherUnit));
        Api.Response listed = api.get(cycle + "/late-entries", Optional.of(WJ_ASSESSOR));
        assertEquals("党委办漏报一项，经效能办同意补录", listed.json().asJsonArray().getJsonObject(0).getString("reason"));
    }

    @Test
    void twoApproversSigningTheSameItemAtOnceHaveExactlyOneWinnerAndAReturnRacesASignOff() throws Exception {
        String cycle = wujinCycle("race");
        signQueues(cycle, "department", agencyApprovers(), u -> u.equals("bgs") || u.equals("csk"));
        JsonObject csk = item(chain(cycle, WJ_PARTY), "department", "csk", Optional.of(PARTY));
        // warm both tokens, so that the two requests leave together
        api.get(cycle + "/approvals/queue", Optional.of(WJ_PARTY2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                assertEquals(200, action(cycle, WJ_PARTY, "revocation", "department", Optional.of("csk"), Optional.of(PARTY), "再签 " + round)
                        .status());
                List<Integer> statuses = race(pool, () -> sign(cycle, WJ_PARTY, "department", List.of(csk)).status(),
                        () -> sign(cycle, WJ_PARTY2, "department", List.of(csk)).status());
                assertEquals(Set.of(201, 409), Set.copyOf(statuses), "round " + round + ": " + statuses);
            }
            // the 扎口科室 returning 党委办's entries while signing the sheet: one of the two is taken
            selfAssess(cycle, "bgs");
            JsonObject sheet = item(chain(cycle, WJ_HR), "collection", "bgs", Optional.empty());
            for (int round = 0; round < 6; round++) {
                String reason = "退回 " + round;
                List<Integer> statuses = race(pool,
                        () -> action(cycle, WJ_HR, "return", "department", Optional.of("bgs"), Optional.of(PARTY), reason).status(),
                        () -> sign(cycle, WJ_HR, "collection", List.of(sheet)).status());
                assertEquals(1, statuses.stream().filter(s -> s == 200 || s == 201).count(), "round " + round + ": " + statuses);
                assertTrue(statuses.contains(409), "round " + round + ": " + statuses);
                // back to the start: the sheet unsigned and 党委办's entries signed
                JsonObject now = chain(cycle, WJ_HR);
                if (item(now, "collection", "bgs", Optional.empty()).getString("state").equals("APPROVED")) {
                    assertEquals(200, action(cycle, WJ_HR, "revocation", "collection", Optional.of("bgs"), Optional.empty(), "重来").status());
                } else {
                    assertEquals(201, sign(cycle, WJ_PARTY, "department", List.of(item(now, "department", "bgs", Optional.of(PARTY))))
                            .status());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long signOffs = api.get(cycle + "/approvals/history", Optional.of(WJ_VIEWER)).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("unit", "").equals("csk") && a.getString("agency", "").equals(PARTY))
                .count();
        assertEquals(1 + 8 * 2, signOffs, "each round one withdrawal and one sign-off of 财审科's 党委办 entries");
    }

    private static List<Integer> race(ExecutorService pool, Callable<Integer> a, Callable<Integer> b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> c : List.of(a, b)) {
            futures.add(pool.submit(() -> {
                start.await();
                return c.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get());
        }
        return statuses;
    }

    // --- 漳州 ------------------------------------------------------------------------------------

    @Test
    void zhangzhouFromSelfAssessmentThroughTheSeriesGroupsToPublication() {
        String tenant = "api/tenants/zhangzhou";
        String code = "ap-" + RUN + "-zz";
        JsonObject detail = open(api, tenant, "zz-scheme", code, "zhangzhou-shizhi-2009");
        String cycle = tenant + "/cycles/" + code;
        Map<String, String> groups = Map.of("市委办", "ap-zz-swb-" + RUN, "市政府办", "ap-zz-zfb-" + RUN, "市效能办", "ap-zz-xnb-" + RUN);
        String reporter = "ap-zz-reporter-" + RUN;
        String leader = "ap-zz-leader-" + RUN;
        String clerk = "ap-zz-clerk-" + RUN;
        List<String> units = detail.getJsonArray("units").stream().map(u -> u.asJsonObject().getString("code")).toList();
        groups.forEach((agency, user) -> zz(user, "approver", "\"agency\": \"" + agency + "\""));
        zz(leader, "approver", "\"agency\": null");
        zz(clerk, "assessor", "\"agency\": \"市委办\"");
        units.forEach(u -> zz(reporter, "unit-reporter", "\"unit\": \"" + u + "\""));
        for (String user : List.of(reporter, leader, clerk, groups.get("市委办"), groups.get("市政府办"), groups.get("市效能办"))) {
            KeycloakAdmin.completeFirstLogin(user, "demo");
        }
        // 四(一)1 完成基本工作目标 (第一系列：市委办): 组织部's score, entered by 市委办
        Api.Response fact = api.post(cycle + "/facts", Optional.of(clerk), "{\"unit\": \"zzb\", \"rule\": \"1/r1\", \"score\": \"380\","
                + " \"reason\": \"目标考评得分（审批测试）\"}");
        assertEquals(201, fact.status(), fact.body());

        JsonObject chain = chain(cycle, "zz-viewer");
        List<JsonObject> reviews = items(chain, "series-review", i -> true);
        // 市人大机关… 不列入各系列考评: a unit without a series has no 系列考评组 and skips the level
        long inSeries = detail.getJsonArray("units").stream().filter(u -> u.asJsonObject().containsKey("series")).count();
        assertEquals(inSeries, reviews.size());
        assertTrue(inSeries < units.size(), "漳州 has units outside the series");
        assertEquals("市委办的审批人", item(chain, "series-review", "zzb", Optional.empty()).getString("signer"));
        assertEquals("市政府办的审批人", item(chain, "series-review", "fgw", Optional.empty()).getString("signer"));

        // 实行单位自评与组织察访核验相结合: every unit self-assesses before its group reviews it
        for (String unit : units) {
            String indicator = "1";
            Api.Response put = api.call("PUT", cycle + "/self-assessments/" + unit + "/items/" + indicator, Optional.of(reporter),
                    Optional.of("{\"score\": \"400\", \"reason\": \"自评\"}"), Map.of());
            assertTrue(put.status() == 200 || put.status() == 404, unit + ": " + put.body());
            if (put.status() == 404) { // 1 does not apply to the units outside the series: self-assess another part
                Api.Response other = api.call("PUT", cycle + "/self-assessments/" + unit + "/items/4", Optional.of(reporter),
                        Optional.of("{\"score\": \"1\", \"reason\": \"自评\"}"), Map.of());
                assertEquals(200, other.status(), unit + ": " + other.body());
            }
            assertEquals(200, api.post(cycle + "/self-assessments/" + unit + "/submission", Optional.of(reporter), "{}").status());
        }
        // a group signs only its own series: 市政府办 may not review 组织部 (第一系列)
        Api.Response notMine = sign(cycle, groups.get("市政府办"), "series-review", List.of(item(chain, "series-review", "zzb", Optional.empty())));
        assertEquals(403, notMine.status(), notMine.body());
        assertEquals(reviews.size(), signQueues(cycle, "series-review",
                Signers.of(groups.get("市委办"), groups.get("市政府办"), groups.get("市效能办")), u -> true));

        // 审定 returns 组织部's review; 市委办's clerk corrects the score; the group and the 审定 sign again
        Api.Response back = action(cycle, leader, "return", "series-review", Optional.of("zzb"), Optional.empty(), "得分与察访核验不符");
        assertEquals(200, back.status(), back.body());
        long factId = fact.object().getJsonArray("facts").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response corrected = api.call("PUT", cycle + "/facts/" + factId, Optional.of(clerk), Optional.of("{\"unit\": \"zzb\", "
                + "\"rule\": \"1/r1\", \"score\": \"372\", \"reason\": \"目标考评得分（察访核验后）\"}"), Map.of());
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals(201, sign(cycle, groups.get("市委办"), "series-review", List.of(item(chain, "series-review", "zzb", Optional.empty())))
                .status());
        Api.Response decided = signCycle(cycle, leader, "decision");
        assertEquals(201, decided.status(), decided.body());
        assertEquals("DECIDED", chain(cycle, "zz-viewer").getString("state"));

        Api.Response published = api.post(cycle + "/publication", Optional.of("zz-scheme"), "{}");
        assertEquals(201, published.status(), published.body());
        Api.Response ranking = api.get(cycle + "/publication", Optional.of("zz-viewer"));
        assertEquals(200, ranking.status(), ranking.body());
        assertEquals(units.size(), ranking.object().getJsonObject("results").getJsonArray("units").size());
        Api.Response zzb = api.get(cycle + "/publication/units/zzb", Optional.of(reporter));
        assertEquals(200, zzb.status(), zzb.body());
        assertTrue(zzb.body().contains("目标考评得分（察访核验后）"), "the corrected score is what was published");
    }

    private void zz(String user, String role, String scope) {
        Api.Response r = api.post("api/tenants/zhangzhou/assignments", Optional.of("zz-scheme"), "{\"username\": \"" + user
                + "\", \"email\": \"" + user + "@kaoping.example\", \"role\": \"" + role + "\", " + scope + "}");
        assertTrue(r.status() == 201 || r.status() == 200, user + ": " + r.body());
    }

    // --- 新干: the publication is frozen ---------------------------------------------------------

    @Test
    void aPublishedResultNeverChangesAfterALaterCorrection() {
        String tenant = "api/tenants/xingan";
        String code = "ap-" + RUN + "-xg";
        String unit = "ap" + RUN;
        Api.Response opened = api.post(tenant + "/cycles", Optional.of("scheme"), "{\"code\": \"" + code + "\", \"name\": \"" + code
                + "\", \"scheme\": \"xingan-yangguang-2006\", \"version\": 1, \"entryOpens\": \"" + TODAY.minusDays(1)
                + "\", \"entryCloses\": \"" + TODAY.plusDays(1) + "\", \"units\": [{\"code\": \"" + unit
                + "\", \"name\": \"县审批测试局\"}, {\"code\": \"" + unit + "b\", \"name\": \"县审批测试二局\"}]}");
        assertEquals(201, opened.status(), opened.body());
        String cycle = tenant + "/cycles/" + code;
        String agency = "县政务“阳光行动”活动领导小组";
        for (String[] p : List.of(new String[]{"assessor", "assessor", "\"agency\": \"" + agency + "\""},
                new String[]{"approver", "approver", "\"agency\": null"})) {
            Api.Response r = api.post(tenant + "/assignments", Optional.of("scheme"), "{\"username\": \"" + p[0] + "\", \"role\": \""
                    + p[1] + "\", " + p[2] + "}");
            assertTrue(r.status() == 201 || r.status() == 200, r.body());
        }
        // 新干 一、1 领导重视情况(15分) (1) 没有召开干部职工大会进行动员部署的扣3分
        assertEquals(201, enter(cycle, "assessor", unit, "1/r1", "未召开动员大会（通报测试）").status());
        // 第一篇 (二): the 领导小组's 审定, then the 效能办 publishes
        assertEquals(409, api.post(cycle + "/publication", Optional.of("scheme"), "{}").status(), "not decided yet");
        assertEquals(201, signCycle(cycle, "approver", "decision").status());
        Api.Response lateBeforePublication = api.post(cycle + "/late-entries", Optional.of("scheme"), "{\"unit\": \"" + unit
                + "\", \"reason\": \"补录\", \"until\": \"" + TODAY + "\"}");
        assertEquals(409, lateBeforePublication.status(), "decided: withdraw the 审定 first");
        assertEquals(201, api.post(cycle + "/publication", Optional.of("scheme"), "{}").status());
        String ranking = api.get(cycle + "/publication", Optional.of("viewer")).body();
        String sheet = api.get(cycle + "/publication/units/" + unit, Optional.of("scheme")).body();
        assertEquals("97.00", totalOf(ranking, unit)); // 百分制: 100 − 3
        // the province's admin (江西省, above 新干县) reads everything; another tenant's user finds nothing
        assertEquals(ranking, api.get(cycle + "/publication", Optional.of("jx-admin")).body());
        assertEquals(sheet, api.get(cycle + "/publication/units/" + unit, Optional.of("jx-admin")).body());
        assertEquals(404, api.get(cycle + "/publication", Optional.of("zz-viewer")).status());
        assertEquals(403, api.get(cycle + "/publication/units/" + unit, Optional.of("reporter")).status(),
                "新干's reporter reports for no unit of this cycle");

        // a correction after 通报 (申诉 upheld): a late entry, a new fact; the live results move, the publication not
        assertEquals(201, api.post(cycle + "/late-entries", Optional.of("scheme"), "{\"unit\": \"" + unit
                + "\", \"reason\": \"申诉复核后补扣\", \"until\": \"" + TODAY + "\"}").status());
        assertEquals(201, enter(cycle, "assessor", unit, "1/r2", "未制定工作方案（复核）").status());
        // (2) 没有制定工作方案或实施意见的扣5分: live 100 − 3 − 5 = 92
        assertEquals("92.00", totalOf(api.get(cycle + "/results", Optional.of("scheme")).body(), unit));
        assertEquals(ranking, api.get(cycle + "/publication", Optional.of("viewer")).body());
        assertEquals(sheet, api.get(cycle + "/publication/units/" + unit, Optional.of("scheme")).body());
    }

    private static String totalOf(String results, String unit) {
        JsonObject o = Json.createReader(new StringReader(results)).readObject();
        JsonObject r = o.containsKey("results") ? o.getJsonObject("results") : o;
        return r.getJsonArray("units").stream().map(JsonValue::asJsonObject).filter(u -> u.getString("unit").equals(unit))
                .findFirst().orElseThrow().getString("total");
    }
}
