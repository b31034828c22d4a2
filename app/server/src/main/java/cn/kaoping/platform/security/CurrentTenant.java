package cn.kaoping.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant of the request: set once by the filter of {@code /api/tenants/{tenant}/...} paths
 * (or by a service acting in a tenant it has just checked), read by the tenant scope of every
 * transaction and by the permission rules.
 */
@RequestScoped
public class CurrentTenant {

    private AccessibleTenant tenant;

    public void set(AccessibleTenant tenant) {
        this.tenant = tenant;
    }

    /** The tenant; an error of the server when no filter or service has set one. */
    public AccessibleTenant require() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant in this request: the resource lacks @TenantPath");
        }
        return tenant;
    }

    public String code() {
        return require().code();
    }
}
