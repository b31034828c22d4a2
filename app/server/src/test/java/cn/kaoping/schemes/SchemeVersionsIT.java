package cn.kaoping.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Stack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The life of a scheme over HTTP against the real PostgreSQL and Keycloak: 新干县's scheme admin
 * ({@code scheme}) uploads a draft with errors, fixes it, publishes it, cannot change the
 * published version, uploads the next one, clones it for the next year and compares versions.
 * Each test works on a scheme of its own ({@code xingan-<random>-2030}).
 */
class SchemeVersionsIT extends DeployedServer {

    private static final Optional<String> ADMIN = Optional.of("scheme");
    private static final String SCHEMES = "api/tenants/xingan/schemes";

    @Test
    void aDraftIsCheckedFixedPublishedAndNeverChangedAgain() throws Exception {
        String id = newId();
        JsonObject valid = scheme(id);

        // a draft with three errors: 400 naming each by its JSON path, nothing stored
        String broken = Json.createObjectBuilder(valid).remove("format")
                .add("indicators", edit(valid.getJsonArray("indicators"), 1, i -> Json.createObjectBuilder(i).add("points", "10.001").build()))
                .build().toString().replace("\"kind\":\"once\"", "\"kind\":\"nonsense\"");
        Api.Response refused = api.post(SCHEMES, ADMIN, broken);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        List<String> fields = fields(refused.object().getJsonArray("errors"));
        assertTrue(fields.containsAll(List.of("format", "indicators[1].points", "indicators[0].rules[0].kind")), fields.toString());
        assertEquals(404, api.get(SCHEMES + "/" + id, ADMIN).status());
        Api.Response checked = api.post(SCHEMES + "/validate", ADMIN, broken);
        assertEquals(200, checked.status(), checked.body());
        assertFalse(checked.object().getBoolean("valid"));
        assertEquals(fields, fields(checked.object().getJsonArray("errors")));

        // fixed: version 1, a draft, identified by the SHA-256 of its text
        assertTrue(api.post(SCHEMES + "/validate", ADMIN, valid.toString()).object().getBoolean("valid"));
        Api.Response created = api.post(SCHEMES, ADMIN, valid.toString());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.location().orElseThrow().endsWith(SCHEMES + "/" + id + "/versions/1"), created.location().toString());
        assertEquals("DRAFT", created.object().getString("status"));
        String draftHash = created.object().getString("hash");
        Api.Response document = api.get(SCHEMES + "/" + id + "/versions/1", ADMIN);
        assertEquals(200, document.status(), document.body());
        assertEquals(SchemeDocument.sha256(document.body()), draftHash);
        assertEquals(valid, document.object());

        // a draft may be replaced, but not from a stale copy; there is one draft at a time
        JsonObject renamed = Json.createObjectBuilder(valid).add("name", "新干县政务阳光行动考评办法（修订）").build();
        Api.Response stale = put(id, 1, renamed, Optional.of("0".repeat(64)));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(draftHash, stale.object().getString("currentVersion"));
        Api.Response replaced = put(id, 1, renamed, Optional.of(draftHash));
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("新干县政务阳光行动考评办法（修订）", replaced.object().getString("name"));
        assertEquals(409, api.post(SCHEMES, ADMIN, valid.toString()).status());

        // published: immutable through the API and in the database
        Api.Response published = api.post(SCHEMES + "/" + id + "/versions/1/publish", ADMIN, "");
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.object().getString("status"));
        assertTrue(published.object().containsKey("publishedAt"), published.body());
        assertFalse(published.object().getString("publishedBy").isBlank(), published.body());
        assertFalse(created.object().containsKey("publishedAt"), created.body());
        assertEquals(replaced.object().getString("hash"), published.object().getString("hash"));
        Api.Response change = put(id, 1, valid, Optional.empty());
        assertEquals(409, change.status(), change.body());
        assertTrue(change.object().getString("detail").contains("已发布"), change.body());
        assertEquals(409, api.post(SCHEMES + "/" + id + "/versions/1/publish", ADMIN, "").status());
        assertEquals(409, api.call("DELETE", SCHEMES + "/" + id + "/versions/1", ADMIN, Optional.empty(), Map.of()).status());
        SQLException trigger = assertThrows(SQLException.class, () -> sql(
                "UPDATE scheme_version SET name = '改' WHERE scheme_id = ? AND version = 1", id));
        assertTrue(trigger.getMessage().contains("is published"), trigger.getMessage());
        assertThrows(SQLException.class, () -> sql("DELETE FROM scheme_version WHERE scheme_id = ? AND version = 1", id));

        // a change makes a new draft, version 2, published in turn
        JsonObject next = Json.createObjectBuilder(valid)
                .add("indicators", edit(edit(valid.getJsonArray("indicators"), 0,
                                i -> Json.createObjectBuilder(i).add("points", "20").build()),
                        1, i -> Json.createObjectBuilder(i).add("points", "5").build()))
                .build();
        Api.Response second = api.post(SCHEMES, ADMIN, next.toString());
        assertEquals(201, second.status(), second.body());
        assertEquals(2, second.object().getInt("version"));
        assertEquals(200, api.post(SCHEMES + "/" + id + "/versions/2/publish", ADMIN, "").status());
        assertEquals(next, api.get(SCHEMES + "/" + id, ADMIN).object()); // the version in force

        Api.Response list = api.get(SCHEMES + "/" + id + "/versions", Optional.of("viewer"));
        assertEquals(200, list.status(), list.body());
        assertEquals(2, list.object().getInt("current"));
        assertEquals("upload", list.object().getString("template"));
        assertEquals(List.of("PUBLISHED", "PUBLISHED"), list.object().getJsonArray("versions").stream()
                .map(v -> v.asJsonObject().getString("status")).toList());
    }

    @Test
    void aPublishedVersionIsClonedForNextYearAndComparedWithOthers() throws Exception {
        String id = newId();
        JsonObject v1 = scheme(id);
        assertEquals(201, api.post(SCHEMES, ADMIN, v1.toString()).status());
        Api.Response draftClone = api.post(SCHEMES + "/" + id + "/versions/1/clone", ADMIN, "{\"year\":2031}");
        assertEquals(409, draftClone.status(), draftClone.body()); // a draft may still change
        assertEquals(200, api.post(SCHEMES + "/" + id + "/versions/1/publish", ADMIN, "").status());

        Api.Response clone = api.post(SCHEMES + "/" + id + "/versions/1/clone", ADMIN, "{\"year\":2031}");
        assertEquals(201, clone.status(), clone.body());
        String nextYear = id.replace("-2030", "-2031");
        assertEquals(nextYear, clone.object().getString("scheme"));
        assertEquals(1, clone.object().getInt("version"));
        assertEquals("DRAFT", clone.object().getString("status"));
        assertEquals("clone:" + id + "/1", clone.object().getString("origin"));
        JsonObject copy = api.get(SCHEMES + "/" + nextYear, ADMIN).object();
        assertEquals(2031, copy.getInt("year"));
        assertEquals(v1.getJsonArray("indicators"), copy.getJsonArray("indicators"));
        assertEquals(409, api.post(SCHEMES + "/" + id + "/versions/1/clone", ADMIN, "{\"year\":2031}").status());
        Api.Response badYear = api.post(SCHEMES + "/" + id + "/versions/1/clone", ADMIN, "{\"year\":31}");
        assertEquals(400, badYear.status(), badYear.body());
        assertEquals(List.of("year"), fields(badYear.object().getJsonArray("errors")));

        // next year: indicator 1 gains 5 points from indicator 2, indicator 2 loses its rule r3
        JsonObject edited = Json.createObjectBuilder(copy).add("indicators", edit(edit(copy.getJsonArray("indicators"), 0,
                        i -> Json.createObjectBuilder(i).add("points", "20").build()),
                1, i -> Json.createObjectBuilder(i).add("points", "5")
                        .add("rules", Json.createArrayBuilder(i.getJsonArray("rules")).remove(2)).build())).build();
        String hash = clone.object().getString("hash");
        assertEquals(200, put(nextYear, 1, edited, Optional.of(hash)).status());

        Api.Response diff = api.get(SCHEMES + "/diff?from=" + id + "@1&to=" + nextYear + "@1", Optional.of("viewer"));
        assertEquals(200, diff.status(), diff.body());
        JsonObject changes = diff.object().getJsonObject("changes");
        // the 考核期 follows the year where the scheme writes none
        assertEquals(List.of("id", "year", "period"), changes.getJsonArray("scheme").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        JsonArray indicators = changes.getJsonArray("indicators");
        assertEquals(2, indicators.size(), indicators.toString());
        JsonObject first = indicators.getJsonObject(0);
        assertEquals("1", first.getString("key"));
        assertEquals("CHANGED", first.getString("change"));
        assertEquals("15", first.getJsonNumber("before").bigDecimalValue().toPlainString());
        assertEquals("20", first.getJsonNumber("after").bigDecimalValue().toPlainString());
        JsonObject removed = changes.getJsonArray("rules").getJsonObject(0);
        assertEquals("2/r3", removed.getString("key"));
        assertEquals("REMOVED", removed.getString("change"));
        assertEquals("DRAFT", diff.object().getJsonObject("to").getString("status"));

        Api.Response same = api.get(SCHEMES + "/diff?from=" + id + "@1&to=" + id + "@1", ADMIN);
        assertEquals(0, same.object().getJsonObject("changes").getJsonArray("indicators").size(), same.body());
        Api.Response badRef = api.get(SCHEMES + "/diff?from=" + id + "&to=" + id + "@9", ADMIN);
        assertEquals(400, badRef.status(), badRef.body());
        assertEquals(404, api.get(SCHEMES + "/diff?from=" + id + "@1&to=" + id + "@9", ADMIN).status());

        // every change is in the audit trail; the tenant lists its schemes from their versions
        List<String> actions = api.get("api/tenants/xingan/audit", ADMIN).json().asJsonArray().stream()
                .map(e -> e.asJsonObject().getString("action")).limit(5).toList();
        assertEquals(List.of("scheme.draft.replaced", "scheme.cloned", "scheme.published", "scheme.draft.created"),
                actions.subList(0, 4), actions.toString());
        JsonObject tenantScheme = api.get("api/tenants/xingan", ADMIN).object().getJsonArray("schemes").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("id").equals(nextYear)).findFirst().orElseThrow();
        assertEquals("DRAFT", tenantScheme.getString("status"));
        assertEquals("clone:" + id + "/1", tenantScheme.getString("template"));
    }

    @Test
    void aProvisionedSchemeIsItsFirstPublishedVersion() {
        Api.Response list = api.get(SCHEMES, Optional.of("viewer"));
        assertEquals(200, list.status(), list.body());
        JsonObject seed = list.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("id").equals("xingan-yangguang-2006")).findFirst().orElseThrow();
        assertEquals("file:xingan/yangguang-2006.scheme.json", seed.getString("template"));
        JsonObject v1 = seed.getJsonArray("versions").getJsonObject(0);
        assertEquals(1, v1.getInt("version"));
        assertEquals("PUBLISHED", v1.getString("status"));
        Api.Response document = api.get(SCHEMES + "/xingan-yangguang-2006/versions/1", Optional.of("viewer"));
        assertEquals(v1.getString("hash"), SchemeDocument.sha256(document.body()));
    }

    @Test
    void aVersionServesTheEntryFormOfEachRuleAsItsKindDescribesIt() {
        Api.Response form = api.get(SCHEMES + "/xingan-yangguang-2006/versions/1/form", Optional.of("viewer"));
        assertEquals(200, form.status(), form.body());
        Map<String, JsonObject> rules = form.object().getJsonArray("rules").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getString("rule"), r -> r));
        // 新干 四(2): 档案资料不健全的扣5分，没有的扣10分 — counted once, so a grade and no count
        JsonObject archives = rules.get("4/r2");
        assertTrue(archives.getBoolean("entered"));
        assertFalse(archives.getBoolean("reasonRequired"));
        JsonObject grade = archives.getJsonArray("fields").getJsonObject(0);
        assertEquals(1, archives.getJsonArray("fields").size());
        assertEquals("grade", grade.getString("key"));
        assertEquals("档次", grade.getString("label"));
        assertEquals("choice", grade.getString("type"));
        assertEquals(List.of("不健全（5 分）", "没有（10 分）"), grade.getJsonArray("options").stream()
                .map(o -> o.asJsonObject().getString("label")).toList());
        // 新干 五(1): 县内做典型推广的每次加5分；被市级…加10分；被省级…加15分 — a level, then how many times
        assertEquals(List.of("level", "count"), rules.get("5/r1").getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("key")).toList());
        assertEquals(404, api.get(SCHEMES + "/xingan-yangguang-2006/versions/9/form", Optional.of("viewer")).status());
    }

    @Test
    void anotherTenantFindsNothingAndAMemberWithoutTheRoleChangesNothing() throws Exception {
        String id = newId();
        String body = scheme(id).toString();
        for (String other : List.of("zz-scheme", "zz-viewer")) {
            assertEquals(404, api.get(SCHEMES, Optional.of(other)).status());
            assertEquals(404, api.post(SCHEMES, Optional.of(other), body).status());
            assertEquals(404, api.get(SCHEMES + "/xingan-yangguang-2006/versions/1", Optional.of(other)).status());
        }
        Optional<String> viewer = Optional.of("viewer");
        Api.Response upload = api.post(SCHEMES, viewer, body);
        assertEquals(403, upload.status(), upload.body());
        assertTrue(upload.object().getString("detail").contains("考评办（方案管理员）"), upload.body());
        assertEquals(403, api.post(SCHEMES + "/validate", viewer, body).status());
        assertEquals(403, api.post(SCHEMES + "/xingan-yangguang-2006/versions/1/publish", viewer, "").status());
        assertEquals(403, api.post(SCHEMES + "/xingan-yangguang-2006/versions/1/clone", viewer, "{\"year\":2031}").status());
        assertEquals(403, put("xingan-yangguang-2006", 1, scheme("xingan-yangguang-2006"), Optional.empty(), viewer).status());
        assertEquals(401, api.post(SCHEMES, Optional.empty(), body).status());
        assertEquals(200, api.get(SCHEMES + "/xingan-yangguang-2006", viewer).status());

        // a scheme of another tenant's id space is refused: ids are unique in the server
        Api.Response foreign = api.post(SCHEMES, ADMIN, scheme("zhangzhou-copy-2030").toString());
        assertEquals(400, foreign.status(), foreign.body());
        assertEquals(List.of("id"), fields(foreign.object().getJsonArray("errors")));
    }

    private Api.Response put(String id, int version, JsonObject document, Optional<String> ifMatch) {
        return put(id, version, document, ifMatch, ADMIN);
    }

    private Api.Response put(String id, int version, JsonObject document, Optional<String> ifMatch, Optional<String> user) {
        return api.call("PUT", SCHEMES + "/" + id + "/versions/" + version, user, Optional.of(document.toString()),
                ifMatch.map(h -> Map.of("If-Match", "\"" + h + "\"")).orElse(Map.of()));
    }

    private static List<String> fields(JsonArray errors) {
        return errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static JsonArray edit(JsonArray array, int index, java.util.function.UnaryOperator<JsonObject> change) {
        var b = Json.createArrayBuilder(array);
        return b.set(index, change.apply(array.getJsonObject(index))).build();
    }

    /** 新干县's seed scheme under another id, for 2030. */
    private static JsonObject scheme(String id) throws IOException {
        String text = Files.readString(Path.of(System.getProperty("kaoping.root", ".."),
                "tenant-schemes/xingan/yangguang-2006.scheme.json"));
        JsonObject seed = Json.createReader(new StringReader(text)).readObject();
        return Json.createObjectBuilder(seed).add("id", id).add("year", 2030).build();
    }

    private static String newId() {
        return "xingan-t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "-2030";
    }

    private static void sql(String sql, String schemeId) throws SQLException {
        try (Connection c = Stack.database().superuserConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, schemeId);
            s.executeUpdate();
        }
    }
}
