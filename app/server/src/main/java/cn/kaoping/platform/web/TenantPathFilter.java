package cn.kaoping.platform.web;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.AccessibleTenant;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.platform.security.Role;
import cn.kaoping.platform.security.TenantAccess;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where the {@code {tenant}} of a path is resolved and checked, for every resource
 * method whose path has it: 404 when the caller may not see the tenant (as if it did not exist),
 * 403 with the reason when {@link TenantRoles} asks for a role the caller lacks. The tenant is
 * then the request's {@link CurrentTenant}, which the transactions of the request enter.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class TenantPathFilter implements ContainerRequestFilter {

    /** The name of the path parameter of every tenant's resource. */
    public static final String PARAMETER = "tenant";

    @Inject
    TenantAccess access;
    @Inject
    CurrentTenant current;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String code = request.getUriInfo().getPathParameters().getFirst(PARAMETER);
        if (code == null) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        AccessibleTenant tenant = access.visible(code);
        required().ifPresent(roles -> {
            if (!tenant.holdsAnyOf(roles)) {
                throw new DomainException.Refused("你在" + tenant.name() + "没有以下角色之一："
                        + roles.stream().map(Role::label).collect(Collectors.joining("、")) + "，不能进行此操作。");
            }
        });
        current.set(tenant);
    }

    private Optional<Set<String>> required() {
        TenantRoles roles = Optional.ofNullable(resource.getResourceMethod().getAnnotation(TenantRoles.class))
                .orElse(resource.getResourceClass().getAnnotation(TenantRoles.class));
        // in the order declared, so that the refusal names them in that order
        return Optional.ofNullable(roles).map(r -> new LinkedHashSet<>(Arrays.asList(r.value())));
    }
}
