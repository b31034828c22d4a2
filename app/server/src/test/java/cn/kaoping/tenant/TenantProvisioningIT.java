package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.devstack.EmbeddedDatabase;
import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.KeycloakAdmin;
import cn.kaoping.it.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A provincial admin brings a county online in one call, against the real Keycloak and
 * PostgreSQL: created once however often it is asked, and all or nothing when a step fails.
 * {@code jx-admin} is the platform admin of the demo tenant 江西省 (tenant-schemes/demo-tenants.json);
 * each test provisions a county of its own below 吉安市.
 */
class TenantProvisioningIT extends DeployedServer {

    private static final Optional<String> PROVINCIAL_ADMIN = Optional.of("jx-admin");
    private static final Optional<String> OPERATOR = Optional.of("platform");

    @Test
    void provisionsACountyFromATemplateFileWithItsKeycloakGroupsAdminAndSchemeCopy() throws Exception {
        String code = newCode();
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)));
        assertEquals(201, r.status(), r.body());
        assertTrue(r.location().orElseThrow().endsWith("/api/tenants/" + code));
        JsonObject tenant = r.object().getJsonObject("tenant");
        assertEquals("峡江县", tenant.getString("name"));
        assertEquals("COUNTY", tenant.getString("level"));
        assertEquals("jian", tenant.getString("parent"));
        assertEquals("jiangxi", tenant.getString("parentTenant"));
        assertEquals("ACTIVE", tenant.getString("status"));
        assertEquals(code + "-yangguang-2026", tenant.getJsonArray("schemes").getJsonObject(0).getString("id"));
        JsonObject account = r.object().getJsonObject("admin");
        assertTrue(account.getBoolean("created"));
        assertEquals(16, account.getString("temporaryPassword").length());

        // Keycloak: the tenant's group with a subgroup per role; the admin must change the password.
        for (String role : List.of("platform-admin", "scheme-admin", "assessor", "approver", "unit-reporter", "viewer")) {
            assertTrue(KeycloakAdmin.group("/tenants/" + code + "/" + role).isPresent(), role);
        }
        UserRepresentation user = KeycloakAdmin.user(code + "-admin").orElseThrow();
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
        assertEquals(List.of("/tenants/" + code + "/scheme-admin"), KeycloakAdmin.groupPaths(user.getId()));

        // PostgreSQL: jurisdiction below 吉安市, the tenant, its copy of the template for 2026.
        assertEquals(1, count("SELECT count(*) FROM jurisdiction j JOIN jurisdiction p ON p.id = j.parent_id "
                + "WHERE j.code = ? AND p.code = 'jian' AND j.level = 'COUNTY'", code));
        assertEquals(1, count("SELECT count(*) FROM tenant WHERE code = ? AND status = 'ACTIVE'", code));
        Api.Response scheme = api.get("api/tenants/" + code + "/schemes/" + code + "-yangguang-2026", PROVINCIAL_ADMIN);
        assertEquals(200, scheme.status(), scheme.body());
        assertEquals(code, scheme.object().getJsonObject("jurisdiction").getString("code"));
        assertEquals(2026, scheme.object().getInt("year"));
        assertEquals(readTemplate().getJsonArray("indicators"), scheme.object().getJsonArray("indicators"));

        // The new admin logs in (after choosing a password) and sees its tenant, and only it.
        KeycloakAdmin.completeFirstLogin(code + "-admin", "first-login-1");
        String token = Api.token(code + "-admin", "first-login-1");
        assertEquals(200, api.get("api/tenants/" + code, token).status());
        assertEquals(404, api.get("api/tenants/xingan", token).status());
        Api.Response audit = api.get("api/tenants/" + code + "/audit", token);
        assertEquals(200, audit.status(), audit.body());
        assertEquals("tenant.provisioned", audit.json().asJsonArray().getJsonObject(0).getString("action"));
    }

    @Test
    void theSameRequestTwiceCreatesOneTenant() throws Exception {
        String code = newCode();
        String key = UUID.randomUUID().toString();
        Map<String, String> idempotent = Map.of("Idempotency-Key", key);
        assertEquals(201, api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)), idempotent).status());
        Api.Response again = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)), idempotent);
        assertEquals(200, again.status(), again.body());
        assertEquals(code, again.object().getJsonObject("tenant").getString("code"));
        Api.Response sameCode = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)));
        assertEquals(200, sameCode.status(), sameCode.body());
        assertEquals(1, count("SELECT count(*) FROM tenant WHERE code = ?", code));
        assertEquals(1, count("SELECT count(*) FROM jurisdiction WHERE code = ?", code));

        Api.Response otherCode = api.post("api/tenants", PROVINCIAL_ADMIN, request(newCode(), "峡江县", admin(code)), idempotent);
        assertEquals(422, otherCode.status(), otherCode.body());
        Api.Response otherName = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "新余县", admin(code)));
        assertEquals(409, otherName.status(), otherName.body());
    }

    @Test
    void anIdempotencyKeyLongerThan200CharactersIsRefusedNamingTheHeader() throws Exception {
        String code = newCode();
        Api.Response tooLong = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)),
                Map.of("Idempotency-Key", "k".repeat(201)));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("Idempotency-Key", tooLong.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertNothingLeft(code);

        Map<String, String> longest = Map.of("Idempotency-Key", UUID.randomUUID() + "k".repeat(164));
        Api.Response first = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)), longest);
        assertEquals(201, first.status(), first.body());
        Api.Response again = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)), longest);
        assertEquals(200, again.status(), again.body());
        assertEquals(first.object().getJsonObject("tenant"), again.object().getJsonObject("tenant"));
        assertEquals(1, count("SELECT count(*) FROM tenant WHERE code = ?", code));
    }

    @Test
    void aKeyReusedWithAnotherBodyIs422AndTheSameBodyAnswersAsTheFirstTime() throws Exception {
        String code = newCode();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response first = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)), key);
        assertEquals(201, first.status(), first.body());

        String otherAdmin = "{\"username\":\"" + code + "-other\",\"email\":\"" + code + "-other@kaoping.example\"}";
        Api.Response anotherAdmin = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", otherAdmin), key);
        assertEquals(422, anotherAdmin.status(), anotherAdmin.body());
        Api.Response anotherTemplate = api.post("api/tenants", PROVINCIAL_ADMIN,
                requestWithTemplate(code, "{\"tenant\":\"xingan\",\"scheme\":\"xingan-yangguang-2006\"}", admin(code)), key);
        assertEquals(422, anotherTemplate.status(), anotherTemplate.body());
        assertTrue(KeycloakAdmin.user(code + "-other").isEmpty());

        Api.Response same = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)), key);
        assertEquals(200, same.status(), same.body());
        assertEquals(first.object().getJsonObject("tenant"), same.object().getJsonObject("tenant"));
    }

    @Test
    void theSameRequestAgainAnswersAsTheFirstTimeWhenItsNameDiffersFromTheRegisteredOne() throws Exception {
        String code = newCode();
        sql("INSERT INTO jurisdiction (code, name, level, parent_id) SELECT '" + code + "', '峡江县(登记名)', 'COUNTY', id "
                + "FROM jurisdiction WHERE code = 'jian'");
        Api.Response first = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)));
        assertEquals(201, first.status(), first.body());
        Api.Response again = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)));
        assertEquals(200, again.status(), again.body());
        assertEquals(first.object().getJsonObject("tenant"), again.object().getJsonObject("tenant"));
        Api.Response otherAdmin = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "新余县",
                "{\"username\":\"" + code + "-other\",\"email\":\"" + code + "-other@kaoping.example\"}"));
        assertEquals(409, otherAdmin.status(), otherAdmin.body());
    }

    /** Whatever the tenant's name, nothing of it goes into a person's name in Keycloak. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"新干县教育局(试点)", "工业园区管委会/招商局", "科技&工信局"})
    void aRealisticNameProvisions(String name) throws Exception {
        String code = newCode();
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, name, admin(code)));
        assertEquals(201, r.status(), r.body());
        assertEquals(name, r.object().getJsonObject("tenant").getString("name"));
        UserRepresentation user = KeycloakAdmin.user(code + "-admin").orElseThrow();
        assertEquals(code + "-admin", user.getFirstName());
        assertEquals(code, user.getLastName());
        assertEquals(List.of(name), KeycloakAdmin.group("/tenants/" + code).orElseThrow().getAttributes().get("name"));
        Api.Response read = api.get("api/tenants/" + code, PROVINCIAL_ADMIN);
        assertEquals(name, read.object().getString("name"));
    }

    @Test
    void anAdminNameKeycloakWouldRefuseIsA400NamingTheField() throws Exception {
        String code = newCode();
        String admin = "{\"username\":\"" + code + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\","
                + "\"firstName\":\"张\",\"lastName\":\"三(试点)\"}";
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin));
        assertEquals(400, r.status(), r.body());
        assertEquals("admin.lastName", r.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertNothingLeft(code);
    }

    /** A failure after each step leaves nothing in Keycloak or PostgreSQL; the retry completes. */
    @ParameterizedTest
    @EnumSource(ProvisioningStep.class)
    void aFailureAfterAnyStepLeavesNothingBehindAndARetryCompletes(ProvisioningStep step) throws Exception {
        String code = newCode();
        Api.Response failed = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)),
                Map.of(FailureInjection.HEADER, step.name()));
        assertEquals(503, failed.status(), failed.body());
        assertTrue(failed.object().getString("detail").contains("nothing was kept"), failed.body());
        assertNothingLeft(code);

        Api.Response retry = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)));
        assertEquals(201, retry.status(), retry.body());
        assertTrue(KeycloakAdmin.group("/tenants/" + code).isPresent());
        assertEquals(1, count("SELECT count(*) FROM tenant WHERE code = ?", code));
    }

    @Test
    void aUsernameOfSomeoneElseIsAConflictAndLeavesNothing() throws Exception {
        String code = newCode();
        // "viewer" exists in the realm with the address viewer@kaoping.example
        String body = request(code, "峡江县", "{\"username\":\"viewer\",\"email\":\"someone-else@kaoping.example\"}");
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, body);
        assertEquals(409, r.status(), r.body());
        assertTrue(KeycloakAdmin.group("/tenants/" + code).isEmpty());
        assertEquals(0, count("SELECT count(*) FROM tenant WHERE code = ?", code));
        assertEquals("viewer@kaoping.example", KeycloakAdmin.user("viewer").orElseThrow().getEmail());
    }

    @Test
    void anEmailOfSomeoneElseIsReportedAsTheEmailAndLeavesNothing() throws Exception {
        String code = newCode();
        // "viewer" has the address viewer@kaoping.example; the username asked for is free
        String body = request(code, "峡江县", "{\"username\":\"" + code + "-admin\",\"email\":\"viewer@kaoping.example\"}");
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, body);
        assertEquals(400, r.status(), r.body());
        assertEquals("admin.email", r.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertNothingLeft(code);
        assertEquals("viewer@kaoping.example", KeycloakAdmin.user("viewer").orElseThrow().getEmail());
    }

    @Test
    void aDatabaseThatRefusesLeavesNothingInKeycloak() throws Exception {
        String code = newCode();
        Api.Response r;
        try {
            sql("REVOKE INSERT ON scheme_version FROM " + EmbeddedDatabase.USER);
            r = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code)));
        } finally {
            sql("GRANT INSERT ON scheme_version TO " + EmbeddedDatabase.USER);
        }
        assertEquals(503, r.status(), r.body());
        assertNothingLeft(code);
    }

    @Test
    void aCountyMayCloneAnotherTenantsSchemeItMaySee() throws Exception {
        String code = newCode();
        String body = requestWithTemplate(code, "{\"tenant\":\"xingan\",\"scheme\":\"xingan-yangguang-2006\"}", admin(code));
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, body);
        assertEquals(201, r.status(), r.body());
        JsonObject scheme = r.object().getJsonObject("tenant").getJsonArray("schemes").getJsonObject(0);
        assertEquals(code + "-yangguang-2026", scheme.getString("id"));
        assertEquals("tenant:xingan/xingan-yangguang-2006", scheme.getString("template"));

        // 漳州 belongs to 福建: the provincial admin of 江西 cannot see it, so it cannot clone it.
        String other = newCode();
        Api.Response hidden = api.post("api/tenants", PROVINCIAL_ADMIN,
                requestWithTemplate(other, "{\"tenant\":\"zhangzhou\",\"scheme\":\"zhangzhou-shizhi-2009\"}", admin(other)));
        assertEquals(404, hidden.status(), hidden.body());
        assertNothingLeft(other);
    }

    @Test
    void aProvincialAdminCannotProvisionOutsideItsProvince() throws Exception {
        String code = newCode();
        String body = "{\"code\":\"" + code + "\",\"name\":\"龙海市\",\"level\":\"COUNTY\",\"parent\":\"zhangzhou\","
                + "\"admin\":" + admin(code) + "}";
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, body);
        assertEquals(403, r.status(), r.body());
        assertNothingLeft(code);
        assertEquals(403, api.post("api/tenants", Optional.of("viewer"), request(newCode(), "峡江县", admin(code))).status());
        assertEquals(401, api.post("api/tenants", Optional.empty(), request(newCode(), "峡江县", admin(code))).status());
    }

    @Test
    void badInputNamesEachFieldAndLeavesNothing() throws Exception {
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN,
                "{\"code\":\"Bad!\",\"name\":\"\",\"level\":\"STATE\",\"parent\":\"jian\",\"admin\":{\"username\":\"x\",\"email\":\"nope\"}}");
        assertEquals(400, r.status(), r.body());
        List<String> fields = r.object().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("admin.email", "admin.username", "code", "level", "name"), fields);

        String code = newCode();
        Api.Response unknown = api.post("api/tenants", PROVINCIAL_ADMIN,
                requestWithTemplate(code, "{\"file\":\"xingan/none-2006.scheme.json\"}", admin(code)));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("template.file", unknown.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertNothingLeft(code);
    }

    @Test
    void archivingTakesAccessFromTheTenantsUsersAndKeepsItReadableAbove() {
        String code = newCode();
        assertEquals(201, api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "峡江县", admin(code))).status());
        KeycloakAdmin.completeFirstLogin(code + "-admin", "first-login-2");
        String own = Api.token(code + "-admin", "first-login-2");
        // read first, so that the tenant's chain and view are kept (TenancyCache) when it is archived
        assertEquals("ACTIVE", api.get("api/tenants/" + code, own).object().getString("status"));
        assertEquals(401, api.post("api/tenants/" + code + "/archive", Optional.empty(), "").status());

        Api.Response byOwnAdmin = api.postWithToken("api/tenants/" + code + "/archive", own);
        assertEquals(403, byOwnAdmin.status(), byOwnAdmin.body());
        Api.Response archived = api.post("api/tenants/" + code + "/archive", PROVINCIAL_ADMIN, "");
        assertEquals(200, archived.status(), archived.body());
        assertEquals("ARCHIVED", archived.object().getString("status"));

        assertEquals(404, api.get("api/tenants/" + code, own).status());
        Api.Response above = api.get("api/tenants/" + code + "/schemes/" + code + "-yangguang-2026", PROVINCIAL_ADMIN);
        assertEquals(200, above.status(), above.body());
        Api.Response byOperator = api.get("api/tenants/" + code, OPERATOR);
        assertEquals(200, byOperator.status(), byOperator.body());
        assertEquals("ARCHIVED", byOperator.object().getString("status"));
    }

    private void assertNothingLeft(String code) throws SQLException {
        assertTrue(KeycloakAdmin.group("/tenants/" + code).isEmpty(), "Keycloak group of " + code);
        assertTrue(KeycloakAdmin.user(code + "-admin").isEmpty(), "Keycloak user of " + code);
        assertEquals(0, count("SELECT count(*) FROM tenant WHERE code = ?", code));
        assertEquals(0, count("SELECT count(*) FROM jurisdiction WHERE code = ?", code));
    }

    private static String request(String code, String name, String admin) {
        return requestWithTemplate(code, "{\"file\":\"xingan/yangguang-2006.scheme.json\"}", admin).replace("峡江县", name);
    }

    private static String requestWithTemplate(String code, String template, String admin) {
        return "{\"code\":\"" + code + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\",\"parent\":\"jian\","
                + "\"template\":" + template + ",\"year\":2026,\"admin\":" + admin + "}";
    }

    private static String admin(String code) {
        return "{\"username\":\"" + code + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\"}";
    }

    private static String newCode() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static JsonObject readTemplate() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("kaoping.root", ".."),
                "tenant-schemes/xingan/yangguang-2006.scheme.json"));
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static long count(String sql, String code) throws SQLException {
        try (Connection c = Stack.database().superuserConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void sql(String sql) throws SQLException {
        try (Connection c = Stack.database().superuserConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
