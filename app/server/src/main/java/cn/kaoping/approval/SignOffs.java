package cn.kaoping.approval;

import cn.kaoping.platform.error.FieldError;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sign-offs of one level, many at once (批量签核): {@code items} each name a unit (and, at a level
 * covering an agency's entries, the agency); a level covering the whole cycle takes no items.
 * All are signed or none.
 */
public record SignOffs(String level, List<ItemRef> items) {

    /** The maximum items of one request. */
    static final int MAX_ITEMS = 2000;

    /** One item of the level: a unit, or a unit and an agency. */
    public record ItemRef(String unit, String agency) {
    }

    public SignOffs {
        InputCheck check = new InputCheck().text("level", level, 64)
                .require(items == null || items.size() <= MAX_ITEMS, "items", "must hold at most " + MAX_ITEMS + " items");
        check.orThrow();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            ItemRef ref = items.get(i);
            if (ref == null || ref.unit() == null || ref.unit().isBlank()) {
                errors.add(new FieldError("items[" + i + "].unit", "is required: the unit whose sheet or entries are signed"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        items = items == null ? List.of() : List.copyOf(items);
    }

    Item item(int i) {
        ItemRef ref = items.get(i);
        return new Item(level, Optional.of(ref.unit()), Optional.ofNullable(ref.agency()).filter(a -> !a.isBlank()));
    }
}
