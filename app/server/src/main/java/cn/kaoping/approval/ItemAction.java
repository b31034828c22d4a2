package cn.kaoping.approval;

import cn.kaoping.platform.error.InputCheck;
import java.util.Optional;

/**
 * A return (退回) or a withdrawal (撤销) of one sign-off, with its reason: the item is the level's
 * sign-off of {@code unit} (and {@code agency}), or of the cycle when neither is given.
 */
public record ItemAction(String level, String unit, String agency, String reason) {

    public ItemAction {
        new InputCheck().text("level", level, 64).optionalText("unit", unit, 64).optionalText("agency", agency, 200)
                .text("reason", reason, 2000)
                .require(agency == null || unit != null, "unit", "is required with an agency: whose entries").orThrow();
    }

    Item item() {
        return new Item(level, Optional.ofNullable(unit), Optional.ofNullable(agency));
    }
}
