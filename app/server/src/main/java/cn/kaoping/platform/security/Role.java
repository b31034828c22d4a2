package cn.kaoping.platform.security;

import java.util.List;

/**
 * Roles. Two realm roles travel in the token's {@code groups} claim: {@link #MEMBER} (every user
 * of the realm) and {@link #OPERATOR} (runs the whole deployment). Every other role is held in a
 * tenant: membership of the Keycloak group {@code /tenants/{code}/{role}}, carried in the
 * {@code tenant_roles} claim (see {@link Caller}).
 */
public final class Role {
    /** Every authenticated user of the realm: the gate of every endpoint. */
    public static final String MEMBER = "member";
    /** Operates the deployment: every tenant, the jurisdiction registry. */
    public static final String OPERATOR = "operator";

    /** A provincial admin: provisions and archives tenants in the subtree of its tenant. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** A 效能办: owns the scheme, units, series, cycles and publication of one tenant. */
    public static final String SCHEME_ADMIN = "scheme-admin";
    /** Enters facts for the indicators of one assessing agency. */
    public static final String ASSESSOR = "assessor";
    /** Signs off an agency's or the tenant's scores. */
    public static final String APPROVER = "approver";
    /** Self-assessment and appeals for one assessed unit. */
    public static final String UNIT_REPORTER = "unit-reporter";
    /** Reads published results. */
    public static final String VIEWER = "viewer";

    /**
     * Not a group: held in a tenant by the platform admins of the tenants above it (and by
     * operators). Archiving a tenant needs it; a tenant's own admins do not hold it.
     */
    public static final String ADMIN_ABOVE = "admin-above";

    /** The roles a user may hold in a tenant, each a Keycloak group below the tenant's group. */
    public static final List<String> TENANT_ROLES =
            List.of(PLATFORM_ADMIN, SCHEME_ADMIN, ASSESSOR, APPROVER, UNIT_REPORTER, VIEWER);

    /** How a role is named to clerks, in refusals. */
    public static String label(String role) {
        return switch (role) {
            case PLATFORM_ADMIN -> "平台管理员";
            case SCHEME_ADMIN -> "考评办（方案管理员）";
            case ASSESSOR -> "考核员";
            case APPROVER -> "审核人";
            case UNIT_REPORTER -> "单位填报员";
            case VIEWER -> "查看者";
            case ADMIN_ABOVE -> "上级租户的平台管理员";
            default -> role;
        };
    }

    private Role() {
    }
}
