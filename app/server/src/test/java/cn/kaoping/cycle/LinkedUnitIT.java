package cn.kaoping.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import cn.kaoping.it.KeycloakAdmin;
import cn.kaoping.it.Stack;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 (市对县保证目标考评细则, tenant-schemes/anon-city): a city assesses its counties
 * (参评单位: 县(区)、园区). A unit of the city's cycle is linked to the county's own tenant, and the
 * county's scheme admins (its 效能办) then report for that unit — self-assessment, its sheet — in
 * the city's cycle, and for no other unit; they read nothing else of the city. The link must name
 * an active tenant below the city, once per cycle; unlinking takes effect on the next request.
 * Each test provisions a city and counties of its own below 江西省.
 */
class LinkedUnitIT extends DeployedServer {

    private static final Optional<String> PROVINCIAL_ADMIN = Optional.of("jx-admin");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** A city with the seed 001 scheme, two counties below it, and a scheme admin of each. */
    private record Place(String city, String scheme, String county, String otherCounty, String cityAdmin,
                         String countyAdmin, String otherCountyAdmin) {
    }

    private Place provision() {
        Stack.server();
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String city = "c" + run;
        Api.Response c = api.post("api/tenants", PROVINCIAL_ADMIN, tenant(city, "某市" + run, "CITY", "jiangxi",
                ",\"template\":{\"file\":\"anon-city/county-targets.scheme.json\"},\"year\":2026"));
        assertEquals(201, c.status(), c.body());
        String scheme = c.object().getJsonObject("tenant").getJsonArray("schemes").getJsonObject(0).getString("id");
        String county = "k" + run;
        String other = "j" + run;
        assertEquals(201, api.post("api/tenants", PROVINCIAL_ADMIN, tenant(county, "某县" + run, "COUNTY", city, "")).status());
        assertEquals(201, api.post("api/tenants", PROVINCIAL_ADMIN, tenant(other, "另县" + run, "COUNTY", city, "")).status());
        Place p = new Place(city, scheme, county, other, city + "-sa", county + "-sa", other + "-sa");
        KeycloakAdmin.createUser(p.cityAdmin(), "/tenants/" + city + "/scheme-admin");
        KeycloakAdmin.createUser(p.countyAdmin(), "/tenants/" + county + "/scheme-admin");
        KeycloakAdmin.createUser(p.otherCountyAdmin(), "/tenants/" + other + "/scheme-admin");
        return p;
    }

    private static String tenant(String code, String name, String level, String parent, String template) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"" + level + "\",\"parent\":\"" + parent
                + "\"" + template + ",\"admin\":{\"username\":\"" + code + "-admin\",\"email\":\"" + code
                + "-admin@kaoping.example\"}}";
    }

    /** Opens the city's cycle 2026 of the seed 001 scheme (units county-a … county-d). */
    private String open(Place p) {
        Api.Response r = api.post("api/tenants/" + p.city() + "/cycles", Optional.of(p.cityAdmin()),
                "{\"code\": \"2026\", \"name\": \"2026年度市对县保证目标考评\", \"scheme\": \"" + p.scheme()
                        + "\", \"version\": 1, \"entryOpens\": \"" + TODAY.minusDays(5) + "\", \"entryCloses\": \""
                        + TODAY.plusDays(30) + "\"}");
        assertEquals(201, r.status(), r.body());
        return "api/tenants/" + p.city() + "/cycles/2026";
    }

    private Api.Response link(Place p, String cycle, String unit, String tenant) {
        return put(cycle + "/units/" + unit, p.cityAdmin(), "{\"tenant\": " + (tenant == null ? "null" : "\"" + tenant + "\"") + "}");
    }

    private Api.Response put(String path, String user, String json) {
        return api.call("PUT", path, Optional.of(user), Optional.of(json), java.util.Map.of());
    }

    @Test
    void theCountysSchemeAdminReportsForItsUnitInTheCitysCycleAndForNoOther() {
        Place p = provision();
        String cycle = open(p);
        Optional<String> county = Optional.of(p.countyAdmin());
        // before the link, the city does not exist for the county's people
        assertEquals(404, api.get(cycle, county).status());

        Api.Response linked = link(p, cycle, "county-a", p.county());
        assertEquals(200, linked.status(), linked.body());
        assertEquals(p.county(), linked.object().getString("tenant"));
        JsonObject unit = api.get(cycle, Optional.of(p.cityAdmin())).object().getJsonArray("units").stream()
                .map(v -> v.asJsonObject()).filter(u -> u.getString("code").equals("county-a")).findFirst().orElseThrow();
        assertEquals(p.county(), unit.getString("tenant"));

        // the county sees where it is assessed, from its own tenant
        Api.Response assessedIn = api.get("api/tenants/" + p.county() + "/assessed-in", county);
        assertEquals(200, assessedIn.status(), assessedIn.body());
        assertEquals(1, assessedIn.json().asJsonArray().size(), assessedIn.body());
        JsonObject where = assessedIn.json().asJsonArray().getJsonObject(0);
        assertEquals(p.city(), where.getString("tenant"));
        assertEquals("2026", where.getString("cycle"));
        assertEquals("county-a", where.getString("unit"));
        assertEquals("OPEN", where.getString("state"));
        assertEquals(0, api.get("api/tenants/" + p.otherCounty() + "/assessed-in", Optional.of(p.otherCountyAdmin()))
                .json().asJsonArray().size());

        // and reports for it in the city's cycle: its place, its 自评 and its sheet
        assertEquals(200, api.get(cycle, county).status());
        Api.Response places = api.get("api/tenants/" + p.city() + "/assignments/mine", county);
        assertEquals(200, places.status(), places.body());
        assertEquals(1, places.json().asJsonArray().size(), places.body());
        assertEquals("county-a", places.json().asJsonArray().getJsonObject(0).getString("scope"));
        assertEquals("unit-reporter", places.json().asJsonArray().getJsonObject(0).getString("role"));
        Api.Response self = api.get(cycle + "/self-assessments/county-a", county);
        assertEquals(200, self.status(), self.body());
        Api.Response sheet = api.get(cycle + "/results/units/county-a", county);
        assertEquals(200, sheet.status(), sheet.body());
        // another county's unit, and what only the city's own people do, are refused
        assertEquals(403, api.get(cycle + "/self-assessments/county-b", county).status());
        assertEquals(403, api.get(cycle + "/results/units/county-b", county).status());
        assertEquals(403, api.get(cycle + "/results", county).status());
        assertEquals(403, api.post(cycle + "/facts", county, "{\"facts\": []}").status());
        assertEquals(403, api.get("api/tenants/" + p.city() + "/audit", county).status());
        // the other county, not linked, still does not see the city
        assertEquals(404, api.get(cycle, Optional.of(p.otherCountyAdmin())).status());

        // unlinked: on the next request the city is gone for the county
        Api.Response unlinked = link(p, cycle, "county-a", null);
        assertEquals(200, unlinked.status(), unlinked.body());
        assertFalse(unlinked.object().containsKey("tenant"), unlinked.body());
        assertEquals(404, api.get(cycle + "/self-assessments/county-a", county).status());
        assertEquals(0, api.get("api/tenants/" + p.county() + "/assessed-in", county).json().asJsonArray().size());
        Api.Response audit = api.get("api/tenants/" + p.city() + "/audit", Optional.of(p.cityAdmin()));
        assertTrue(audit.body().contains("cycle.unit.linked"), audit.body());
    }

    @Test
    void aLinkMustNameAnActiveTenantBelowTheCityOncePerCycle() {
        Place p = provision();
        String cycle = open(p);
        for (String[] bad : List.of(new String[]{"xingan", "below"}, new String[]{"nosuchtenant", "active tenant"},
                new String[]{p.city(), "below"}, new String[]{"jiangxi", "below"})) {
            Api.Response r = link(p, cycle, "county-a", bad[0]);
            assertEquals(400, r.status(), bad[0] + ": " + r.body());
            JsonObject error = r.object().getJsonArray("errors").getJsonObject(0);
            assertEquals("tenant", error.getString("field"), r.body());
            assertTrue(error.getString("rule").contains(bad[1]), r.body());
        }
        assertEquals(200, link(p, cycle, "county-a", p.county()).status());
        Api.Response twice = link(p, cycle, "county-b", p.county());
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.body().contains("another unit of this cycle"), twice.body());
        // the same link again is no change; an unknown unit is 404; the county may not link
        assertEquals(200, link(p, cycle, "county-a", p.county()).status());
        assertEquals(404, link(p, cycle, "no-such-unit", p.county()).status());
        assertEquals(403, put(cycle + "/units/county-b", p.countyAdmin(), "{\"tenant\": \"" + p.otherCounty() + "\"}").status());
        Api.Response empty = put(cycle + "/units/county-b", p.cityAdmin(), "");
        assertEquals(400, empty.status(), empty.body());
        // nothing of the refused links was kept
        Api.Response detail = api.get(cycle, Optional.of(p.cityAdmin()));
        assertEquals(1, detail.object().getJsonArray("units").stream().filter(u -> u.asJsonObject().containsKey("tenant")).count(),
                detail.body());
        // an archived county's link gives its people nothing in the city
        assertEquals(200, api.get(cycle + "/self-assessments/county-a", Optional.of(p.countyAdmin())).status());
        Api.Response archived = api.post("api/tenants/" + p.county() + "/archive", PROVINCIAL_ADMIN, "");
        assertEquals(200, archived.status(), archived.body());
        assertEquals(404, api.get(cycle + "/self-assessments/county-a", Optional.of(p.countyAdmin())).status());
    }
}
