package cn.kaoping.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
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
 */
@RequestScoped
public class Caller {

    public static final String TENANT_ROLES_CLAIM = "tenant_roles";
    private static final String TENANT_GROUP_PREFIX = "/tenants/";

    @Inject
    JsonWebToken token;

    private Map<String, Set<String>> rolesByTenant;

    public String subject() {
        return Optional.ofNullable(token.getSubject()).orElse("anonymous");
    }

    public String displayName() {
        return Optional.ofNullable(token.<String>getClaim("name"))
                .or(() -> Optional.ofNullable(token.<String>getClaim("preferred_username")))
                .orElse(subject());
    }

    /** The caller as the audit trail names it. */
    public Actor actor() {
        return new Actor(subject(), displayName());
    }

    public boolean isOperator() {
        return token.getGroups() != null && token.getGroups().contains(Role.OPERATOR);
    }

    /** The roles held in one tenant (empty when the caller is not a member). */
    public Set<String> rolesIn(String tenantCode) {
        return tenantRoles().getOrDefault(tenantCode, Set.of());
    }

    /** Every tenant the caller holds a role in, with the roles. */
    public Map<String, Set<String>> tenantRoles() {
        if (rolesByTenant == null) {
            rolesByTenant = parse(token.getClaim(TENANT_ROLES_CLAIM));
        }
        return rolesByTenant;
    }

    static Map<String, Set<String>> parse(Object claim) {
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
