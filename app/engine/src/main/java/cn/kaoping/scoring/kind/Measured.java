package cn.kaoping.scoring.kind;

import cn.kaoping.scheme.FactValues;
import cn.kaoping.scheme.FieldDescription;
import cn.kaoping.scheme.FieldType;
import java.math.BigDecimal;
import java.util.Optional;

/** The one value a fact of a measuring kind gives: a rate, an achievement, a distance (rate-tiers, proportional, steps). */
public record Measured(Optional<BigDecimal> value) implements FactValues {

    static final FieldDescription VALUE = FieldDescription.required("value", FieldType.Scalar.NUMBER,
            "the value measured: a rate (\"87%\"), a quantity achieved, months overdue…");
}
