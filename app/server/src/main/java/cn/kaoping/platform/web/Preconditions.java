package cn.kaoping.platform.web;

import cn.kaoping.platform.error.DomainException;
import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;

/**
 * The request headers that make a change conditional or repeatable, read one way for every
 * resource: {@code If-Match} (an entity tag {@code "3"} or {@code W/"3"}; {@code *} or none: any
 * version) and {@code Idempotency-Key} (the caller's own, at most 200 characters).
 */
public final class Preconditions {

    /** The longest Idempotency-Key kept. */
    public static final int IDEMPOTENCY_KEY_LIMIT = 200;

    private Preconditions() {
    }

    /** The tag of an {@code If-Match} header, unquoted; empty for none or {@code *}. */
    public static Optional<String> ifMatch(String header) {
        return Optional.ofNullable(header).map(String::strip).filter(v -> !v.isEmpty() && !v.equals("*"))
                .map(v -> v.replaceFirst("^W/", "").replaceAll("^\"|\"$", ""));
    }

    /** The ETag of something versioned by a number (a fact's version, a cycle's or a self-assessment's revision). */
    public static EntityTag versionTag(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** An {@code If-Match} naming a version number; 400 naming the header otherwise. */
    public static Optional<Integer> ifMatchVersion(String header) {
        return ifMatch(header).map(tag -> {
            if (!tag.matches("[0-9]{1,9}")) {
                throw new DomainException.Invalid("If-Match", "must be the version (ETag) last read, e.g. \"3\"");
            }
            return Integer.valueOf(tag);
        });
    }

    /** The Idempotency-Key of a POST, if any; 400 naming the header when it is too long. */
    public static Optional<String> idempotencyKey(String header) {
        if (header != null && header.codePointCount(0, header.length()) > IDEMPOTENCY_KEY_LIMIT) {
            throw new DomainException.Invalid("Idempotency-Key", "must have at most " + IDEMPOTENCY_KEY_LIMIT + " characters");
        }
        return Optional.ofNullable(header).filter(k -> !k.isBlank());
    }
}
