package cn.kaoping.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies are read strictly, by one mechanism for every resource: unknown fields and
 * values of the wrong JSON type are refused, and every 400 names the field (a JSON path) and
 * the rule. Strings are bounded, names carry no invisible characters, echoed values are cut.
 */
class StrictInputIT extends DeployedServer {

    private static final Optional<String> JX_ADMIN = Optional.of("jx-admin");
    private static final Optional<String> SCHEME_ADMIN = Optional.of("scheme");
    private static final String CHILDREN = "api/jurisdictions/jian/children";
    private static final String CLONE = "api/tenants/xingan/schemes/xingan-yangguang-2006/versions/1/clone";

    @Test
    void anUnknownFieldIsRefusedByName() {
        Api.Response r = api.post(CHILDREN, JX_ADMIN, child("峡江县").replace("}", ",\"nickname\":\"峡江\"}"));
        assertInvalid(r, "nickname", "unknown field");
    }

    @Test
    void anUnknownNestedFieldIsRefusedByItsPath() {
        Api.Response r = api.post("api/tenants", JX_ADMIN, "{\"code\":\"" + code() + "\",\"name\":\"某县\",\"level\":\"COUNTY\","
                + "\"parent\":\"jian\",\"admin\":{\"username\":\"u-" + code() + "\",\"email\":\"u@kaoping.example\",\"phone\":\"1\"}}");
        assertInvalid(r, "admin.phone", "unknown field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026\"", "2026.7", "true", "[2026]", "{\"y\":2026}"})
    void aYearMustBeAnInteger(String year) {
        Api.Response r = api.post(CLONE, SCHEME_ADMIN, "{\"year\":" + year + "}");
        assertInvalid(r, "year", "must be an integer");
    }

    @Test
    void aStringOfTheWrongTypeIsNamed() {
        Api.Response r = api.post(CHILDREN, JX_ADMIN, "{\"code\":\"" + code() + "\",\"name\":5,\"level\":\"TOWNSHIP\"}");
        assertInvalid(r, "name", "must be a string");
    }

    @Test
    void aNestedObjectOfTheWrongTypeIsNamed() {
        Api.Response r = api.post("api/tenants", JX_ADMIN, "{\"code\":\"" + code() + "\",\"name\":\"某县\",\"level\":\"COUNTY\","
                + "\"parent\":\"jian\",\"admin\":{\"username\":\"u-" + code() + "\",\"email\":true}}");
        assertInvalid(r, "admin.email", "must be a string");
        Api.Response notAnObject = api.post("api/tenants", JX_ADMIN, "{\"code\":\"" + code() + "\",\"name\":\"某县\","
                + "\"level\":\"COUNTY\",\"parent\":\"jian\",\"admin\":\"someone\"}");
        assertInvalid(notAnObject, "admin", "must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "[]", "{", "null", "\"x\""})
    void anEmptyOrMalformedBodyIsNamedBody(String body) {
        for (Map.Entry<String, Optional<String>> target : Map.of(
                CHILDREN, JX_ADMIN, CLONE, SCHEME_ADMIN, "api/tenants", JX_ADMIN).entrySet()) {
            Api.Response r = api.post(target.getKey(), target.getValue(), body);
            assertInvalid(r, "body", "");
        }
    }

    @Test
    void everyStringIsBounded() {
        String c = code();
        Api.Response r = api.post("api/tenants", JX_ADMIN, "{\"code\":\"" + c + "\",\"name\":\"某县\",\"level\":\"COUNTY\","
                + "\"parent\":\"jian\",\"admin\":{\"username\":\"u-" + c + "\",\"email\":\"u@kaoping.example\","
                + "\"lastName\":\"" + "长".repeat(5000) + "\"}}");
        assertInvalid(r, "admin.lastName", "at most");
        assertTrue(r.body().length() < 2000, "the 400 does not echo the value: " + r.body().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"202E", "2066", "200F", "200B", "200D", "FEFF", "2060", "0007", "0085", "000A", "001B"})
    void invisibleCharactersInANameAreRefused(String codePoint) {
        String c = "\\u" + codePoint; // written as a JSON escape, so that the body is well-formed JSON
        Api.Response r = api.post(CHILDREN, JX_ADMIN, child("峡江" + c + "县"));
        assertInvalid(r, "name", "character");
    }

    @Test
    void ordinaryChineseNamesWithPunctuationAreAccepted() {
        for (String name : List.of("新干县教育局（试点）", "工业园区管委会/招商局", "科技&工信局", "新干县·城南", "新干县教育局(试点)")) {
            Api.Response r = api.post(CHILDREN, JX_ADMIN, child(name));
            assertEquals(201, r.status(), name + ": " + r.body());
        }
    }

    @Test
    void anEchoedValueIsCut() {
        String longCode = "a".repeat(500);
        Api.Response r = api.get("api/jurisdictions/" + longCode, JX_ADMIN);
        assertEquals(404, r.status(), r.body());
        String detail = r.object().getString("detail");
        assertFalse(detail.contains(longCode), detail);
        assertTrue(detail.contains("…"), detail);
        assertTrue(detail.length() < 200, detail);
    }

    private static String child(String name) {
        return "{\"code\":\"" + code() + "\",\"name\":\"" + name + "\",\"level\":\"TOWNSHIP\"}";
    }

    private static String code() {
        return "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A 400 problem whose errors name {@code field} with a rule containing {@code rule}. */
    static void assertInvalid(Api.Response r, String field, String rule) {
        assertEquals(400, r.status(), () -> field + ": " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonObject problem = r.object();
        List<JsonObject> errors = problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(errors.stream().anyMatch(e -> e.getString("field").equals(field) && e.getString("rule").contains(rule)),
                () -> "expected " + field + " / " + rule + " in " + r.body());
    }
}
