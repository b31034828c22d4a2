package cn.kaoping.jurisdiction;

import cn.kaoping.platform.error.InputCheck;
import java.util.Set;
import java.util.regex.Pattern;

/** The body of a request to establish a jurisdiction below another; it checks itself. */
public record NewJurisdiction(String code, String name, String level) {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Set<String> CHILD_LEVELS = Set.of("CITY", "COUNTY", "TOWNSHIP", "ORGANISATION");

    public NewJurisdiction {
        new InputCheck()
                .pattern("code", code, CODE, "must be 2 to 64 lower-case letters, digits or '-', starting with a letter")
                .text("name", name, 200)
                .oneOf("level", level, CHILD_LEVELS)
                .orThrow();
    }

    JurisdictionLevel levelValue() {
        return JurisdictionLevel.valueOf(level);
    }
}
