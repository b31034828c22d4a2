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
     * Creates the user with a temporary password and a required password change, a member of
     * {@code /tenants/{code}/{role}} of {@link NewUser#tenantCode()} and {@link NewUser#role()} from the start (one request
     * to the identity provider, not four).
     *
     * @throws UsernameTakenException when the username or the e-mail address is another account's
     * @throws AccountRefusedException when Keycloak refuses the account as given (its message says why)
     */
    String createUser(NewUser user) throws UsernameTakenException, AccountRefusedException;

    /** The account with this username, if there is one. */
    java.util.Optional<Account> account(String username);

    /** Gives the user a new temporary password, to be changed at the next login. */
    void resetTemporaryPassword(String userId, String temporaryPassword) throws AccountRefusedException;

    /** Makes the user a member of {@code /tenants/{code}/{role}}. */
    Change<String> grant(String userId, String tenantCode, String role);

    /** The id of an existing user, for granting roles to people who already have an account. */
    default java.util.Optional<String> userId(String username) {
        return account(username).map(Account::id);
    }

    void revoke(String userId, String tenantCode, String role);

    /**
     * The tenant's members (of any of its role groups) whose username, name or e-mail contains
     * {@code search} (ignoring case), at most {@code max}, each with its roles in the tenant.
     */
    java.util.List<Member> members(String tenantCode, String search, int max);

    void deleteUser(String userId);

    void deleteTenantGroups(String tenantCode);

    /** Whether the tenant's group exists (for tests and diagnostics). */
    boolean hasTenantGroups(String tenantCode);

    /** What went wrong, when {@code e} was raised by the directory (unreachable, or an error answer). */
    java.util.Optional<String> failureCause(RuntimeException e);

    /** A value, and whether the call created it. */
    record Change<T>(T value, boolean created) {
    }

    /** A member of a tenant: its account and the tenant roles it holds. */
    record Member(String id, String username, String name, String email, java.util.Set<String> roles) {
    }

    /** A user to create, with the tenant role it holds first (the first scheme admin of a tenant, a colleague given a place). */
    record NewUser(String username, String email, String firstName, String lastName, String temporaryPassword,
                   String tenantCode, String role) {
    }

    /** An existing account: its e-mail, and the roles it holds, by tenant code. */
    record Account(String id, String email, java.util.Map<String, java.util.Set<String>> tenantRoles) {

        public boolean holds(String tenantCode, String role) {
            return tenantRoles.getOrDefault(tenantCode, java.util.Set.of()).contains(role);
        }
    }

    /** Keycloak refused the account as given (a password policy, a user profile rule). */
    class AccountRefusedException extends Exception {
        public AccountRefusedException(String why) {
            super(why);
        }
    }

    /** The username is in use by an account with another e-mail address. */
    class UsernameTakenException extends Exception {
        public UsernameTakenException(String username) {
            super("The username '" + username + "' belongs to another account.");
        }
    }
}
