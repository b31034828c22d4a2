package cn.kaoping.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user behind the request, from the verified token: Keycloak subject and display name (all the
 * app keeps of a user, for the audit trail), the realm roles, and the roles held per tenant —
 * the {@code tenant_roles} claim lists group paths {@code /tenants/{code}/{role}}.
 *
 * <p>The token is the principal the container authenticated the request with (MicroProfile JWT
 * makes it the verified {@link JsonWebToken}), read once per request; the injectable
 * {@code JsonWebToken} of MicroProfile JWT, which Payara resolves through the Jakarta Security
 * context (a JNDI lookup and a JACC subject walk each time it is created), is only the fallback
 * outside an HTTP request.
 */
@RequestScoped
public class Caller {

    public static final String TENANT_ROLES_CLAIM = "tenant_roles";
    private static final String TENANT_GROUP_PREFIX = "/tenants/";

    @Inject
    HttpServletRequest request;
    @Inject
    Instance<JsonWebToken> injectedToken;

    private JsonWebToken token;
    private Set<String> groups;
    private Map<String, Set<String>> rolesByTenant;

    private JsonWebToken token() {
        if (token == null) {
            token = principal() instanceof JsonWebToken verified ? verified : injectedToken.get();
        }
        return token;
    }

    private Principal principal() {
        try {
            return request.getUserPrincipal();
        } catch (IllegalStateException outsideAnHttpRequest) {
            return null;
        }
    }

    public String subject() {
        return Optional.ofNullable(token().getSubject()).orElse("anonymous");
    }

    public String displayName() {
        return Optional.ofNullable(token().<String>getClaim("name"))
                .or(() -> Optional.ofNullable(token().<String>getClaim("preferred_username")))
                .orElse(subject());
    }

    /** The caller as the audit trail names it. */
    public Actor actor() {
        return new Actor(subject(), displayName());
    }

    public boolean isOperator() {
        if (groups == null) {
            groups = Optional.ofNullable(token().getGroups()).orElse(Set.of());
        }
        return groups.contains(Role.OPERATOR);
    }

    /** The roles held in one tenant (empty when the caller is not a member). */
    public Set<String> rolesIn(String tenantCode) {
        return tenantRoles().getOrDefault(tenantCode, Set.of());
    }

    /** Every tenant the caller holds a role in, with the roles. */
    public Map<String, Set<String>> tenantRoles() {
        if (rolesByTenant == null) {
            rolesByTenant = rolesByTenant(token().getClaim(TENANT_ROLES_CLAIM));
        }
        return rolesByTenant;
    }

    /**
     * The tenant roles that group paths {@code /tenants/<code>/<role>} say (a token's
     * {@code tenant_roles} claim, or an account's groups in Keycloak), by tenant code.
     */
    public static Map<String, Set<String>> rolesByTenant(Object claim) {
        Map<String, Set<String>> roles = new HashMap<>();
        Iterable<?> paths = claim instanceof JsonArray array ? array : claim instanceof Iterable<?> it ? it : Set.of();
        for (Object value : paths) {
            String path = value instanceof JsonString s ? s.getString() : String.valueOf(value);
            if (!path.startsWith(TENANT_GROUP_PREFIX)) {
                continue;
            }
            String[] parts = path.substring(TENANT_GROUP_PREFIX.length()).split("/");
            if (parts.length == 2 && Role.TENANT_ROLES.contains(parts[1])) {
                roles.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
            }
        }
        return roles;
    }
}
