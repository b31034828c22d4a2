package cn.kaoping.cycle;

import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.scheme.Scheme;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unit added to a cycle whose scheme lists none: code, name, optional series (one of the
 * scheme's) and 扎口科室, and optionally the tenant it is (a county of a city's cycle).
 */
public record NewUnit(String code, String name, String series, String collectedBy, String tenant) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    static void check(InputCheck check, String field, List<NewUnit> units) {
        if (units == null) {
            return;
        }
        check.require(units.size() <= 2000, field, "must list at most 2000 units");
        for (int i = 0; i < units.size(); i++) {
            NewUnit u = units.get(i);
            String path = field + "[" + i + "]";
            check.require(u != null, path, "must be a unit");
            if (u != null) {
                check.pattern(path + ".code", u.code(), CODE, "must be 1 to 64 letters, digits, '.', '_' or '-'")
                        .text(path + ".name", u.name(), 200)
                        .optionalText(path + ".series", u.series(), 64)
                        .optionalText(path + ".collectedBy", u.collectedBy(), 200)
                        .optionalText(path + ".tenant", u.tenant(), 64);
            }
        }
    }

    Scheme.Unit unit() {
        return new Scheme.Unit(code, name, Optional.ofNullable(series), Optional.ofNullable(collectedBy));
    }
}
