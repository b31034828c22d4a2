package cn.kaoping.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Only Keycloak access tokens ({@code typ} Bearer) are credentials for the API. */
class AccessTokenFilterTest {

    @Test
    void anAccessTokenIsOne() {
        assertTrue(AccessTokenFilter.isAccessToken(token("Bearer")));
        assertTrue(AccessTokenFilter.isAccessToken(token(Json.createValue("Bearer"))));
    }

    @Test
    void idRefreshLogoutAndUntypedTokensAreNot() {
        for (Object typ : new Object[] {"ID", "Refresh", "Logout", "bearer", Json.createValue("ID"), null}) {
            assertFalse(AccessTokenFilter.isAccessToken(token(typ)), String.valueOf(typ));
        }
    }

    private static JsonWebToken token(Object typ) {
        Map<String, Object> claims = new HashMap<>();
        if (typ != null) {
            claims.put("typ", typ);
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
