package cn.kaoping.platform.web;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.FieldError;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves the API as {@code application/problem+json}. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Errors JAX-RS raises itself: 404, 405, 415, and 403 from {@code @RolesAllowed}. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        SecurityContext security;

        @Override
        public Response toResponse(WebApplicationException e) {
            int code = e.getResponse().getStatus();
            Response.Status status = Response.Status.fromStatusCode(code);
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            if (e instanceof NotAuthorizedException || (e instanceof ForbiddenException && anonymous)) {
                // @RolesAllowed answers 403 to a caller without a token; the caller is unauthenticated: 401.
                return Response.fromResponse(ProblemDetail.of(Response.Status.UNAUTHORIZED,
                                "A valid bearer token from the Kaoping realm is required.").toResponse())
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .build();
            }
            String title = ProblemDetail.titleOf(code);
            // JAX-RS's own messages ("HTTP 403 Forbidden") say nothing the status does not
            boolean generic = e.getMessage() == null || e.getMessage().startsWith("HTTP " + code);
            String detail = !generic ? e.getMessage()
                    : status == Response.Status.FORBIDDEN ? "Your roles do not allow this request." : title;
            return ProblemDetail.of(code, detail).toResponse();
        }
    }

    /** The domain's own errors: the one place that gives each kind its HTTP status. */
    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        private static final Logger LOG = Logger.getLogger(Domain.class.getName());

        @Override
        public Response toResponse(DomainException e) {
            return toProblem(e);
        }

        static Response toProblem(DomainException e) {
            if (e instanceof DomainException.Invalid invalid) {
                return ProblemDetail.invalid(invalid.errors()).toResponse();
            }
            if (e instanceof DomainException.NotFound) {
                return ProblemDetail.of(404, e.getMessage()).toResponse();
            }
            if (e instanceof DomainException.Refused) {
                return ProblemDetail.of(403, e.getMessage()).toResponse();
            }
            if (e instanceof DomainException.Conflict conflict) {
                if (conflict.keyReused()) {
                    return ProblemDetail.of(422, e.getMessage()).toResponse();
                }
                return conflict.currentVersion()
                        .map(v -> new ProblemDetail("about:blank", ProblemDetail.titleOf(409), 409, e.getMessage(), null, v)
                                .response().tag(v).build())
                        .orElseGet(() -> ProblemDetail.of(409, e.getMessage()).toResponse());
            }
            DomainException.Unavailable unavailable = (DomainException.Unavailable) e; // the sealed set's last kind
            LOG.log(Level.WARNING, "Unavailable: " + e.getMessage(), e.getCause());
            Response.ResponseBuilder r = ProblemDetail.of(503, e.getMessage()).response();
            // every 503 says when to try again, also when the code raising it did not say
            Duration retryAfter = unavailable.retryAfter().orElse(RETRY_AFTER);
            r.header(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()));
            return r.build();
        }
    }

    /** How long a client should wait before trying again when a dependency did not answer. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * 503 with {@code Retry-After} when {@code e} comes from PostgreSQL or Keycloak not answering
     * in time (see {@link DependencyFailure}); what failed goes to the log, not to the client.
     */
    static Optional<Response> unavailable(Throwable e) {
        return DependencyFailure.of(e).map(what -> Domain.toProblem(new DomainException.Unavailable(
                "The request could not be completed because " + what + " did not answer in time. Try again shortly.",
                Optional.of(RETRY_AFTER), e)));
    }

    /** A body that is not JSON of the expected shape. */
    @Provider
    public static class Json implements ExceptionMapper<ProcessingException> {
        private static final Logger LOG = Logger.getLogger(Json.class.getName());

        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException domain) {
                    // thrown by a request record's constructor while JSON-B builds it
                    return Domain.toProblem(domain);
                }
            }
            Optional<Response> unavailable = unavailable(e);
            if (unavailable.isPresent()) {
                return unavailable.get();
            }
            if (causedByJsonb(e)) {
                return ProblemDetail.invalid(List.of(new FieldError("body", "must be a JSON object of the documented shape")))
                        .toResponse();
            }
            LOG.log(Level.SEVERE, "Request processing failed", e);
            return ProblemDetail.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not process the request.").toResponse();
        }

        private static boolean causedByJsonb(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Anything else is our fault: logged in full, answered without internals. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            Optional<Response> unavailable = unavailable(e);
            if (unavailable.isPresent()) {
                return unavailable.get();
            }
            LOG.log(Level.SEVERE, "Unexpected error", e);
            return ProblemDetail.of(Response.Status.INTERNAL_SERVER_ERROR, "The server could not process the request.").toResponse();
        }
    }
}
