package cn.kaoping.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.platform.error.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordShapeTest {

    record Admin(String username, String email) {
    }

    enum Level { COUNTY, CITY }

    record Request(String code, Integer year, int count, boolean flag, Level level, Admin admin, List<Admin> more,
                   Optional<String> note) {
    }

    private static List<FieldError> check(String json) {
        JsonValue tree = Json.createReader(new StringReader(json)).readValue();
        return RecordShape.check(tree, Request.class);
    }

    @Test
    void aWellShapedBodyPasses() {
        assertEquals(List.of(), check("{\"code\":\"a\",\"year\":2026,\"count\":1,\"flag\":true,\"level\":\"CITY\","
                + "\"admin\":{\"username\":\"u\",\"email\":\"e\"},\"more\":[{\"username\":\"v\"}],\"note\":\"n\"}"));
        assertEquals(List.of(), check("{\"year\":null,\"admin\":null}"));
    }

    @Test
    void unknownFieldsAreNamedByTheirPath() {
        assertEquals(List.of(new FieldError("nick", "unknown field; expected one of code, year, count, flag, level, admin, more, note"),
                        new FieldError("admin.phone", "unknown field; expected one of username, email"),
                        new FieldError("more[1].x", "unknown field; expected one of username, email")),
                check("{\"nick\":1,\"admin\":{\"phone\":\"1\"},\"more\":[{},{\"x\":1}]}"));
    }

    @Test
    void typesAreStrict() {
        for (String year : List.of("\"2026\"", "2026.7", "2026.0", "true", "[]", "{}", "1e3", "3000000000")) {
            List<FieldError> errors = check("{\"year\":" + year + "}");
            assertEquals(1, errors.size(), year);
            assertEquals("year", errors.get(0).field(), year);
            assertTrue(errors.get(0).rule().startsWith("must be an integer"), year + ": " + errors);
        }
        assertEquals(List.of(new FieldError("code", "must be a string")), check("{\"code\":5}"));
        assertEquals(List.of(new FieldError("admin", "must be a JSON object")), check("{\"admin\":\"x\"}"));
        assertEquals(List.of(new FieldError("admin.email", "must be a string")), check("{\"admin\":{\"email\":false}}"));
        assertEquals(List.of(new FieldError("more", "must be a JSON array")), check("{\"more\":{}}"));
        assertEquals(List.of(new FieldError("flag", "must be true or false")), check("{\"flag\":\"true\"}"));
        assertEquals(List.of(new FieldError("count", "must not be null")), check("{\"count\":null}"));
        assertEquals(List.of(new FieldError("level", "must be one of COUNTY, CITY")), check("{\"level\":\"county\"}"));
        assertEquals(List.of(new FieldError("note", "must be a string")), check("{\"note\":1}"));
    }

    @Test
    void theBodyMustBeAnObject() {
        for (String body : List.of("[]", "null", "\"x\"", "1")) {
            assertEquals(List.of(new FieldError("body", "must be a JSON object")), check(body), body);
        }
    }

    @Test
    void everyStringIsBoundedAndLongNamesAreCut() {
        List<FieldError> errors = check("{\"code\":\"" + "x".repeat(RecordShape.MAX_STRING + 1) + "\"}");
        assertEquals(List.of(new FieldError("code", "must be at most " + RecordShape.MAX_STRING + " characters")), errors);
        String name = "n".repeat(300);
        String field = check("{\"" + name + "\":1}").get(0).field();
        assertEquals("n".repeat(40) + "…", field);
    }

    @Test
    void errorsAreCapped() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            body.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
        }
        assertEquals(RecordShape.MAX_ERRORS, check(body.append("}").toString()).size());
    }
}
