package cn.kaoping.people;

import cn.kaoping.platform.security.Role;
import java.util.Arrays;

/**
 * A role with its scope: {@code assessor} of an agency, {@code unit-reporter} of a unit,
 * {@code approver} of an agency or of the tenant, {@code viewer} of the tenant.
 */
public record Place(String role, Kind kind, String scope) {

    /** What a scope names. */
    public enum Kind {
        AGENCY("agency"), UNIT("unit"), TENANT("tenant");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Kind of(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("scope kind " + word));
        }
    }

    /** How the place is named to clerks: 考核员（办公室）. */
    public String label() {
        return Role.label(role) + (kind == Kind.TENANT ? "" : "（" + scope + "）");
    }

    @Override
    public String toString() {
        return role + " of " + kind.word() + (kind == Kind.TENANT ? "" : " " + scope);
    }
}
