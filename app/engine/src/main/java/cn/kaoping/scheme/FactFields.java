package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kind-specific fields of a fact as written (what a facts table keeps in one JSON column),
 * each read by the type the kinds describe for it: decimals as {@link BigDecimal}, texts as
 * strings, whole numbers as integers, booleans. The kind of the fact's rule reads its own
 * {@link FactValues} from them.
 */
public final class FactFields {

    public static final FactFields NONE = new FactFields(new Object[0]);

    /**
     * Name, value, name, value…: a fact writes one to three of its kind's fields, which a kind finds by
     * comparing names (the loader's are the catalogue's own strings, found by identity) in fewer steps
     * and fewer objects to load than a map's.
     */
    private final Object[] entries;

    private FactFields(Object[] entries) {
        this.entries = entries;
    }

    /** The fields written; {@link #NONE} when there are none, shared by most counted facts. */
    public static FactFields of(Map<String, ?> written) {
        if (written.isEmpty()) {
            return NONE;
        }
        Object[] entries = new Object[written.size() * 2];
        int i = 0;
        for (Map.Entry<String, ?> e : written.entrySet()) {
            entries[i++] = e.getKey();
            entries[i++] = java.util.Objects.requireNonNull(e.getValue(), e.getKey());
        }
        return new FactFields(entries);
    }

    /** No kind field written: every kind reads its values of {@link #NONE}. */
    public boolean isEmpty() {
        return entries.length == 0;
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
        String name = field.name();
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i] == name || entries[i].equals(name)) {
                return Optional.of(type.cast(entries[i + 1]));
            }
        }
        return Optional.empty();
    }

    private Map<String, Object> asMap() {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactFields f && f.asMap().equals(asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return "FactFields" + asMap();
    }
}
