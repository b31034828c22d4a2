package cn.kaoping.health;

import cn.kaoping.tenant.DemoTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** When demo tenants are wanted, the server is ready once they are provisioned. */
@Readiness
@ApplicationScoped
public class DemoTenantsReadiness implements HealthCheck {

    @Inject
    DemoTenants demo;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo-tenants").status(demo.done()).build();
    }
}
