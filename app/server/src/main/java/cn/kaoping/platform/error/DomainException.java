package cn.kaoping.platform.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The errors the domain raises. It names what went wrong in its own words; the web layer alone
 * decides how each kind leaves the API (see {@code cn.kaoping.platform.web.ProblemMappers}).
 * The messages of {@link Refused} and {@link NotFound} are shown to clerks: Chinese, and saying
 * what they can do about it.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.Invalid, DomainException.NotFound, DomainException.Refused,
        DomainException.Conflict, DomainException.Unavailable {

    /** Where in the request the error is (the i-th item of a batch), once said. */
    private Optional<String> place = Optional.empty();

    private DomainException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Says where in the request the error is, e.g. {@code items[2]} of a batch: the message begins
     * with it, and an invalid field is named below it ({@code items[2].unit}).
     */
    public DomainException at(String where) {
        this.place = Optional.of(where);
        return this;
    }

    Optional<String> place() {
        return place;
    }

    @Override
    public String getMessage() {
        return place.map(p -> p + "：" + super.getMessage()).orElseGet(super::getMessage);
    }

    /** Input that breaks rules: every field with its rule. */
    public static final class Invalid extends DomainException {
        private final List<FieldError> errors;

        public Invalid(List<FieldError> errors) {
            super(errors.toString(), null);
            this.errors = List.copyOf(errors);
        }

        public Invalid(String field, String rule) {
            this(List.of(new FieldError(field, rule)));
        }

        public List<FieldError> errors() {
            return place().map(p -> errors.stream().map(e -> new FieldError(p + "." + e.field(), e.rule())).toList())
                    .orElse(errors);
        }
    }

    /** What the caller asked for does not exist, or the caller may not know that it exists. */
    public static final class NotFound extends DomainException {
        public NotFound(String message) {
            super(message, null);
        }
    }

    /** The caller may not do this; the message says why, so that a clerk can act on it. */
    public static final class Refused extends DomainException {
        public Refused(String reason) {
            super(reason, null);
        }
    }

    /** The request clashes with the current state (exists already, changed meanwhile, published). */
    public static final class Conflict extends DomainException {
        private final Optional<String> currentVersion;
        private final boolean keyReused;

        public Conflict(String message) {
            this(message, Optional.empty());
        }

        public Conflict(String message, Optional<String> currentVersion) {
            this(message, currentVersion, false);
        }

        private Conflict(String message, Optional<String> currentVersion, boolean keyReused) {
            super(message, null);
            this.currentVersion = currentVersion;
            this.keyReused = keyReused;
        }

        /** An Idempotency-Key sent again with another request than the first. */
        public static Conflict keyReused(String message) {
            return new Conflict(message, Optional.empty(), true);
        }

        public boolean keyReused() {
            return keyReused;
        }

        /** The version the caller should have sent, when the conflict is a stale version. */
        public Optional<String> currentVersion() {
            return currentVersion;
        }
    }

    /** A dependency (PostgreSQL, Keycloak) cannot serve now; the same request may succeed later. */
    public static final class Unavailable extends DomainException {
        private final Optional<Duration> retryAfter;

        public Unavailable(String message, Optional<Duration> retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return retryAfter;
        }
    }
}
