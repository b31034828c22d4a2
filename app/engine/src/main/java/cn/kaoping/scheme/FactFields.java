package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind-specific fields of a fact as written (what a facts table keeps in one JSON column),
 * each read by the type the kinds describe for it: decimals as {@link BigDecimal}, texts as
 * strings, whole numbers as integers, booleans. The kind of the fact's rule reads its own
 * {@link FactValues} from them.
 */
public final class FactFields {

    public static final FactFields NONE = new FactFields(Map.of());

    /**
     * Each value written, kept as the {@link Optional} a kind reads it as: read for every fact of every
     * check, it is not wrapped again each time.
     */
    private final Map<String, Optional<?>> values;

    public FactFields(Map<String, ?> values) {
        Map<String, Optional<?>> present = new HashMap<>();
        values.forEach((name, value) -> present.put(name, Optional.of(value)));
        this.values = Map.copyOf(present);
    }

    /** No kind field written: every kind reads its values of {@link #NONE}. */
    public boolean isEmpty() {
        return values.isEmpty();
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

    @SuppressWarnings("unchecked")
    private <T> Optional<T> get(FieldDescription field, Class<T> type) {
        Optional<?> v = values.get(field.name());
        if (v == null) {
            return Optional.empty();
        }
        type.cast(v.get());
        return (Optional<T>) v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactFields f && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "FactFields" + values;
    }
}
