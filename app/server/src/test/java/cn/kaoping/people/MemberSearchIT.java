package cn.kaoping.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * 人员分工's search: the 效能办 finds a colleague among the tenant's members (never another
 * tenant's users) by username, name or e-mail, with the roles and places the person holds.
 */
class MemberSearchIT extends DeployedServer {

    static final String TENANT = "api/tenants/xingan";
    static final String RUN = Long.toString(System.currentTimeMillis() % 46_656_000L, 36);

    @Test
    void theSchemeAdminFindsAMemberWithItsRolesAndPlacesAndNobodyOfAnotherTenant() {
        // a new clerk of the 阳光行动 领导小组 (its agency needs a cycle of the scheme)
        String cycle = "ms-" + RUN;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertEquals(201, api.post(TENANT + "/cycles", Optional.of("scheme"), "{\"code\": \"" + cycle + "\", \"name\": \"" + cycle
                + "\", \"scheme\": \"xingan-yangguang-2006\", \"version\": 1, \"entryOpens\": \"" + today + "\", \"entryCloses\": \""
                + today + "\", \"units\": [{\"code\": \"ms" + RUN + "\", \"name\": \"县查找测试局\"}]}").status());
        String clerk = "ms-clerk-" + RUN;
        Api.Response placed = api.post(TENANT + "/assignments", Optional.of("scheme"), "{\"username\": \"" + clerk + "\", \"email\": \""
                + clerk + "@kaoping.example\", \"firstName\": \"查找\", \"lastName\": \"测试" + RUN + "\", \"role\": \"assessor\","
                + " \"agency\": \"县政务“阳光行动”活动领导小组\"}");
        assertEquals(201, placed.status(), placed.body());

        JsonArray byName = find("测试" + RUN, "scheme").json().asJsonArray();
        assertEquals(1, byName.size(), byName.toString());
        JsonObject found = byName.getJsonObject(0);
        assertEquals(clerk, found.getString("username"));
        assertEquals(List.of("assessor"), found.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals("县政务“阳光行动”活动领导小组", found.getJsonArray("places").getJsonObject(0).getString("scope"));

        // the demo reporter by part of its username, case ignored; 漳州's users are not 新干's members
        assertTrue(find("REPORT", "scheme").json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("username").equals("reporter")));
        assertEquals(0, find("zz-", "scheme").json().asJsonArray().size(), "zz-scheme and zz-viewer are 漳州's");

        assertEquals(403, find("report", "viewer").status());
        assertEquals(404, find("report", "zz-scheme").status());
        Api.Response none = api.get(TENANT + "/members", Optional.of("scheme"));
        assertEquals(400, none.status(), none.body());
        assertEquals("search", none.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private Api.Response find(String search, String user) {
        Api.Response r = api.get(TENANT + "/members?search=" + URLEncoder.encode(search, StandardCharsets.UTF_8),
                Optional.of(user));
        if (user.equals("scheme")) {
            assertEquals(200, r.status(), r.body());
        }
        return r;
    }
}
