package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross-tenant matrix: every tenant endpoint of tenant A (新干县, xingan) against the demo
 * users of tenant B (漳州市, zhangzhou: zz-scheme, zz-viewer), a member of A without the role
 * (viewer), and no token. Another tenant's resources are 404, a missing role 403, no token 401 —
 * never a 200 and never a 500. The demo tenants come from tenant-schemes/demo-tenants.json.
 */
class TenantIsolationIT extends DeployedServer {

    /** An endpoint of tenant A. */
    record Endpoint(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String A = "xingan";
    static final String A_SCHEME = "xingan-yangguang-2006";

    static final List<Endpoint> A_ENDPOINTS = List.of(
            new Endpoint("GET", "api/tenants/" + A, null),
            new Endpoint("GET", "api/tenants/" + A + "/schemes/" + A_SCHEME, null),
            new Endpoint("GET", "api/tenants/" + A + "/audit", null),
            new Endpoint("POST", "api/tenants/" + A + "/archive", ""));

    /** Endpoints that act below tenant A's jurisdiction (a 404 there would hide nothing: 403). */
    static final List<Endpoint> BELOW_A = List.of(
            new Endpoint("POST", "api/tenants", "{\"code\":\"matrix-town\",\"name\":\"某乡\",\"level\":\"TOWNSHIP\","
                    + "\"parent\":\"" + A + "\",\"admin\":{\"username\":\"matrix-admin\",\"email\":\"m@kaoping.example\"}}"),
            new Endpoint("POST", "api/jurisdictions/" + A + "/children",
                    "{\"code\":\"matrix-town\",\"name\":\"某乡\",\"level\":\"TOWNSHIP\"}"));

    static Stream<Arguments> otherTenantsUsers() {
        return A_ENDPOINTS.stream().flatMap(e -> Stream.of("zz-scheme", "zz-viewer").map(u -> Arguments.of(e, u)));
    }

    @ParameterizedTest(name = "{1} → {0}: 404")
    @MethodSource("otherTenantsUsers")
    void anotherTenantsUserFindsNothing(Endpoint endpoint, String user) {
        Api.Response r = call(endpoint, Optional.of(user));
        assertEquals(404, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
    }

    static Stream<Arguments> belowA() {
        return BELOW_A.stream().flatMap(e -> Stream.of("zz-scheme", "zz-viewer", "viewer", "scheme").map(u -> Arguments.of(e, u)));
    }

    @ParameterizedTest(name = "{1} → {0}: 403")
    @MethodSource("belowA")
    void onlyPlatformAdminsAboveMayActBelowATenant(Endpoint endpoint, String user) {
        Api.Response r = call(endpoint, Optional.of(user));
        assertEquals(403, r.status(), r.body());
    }

    static Stream<Endpoint> everyEndpoint() {
        return Stream.concat(A_ENDPOINTS.stream(), BELOW_A.stream());
    }

    @ParameterizedTest(name = "anonymous → {0}: 401")
    @MethodSource("everyEndpoint")
    void withoutTokenIsUnauthorized(Endpoint endpoint) {
        assertEquals(401, call(endpoint, Optional.empty()).status());
    }

    @Test
    void aMemberWithoutTheRoleIsForbiddenAndReadsWhatItsRoleAllows() {
        Optional<String> viewer = Optional.of("viewer");
        assertEquals(200, call(A_ENDPOINTS.get(0), viewer).status());
        assertEquals(200, call(A_ENDPOINTS.get(1), viewer).status());
        assertEquals(403, call(A_ENDPOINTS.get(2), viewer).status());
        assertEquals(403, call(A_ENDPOINTS.get(3), viewer).status());
        // the scheme admin of A reads its audit trail, but does not archive its own tenant
        assertEquals(200, call(A_ENDPOINTS.get(2), Optional.of("scheme")).status());
        assertEquals(403, call(A_ENDPOINTS.get(3), Optional.of("scheme")).status());
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

    private List<String> codes(Api.Response r) {
        assertEquals(200, r.status(), r.body());
        return r.json().asJsonArray().stream().map(JsonValue::asJsonObject).map(t -> t.getString("code")).toList();
    }

    private Api.Response call(Endpoint e, Optional<String> user) {
        return e.method().equals("GET") ? api.get(e.path(), user) : api.post(e.path(), user, e.body());
    }
}
