package cn.kaoping.security;

/**
 * The roles a verified Keycloak token may carry in its {@code groups} claim (realm roles of the
 * {@code kaoping} realm, see {@code keycloak/kaoping-realm.json}).
 */
public final class Role {
    /** A provincial admin: provisions and archives tenants below its own jurisdiction. */
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

    private Role() {
    }
}
