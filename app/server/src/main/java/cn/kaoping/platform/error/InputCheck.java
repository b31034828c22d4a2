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
 * reads them as path parameters.) The shape of the body (known fields, JSON types) is checked
 * before, by the web layer's strict reader; here are the rules of the values.
 */
public final class InputCheck {

    /** How much of a value a message may quote. */
    public static final int ECHO_LIMIT = 40;

    private final List<FieldError> errors = new ArrayList<>();

    /** Present, not blank, at most {@code maxLength} characters, nothing invisible (see {@link #visible}). */
    public InputCheck text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else {
            bounded(field, value, maxLength);
        }
        return this;
    }

    /** Absent, or at most {@code maxLength} characters with nothing invisible. */
    public InputCheck optionalText(String field, String value, int maxLength) {
        if (value != null) {
            bounded(field, value, maxLength);
        }
        return this;
    }

    /** Absent or at most {@code maxLength} characters, whatever they are (a password). */
    public InputCheck optionalSecret(String field, String value, int maxLength) {
        if (value != null && value.codePointCount(0, value.length()) > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    private void bounded(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        } else {
            invisible(value).ifPresent(rule -> errors.add(new FieldError(field, rule)));
        }
    }

    /** Matches {@code pattern}, which must bound the length itself (e.g. {@code {1,63}}). */
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

    /**
     * Whether {@code value} is free of characters a reader cannot see or that change how the text
     * around them reads: C0 and C1 controls (tab and line breaks too), format characters (the bidi
     * controls U+200E/U+200F, U+202A–U+202E, U+2066–U+2069, the zero-width U+200B–U+200D, U+2060,
     * U+FEFF), line and paragraph separators, private-use, unassigned and lone surrogate code
     * points. Ordinary CJK, full-width and ASCII punctuation (（）/&·) are visible.
     */
    public static boolean visible(String value) {
        return invisible(value).isEmpty();
    }

    private static java.util.Optional<String> invisible(String value) {
        int index = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (isInvisible(cp)) {
                return java.util.Optional.of(String.format(
                        "must not contain control, bidi, zero-width or unassigned characters (U+%04X at position %d)", cp, index));
            }
            i += Character.charCount(cp);
            index++;
        }
        return java.util.Optional.empty();
    }

    private static boolean isInvisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> cp == 0x200B; // zero-width space: a format character in some Unicode versions, a space in others
        };
    }

    /**
     * A value as a message may quote it: at most {@value #ECHO_LIMIT} characters (then "…"), with
     * invisible characters shown as {@code \\uXXXX}, so that no answer repeats a long or deceptive input.
     */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (count == ECHO_LIMIT) {
                return out.append('…').toString();
            }
            if (isInvisible(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            count++;
        }
        return out.toString();
    }
}
