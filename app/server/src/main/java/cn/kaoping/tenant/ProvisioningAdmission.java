package cn.kaoping.tenant;

import cn.kaoping.platform.web.ProblemDetail;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.Semaphore;

/**
 * Admits at most {@link #IN_FLIGHT} provisioning requests into the application at once, before any
 * of their work: a burst beyond that (a province onboarding its counties all at once) is refused at
 * the door with 503 and {@code Retry-After}, without its body read, its access checked or the
 * database asked. The admitted ones queue for {@link ProvisioningService}'s slot as before.
 */
@Provider
@PreMatching
public class ProvisioningAdmission implements ContainerRequestFilter, ContainerResponseFilter {

    /** One provisioning running and a few waiting for it (ProvisioningService.Slots). */
    static final int IN_FLIGHT = 4;
    private static final String ADMITTED = ProvisioningAdmission.class.getName();

    private static final Semaphore ADMITTED_NOW = new Semaphore(IN_FLIGHT);

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !request.getUriInfo().getPath().matches("/?tenants/?")) {
            return;
        }
        if (!ADMITTED_NOW.tryAcquire()) {
            request.abortWith(ProblemDetail.of(503, "Too many tenants are being provisioned at once; nothing was done. "
                    + "The same request may be sent again.").response().header(HttpHeaders.RETRY_AFTER, "5").build());
            return;
        }
        request.setProperty(ADMITTED, Boolean.TRUE);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ADMITTED) != null) {
            request.removeProperty(ADMITTED);
            ADMITTED_NOW.release();
        }
    }
}
