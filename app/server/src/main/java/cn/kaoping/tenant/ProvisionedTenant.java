package cn.kaoping.tenant;

/**
 * The answer to a provisioning request: the tenant, and its first scheme admin with the temporary
 * password when the server generated one (shown once; Keycloak asks for a new one at first login).
 */
public record ProvisionedTenant(TenantView tenant, AdminAccount admin) {

    /** The first scheme admin's account. */
    public record AdminAccount(String username, boolean created, String temporaryPassword) {
    }
}
