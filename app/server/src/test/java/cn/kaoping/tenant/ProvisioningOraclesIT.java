package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.KeycloakAdmin;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Provisioning tells a caller nothing of tenants it may not see: neither that a code is taken by
 * a tenant elsewhere (409) nor, through an Idempotency-Key another caller happened to use, which
 * tenant that caller provisioned (422 naming it). {@code jx-admin} administers 江西省; 漳州市 is a
 * tenant of 福建省 that it may not see.
 */
class ProvisioningOraclesIT extends DeployedServer {

    private static final Optional<String> PROVINCIAL_ADMIN = Optional.of("jx-admin");

    @Test
    void aTenantOutsideTheCallersSubtreeIsRefusedAsAnyCodeThereWouldBeNotReportedAsExisting() {
        assertEquals(404, api.get("api/tenants/zhangzhou", PROVINCIAL_ADMIN).status());

        // the existing tenant 漳州市, asked for below a city jx-admin administers
        Api.Response taken = api.post("api/tenants", PROVINCIAL_ADMIN,
                request("zhangzhou", "漳州市", "CITY", "jian"));
        assertEquals(403, taken.status(), taken.body());
        assertFalse(taken.body().contains("漳州市") || taken.body().contains("exists"), taken.body());

        // the same with the name and level changed, and without a parent: the same refusal
        Api.Response renamed = api.post("api/tenants", PROVINCIAL_ADMIN,
                request("zhangzhou", "峡江县", "COUNTY", "jian"));
        assertEquals(403, renamed.status(), renamed.body());
        Api.Response noParent = api.post("api/tenants", PROVINCIAL_ADMIN,
                request("zhangzhou", "漳州市", "CITY", null));
        assertEquals(403, noParent.status(), noParent.body());
        assertEquals(taken.object().getString("detail"), renamed.object().getString("detail"));
        assertEquals(taken.object().getString("detail"), noParent.object().getString("detail"));
    }

    @Test
    void anotherCallersIdempotencyKeyRevealsNothingAndProvisionsAsANewKey() {
        String key = UUID.randomUUID().toString();
        String jiangxiCounty = newCode();
        Api.Response first = api.post("api/tenants", PROVINCIAL_ADMIN,
                request(jiangxiCounty, "峡江县", "COUNTY", "jian"), Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.body());

        // a platform admin of 漳州市, who may not see 江西省's tenants, happens to send the same key
        String fujianAdmin = "zz-platform-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.createUser(fujianAdmin, "/tenants/zhangzhou/platform-admin");
        String fujianCounty = newCode();
        Api.Response other = api.post("api/tenants", Optional.of(fujianAdmin),
                request(fujianCounty, "长泰县", "COUNTY", "zhangzhou"), Map.of("Idempotency-Key", key));
        assertEquals(201, other.status(), other.body());
        assertFalse(other.body().contains(jiangxiCounty), other.body());
        assertEquals(fujianCounty, other.object().getJsonObject("tenant").getString("code"));

        // each caller's key still answers its own request, and is refused for another code (422)
        Api.Response again = api.post("api/tenants", PROVINCIAL_ADMIN,
                request(jiangxiCounty, "峡江县", "COUNTY", "jian"), Map.of("Idempotency-Key", key));
        assertEquals(200, again.status(), again.body());
        Api.Response otherAgain = api.post("api/tenants", Optional.of(fujianAdmin),
                request(fujianCounty, "长泰县", "COUNTY", "zhangzhou"), Map.of("Idempotency-Key", key));
        assertEquals(200, otherAgain.status(), otherAgain.body());
        assertEquals(fujianCounty, otherAgain.object().getJsonObject("tenant").getString("code"));
        Api.Response reused = api.post("api/tenants", Optional.of(fujianAdmin),
                request(newCode(), "长泰县", "COUNTY", "zhangzhou"), Map.of("Idempotency-Key", key));
        assertEquals(422, reused.status(), reused.body());
        assertFalse(reused.body().contains(jiangxiCounty), reused.body());
    }

    private static String request(String code, String name, String level, String parent) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"" + level + "\","
                + (parent == null ? "" : "\"parent\":\"" + parent + "\",")
                + "\"template\":{\"file\":\"xingan/yangguang-2006.scheme.json\"},\"year\":2026,"
                + "\"admin\":{\"username\":\"" + code + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\"}}";
    }

    private static String newCode() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
