package cn.kaoping.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.cli.CommandLine;
import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.KeycloakAdmin;
import cn.kaoping.it.Stack;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A 武进-style year over HTTP against the real PostgreSQL and Keycloak (seed 003, 武进区住建局 2018
 * 目标管理考核, tenant-schemes/wujin-housing): the scheme admin opens the cycle, puts two clerks in
 * their agencies (办公室, 党委办) — accounts created through Keycloak with a required password
 * change — they enter facts, one is corrected, one withdrawn; the results are the command line's
 * for the same facts; and each refusal the issue lists. Each test opens a year of its own (the
 * clerks are placed once for the class); none depends on another.
 */
class AssessmentYearIT extends DeployedServer {

    static final String TENANT = "wujin-housing";
    static final String SCHEME = "wujin-housing-mubiao-2018";
    static final String CYCLES = "api/tenants/" + TENANT + "/cycles";
    static final String RUN = Long.toString(System.currentTimeMillis() % 46_656_000L, 36);
    static final String ADMIN = "wj-admin-it";
    static final String VIEWER = "wj-viewer-it";
    static final String REPORTER = "wj-reporter-it";
    static final String OFFICE = "wj-bgs-it";
    static final String PARTY = "wj-dwb-it";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static boolean placed;

    /** This test's year (考核年度) and its facts. */
    private String cycle;
    private String facts;

    /**
     * The clerks of the class, placed once: 办公室's and 党委办's assessors (accounts made through the
     * API, first login done) and 办公室's reporter; places name agencies and units of some cycle of the tenant.
     */
    private static synchronized void people(Api api) {
        if (placed) {
            return;
        }
        Stack.server(); // ready once the demo tenants, and their Keycloak groups, exist
        KeycloakAdmin.createUser(ADMIN, "/tenants/" + TENANT + "/scheme-admin");
        KeycloakAdmin.createUser(VIEWER, "/tenants/" + TENANT + "/viewer");
        KeycloakAdmin.createUser(REPORTER, "/tenants/" + TENANT + "/unit-reporter");
        open(api, "people");
        for (String[] clerk : List.of(new String[]{OFFICE, "办公室", "office-pw-1"}, new String[]{PARTY, "党委办", "party-pw-1"})) {
            Api.Response r = api.post("api/tenants/" + TENANT + "/assignments", Optional.of(ADMIN), "{\"username\": \"" + clerk[0]
                    + "\", \"email\": \"" + clerk[0] + "@kaoping.example\", \"firstName\": \"办\", \"lastName\": \"王\", "
                    + "\"role\": \"assessor\", \"agency\": \"" + clerk[1] + "\"}");
            assertEquals(201, r.status(), r.body());
            KeycloakAdmin.completeFirstLogin(clerk[0], clerk[2]);
        }
        Api.Response reporter = api.post("api/tenants/" + TENANT + "/assignments", Optional.of(ADMIN),
                "{\"username\": \"" + REPORTER + "\", \"role\": \"unit-reporter\", \"unit\": \"bgs\"}");
        assertEquals(201, reporter.status(), reporter.body());
        placed = true;
    }

    /** Opens the cycle {@code 2018-<name>-<run>} of the 2018 scheme; its window from 10 days ago to 30 days on. */
    private static Api.Response open(Api api, String name) {
        Api.Response r = api.post(CYCLES, Optional.of(ADMIN), "{\"code\": \"2018-" + name + "-" + RUN + "\", \"name\": \"2018年度目标管理考核\", "
                + "\"scheme\": \"" + SCHEME + "\", \"version\": 1, \"entryOpens\": \"" + TODAY.minusDays(10)
                + "\", \"entryCloses\": \"" + TODAY.plusDays(30) + "\"}");
        assertEquals(201, r.status(), r.body());
        return r;
    }

    /** A year of this test's own, with the clerks placed. */
    private Api.Response year(String name) {
        people(api);
        Api.Response r = open(api, name);
        cycle = CYCLES + "/2018-" + name + "-" + RUN;
        facts = cycle + "/facts";
        return r;
    }

    @Test
    void theSchemeAdminOpensTheYearOnThePublishedVersion() {
        JsonObject detail = year("open").object();
        assertEquals(2018, detail.getJsonObject("cycle").getInt("year"), "the scheme's year when none is given");
        assertEquals("OPEN", detail.getJsonObject("cycle").getString("state"));
        // seed 003 附件1 考核扎口分工表: 19 units, 办公室 collected by 人教科
        JsonArray units = detail.getJsonArray("units");
        assertEquals(19, units.size());
        JsonObject office = units.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("code").equals("bgs"))
                .findFirst().orElseThrow();
        assertEquals("rjk", office.getString("collectedBy"));
        List<String> agencies = detail.getJsonArray("agencies").getValuesAs(s -> ((jakarta.json.JsonString) s).getString());
        assertTrue(agencies.containsAll(List.of("办公室", "党委办", "人教科", "政策法规科")), agencies.toString());
        assertFalse(agencies.stream().anyMatch(a -> a.contains("、")), "a list of agencies names each: " + agencies);

        // the scheme lists its units: a cycle of it takes no others
        Api.Response more = api.post(cycle + "/units", as(ADMIN), "{\"units\": [{\"code\": \"x1\", \"name\": \"某科\"}]}");
        assertEquals(400, more.status(), more.body());
        assertEquals(409, api.post(CYCLES, as(ADMIN), "{\"code\": \"2018-open-" + RUN + "\", \"name\": \"again\", \"scheme\": \""
                + SCHEME + "\", \"version\": 1, \"entryOpens\": \"2018-01-01\", \"entryCloses\": \"2018-12-31\"}").status());
    }

    @Test
    void newClerksAreCreatedInKeycloakWithARequiredPasswordChangeAndPutInTheirAgencies() {
        year("clerks");
        String clerk = "wj-new-" + RUN;
        JsonObject office = assign("{\"username\": \"" + clerk + "\", \"email\": \"" + clerk + "@kaoping.example\", "
                + "\"firstName\": \"办\", \"lastName\": \"王\", \"role\": \"assessor\", \"agency\": \"办公室\"}", 201);
        assertEquals(16, office.getString("temporaryPassword").length());
        var account = KeycloakAdmin.user(clerk).orElseThrow();
        assertEquals(List.of("UPDATE_PASSWORD"), account.getRequiredActions());
        assertEquals(List.of("/tenants/" + TENANT + "/assessor"), KeycloakAdmin.groupPaths(account.getId()));
        KeycloakAdmin.completeFirstLogin(clerk, "demo");
        // an existing account: no password, and the same place again is 200
        JsonObject again = assign("{\"username\": \"" + clerk + "\", \"role\": \"assessor\", \"agency\": \"党委办\"}", 201);
        assertFalse(again.containsKey("temporaryPassword"), again.toString());
        assertEquals(200, api.post("api/tenants/" + TENANT + "/assignments", as(ADMIN),
                "{\"username\": \"" + clerk + "\", \"role\": \"assessor\", \"agency\": \"党委办\"}").status());
        // an agency no cycle names is refused, naming the field
        Api.Response unknown = api.post("api/tenants/" + TENANT + "/assignments", as(ADMIN),
                "{\"username\": \"" + clerk + "\", \"role\": \"assessor\", \"agency\": \"不存在科\"}");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("\"agency\""), unknown.body());

        Api.Response mine = call("GET", "api/tenants/" + TENANT + "/assignments/mine", clerk, null, Map.of());
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.body().contains("办公室") && mine.body().contains("党委办"), mine.body());
    }

    @Test
    void twoAgenciesEnterFactsAndTheSheetExplainsEachFigure() {
        year("facts");
        long websiteFact = websiteFact();
        // 三、信息管理（5分）微信公众号内容保障: discretionary within 0–5, the assessor chose 1.5
        assertEquals(201, enter(OFFICE, "{\"unit\": \"csk\", \"rule\": \"jc.3/r7\", \"amount\": \"1.5\", "
                + "\"reason\": \"公众号全年更新不足\"}").status());
        integrityFact();

        JsonObject sheet = sheet("csk", ADMIN);
        // jc.5: 5 − 2 = 3; jc.3: 5 − 1.5 = 3.5; jc.8: 5 − 2 = 3
        assertEquals("3.00", node(sheet, "jc.5").getString("score"));
        assertEquals("3.50", node(sheet, "jc.3").getString("score"));
        assertEquals("3.00", node(sheet, "jc.8").getString("score"));
        // the line of jc.5/r1 names the stored fact, and the sheet says who entered it, when and why
        JsonObject line = node(sheet, "jc.5").getJsonArray("rules").getJsonObject(0).getJsonArray("lines").getJsonObject(0);
        String label = "fact-" + websiteFact;
        assertEquals(label, line.getJsonArray("facts").getString(0));
        JsonObject fact = sheet.getJsonObject("facts").getJsonObject(label);
        assertEquals("3月、5月未按要求更新网站信息", fact.getString("reason"));
        assertEquals("办 王", fact.getString("enteredBy"), "the name in the clerk's token: first and last name");
        assertEquals(KeycloakAdmin.user(OFFICE).orElseThrow().getId(), fact.getString("enteredBySubject"));
        assertTrue(fact.containsKey("enteredAt"));
        // csk and fzglk have the same indicators (jc.4.y5 applies to both) and only csk has facts: 2 + 1.5 + 2 = 5.5
        assertEquals(new BigDecimal("5.5"), gap("fzglk", "csk"));
    }

    @Test
    void aCorrectionSupersedesAndAStaleOneIsAConflictNamingTheCurrentVersion() {
        year("correction");
        long websiteFact = websiteFact();
        Map<String, String> ifMatch = Map.of("If-Match", "\"1\"");
        String corrected = "{\"unit\": \"csk\", \"rule\": \"jc.5/r1\", \"count\": 1, \"reason\": \"经核实仅5月一例\"}";
        Api.Response r = call("PUT", facts + "/" + websiteFact, OFFICE, corrected, ifMatch);
        assertEquals(200, r.status(), r.body());
        assertEquals(2, r.object().getInt("version"));
        assertEquals("\"2\"", r.header("ETag").orElseThrow());
        Api.Response stale = call("PUT", facts + "/" + websiteFact, OFFICE, corrected, ifMatch);
        assertEquals(409, stale.status(), stale.body());
        assertEquals("2", stale.object().getString("currentVersion"));
        // the history keeps both versions
        Api.Response history = api.get(facts + "/" + websiteFact, as(ADMIN));
        assertEquals(List.of("ENTERED", "CORRECTED"), history.json().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("action")).toList());
        // jc.5/r1: 2 cases corrected to 1, so csk is 1 behind fzglk (same indicators, no other facts)
        assertEquals(new BigDecimal("1"), gap("fzglk", "csk"));
    }

    @Test
    void aWithdrawalIsAnEntryWithItsReasonAndTheFactNoLongerCounts() {
        year("withdrawal");
        long integrityFact = integrityFact();
        assertEquals(new BigDecimal("2"), gap("fzglk", "csk"));
        Api.Response w = call("POST", facts + "/" + integrityFact + "/withdrawal", PARTY,
                "{\"reason\": \"经复核不属实\"}", Map.of("If-Match", "\"1\""));
        assertEquals(200, w.status(), w.body());
        assertEquals("WITHDRAWN", w.object().getString("action"));
        assertEquals("经复核不属实", w.object().getString("reason"));
        assertEquals(0, gap("fzglk", "csk").signum(), "withdrawn: csk and fzglk stand equal again");
        assertEquals(409, call("POST", facts + "/" + integrityFact + "/withdrawal", PARTY,
                "{\"reason\": \"again\"}", Map.of()).status());
    }

    @Test
    void theResultsAreWhatTheCommandLineComputesForTheSameFacts() throws IOException {
        year("cli");
        long websiteFact = websiteFact();
        assertEquals(201, enter(OFFICE, "{\"unit\": \"csk\", \"rule\": \"jc.3/r7\", \"amount\": \"1.5\", "
                + "\"reason\": \"公众号全年更新不足\"}").status());
        assertEquals(200, call("PUT", facts + "/" + websiteFact, OFFICE, "{\"unit\": \"csk\", \"rule\": \"jc.5/r1\", "
                + "\"count\": 1, \"reason\": \"经核实仅5月一例\"}", Map.of()).status());
        assertEquals(200, call("POST", facts + "/" + integrityFact() + "/withdrawal", PARTY, "{\"reason\": \"经复核不属实\"}",
                Map.of()).status());
        Api.Response file = api.get(facts + "/file", as(ADMIN));
        assertEquals(200, file.status(), file.body());
        Path dir = Files.createTempDirectory("kaoping-year");
        Path facts = Files.writeString(dir.resolve("facts.json"), file.body(), StandardCharsets.UTF_8);
        Path scheme = Files.writeString(dir.resolve("scheme.json"),
                api.get("api/tenants/" + TENANT + "/schemes/" + SCHEME + "/versions/1", as(ADMIN)).body(), StandardCharsets.UTF_8);
        CommandLine.Run cli = CommandLine.run("evaluate", scheme.toString(), "--facts", facts.toString(), "--json");
        assertEquals(0, cli.status(), cli.err());
        Map<String, JsonObject> expected = byUnit(new Api.Response(200, "", Optional.empty(), cli.out(), Map.of())
                .object().getJsonArray("units"));
        Api.Response results = call("GET", cycle + "/results", OFFICE, null, Map.of());
        assertEquals(200, results.status(), results.body());
        Map<String, JsonObject> served = byUnit(results.object().getJsonArray("units"));
        assertEquals(19, served.size());
        assertEquals(expected.keySet(), served.keySet());
        for (String unit : expected.keySet()) {
            JsonObject e = expected.get(unit);
            JsonObject s = served.get(unit);
            assertEquals(e.getString("total"), s.getString("total"), unit);
            // 武进 ranks nobody (rankWithin none: its seed ends at 合计分): neither side gives a rank
            assertTrue(!e.containsKey("rank") && !s.containsKey("rank"), unit);
        }
        // the sheet is the command line's unit, explanation and all
        assertEquals(expected.get("csk"), sheet("csk", ADMIN).getJsonObject("unit"));

        Api.Response progress = api.get(cycle + "/results/progress", as(ADMIN));
        assertEquals(200, progress.status(), progress.body());
        JsonObject cskProgress = byUnit(progress.object().getJsonArray("units")).get("csk");
        assertTrue(cskProgress.getJsonArray("missingIndicators").getValuesAs(v -> ((jakarta.json.JsonString) v).getString())
                .contains("jc.8"), "the withdrawn fact leaves jc.8 without entry: " + cskProgress);
        assertFalse(cskProgress.getJsonArray("missingIndicators").toString().contains("\"jc.5\""), cskProgress.toString());
    }

    @Test
    void refusals() {
        year("refusals");
        // another agency's indicator: 办公室 enters 廉政建设 (党委办's)
        Api.Response other = enter(OFFICE, "{\"unit\": \"csk\", \"rule\": \"jc.8/r1\", \"reason\": \"x\"}");
        assertEquals(403, other.status(), other.body());
        assertTrue(other.body().contains("党委办"), other.body());
        // a fact the engine refuses, in a batch: nothing of the batch is kept, the path is named
        int before = currentFacts();
        Api.Response bad = enter(OFFICE, "{\"facts\": [{\"unit\": \"csk\", \"rule\": \"jc.15/r1\", \"reason\": \"卫生\"}, "
                + "{\"unit\": \"csk\", \"rule\": \"jc.3/r7\", \"amount\": \"6\", \"reason\": \"超出\"}]}");
        assertEquals(400, bad.status(), bad.body());
        JsonObject error = bad.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("facts[1].amount", error.getString("field"));
        assertTrue(error.getString("rule").contains("outside the range"), error.toString());
        assertEquals(before, currentFacts());
        // what the 效能办 records for the leadership group (a veto, a prerequisite, a decision on a tie, a unit's
        // application for a grade) is no assessor's to enter, whatever the rule names
        for (String rule : List.of("vetoes/v1", "prerequisites/p1", "decisions/一等奖", "applications/省一级")) {
            Api.Response notMine = enter(OFFICE, "{\"unit\": \"csk\", \"rule\": \"" + rule + "\"}");
            assertEquals(403, notMine.status(), rule + ": " + notMine.body());
        }
        // a unit the rule does not apply to (jc.4.m1 信息报送 每月1条 is not csk's)
        Api.Response notApplicable = enter(OFFICE, "{\"unit\": \"csk\", \"rule\": \"jc.4.m1/r1\", \"value\": 1}");
        assertEquals(400, notApplicable.status(), notApplicable.body());
        assertTrue(notApplicable.body().contains("does not apply"), notApplicable.body());
        // a unit reporter sees its own unit's sheet, not another unit's
        assertEquals(200, api.get(cycle + "/results/units/bgs", as(REPORTER)).status());
        assertEquals(403, api.get(cycle + "/results/units/csk", as(REPORTER)).status());
        // no role: a viewer enters nothing; another tenant: 404
        assertEquals(403, enter(VIEWER, "{\"unit\": \"csk\", \"rule\": \"jc.15/r1\"}").status());
        assertEquals(404, api.post(facts, Optional.of("zz-scheme"), "{\"unit\": \"csk\", \"rule\": \"jc.15/r1\"}").status());
        assertEquals(404, api.get(cycle + "/results", Optional.of("zz-scheme")).status());
    }

    /** 考评录入's row group of the 效能办 reads the facts of the rules no agency scores, not the whole cycle's. */
    @Test
    void theFactsOfRulesNoAgencyScoresAreListedApart() {
        year("office-rows");
        long website = websiteFact();
        // 特别附加分 (fj) names no 考核单位: the scheme admin enters its final score
        Api.Response bonus = enter(ADMIN, "{\"unit\": \"csk\", \"rule\": \"fj/r1\", \"amount\": \"2\", \"reason\": \"获市级表彰\"}");
        assertEquals(201, bonus.status(), bonus.body());
        long bonusFact = id(bonus, 0);

        assertEquals(List.of(bonusFact), ids(api.get(facts + "?withoutAgency=true", as(ADMIN))));
        assertEquals(List.of(website), ids(api.get(facts + "?agency=" + URLEncoder.encode("办公室", StandardCharsets.UTF_8), as(ADMIN))));
        assertEquals(2, currentFacts());

        Api.Response wrong = api.get(facts + "?withoutAgency=yes", as(ADMIN));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("withoutAgency", wrong.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Response both = api.get(facts + "?withoutAgency=true&agency=" + URLEncoder.encode("办公室", StandardCharsets.UTF_8), as(ADMIN));
        assertEquals(400, both.status(), both.body());
        assertEquals("withoutAgency", both.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static List<Long> ids(Api.Response r) {
        assertEquals(200, r.status(), r.body());
        return r.json().asJsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aReplayedPostAnswersAsTheFirstTimeAndCreatesNothing() {
        year("replay");
        Map<String, String> key = Map.of("Idempotency-Key", "wj-it-replay-" + RUN);
        String body = "{\"unit\": \"bgs\", \"rule\": \"jc.15/r1\", \"reason\": \"4月检查卫生不到位\"}";
        Api.Response first = call("POST", facts, OFFICE, body, key);
        assertEquals(201, first.status(), first.body());
        int count = currentFacts();
        Api.Response replay = call("POST", facts, OFFICE, body, key);
        assertEquals(201, replay.status());
        assertEquals(first.object(), replay.object());
        assertEquals(count, currentFacts());
        assertEquals(422, call("POST", facts, OFFICE, body.replace("4月", "5月"), key).status());
    }

    @Test
    void aClosedWindowRefusesEntryAndAStaleCycleChangeIsAConflict() {
        year("window");
        String closed = "{\"entryOpens\": \"" + TODAY.minusDays(10) + "\", \"entryCloses\": \"" + TODAY.minusDays(1)
                + "\", \"state\": \"OPEN\"}";
        String revision = api.get(cycle, as(ADMIN)).header("ETag").orElseThrow();
        Api.Response change = call("PUT", cycle, ADMIN, closed, Map.of("If-Match", revision));
        assertEquals(200, change.status(), change.body());
        Api.Response late = enter(OFFICE, "{\"unit\": \"bgs\", \"rule\": \"jc.15/r1\", \"reason\": \"迟到\"}");
        assertEquals(409, late.status(), late.body());
        assertTrue(late.body().contains("录入期"), late.body());
        Api.Response stale = call("PUT", cycle, ADMIN, closed, Map.of("If-Match", revision));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(change.header("ETag").orElseThrow(), "\"" + stale.object().getString("currentVersion") + "\"");
        String open = closed.replace(TODAY.minusDays(1).toString(), TODAY.plusDays(30).toString());
        assertEquals(200, call("PUT", cycle, ADMIN, open, Map.of()).status());
    }

    @Test
    void aRemovedPlaceTakesEffectOnTheNextRequestAndEveryChangeIsAudited() {
        year("removed");
        String clerk = "wj-gone-" + RUN;
        long place = assign("{\"username\": \"" + clerk + "\", \"email\": \"" + clerk + "@kaoping.example\", "
                + "\"role\": \"assessor\", \"agency\": \"党委办\"}", 201).getJsonObject("assignment").getJsonNumber("id").longValue();
        KeycloakAdmin.completeFirstLogin(clerk, "demo");
        Api.Response entered = enter(clerk, "{\"unit\": \"csk\", \"rule\": \"jc.8/r1\", \"count\": 2, \"reason\": \"两起\"}");
        assertEquals(201, entered.status(), entered.body());
        long fact = id(entered, 0);
        assertEquals(200, call("PUT", facts + "/" + fact, clerk, "{\"unit\": \"csk\", \"rule\": \"jc.8/r1\", \"count\": 1, "
                + "\"reason\": \"一起\"}", Map.of()).status());
        assertEquals(200, call("POST", facts + "/" + fact + "/withdrawal", clerk, "{\"reason\": \"不属实\"}", Map.of()).status());
        assertEquals(200, call("PUT", cycle, ADMIN, "{\"entryOpens\": \"" + TODAY.minusDays(10) + "\", \"entryCloses\": \""
                + TODAY.plusDays(20) + "\", \"state\": \"OPEN\"}", Map.of()).status());
        assertEquals(200, call("DELETE", "api/tenants/" + TENANT + "/assignments/" + place, ADMIN, null, Map.of()).status());
        // the same token as before: the scope is the application's, read at each request
        Api.Response refused = enter(clerk, "{\"unit\": \"bgs\", \"rule\": \"jc.8/r1\", \"reason\": \"x\"}");
        assertEquals(403, refused.status(), refused.body());
        JsonArray audit = api.get("api/tenants/" + TENANT + "/audit", as(ADMIN)).json().asJsonArray();
        Map<String, Long> actions = audit.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.groupingBy(e -> e.getString("action"), Collectors.counting()));
        for (String action : List.of("cycle.opened", "assignment.added", "assignment.removed", "fact.entered",
                "fact.corrected", "fact.withdrawn", "cycle.changed")) {
            assertTrue(actions.containsKey(action), action + " in " + actions);
        }
        String subject = KeycloakAdmin.user(clerk).orElseThrow().getId();
        JsonObject correction = audit.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("fact.corrected") && e.getString("actorSubject").equals(subject))
                .findFirst().orElseThrow();
        assertTrue(correction.getString("before").contains("\"count\":2"), correction.toString());
        assertTrue(correction.getString("after").contains("\"count\":1"), correction.toString());
    }

    @Test
    void theUnitSelfAssessesSubmitsAndIsReadOnlyUntilReturned() {
        year("self");
        String self = cycle + "/self-assessments/bgs";
        // seed 003 附件3: 标准分值 5 for 五、网站保障; the unit gives itself 5 with its reason
        Api.Response put = call("PUT", self + "/items/jc.5", REPORTER, "{\"score\": \"5\", \"reason\": \"网站信息均按时更新\"}",
                Map.of("If-Match", "\"0\""));
        assertEquals(200, put.status(), put.body());
        assertEquals("DRAFT", put.object().getString("state"));
        Api.Response over = call("PUT", self + "/items/jc.5", REPORTER, "{\"score\": \"5.5\", \"reason\": \"x\"}", Map.of());
        assertEquals(400, over.status(), over.body());
        assertTrue(over.body().contains("\"score\""), over.body());
        // another unit's self-assessment is not the reporter's
        assertEquals(403, call("PUT", cycle + "/self-assessments/csk/items/jc.5", REPORTER,
                "{\"score\": \"5\", \"reason\": \"x\"}", Map.of()).status());
        assertEquals(403, call("GET", cycle + "/self-assessments/csk", REPORTER, null, Map.of()).status());

        Api.Response submitted = call("POST", self + "/submission", REPORTER, null, Map.of());
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.object().getString("state"));
        Api.Response readOnly = call("PUT", self + "/items/jc.5", REPORTER, "{\"score\": \"4\", \"reason\": \"改\"}", Map.of());
        assertEquals(409, readOnly.status(), readOnly.body());

        // the sheet shows 标准分值, 自评分 and its reason beside the 考评分 (附件3)
        JsonObject row = sheet("bgs", ADMIN).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("code").equals("jc.5")).findFirst().orElseThrow();
        assertEquals("5.00", row.getString("points"));
        assertEquals("5.00", row.getString("selfScore"));
        assertEquals("网站信息均按时更新", row.getString("selfReason"));
        assertEquals("5.00", row.getString("score"));

        Api.Response returned = call("POST", self + "/return", ADMIN, "{\"reason\": \"请补充证明材料\"}", Map.of());
        assertEquals(200, returned.status(), returned.body());
        assertEquals("请补充证明材料", returned.object().getString("returnedReason"));
        assertEquals(200, call("PUT", self + "/items/jc.5", REPORTER, "{\"score\": \"4.5\", \"reason\": \"补充后\"}",
                Map.of()).status());
    }

    @Test
    void aBonusApplicationApprovedBecomesAFactAndARefusedOneDoesNot() {
        year("bonus");
        String applications = cycle + "/applications";
        String apply = "{\"unit\": \"bgs\", \"rule\": \"fj/r1\", \"item\": \"获评2018年度市级文明科室\", "
                + "\"evidence\": \"证书 2018-031\"}";
        Api.Response applied = call("POST", applications, REPORTER, apply, Map.of());
        assertEquals(201, applied.status(), applied.body());
        assertEquals("PENDING", applied.object().getString("state"));
        long id = applied.object().getJsonNumber("id").longValue();
        assertEquals(403, call("POST", applications, REPORTER, apply.replace("\"bgs\"", "\"csk\""), Map.of()).status(),
                "another unit's application");

        // seed 003 附件2/附件6: 特别附加分 is scored by the 局 (no 考核科室 is named): an assessor may not decide it
        assertEquals(403, call("POST", applications + "/" + id + "/approval", OFFICE, "{\"amount\": \"2\"}", Map.of()).status());
        String before = total("bgs");
        // the amount is checked by the engine: fj/r1 takes 0–100 (the rule's max)
        Api.Response tooMuch = call("POST", applications + "/" + id + "/approval", ADMIN, "{\"amount\": \"150\"}", Map.of());
        assertEquals(400, tooMuch.status(), tooMuch.body());
        assertEquals("amount", tooMuch.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, total("bgs"), "nothing kept");

        Api.Response approved = call("POST", applications + "/" + id + "/approval", ADMIN,
                "{\"amount\": \"2\", \"reason\": \"局分管领导同意\"}", Map.of("If-Match", "\"" + applied.object().getInt("revision") + "\""));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.object().getString("state"));
        long fact = approved.object().getJsonNumber("fact").longValue();
        // the approval is a fact linked to the application: +2 on the total, and the sheet says why
        assertEquals(new BigDecimal(before).add(new BigDecimal("2")), new BigDecimal(total("bgs")));
        JsonObject sheet = sheet("bgs", ADMIN);
        assertEquals("2.00", node(sheet, "fj").getString("score"));
        assertTrue(sheet.getJsonObject("facts").getJsonObject("fact-" + fact).getString("reason").contains("获评2018年度市级文明科室"));
        assertEquals(409, call("POST", applications + "/" + id + "/approval", ADMIN, "{\"amount\": \"2\"}", Map.of()).status());

        long second = call("POST", applications, REPORTER, apply.replace("市级", "区级"), Map.of()).object().getJsonNumber("id").longValue();
        assertEquals(400, call("POST", applications + "/" + second + "/refusal", ADMIN, "{}", Map.of()).status(), "a reason is required");
        Api.Response refused = call("POST", applications + "/" + second + "/refusal", ADMIN, "{\"reason\": \"区级荣誉不在附加分范围\"}", Map.of());
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.object().getString("state"));
        assertEquals(new BigDecimal(before).add(new BigDecimal("2")), new BigDecimal(total("bgs")));
    }

    @Test
    void evidenceIsCheckedByContentAndSizeAndOnlyThoseWhoSeeTheUnitDownloadIt() throws Exception {
        year("evidence");
        String evidence = cycle + "/evidence";
        String pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
        Api.Response stored = call("POST", evidence + "?unit=bgs&name=certificate.pdf", REPORTER, pdf,
                Map.of("Content-Type", "application/pdf"));
        assertEquals(201, stored.status(), stored.body());
        JsonObject file = stored.object();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pdf.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha, file.getString("sha256"));
        assertEquals("application/pdf", file.getString("contentType"));
        String reference = file.getString("reference");

        // the type is the content's, not the name's: a text file called .pdf is refused
        Api.Response text = call("POST", evidence + "?unit=bgs&name=fake.pdf", REPORTER, "just text", Map.of("Content-Type", "application/pdf"));
        assertEquals(400, text.status(), text.body());
        assertEquals("body", text.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        // at most 20 MB (kaoping.evidence.max-bytes)
        Api.Response large = call("POST", evidence + "?unit=bgs", REPORTER, "%PDF-" + "0".repeat(20 * 1024 * 1024 - 4),
                Map.of("Content-Type", "application/pdf"));
        assertEquals(400, large.status(), large.body());
        // another unit's evidence is not the reporter's to upload
        assertEquals(403, call("POST", evidence + "?unit=csk", REPORTER, pdf, Map.of("Content-Type", "application/pdf")).status());

        String download = evidence + "/" + reference.substring("evidence:".length());
        Api.Response got = call("GET", download, REPORTER, null, Map.of());
        assertEquals(200, got.status(), got.body());
        assertEquals(pdf, got.body());
        assertEquals("\"" + sha + "\"", got.header("ETag").orElseThrow());
        // a fact names it as its evidence
        assertEquals(201, enter(OFFICE, "{\"unit\": \"bgs\", \"rule\": \"jc.15/r1\", \"reason\": \"卫生检查\", "
                + "\"evidence\": \"" + reference + "\"}").status());
        // csk's evidence, uploaded by an assessor, is not for bgs's reporter; another tenant finds nothing
        Api.Response csk = call("POST", evidence + "?unit=csk", OFFICE, pdf, Map.of("Content-Type", "application/pdf"));
        assertEquals(201, csk.status(), csk.body());
        String cskDownload = evidence + "/" + csk.object().getJsonNumber("id").longValue();
        assertEquals(403, call("GET", cskDownload, REPORTER, null, Map.of()).status());
        assertEquals(404, api.get(cskDownload, Optional.of("zz-scheme")).status());
        // a fact's evidence reference names a file of its own unit in this cycle: another unit's, or none, is refused
        for (String wrong : List.of("evidence:" + csk.object().getJsonNumber("id").longValue(), "evidence:999999999", "evidence:x")) {
            Api.Response refused = enter(OFFICE, "{\"unit\": \"bgs\", \"rule\": \"jc.15/r1\", \"reason\": \"卫生检查\", "
                    + "\"evidence\": \"" + wrong + "\"}");
            assertEquals(400, refused.status(), wrong + ": " + refused.body());
            assertEquals("evidence", refused.object().getJsonArray("errors").getJsonObject(0).getString("field"), wrong);
        }
        // a 自评 item cites the unit's files; the list of a unit's files is for those who see the unit
        String item = cycle + "/self-assessments/bgs/items/jc.5";
        Api.Response cited = call("PUT", item, REPORTER, "{\"score\": \"5\", \"reason\": \"见证书\", \"evidence\": [\""
                + reference + "\"]}", Map.of());
        assertEquals(200, cited.status(), cited.body());
        JsonObject citedItem = cited.object().getJsonArray("items").getJsonObject(0);
        assertEquals(List.of(reference), citedItem.getJsonArray("evidence").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        for (String wrong : List.of("evidence:" + csk.object().getJsonNumber("id").longValue(), "证书一份")) {
            Api.Response refused = call("PUT", item, REPORTER, "{\"score\": \"5\", \"reason\": \"见证书\", \"evidence\": [\""
                    + reference + "\", \"" + wrong + "\"]}", Map.of());
            assertEquals(400, refused.status(), wrong + ": " + refused.body());
            assertEquals("evidence[1]", refused.object().getJsonArray("errors").getJsonObject(0).getString("field"), wrong);
        }
        JsonObject row = sheet("bgs", ADMIN).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("code").equals("jc.5")).findFirst().orElseThrow();
        assertEquals(reference, row.getJsonArray("selfEvidence").getString(0), "nothing of the refused changes was kept");
        Api.Response listed = call("GET", evidence + "?unit=bgs", REPORTER, null, Map.of());
        assertEquals(200, listed.status(), listed.body());
        assertEquals(List.of(reference), listed.json().asJsonArray().stream()
                .map(f -> f.asJsonObject().getString("reference")).toList());
        assertEquals(403, call("GET", evidence + "?unit=csk", REPORTER, null, Map.of()).status());
        for (String wrongUnit : List.of("", "?unit=nosuchunit")) {
            Api.Response noUnit = call("GET", evidence + wrongUnit, ADMIN, null, Map.of());
            assertEquals(400, noUnit.status(), wrongUnit + ": " + noUnit.body());
            assertEquals("unit", noUnit.object().getJsonArray("errors").getJsonObject(0).getString("field"), wrongUnit);
        }
        assertEquals(404, api.get(evidence + "?unit=bgs", Optional.of("zz-scheme")).status());
        assertEquals(1, call("GET", evidence + "?unit=csk", ADMIN, null, Map.of()).json().asJsonArray().size(),
                "the assessor's file of csk, listed to the scheme admin");
        // a 证明材料 written out, as the seeds do, stays text
        assertEquals(201, enter(OFFICE, "{\"unit\": \"bgs\", \"rule\": \"jc.15/r1\", \"reason\": \"卫生检查\", "
                + "\"evidence\": \"检查记录表\"}").status());
    }

    /** seed 003 附件2 五、网站保障（5分）: "未按要求进行相关信息更新、报送的，有一例扣1分" — 2 cases at 财审科: −2. */
    private long websiteFact() {
        Api.Response website = enter(OFFICE, "{\"unit\": \"csk\", \"rule\": \"jc.5/r1\", \"count\": 2, "
                + "\"reason\": \"3月、5月未按要求更新网站信息\"}");
        assertEquals(201, website.status(), website.body());
        return id(website, 0);
    }

    /** 八、廉政建设（5分）: "违反作风建设和廉洁自律规定，有一起扣2分" — 1 case at 财审科: −2, entered by 党委办 in a batch. */
    private long integrityFact() {
        Api.Response integrity = enter(PARTY, "{\"facts\": [{\"unit\": \"csk\", \"rule\": \"jc.8/r1\", "
                + "\"reason\": \"违反廉洁自律规定一起\"}]}");
        assertEquals(201, integrity.status(), integrity.body());
        return id(integrity, 0);
    }

    private String total(String unit) {
        return byUnit(api.get(cycle + "/results", as(ADMIN)).object().getJsonArray("units")).get(unit).getString("total");
    }

    // ---- helpers ----

    private Optional<String> as(String user) {
        return Optional.of(user);
    }

    private Api.Response enter(String user, String body) {
        return call("POST", facts, user, body, Map.of());
    }

    /** A request as {@code user}: the clerks created here log in with the password chosen at first login. */
    private Api.Response call(String method, String path, String user, String body, Map<String, String> headers) {
        String password = user.equals(OFFICE) ? "office-pw-1" : user.equals(PARTY) ? "party-pw-1" : "demo";
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Authorization", "Bearer " + Api.token(user, password));
        if (body != null) {
            all.putIfAbsent("Content-Type", "application/json");
        }
        return api.send(method, path, Optional.empty(), all, body);
    }

    private JsonObject assign(String body, int status) {
        Api.Response r = api.post("api/tenants/" + TENANT + "/assignments", as(ADMIN), body);
        assertEquals(status, r.status(), r.body());
        return r.object();
    }

    private static long id(Api.Response r, int index) {
        return r.object().getJsonArray("facts").getJsonObject(index).getJsonNumber("id").longValue();
    }

    private JsonObject sheet(String unit, String user) {
        Api.Response r = api.get(cycle + "/results/units/" + unit, as(user));
        assertEquals(200, r.status(), r.body());
        return r.object();
    }

    private int currentFacts() {
        return api.get(facts, as(ADMIN)).json().asJsonArray().size();
    }

    /** total(a) − total(b) in the live results. */
    private BigDecimal gap(String a, String b) {
        Map<String, JsonObject> units = byUnit(api.get(cycle + "/results", as(ADMIN)).object().getJsonArray("units"));
        return new BigDecimal(units.get(a).getString("total")).subtract(new BigDecimal(units.get(b).getString("total")))
                .stripTrailingZeros();
    }

    private static Map<String, JsonObject> byUnit(JsonArray units) {
        return units.stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(u -> u.getString("unit"), Function.identity()));
    }

    private static JsonObject node(JsonObject sheet, String code) {
        return find(sheet.getJsonObject("unit").getJsonArray("indicators"), code).orElseThrow(() -> new AssertionError(code));
    }

    private static Optional<JsonObject> find(JsonArray nodes, String code) {
        for (JsonValue v : nodes) {
            JsonObject n = v.asJsonObject();
            if (n.getString("code").equals(code)) {
                return Optional.of(n);
            }
            Optional<JsonObject> below = find(n.getJsonArray("children"), code);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
