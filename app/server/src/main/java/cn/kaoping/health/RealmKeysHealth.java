package cn.kaoping.health;

import cn.kaoping.platform.security.RealmKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Keycloak's state as the API sees it, in {@code /health/ready} as the check {@code keycloak}:
 * {@code keys} is {@code current} (the last fetch of the realm's keys succeeded), {@code kept}
 * (Keycloak did not answer: the last good keys are used, issued tokens keep working, logins and
 * provisioning wait for Keycloak) or {@code none}. Only {@code none} makes the server not ready:
 * without a key it can accept no token at all. A Keycloak that stops after the first fetch leaves
 * the server ready, because every request with a token already issued can still be served.
 */
@Readiness
@ApplicationScoped
public class RealmKeysHealth implements HealthCheck {

    @Inject
    RealmKeys keys;

    @Override
    public HealthCheckResponse call() {
        RealmKeys.State state = keys.state();
        return HealthCheckResponse.named("keycloak").status(state != RealmKeys.State.NONE)
                .withData("keys", state.name().toLowerCase(java.util.Locale.ROOT)).build();
    }
}
