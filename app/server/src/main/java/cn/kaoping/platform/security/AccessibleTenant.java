package cn.kaoping.platform.security;

import java.util.Set;

/**
 * A tenant as one caller may use it.
 *
 * @param code   the tenant's code
 * @param name   its jurisdiction's name, for messages
 * @param roles  the roles the caller holds in it, including those held from above (see {@link TenantAccess})
 * @param linkedUnits the units of its cycles that are a tenant the caller is a scheme admin of: the caller reports for them
 */
public record AccessibleTenant(String code, String name, Set<String> roles, Set<String> linkedUnits) {

    public boolean holdsAnyOf(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
