package cn.kaoping.platform.persistence;

import cn.kaoping.platform.security.CurrentTenant;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enters the request's tenant in the current transaction. Its priority (APPLICATION) is above the
 * transaction interceptor's (PLATFORM_BEFORE + 200), so it runs inside the transaction.
 */
@InTenant
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class InTenantInterceptor {

    @Inject
    TenantScope scope;
    @Inject
    CurrentTenant current;

    @AroundInvoke
    public Object enter(InvocationContext invocation) throws Exception {
        scope.enter(current.code());
        return invocation.proceed();
    }
}
