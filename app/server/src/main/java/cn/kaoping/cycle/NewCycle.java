package cn.kaoping.cycle;

import cn.kaoping.platform.error.InputCheck;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cycle to open: its code (in paths), name, the published scheme version it is bound to, the
 * year (default: the scheme's), its entry window, and units when the scheme lists none.
 */
public record NewCycle(String code, String name, String scheme, Integer version, Integer year, String entryOpens,
                       String entryCloses, List<NewUnit> units) {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public NewCycle {
        InputCheck check = new InputCheck()
                .pattern("code", code, CODE, "must be 1 to 64 lower-case letters, digits or '-'")
                .text("name", name, 200)
                .text("scheme", scheme, 100)
                .require(version != null && version >= 1, "version", "must be the number of a published version of the scheme")
                .require(year == null || year >= 1990 && year <= 2100, "year", "must be a year from 1990 to 2100");
        NewUnit.check(check, "units", units);
        check.orThrow();
    }

    /** The window of the request; 400 naming each bad date. */
    EntryWindow window() {
        return EntryWindow.parse(entryOpens, entryCloses);
    }

    List<NewUnit> unitsOrNone() {
        return units == null ? List.of() : units;
    }
}
