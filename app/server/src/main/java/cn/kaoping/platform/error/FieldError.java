package cn.kaoping.platform.error;

/** A field of the request (a JSON path such as {@code admin.email}) and the rule its value breaks. */
public record FieldError(String field, String rule) {
}
