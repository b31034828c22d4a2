package cn.kaoping.people;

import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.security.Role;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts a person in a place: an existing Keycloak user by {@code username}, or a new one (then
 * {@code email} is required; the account gets a temporary password and must change it at first
 * login). {@code agency} scopes an assessor or approver, {@code unit} a unit reporter; an
 * approver without an agency approves for the whole tenant, a viewer has no scope.
 */
public record NewAssignment(String username, String email, String firstName, String lastName, String role,
                            String agency, String unit) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Set<String> ROLES = Set.of(Role.ASSESSOR, Role.UNIT_REPORTER, Role.APPROVER, Role.VIEWER);

    public NewAssignment {
        InputCheck check = new InputCheck()
                .pattern("username", username, USERNAME, "must be 3 to 64 lower-case letters, digits, '.', '_' or '-'")
                .optionalText("email", email, 254)
                .require(email == null || EMAIL.matcher(email).matches(), "email", "must be an e-mail address")
                .optionalText("firstName", firstName, 100)
                .optionalText("lastName", lastName, 100)
                .oneOf("role", role, ROLES)
                .optionalText("agency", agency, 200)
                .optionalText("unit", unit, 64);
        if (role != null) {
            check.require(!Role.ASSESSOR.equals(role) || agency != null, "agency", "an assessor needs the agency it scores for")
                    .require(!Role.UNIT_REPORTER.equals(role) || unit != null, "unit", "a unit reporter needs its unit")
                    .require(unit == null || Role.UNIT_REPORTER.equals(role), "unit", "only a unit reporter has a unit")
                    .require(agency == null || Role.ASSESSOR.equals(role) || Role.APPROVER.equals(role), "agency",
                            "only an assessor or an approver has an agency");
        }
        check.orThrow();
    }

    Place place() {
        if (agency != null) {
            return new Place(role, Place.Kind.AGENCY, agency);
        }
        if (unit != null) {
            return new Place(role, Place.Kind.UNIT, unit);
        }
        return new Place(role, Place.Kind.TENANT, "");
    }

    /** The person's display name as Keycloak's tokens write it (first and last name), else the username. */
    String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}
