package cn.kaoping.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Stack;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The registry of jurisdictions over HTTP, with tokens of the demo realm. */
class JurisdictionResourceIT extends DeployedServer {

    private static final Optional<String> ANONYMOUS = Optional.empty();
    private static final Optional<String> VIEWER = Optional.of("viewer");
    private static final Optional<String> PLATFORM_ADMIN = Optional.of("platform");


    @Test
    void withoutTokenIsUnauthorized() {
        Api.Response r = api.get("api/jurisdictions", ANONYMOUS);
        assertEquals(401, r.status());
        assertProblem(r);
    }

    @Test
    void withForgedTokenIsUnauthorized() {
        String token = Api.token("viewer");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        Api.Response r = api.get("api/jurisdictions", forged);
        assertEquals(401, r.status());
        assertProblem(r);
    }

    @Test
    void listsTheSeedJurisdictionsAsATree() {
        Api.Response r = api.get("api/jurisdictions", VIEWER);
        assertEquals(200, r.status());
        JsonArray roots = r.json().asJsonArray();
        JsonObject jiangxi = byCode(roots, "jiangxi");
        assertEquals("江西省", jiangxi.getString("name"));
        JsonObject jian = byCode(jiangxi.getJsonArray("children"), "jian");
        JsonObject xingan = byCode(jian.getJsonArray("children"), "xingan");
        assertEquals("新干县", xingan.getString("name"));
        assertEquals("COUNTY", xingan.getString("level"));
        JsonObject jishui = byCode(jian.getJsonArray("children"), "jishui");
        assertEquals("吉水县国土资源局", byCode(jishui.getJsonArray("children"), "jishui-land").getString("name"));
        for (String root : List.of("hubei", "guangxi", "fujian", "hunan", "jiangsu", "kaisheng")) {
            byCode(roots, root);
        }
    }

    @Test
    void getsOneWithItsParent() {
        Api.Response r = api.get("api/jurisdictions/wujin-housing", VIEWER);
        assertEquals(200, r.status());
        assertEquals("武进区住房和城乡建设局", r.object().getString("name"));
        assertEquals("wujin", r.object().getString("parent"));
    }

    @Test
    void unknownCodeIsNotFound() {
        Api.Response r = api.get("api/jurisdictions/atlantis", VIEWER);
        assertEquals(404, r.status());
        assertProblem(r);
    }

    @Test
    void creatingAChildNeedsThePlatformAdminRole() {
        Api.Response r = api.post("api/jurisdictions/jian/children", VIEWER,
                "{\"code\":\"" + uniqueCode() + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\"}");
        assertEquals(403, r.status());
        assertProblem(r);
    }

    @Test
    void creatingAChildWithoutTokenIsUnauthorized() {
        Api.Response r = api.post("api/jurisdictions/jian/children", ANONYMOUS,
                "{\"code\":\"" + uniqueCode() + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\"}");
        assertEquals(401, r.status());
    }

    @Test
    void platformAdminCreatesAChildThatIsStoredAndVisibleInAFreshRequest() throws Exception {
        String code = uniqueCode();
        Api.Response created = api.post("api/jurisdictions/jian/children", PLATFORM_ADMIN,
                "{\"code\":\"" + code + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\"}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.location().orElseThrow().endsWith("/api/jurisdictions/" + code), created.location().toString());

        Api.Response fetched = api.get("api/jurisdictions/" + code, VIEWER);
        assertEquals(200, fetched.status());
        assertEquals("峡江县", fetched.object().getString("name"));
        assertEquals("jian", fetched.object().getString("parent"));

        try (Connection c = Stack.database().superuserConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT j.name, p.code FROM jurisdiction j JOIN jurisdiction p ON p.id = j.parent_id WHERE j.code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "row in PostgreSQL");
                assertEquals("峡江县", rs.getString(1));
                assertEquals("jian", rs.getString(2));
            }
        }
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        Api.Response r = api.post("api/jurisdictions/jian/children", PLATFORM_ADMIN,
                "{\"code\":\"Bad Code!\",\"name\":\"\",\"level\":\"GALAXY\"}");
        assertEquals(400, r.status());
        assertProblem(r);
        List<String> fields = r.object().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("code", "level", "name"), fields);
    }

    @Test
    void aLevelAboveTheParentIsRefused() {
        Api.Response r = api.post("api/jurisdictions/xingan/children", PLATFORM_ADMIN,
                "{\"code\":\"" + uniqueCode() + "\",\"name\":\"某市\",\"level\":\"CITY\"}");
        assertEquals(400, r.status());
        assertEquals("level", r.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.Response r = api.post("api/jurisdictions/jian/children", PLATFORM_ADMIN, "{\"code\": ");
        assertEquals(400, r.status());
        assertProblem(r);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        Api.Response r = api.post("api/jurisdictions/jian/children", PLATFORM_ADMIN,
                "{\"code\":\"xingan\",\"name\":\"新干县\",\"level\":\"COUNTY\"}");
        assertEquals(409, r.status());
        assertProblem(r);
    }

    @Test
    void readinessAndOpenApiAreServed() {
        Api.Response ready = api.get("health/ready", ANONYMOUS);
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.object().getString("status"));
        Api.Response openapi = api.get("openapi", ANONYMOUS);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/jurisdictions/{code}/children"), openapi.body());
    }

    private static void assertProblem(Api.Response r) {
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
        assertEquals(r.status(), r.object().getInt("status"));
    }

    private static JsonObject byCode(JsonArray nodes, String code) {
        return nodes.stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + nodes));
    }

    private static String uniqueCode() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
