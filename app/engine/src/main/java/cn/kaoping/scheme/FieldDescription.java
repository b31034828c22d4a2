package cn.kaoping.scheme;

/**
 * One field a rule kind reads, of its parameters or of its facts, in the manner of Keycloak's
 * {@code ProviderConfigProperty}: the name written in the file, its type, whether it must be
 * written, and what it means. Providers keep these as constants and read their fields through
 * them, so that a field is named in one place.
 */
public record FieldDescription(String name, FieldType type, boolean required, String description) {

    public static FieldDescription optional(String name, FieldType type, String description) {
        return new FieldDescription(name, type, false, description);
    }

    public static FieldDescription required(String name, FieldType type, String description) {
        return new FieldDescription(name, type, true, description);
    }
}
