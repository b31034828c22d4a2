package cn.kaoping.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tenant roles (see {@link cn.kaoping.platform.security.Role}) of which a caller must hold one
 * to call a resource method under {@code /api/tenants/{tenant}/...}; checked by
 * {@link TenantPathFilter} before the method runs. Without it, every caller who may see the
 * tenant may call the method. Finer rules (which agency, which unit) are the capability's own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface TenantRoles {
    String[] value();
}
