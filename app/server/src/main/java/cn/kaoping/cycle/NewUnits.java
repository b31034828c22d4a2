package cn.kaoping.cycle;

import cn.kaoping.platform.error.InputCheck;
import java.util.List;

/** Units to add to a cycle whose scheme lists none. */
public record NewUnits(List<NewUnit> units) {

    public NewUnits {
        InputCheck check = new InputCheck().require(units != null && !units.isEmpty(), "units", "must list at least one unit");
        NewUnit.check(check, "units", units);
        check.orThrow();
    }
}
