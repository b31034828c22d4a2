package cn.kaoping.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A template file name of the wrong shape is a 400 naming {@code template.file}, never a 500. */
class ProvisioningInputIT extends DeployedServer {

    @ParameterizedTest
    @ValueSource(strings = {"a/b.json", "x.json", "a/.scheme.json", "xingan/", "a/b.scheme.jso"})
    void aTemplateFileNameOfTheWrongShapeIs400NamingTheField(String file) {
        String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String request = "{\"code\":\"" + code + "\",\"name\":\"峡江县\",\"level\":\"COUNTY\",\"parent\":\"jian\","
                + "\"template\":{\"file\":\"" + file + "\"},\"year\":2026,"
                + "\"admin\":{\"username\":\"" + code + "-admin\",\"email\":\"" + code + "-admin@kaoping.example\"}}";
        Api.Response r = api.post("api/tenants", Optional.of("jx-admin"), request);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("template.file"), r.body());
    }
}
