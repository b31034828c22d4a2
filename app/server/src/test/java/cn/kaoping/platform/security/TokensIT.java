package cn.kaoping.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaoping.it.Api;
import cn.kaoping.it.DeployedServer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The API accepts the access tokens issued for it and nothing else the realm signs: an ID token
 * (meant for the client that logged in) or the access token of the server's own service account
 * (meant for Keycloak's admin API) is no credential for the API, so it is refused as no token is,
 * with 401, not treated as a caller without roles (403).
 */
class TokensIT extends DeployedServer {

    @Test
    void anAccessTokenOfTheCommandLineClientIsAccepted() {
        assertEquals(200, api.get("api/jurisdictions", Optional.of("viewer")).status());
        assertEquals(200, api.get("api/tenants/xingan", Optional.of("viewer")).status());
    }

    @Test
    void anIdTokenIsRefusedWith401() {
        String idToken = Api.idToken("viewer");
        assertUnauthorized(api.get("api/jurisdictions", idToken));
        assertUnauthorized(api.get("api/tenants/xingan", idToken));
    }

    @Test
    void theServiceAccountTokenOfTheServerIsRefusedWith401() {
        String serviceAccount = Api.serviceAccountToken();
        assertUnauthorized(api.get("api/jurisdictions", serviceAccount));
        assertUnauthorized(api.get("api/tenants/xingan", serviceAccount));
        assertUnauthorized(api.postWithToken("api/tenants/xingan/archive", serviceAccount));
    }

    private static void assertUnauthorized(Api.Response r) {
        assertEquals(401, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(Optional.of("Bearer"), r.header("WWW-Authenticate"));
    }
}
