package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.Stack;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross-tenant matrix, generated from the server's own {@code /openapi}: every operation under
 * {@code /api/tenants/{tenant}} is called on tenant A (新干县, xingan) by the demo users of tenant
 * B (漳州市, zhangzhou: zz-scheme, zz-viewer), by every member of A whose role does not allow it,
 * and without a token. Another tenant's resources are 404, a missing role 403, no token 401 —
 * never a 200 and never a 500. No endpoint can escape: an operation the document lists and
 * {@link #ROLES_ALLOWED} does not fails {@link #everyTenantOperationSaysWhoMayCallIt()}. The demo
 * tenants come from tenant-schemes/demo-tenants.json, the users from keycloak/kaoping-realm.json.
 */
class TenantIsolationIT extends DeployedServer {

    static final String A = "xingan";
    static final String A_SCHEME = "xingan-yangguang-2006";

    /** Tenant B's users: for them tenant A does not exist. */
    static final List<String> B_USERS = List.of("zz-scheme", "zz-viewer");

    /** Tenant A's demo users, by the one role each holds in A. */
    static final Map<String, String> A_MEMBERS = orderedMap(
            "scheme-admin", "scheme",
            "assessor", "assessor",
            "approver", "approver",
            "unit-reporter", "reporter",
            "viewer", "viewer");

    static final Set<String> ANY_MEMBER =
            Set.of("platform-admin", "scheme-admin", "assessor", "approver", "unit-reporter", "viewer");
    /** Who reads a cycle's live results: its scheme admins, approvers and assessors (and the admins above). */
    static final Set<String> RESULT_READERS = Set.of("scheme-admin", "platform-admin", "approver", "assessor");
    /** Who reads facts and unit sheets: the result readers, and unit reporters (of their own units). */
    static final Set<String> FACT_READERS = Set.of("scheme-admin", "platform-admin", "approver", "assessor", "unit-reporter");

    /** Who signs approval levels (the scheme says which level whose): approvers and scheme admins. */
    static final Set<String> SIGNERS = Set.of("approver", "scheme-admin");

    /** No member of the tenant itself: only the platform admins of a tenant above, and operators. */
    static final Set<String> ONLY_ADMINS_ABOVE = Set.of();

    /**
     * Who may call each operation under {@code /api/tenants/{tenant}}: the roles in the tenant
     * whose holders may (the platform admins of the tenants above and operators may call them all).
     * Keys are "METHOD path" as {@code /openapi} lists the path, with the tenant's parameter
     * written {@code {tenant}} whatever its name. Every member of A holding none of the roles must
     * get 403; every one holding one must get through (checked on reads only).
     */
    static final Map<String, Set<String>> ROLES_ALLOWED = Map.ofEntries(
            Map.entry("GET /api/tenants/{tenant}", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/audit", Set.of("scheme-admin", "platform-admin")),
            Map.entry("POST /api/tenants/{tenant}/archive", ONLY_ADMINS_ABOVE),
            Map.entry("POST /api/tenants/{tenant}/admins/{username}/temporary-password", ONLY_ADMINS_ABOVE),
            Map.entry("GET /api/tenants/{tenant}/schemes", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/schemes/diff", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/schemes/{scheme}", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/schemes/{scheme}/versions", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/schemes/{scheme}/versions/{version}", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/schemes/{scheme}/versions/{version}/form", ANY_MEMBER),
            Map.entry("POST /api/tenants/{tenant}/schemes", Set.of("scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/schemes/validate", Set.of("scheme-admin")),
            Map.entry("PUT /api/tenants/{tenant}/schemes/{scheme}/versions/{version}", Set.of("scheme-admin")),
            Map.entry("DELETE /api/tenants/{tenant}/schemes/{scheme}/versions/{version}", Set.of("scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/schemes/{scheme}/versions/{version}/publish", Set.of("scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/schemes/{scheme}/versions/{version}/clone", Set.of("scheme-admin")),
            Map.entry("GET /api/tenants/{tenant}/cycles", ANY_MEMBER),
            Map.entry("POST /api/tenants/{tenant}/cycles", Set.of("scheme-admin")),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}", ANY_MEMBER),
            Map.entry("PUT /api/tenants/{tenant}/cycles/{cycle}", Set.of("scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/units", Set.of("scheme-admin")),
            Map.entry("PUT /api/tenants/{tenant}/cycles/{cycle}/units/{unit}", Set.of("scheme-admin")),
            Map.entry("GET /api/tenants/{tenant}/assessed-in", Set.of("scheme-admin", "platform-admin", "viewer")),
            Map.entry("GET /api/tenants/{tenant}/assignments", Set.of("scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/assignments", Set.of("scheme-admin")),
            Map.entry("DELETE /api/tenants/{tenant}/assignments/{assignment}", Set.of("scheme-admin")),
            Map.entry("GET /api/tenants/{tenant}/assignments/mine", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/members", Set.of("scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/facts", Set.of("assessor", "scheme-admin")),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/facts", FACT_READERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/facts/{fact}", FACT_READERS),
            Map.entry("PUT /api/tenants/{tenant}/cycles/{cycle}/facts/{fact}", Set.of("assessor", "scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/facts/{fact}/withdrawal", Set.of("assessor", "scheme-admin")),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/facts/file", RESULT_READERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/results", RESULT_READERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/results/units/{unit}", FACT_READERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/results/progress", RESULT_READERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/self-assessments/{unit}", FACT_READERS),
            Map.entry("PUT /api/tenants/{tenant}/cycles/{cycle}/self-assessments/{unit}/items/{indicator}", Set.of("unit-reporter")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/self-assessments/{unit}/submission", Set.of("unit-reporter")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/self-assessments/{unit}/return", Set.of("scheme-admin", "approver")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/applications", Set.of("unit-reporter")),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/applications", FACT_READERS),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/applications/{application}/approval", Set.of("assessor", "scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/applications/{application}/refusal", Set.of("assessor", "scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/evidence", Set.of("assessor", "scheme-admin", "unit-reporter")),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/evidence", FACT_READERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/evidence/{evidence}", FACT_READERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/approvals", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/approvals/history", ANY_MEMBER),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/approvals/queue", SIGNERS),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/approvals", SIGNERS),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/approvals/return", SIGNERS),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/approvals/revocation", SIGNERS),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/late-entries", ANY_MEMBER),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/late-entries", Set.of("scheme-admin")),
            Map.entry("POST /api/tenants/{tenant}/cycles/{cycle}/publication", Set.of("scheme-admin")),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/publication", Set.of("viewer", "scheme-admin", "platform-admin", "approver")),
            Map.entry("GET /api/tenants/{tenant}/cycles/{cycle}/publication/units/{unit}",
                    Set.of("scheme-admin", "platform-admin", "approver", "unit-reporter")));

    /** Values of path parameters other than the tenant: things tenant A has. Others get a placeholder. */
    static final Map<String, String> SAMPLE_PARAMETERS = Map.of("scheme", A_SCHEME, "version", "1");

    private static final Pattern UNDER_A_TENANT = Pattern.compile("^/api/tenants/\\{([^}/]+)\\}(/.*)?$");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static List<Endpoint> tenantOperations;

    /** A request to the server; {@code operation} is the key of {@link #ROLES_ALLOWED} if it comes from /openapi. */
    record Endpoint(String operation, String method, String path, String contentType, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Endpoints that act below tenant A's jurisdiction (a 404 there would hide nothing: 403). */
    static final List<Endpoint> BELOW_A = List.of(
            json("POST", "api/tenants", "{\"code\":\"matrix-town\",\"name\":\"某乡\",\"level\":\"TOWNSHIP\","
                    + "\"parent\":\"" + A + "\",\"admin\":{\"username\":\"matrix-admin\",\"email\":\"m@kaoping.example\"}}"),
            json("POST", "api/jurisdictions/" + A + "/children",
                    "{\"code\":\"matrix-town\",\"name\":\"某乡\",\"level\":\"TOWNSHIP\"}"));

    // ---- the generated matrix ----

    @Test
    void everyTenantOperationSaysWhoMayCallIt() {
        Set<String> served = new TreeSet<>(tenantOperations().stream().map(Endpoint::operation).toList());
        Set<String> undeclared = new TreeSet<>(served);
        undeclared.removeAll(ROLES_ALLOWED.keySet());
        assertTrue(undeclared.isEmpty(), "/openapi lists operations under /api/tenants/{tenant} that "
                + "TenantIsolationIT.ROLES_ALLOWED does not: " + undeclared + ". Add each to that table with the "
                + "roles in the tenant that may call it, so that the matrix checks everyone else is refused.");
        Set<String> gone = new TreeSet<>(ROLES_ALLOWED.keySet());
        gone.removeAll(served);
        assertTrue(gone.isEmpty(), "TenantIsolationIT.ROLES_ALLOWED names operations /openapi no longer lists: "
                + gone + " (served: " + served + "). Remove or rename them.");
    }

    static Stream<Arguments> otherTenantsUsers() {
        return tenantOperations().stream().flatMap(e -> B_USERS.stream().map(u -> Arguments.of(e, u)));
    }

    @ParameterizedTest(name = "{1} → {0}: 404")
    @MethodSource("otherTenantsUsers")
    void anotherTenantsUserFindsNothing(Endpoint endpoint, String user) {
        Api.Response r = call(endpoint, Optional.of(user));
        assertEquals(404, r.status(), () -> user + " → " + endpoint + ": " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), () -> endpoint + ": " + r.contentType());
    }

    static Stream<Arguments> membersWithoutTheRole() {
        return tenantOperations().stream()
                .filter(e -> ROLES_ALLOWED.containsKey(e.operation()))
                .flatMap(e -> A_MEMBERS.entrySet().stream()
                        .filter(m -> !ROLES_ALLOWED.get(e.operation()).contains(m.getKey()))
                        .map(m -> Arguments.of(e, m.getValue(), m.getKey())));
    }

    @ParameterizedTest(name = "{1} ({2}) → {0}: 403")
    @MethodSource("membersWithoutTheRole")
    void aMemberWithoutTheRoleIsForbidden(Endpoint endpoint, String member, String role) {
        Api.Response r = call(endpoint, Optional.of(member));
        assertEquals(403, r.status(), () -> member + " (" + role + ") → " + endpoint + ": " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), () -> endpoint + ": " + r.contentType());
    }

    /** The table is checked the other way too, on reads: a role it allows is not refused. */
    static Stream<Arguments> membersWithTheRoleOnReads() {
        return tenantOperations().stream()
                .filter(e -> ROLES_ALLOWED.containsKey(e.operation()) && SAFE_METHODS.contains(e.method()))
                .flatMap(e -> A_MEMBERS.entrySet().stream()
                        .filter(m -> ROLES_ALLOWED.get(e.operation()).contains(m.getKey()))
                        .map(m -> Arguments.of(e, m.getValue(), m.getKey())));
    }

    @ParameterizedTest(name = "{1} ({2}) → {0}: allowed")
    @MethodSource("membersWithTheRoleOnReads")
    void aMemberWithTheRoleGetsThrough(Endpoint endpoint, String member, String role) {
        Api.Response r = call(endpoint, Optional.of(member));
        String what = member + " (" + role + ") → " + endpoint + ": " + r.status() + " " + r.body();
        assertNotEquals(401, r.status(), what);
        assertNotEquals(403, r.status(), what);
        assertTrue(r.status() < 500, what);
    }

    static Stream<Endpoint> everyEndpoint() {
        return Stream.concat(tenantOperations().stream(), BELOW_A.stream());
    }

    @ParameterizedTest(name = "anonymous → {0}: 401")
    @MethodSource("everyEndpoint")
    void withoutTokenIsUnauthorized(Endpoint endpoint) {
        Api.Response r = call(endpoint, Optional.empty());
        assertEquals(401, r.status(), () -> "anonymous → " + endpoint + ": " + r.body());
    }

    // ---- what the matrix cannot say by itself ----

    static Stream<Arguments> belowA() {
        return BELOW_A.stream().flatMap(e -> Stream.of("zz-scheme", "zz-viewer", "viewer", "scheme").map(u -> Arguments.of(e, u)));
    }

    @ParameterizedTest(name = "{1} → {0}: 403")
    @MethodSource("belowA")
    void onlyPlatformAdminsAboveMayActBelowATenant(Endpoint endpoint, String user) {
        Api.Response r = call(endpoint, Optional.of(user));
        assertEquals(403, r.status(), r.body());
    }

    @Test
    void aMemberWithoutTheRoleIsForbiddenAndReadsWhatItsRoleAllows() {
        Optional<String> viewer = Optional.of("viewer");
        assertEquals(200, api.get("api/tenants/" + A, viewer).status());
        assertEquals(200, api.get("api/tenants/" + A + "/schemes/" + A_SCHEME, viewer).status());
        assertEquals(403, api.get("api/tenants/" + A + "/audit", viewer).status());
        assertEquals(403, api.post("api/tenants/" + A + "/archive", viewer, "").status());
        // the scheme admin of A reads its audit trail, but does not archive its own tenant
        assertEquals(200, api.get("api/tenants/" + A + "/audit", Optional.of("scheme")).status());
        assertEquals(403, api.post("api/tenants/" + A + "/archive", Optional.of("scheme"), "").status());
    }

    @Test
    void aRefusalSaysWhichRolesWouldDoInTheClerksLanguage() {
        Api.Response r = api.get("api/tenants/" + A + "/audit", Optional.of("viewer"));
        assertEquals(403, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("你在新干县没有以下角色之一：考评办（方案管理员）、平台管理员，不能进行此操作。",
                r.object().getString("detail"));
        Api.Response foreign = api.get("api/tenants/" + A + "/audit", Optional.of("zz-scheme"));
        assertEquals("找不到租户 " + A + "，或你无权查看。", foreign.object().getString("detail"));
    }

    @Test
    void whatDoesNotExistIsNotFoundEvenForThoseWhoMaySeeEverything() {
        Api.Response scheme = api.get("api/tenants/" + A + "/schemes/" + A + "-none-2006", Optional.of("scheme"));
        assertEquals(404, scheme.status(), scheme.body());
        assertTrue(scheme.contentType().startsWith("application/problem+json"));
        assertEquals(404, api.get("api/tenants/atlantis", Optional.of("platform")).status());
        assertEquals(404, api.post("api/tenants/atlantis/archive", Optional.of("platform"), "").status());
    }

    @Test
    void theListShowsOnlyTheCallersTenants() {
        List<String> b = codes(api.get("api/tenants", Optional.of("zz-viewer")));
        assertEquals(List.of("zhangzhou"), b);
        List<String> a = codes(api.get("api/tenants", Optional.of("viewer")));
        assertEquals(List.of(A), a);
        List<String> province = codes(api.get("api/tenants", Optional.of("jx-admin")));
        assertTrue(province.containsAll(List.of("jiangxi", A, "jishui-land")), province.toString());
        assertFalse(province.contains("zhangzhou"), province.toString());
    }

    // ---- reading /openapi ----

    /** Every operation under /api/tenants/{tenant} that the server's OpenAPI document lists, on tenant A. */
    static synchronized List<Endpoint> tenantOperations() {
        if (tenantOperations == null) {
            Api.Response r = new Api(Stack.server()).send("GET", "openapi", Optional.empty(),
                    Map.of("Accept", "application/json"), null);
            assertEquals(200, r.status(), r.body());
            tenantOperations = tenantOperations(r.object());
            assertFalse(tenantOperations.isEmpty(), "/openapi lists no operation under /api/tenants/{tenant}: " + r.body());
        }
        return tenantOperations;
    }

    static List<Endpoint> tenantOperations(JsonObject openapi) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            Matcher m = UNDER_A_TENANT.matcher(path.getKey());
            if (!m.matches()) {
                continue;
            }
            String tenantParameter = m.group(1);
            JsonObject item = path.getValue().asJsonObject();
            for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                Map<String, String> types = pathParameterTypes(item, operation);
                String template = path.getKey();
                String operationKey = method.toUpperCase() + " " + template.replace("{" + tenantParameter + "}", "{tenant}");
                String concrete = template.replace("{" + tenantParameter + "}", A);
                for (Map.Entry<String, String> p : types.entrySet()) {
                    concrete = concrete.replace("{" + p.getKey() + "}", sample(p.getKey(), p.getValue()));
                }
                String[] body = body(operation);
                endpoints.add(new Endpoint(operationKey, method.toUpperCase(), concrete.substring(1), body[0], body[1]));
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** Path parameters by name and schema type, from the path item and the operation. */
    private static Map<String, String> pathParameterTypes(JsonObject item, JsonObject operation) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonObject holder : List.of(item, operation)) {
            if (!holder.containsKey("parameters")) {
                continue;
            }
            for (JsonValue v : holder.getJsonArray("parameters")) {
                JsonObject p = v.asJsonObject();
                if ("path".equals(p.getString("in", ""))) {
                    JsonObject schema = p.containsKey("schema") ? p.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
                    types.put(p.getString("name"), schema.getString("type", "string"));
                }
            }
        }
        return types;
    }

    private static String sample(String name, String type) {
        if (SAMPLE_PARAMETERS.containsKey(name)) {
            return SAMPLE_PARAMETERS.get(name);
        }
        return type.equals("integer") || type.equals("number") ? "1" : "matrix-placeholder";
    }

    /** A content type and a minimal body of that type, or nulls when the operation takes none. */
    private static String[] body(JsonObject operation) {
        if (!operation.containsKey("requestBody") || !operation.getJsonObject("requestBody").containsKey("content")) {
            return new String[] {null, null};
        }
        String type = operation.getJsonObject("requestBody").getJsonObject("content").keySet().stream()
                .findFirst().orElse("application/json");
        if (type.contains("json")) {
            return new String[] {type, "{}"};
        }
        if (type.startsWith("multipart/form-data")) {
            String boundary = "matrix-boundary";
            return new String[] {"multipart/form-data; boundary=" + boundary,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.json\"\r\n"
                            + "Content-Type: application/json\r\n\r\n{}\r\n--" + boundary + "--\r\n"};
        }
        return new String[] {type.contains("*") ? "application/octet-stream" : type, "x"};
    }

    private static Endpoint json(String method, String path, String body) {
        return new Endpoint(method + " " + path, method, path, "application/json", body);
    }

    private Api.Response call(Endpoint e, Optional<String> user) {
        Map<String, String> headers = e.contentType() == null ? Map.of() : Map.of("Content-Type", e.contentType());
        return api.send(e.method(), e.path(), user, headers, e.body());
    }

    private List<String> codes(Api.Response r) {
        assertEquals(200, r.status(), r.body());
        return r.json().asJsonArray().stream().map(JsonValue::asJsonObject).map(t -> t.getString("code")).toList();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
