package cn.kaoping.tenant;

import cn.kaoping.platform.error.InputCheck;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request to bring a jurisdiction online as a tenant: its code, name, level and parent
 * jurisdiction, the template its first scheme is cloned from, and its first scheme admin.
 *
 * @param template {@code {"file": "xingan/yangguang-2006.scheme.json"}} or
 *                 {@code {"tenant": "xingan", "scheme": "xingan-yangguang-2006"}}; optional (a tenant
 *                 that only administers others, like a province)
 * @param year     the year of the copy; required with a template
 */
public record ProvisionTenant(String code, String name, String level, String parent,
                              Template template, Integer year, Admin admin) {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** What Keycloak refuses in a person's name (its person-name-prohibited-characters validator). */
    private static final Pattern PERSON_NAME = Pattern.compile("[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]*");
    private static final Set<String> LEVELS = Set.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "ORGANISATION");

    /** Where the first scheme comes from: exactly one of a file or another tenant's scheme. */
    public record Template(String file, String tenant, String scheme) {
    }

    /**
     * The first scheme admin; {@code initialPassword} is temporary (changed at first login).
     * {@code existing}: {@code true} allows an account that exists already (with this username and
     * e-mail) to become the tenant's admin; without it such an account is refused (409), so that no
     * one is made the admin of a tenant by a typing mistake. When absent, the account is created
     * either way.
     */
    public record Admin(String username, String email, String firstName, String lastName, String initialPassword,
                        Boolean existing) {

        public boolean mayBeExisting() {
            return Boolean.TRUE.equals(existing);
        }
    }

    public ProvisionTenant {
        InputCheck check = new InputCheck()
                .pattern("code", code, CODE, "must be 2 to 64 lower-case letters, digits or '-', starting with a letter")
                .text("name", name, 200)
                .oneOf("level", level, LEVELS);
        if (parent != null) {
            check.pattern("parent", parent, CODE, "must be the code of an existing jurisdiction");
        }
        check.require(admin != null, "admin", "must name the first scheme admin (username, email)");
        if (admin != null) {
            check.pattern("admin.username", admin.username(), USERNAME,
                            "must be 3 to 64 lower-case letters, digits, '.', '_' or '-'")
                    .text("admin.email", admin.email(), 254)
                    .pattern("admin.email", admin.email(), EMAIL, "must be an e-mail address")
                    .optionalText("admin.firstName", admin.firstName(), 100)
                    .optionalText("admin.lastName", admin.lastName(), 100)
                    .require(admin.firstName() == null || PERSON_NAME.matcher(admin.firstName()).matches(),
                            "admin.firstName", "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )")
                    .require(admin.lastName() == null || PERSON_NAME.matcher(admin.lastName()).matches(),
                            "admin.lastName", "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )")
                    .optionalSecret("admin.initialPassword", admin.initialPassword(), 128)
                    .require(admin.initialPassword() == null || admin.initialPassword().length() >= 4,
                            "admin.initialPassword", "must have at least 4 characters");
        }
        if (template != null) {
            check.optionalText("template.file", template.file(), 200)
                    .optionalText("template.tenant", template.tenant(), 64)
                    .optionalText("template.scheme", template.scheme(), 128);
            boolean valid = template.file() != null
                    ? template.tenant() == null && template.scheme() == null
                    : template.tenant() != null && template.scheme() != null;
            check.require(valid, "template",
                            "must name either a file, or a tenant and its scheme")
                    .require(year != null && year >= 1990 && year <= 2100, "year",
                            "must be the year of the scheme copy (1990 to 2100)");
        }
        check.orThrow();
    }

    /**
     * What this request asks for, as a SHA-256 (hex) of its fields, to recognise the same request
     * sent again with the same Idempotency-Key. The initial password is left out: it is not kept.
     */
    public String digest() {
        StringBuilder b = new StringBuilder();
        for (Object field : new Object[]{code, name, level, parent,
                template == null ? null : template.file(), template == null ? null : template.tenant(),
                template == null ? null : template.scheme(), year,
                admin.username(), admin.email().toLowerCase(java.util.Locale.ROOT), admin.firstName(), admin.lastName()}) {
            b.append(field == null ? "\u0001" : field.toString()).append('\u0000');
        }
        if (admin.mayBeExisting()) { // only then, so that digests stored before this field existed stay equal
            b.append("existing");
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Optional<Template> templateRequested() {
        return Optional.ofNullable(template);
    }

    /** The admin's first name as given, else its username (letters, digits, '.', '_', '-': always accepted). */
    public String adminFirstName() {
        return Optional.ofNullable(admin.firstName()).filter(s -> !s.isBlank()).orElse(admin.username());
    }

    /**
     * The admin's last name as given, else the tenant's code: never the tenant's name, whose
     * brackets, slashes or ampersands (新干县教育局(试点), 科技&工信局) Keycloak refuses in a
     * person's name.
     */
    public String adminLastName() {
        return Optional.ofNullable(admin.lastName()).filter(s -> !s.isBlank()).orElse(code);
    }
}
