package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.Problems;
import java.util.Optional;

/** The check every kind makes of the fact fields it cannot do without. */
final class Required {

    private Required() {
    }

    /** Reports {@code facts[i].field: is required by <rule>} when the value is missing; true when present. */
    static boolean field(Fact fact, FieldDescription field, Optional<?> value, String ruleRef, Problems problems) {
        if (value.isEmpty()) {
            problems.add(Problems.field(fact.path(), field.name()), "is required by " + ruleRef);
        }
        return value.isPresent();
    }
}
