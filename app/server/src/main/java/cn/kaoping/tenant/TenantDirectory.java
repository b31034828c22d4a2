package cn.kaoping.tenant;

/**
 * The identity side of tenants (Keycloak): a group {@code /tenants/{code}} with one subgroup per
 * tenant role, and users who are members of those subgroups. Every operation is idempotent, and
 * says whether it changed anything, so that provisioning can undo exactly what it did.
 */
public interface TenantDirectory {

    /** The tenant's group and its role subgroups; {@code created} when the group is new. */
    Change<String> ensureTenantGroups(String tenantCode, String tenantName);

    /**
     * The user with this username, created with a temporary password and a required password
     * change when absent. An existing user with another e-mail address is someone else.
     *
     * @throws UsernameTakenException when the username belongs to someone else
     */
    Change<String> ensureUser(NewUser user) throws UsernameTakenException;

    /** Makes the user a member of {@code /tenants/{code}/{role}}. */
    Change<String> grant(String userId, String tenantCode, String role);

    /** The id of an existing user, for granting roles to people who already have an account. */
    java.util.Optional<String> userId(String username);

    void revoke(String userId, String tenantCode, String role);

    void deleteUser(String userId);

    void deleteTenantGroups(String tenantCode);

    /** Whether the tenant's group exists (for tests and diagnostics). */
    boolean hasTenantGroups(String tenantCode);

    /** What went wrong, when {@code e} was raised by the directory (unreachable, or an error answer). */
    java.util.Optional<String> failureCause(RuntimeException e);

    /** A value, and whether the call created it. */
    record Change<T>(T value, boolean created) {
    }

    /** A user to create: the first scheme admin of a tenant. */
    record NewUser(String username, String email, String firstName, String lastName, String temporaryPassword) {
    }

    /** The username is in use by an account with another e-mail address. */
    class UsernameTakenException extends Exception {
        public UsernameTakenException(String username) {
            super("The username '" + username + "' belongs to another account.");
        }
    }
}
