package cn.kaoping.platform.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every broken rule of a request body, so that one 400 names them all. Used in the
 * compact constructors of request records:
 * <pre>{@code new InputCheck().text("name", name, 200).pattern("code", code, CODE, "...").orThrow();}</pre>
 * (Bean Validation annotations on record components break Payara's OpenAPI generator, which
 * reads them as path parameters.)
 */
public final class InputCheck {

    private final List<FieldError> errors = new ArrayList<>();

    /** Present, not blank, at most {@code maxLength} characters. */
    public InputCheck text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public InputCheck pattern(String field, String value, Pattern pattern, String rule) {
        if (value == null || !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, rule));
        }
        return this;
    }

    public InputCheck oneOf(String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
        }
        return this;
    }

    /** A rule that {@code holds} or is broken. */
    public InputCheck require(boolean holds, String field, String rule) {
        if (!holds) {
            errors.add(new FieldError(field, rule));
        }
        return this;
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }
}
