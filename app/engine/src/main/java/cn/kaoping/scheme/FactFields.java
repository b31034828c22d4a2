package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The kind-specific fields of a fact as written (what a facts table keeps in one JSON column),
 * each read by the type the kinds describe for it: decimals as {@link BigDecimal}, texts as
 * strings, whole numbers as integers, booleans. The kind of the fact's rule reads its own
 * {@link FactValues} from them.
 */
public record FactFields(Map<String, Object> values) {

    public static final FactFields NONE = new FactFields(Map.of());

    public FactFields {
        values = Map.copyOf(values);
    }

    public Optional<BigDecimal> decimal(FieldDescription field) {
        return get(field, BigDecimal.class);
    }

    public Optional<String> text(FieldDescription field) {
        return get(field, String.class);
    }

    public Optional<Integer> whole(FieldDescription field) {
        return get(field, Integer.class);
    }

    public Optional<Boolean> bool(FieldDescription field) {
        return get(field, Boolean.class);
    }

    private <T> Optional<T> get(FieldDescription field, Class<T> type) {
        Object v = values.get(field.name());
        return v == null ? Optional.empty() : Optional.of(type.cast(v));
    }
}
