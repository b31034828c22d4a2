package cn.kaoping.platform.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every transaction of the annotated bean (or method) runs in the request's tenant
 * ({@link cn.kaoping.platform.security.CurrentTenant}): both walls of {@link TenantScope} are set
 * before the method body runs. Put it beside {@code @Transactional} on the services of a capability.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface InTenant {
}
