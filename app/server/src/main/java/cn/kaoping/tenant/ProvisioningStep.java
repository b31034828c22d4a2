package cn.kaoping.tenant;

/** The steps of provisioning, in order; each is undone if a later one fails. */
public enum ProvisioningStep {
    /** Keycloak: the tenant's group and its role subgroups. */
    GROUPS,
    /** Keycloak: the first scheme admin's account. */
    ADMIN_USER,
    /** Keycloak: the admin's membership of the tenant's scheme-admin group. */
    MEMBERSHIP,
    /** PostgreSQL: jurisdiction, tenant, scheme copy and audit entry, in one transaction. */
    DATABASE
}
