package cn.kaoping.platform.web;

import jakarta.annotation.Priority;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets only access tokens reach the API. MicroProfile JWT checks the signature, issuer, expiry
 * and audience ({@code mp.jwt.verify.audiences}), but not what kind of token it is: Keycloak
 * signs ID and refresh tokens with the same keys, telling them apart by the {@code typ} claim
 * ({@code Bearer} for an access token, {@code ID}, {@code Refresh}, …). Any other kind is refused
 * as an invalid token is, with 401, before any role is looked at (which would answer 403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenFilter implements ContainerRequestFilter {

    /** The {@code typ} claim of a Keycloak access token. */
    static final String ACCESS_TOKEN_TYPE = "Bearer";

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken token && !isAccessToken(token)) {
            request.abortWith(Response.fromResponse(ProblemDetail.of(Response.Status.UNAUTHORIZED,
                            "A valid bearer token from the Kaoping realm is required.").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build());
        }
    }

    static boolean isAccessToken(JsonWebToken token) {
        Object typ = token.getClaim("typ");
        String type = typ instanceof JsonString s ? s.getString() : typ == null ? null : typ.toString();
        return ACCESS_TOKEN_TYPE.equals(type);
    }
}
