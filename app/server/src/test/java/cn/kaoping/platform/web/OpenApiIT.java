package cn.kaoping.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's OpenAPI document describes the API as it answers: its responses, errors, security and types. */
class OpenApiIT extends DeployedServer {

    private JsonObject doc;
    private String text;

    @BeforeEach
    void read() throws Exception {
        Api.Response r = api.send("GET", "openapi", Optional.empty(), Map.of("Accept", "application/json"), null);
        assertEquals(200, r.status(), r.body());
        text = r.body();
        Files.writeString(Path.of("target", "openapi.json"), text);
        doc = r.object();
    }

    @Test
    void isTitledForTheProduct() {
        assertEquals("Kaoping 考评 API", doc.getJsonObject("info").getString("title"));
    }

    @Test
    void declaresABearerSchemeRequiredByDefault() {
        JsonObject schemes = doc.getJsonObject("components").getJsonObject("securitySchemes");
        assertTrue(schemes != null && schemes.values().stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("type").equals("http") && s.getString("scheme").equals("bearer")), text);
        JsonObject paths = doc.getJsonObject("paths");
        assertTrue(paths.getJsonObject("/api/tenants").getJsonObject("get").containsKey("security"), "no security requirement");
        assertFalse(paths.getJsonObject("/api/ping").getJsonObject("get").containsKey("security"), "/api/ping is public");
    }

    @Test
    void hasNoTestOnlyHeader() {
        assertFalse(text.contains("X-Kaoping-Fail-After"), "the failure-injection header is a test seam");
    }

    @Test
    void everyOperationListsItsErrorsAsProblems() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getKey().equals("/api/ping")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                JsonObject responses = op.getValue().asJsonObject().getJsonObject("responses");
                Set<String> expected = new java.util.TreeSet<>(Set.of("401", "403", "503"));
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                if (op.getValue().asJsonObject().containsKey("requestBody")) {
                    expected.add("400");
                }
                for (String code : expected) {
                    if (!responses.containsKey(code) || !problemContent(responses.getJsonObject(code))) {
                        missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + code);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "responses missing or without the problem schema: " + missing);
    }

    @Test
    void creationsAndConflictsAreDocumented() {
        assertResponses("/api/tenants", "post", "200", "201", "400", "409", "422");
        assertResponses("/api/jurisdictions/{code}/children", "post", "201", "400", "409");
        String schemes = tenantPath("/schemes");
        assertResponses(schemes, "post", "201", "400", "409");
        assertResponses(schemes + "/{scheme}/versions/{version}/clone", "post", "201", "400", "409");
        assertResponses(schemes + "/{scheme}/versions/{version}/publish", "post", "200", "409");
        assertResponses(schemes + "/{scheme}/versions/{version}", "put", "200", "400", "409");
        assertResponses(schemes + "/{scheme}/versions/{version}", "delete", "204", "409");
    }

    @Test
    void responsesOfMethodsReturningAResponseAreTyped() {
        JsonObject created = doc.getJsonObject("paths").getJsonObject("/api/tenants").getJsonObject("post")
                .getJsonObject("responses").getJsonObject("201").getJsonObject("content").getJsonObject("application/json");
        assertEquals("#/components/schemas/ProvisionedTenant", created.getJsonObject("schema").getString("$ref"), created.toString());
        JsonObject provisioned = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("ProvisionedTenant");
        assertTrue(provisioned.getJsonObject("properties").keySet().containsAll(Set.of("tenant", "admin")), provisioned.toString());
    }

    @Test
    void theProblemSchemaIsDefined() {
        JsonObject problem = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertTrue(problem != null, "no Problem schema");
        assertTrue(problem.getJsonObject("properties").keySet().containsAll(Set.of("type", "title", "status", "detail", "errors")));
        assertEquals("array", problem.getJsonObject("properties").getJsonObject("errors").getString("type"));
    }

    @Test
    void datesAndArraysAreTyped() {
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        JsonObject archivedAt = schemas.getJsonObject("TenantView").getJsonObject("properties").getJsonObject("archivedAt");
        assertEquals("string", archivedAt.getString("type", ""), archivedAt.toString());
        assertEquals("date-time", archivedAt.getString("format", ""), archivedAt.toString());
        JsonObject publishedAt = schemas.getJsonObject("SchemeVersionView").getJsonObject("properties").getJsonObject("publishedAt");
        assertEquals("date-time", publishedAt.getString("format", ""), publishedAt.toString());
        JsonObject list = doc.getJsonObject("paths").getJsonObject("/api/tenants").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema");
        assertEquals("array", list.getString("type", ""), list.toString());
        JsonObject schemesList = schemas.getJsonObject("TenantView").getJsonObject("properties").getJsonObject("schemes");
        assertEquals("array", schemesList.getString("type", ""), schemesList.toString());
    }

    private String tenantPath(String rest) {
        return doc.getJsonObject("paths").keySet().stream()
                .filter(p -> p.matches("/api/tenants/\\{[^}]+}" + java.util.regex.Pattern.quote(rest)))
                .findFirst().orElseThrow(() -> new AssertionError("no path ending " + rest));
    }

    private void assertResponses(String path, String method, String... codes) {
        JsonObject op = doc.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
        JsonObject responses = op.getJsonObject("responses");
        for (String code : codes) {
            assertTrue(responses.containsKey(code), method + " " + path + " lacks " + code + ": " + responses.keySet());
        }
    }

    private static boolean problemContent(JsonObject response) {
        JsonObject content = response.getJsonObject("content");
        return content != null && content.containsKey("application/problem+json")
                && content.getJsonObject("application/problem+json").toString().contains("Problem");
    }
}
