package cn.kaoping.tenant;

import cn.kaoping.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For the integration tests of all-or-nothing provisioning: the header
 * {@value #HEADER}{@code : <step>} makes provisioning fail right after that step. Honoured only
 * when {@code kaoping.testing.failure-injection=true} (never set in production); ignored otherwise.
 */
@ApplicationScoped
public class FailureInjection {

    public static final String HEADER = "X-Kaoping-Fail-After";

    @Inject
    @ConfigProperty(name = "kaoping.testing.failure-injection", defaultValue = "false")
    boolean enabled;

    public Optional<ProvisioningStep> requested(String header) {
        if (!enabled || header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProvisioningStep.valueOf(header.trim()));
        } catch (IllegalArgumentException e) {
            throw new DomainException.Invalid(HEADER, "must be one of GROUPS, ADMIN_USER, MEMBERSHIP, DATABASE");
        }
    }

    /** The failure thrown after {@code step}. */
    public static final class InjectedFailure extends RuntimeException {
        InjectedFailure(ProvisioningStep step) {
            super("Failure injected after step " + step);
        }
    }
}
