package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.KeycloakAdmin;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The first admin's account: an existing account becomes a tenant's admin only when the request
 * says so ({@code admin.existing}); what Keycloak refuses in the account is a 400 naming
 * {@code admin}, never a "may be sent again"; and an admin above gets a new one-time password
 * for the tenant's scheme admin when the answer that carried the first one was lost.
 */
class AdminAccountsIT extends DeployedServer {

    private static final Optional<String> PROVINCIAL_ADMIN = Optional.of("jx-admin");

    @Test
    void anExistingAccountIsRefusedUnlessTheRequestSaysExisting() {
        String code = newCode();
        String person = code + "-person";
        KeycloakAdmin.createUser(person, "/tenants/xingan/viewer"); // someone who has an account already
        String admin = "{\"username\":\"" + person + "\",\"email\":\"" + person + "@kaoping.example\"";

        Api.Response refused = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, admin + "}"));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.object().getString("detail").contains("admin.existing"), refused.body());
        assertTrue(KeycloakAdmin.group("/tenants/" + code).isEmpty(), "nothing was provisioned");

        Api.Response adopted = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, admin + ",\"existing\":true}"));
        assertEquals(201, adopted.status(), adopted.body());
        JsonObject account = adopted.object().getJsonObject("admin");
        assertFalse(account.getBoolean("created"));
        assertFalse(account.containsKey("temporaryPassword"), adopted.body());
        String id = KeycloakAdmin.user(person).orElseThrow().getId();
        assertEquals(List.of("/tenants/" + code + "/scheme-admin", "/tenants/xingan/viewer"), KeycloakAdmin.groupPaths(id));
    }

    @Test
    void existingWithoutAnAccountCreatesIt() {
        String code = newCode();
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, request(code,
                "{\"username\":\"" + code + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\",\"existing\":true}"));
        assertEquals(201, r.status(), r.body());
        assertTrue(r.object().getJsonObject("admin").getBoolean("created"));
    }

    /** The realm's password policy (notUsername) refuses it: retrying the same request can never succeed. */
    @Test
    void aPasswordKeycloakRefusesIsA400NamingTheAdmin() {
        String code = newCode();
        Api.Response r = api.post("api/tenants", PROVINCIAL_ADMIN, request(code, "{\"username\":\"" + code
                + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\",\"initialPassword\":\"" + code + "-admin\"}"));
        assertEquals(400, r.status(), r.body());
        assertEquals("admin", r.object().getJsonArray("errors").getJsonObject(0).getString("field"), r.body());
        assertFalse(r.body().contains("sent again"), r.body());
        assertTrue(KeycloakAdmin.group("/tenants/" + code).isEmpty(), "nothing was provisioned");
        assertTrue(KeycloakAdmin.user(code + "-admin").isEmpty(), "nothing was provisioned");
    }

    @Test
    void aLostAnswerIsRecoveredWithANewOneTimePasswordFromAnAdminAbove() {
        String code = newCode();
        String username = code + "-admin";
        assertEquals(201, api.post("api/tenants", PROVINCIAL_ADMIN, request(code,
                "{\"username\":\"" + username + "\",\"email\":\"" + username + "@kaoping.example\"}")).status());
        // the 201 and the password it carried are lost; the same request again answers without it
        String path = "api/tenants/" + code + "/admins/" + username + "/temporary-password";
        Api.Response r = api.post(path, PROVINCIAL_ADMIN, "");
        assertEquals(200, r.status(), r.body());
        String password = r.object().getString("temporaryPassword");
        assertEquals(username, r.object().getString("username"));
        assertTrue(KeycloakAdmin.user(username).orElseThrow().getRequiredActions().contains("UPDATE_PASSWORD"),
                "the new password is to be changed at the next login");

        KeycloakAdmin.dropRequiredActions(username); // what the login page does once the password is changed
        assertEquals(200, api.get("api/tenants/" + code, Api.token(username, password)).status());
        Api.Response again = api.post(path, PROVINCIAL_ADMIN, "");
        assertNotEquals(password, again.object().getString("temporaryPassword"));
        Api.Response audit = api.get("api/tenants/" + code + "/audit", PROVINCIAL_ADMIN);
        assertTrue(audit.body().contains("重置方案管理员 " + username), audit.body());
    }

    @Test
    void onlyAdminsAboveGetANewPasswordAndOnlyForTheTenantsSchemeAdmins() {
        // the demo tenant 新干县: xingan-admin is its scheme admin; viewer holds a role there, zz-scheme does not
        String path = "api/tenants/xingan/admins/xingan-admin/temporary-password";
        assertEquals(403, api.post(path, Optional.of("scheme"), "").status(), "a scheme admin of the tenant itself");
        assertEquals(404, api.post(path, Optional.of("zz-scheme"), "").status(), "another tenant's admin");
        Api.Response notAdmin = api.post("api/tenants/xingan/admins/viewer/temporary-password", PROVINCIAL_ADMIN, "");
        assertEquals(404, notAdmin.status(), notAdmin.body());
        Api.Response noOne = api.post("api/tenants/xingan/admins/no-such-person/temporary-password", PROVINCIAL_ADMIN, "");
        assertEquals(404, noOne.status(), noOne.body());
    }

    private static String request(String code, String admin) {
        return "{\"code\":\"" + code + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\",\"parent\":\"jian\","
                + "\"template\":{\"file\":\"xingan/yangguang-2006.scheme.json\"},\"year\":2026,\"admin\":" + admin + "}";
    }

    private static String newCode() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
