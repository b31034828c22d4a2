package cn.kaoping.scheme;

import java.math.BigDecimal;
import java.util.Arrays;
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

    public static final FactFields NONE = new FactFields(null, null, null, null, new Object[0]);

    /*
     * A fact writes one to three of its kind's fields, which a kind finds by comparing names (the loader's are the
     * catalogue's own strings, found by identity). The first two are kept here, the rest as name, value… pairs:
     * checking 20,000 facts reads a fact, its fields and a value, and each object more in that chain is one more
     * wait for memory (an array of pairs made checking a cycle's facts a tenth slower than fields kept in the fact).
     */
    private final String name0;
    private final Object value0;
    private final String name1;
    private final Object value1;
    private final Object[] more;

    private FactFields(String name0, Object value0, String name1, Object value1, Object[] more) {
        this.name0 = name0;
        this.value0 = value0;
        this.name1 = name1;
        this.value1 = value1;
        this.more = more;
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
            entries[i++] = Objects.requireNonNull(e.getValue(), e.getKey());
        }
        boolean two = entries.length > 2;
        return new FactFields((String) entries[0], entries[1], two ? (String) entries[2] : null, two ? entries[3] : null,
                entries.length > 4 ? Arrays.copyOfRange(entries, 4, entries.length) : NONE.more);
    }

    /** No kind field written: every kind reads its values of {@link #NONE}. */
    public boolean isEmpty() {
        return name0 == null;
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
        if (name0 == null) {
            return Optional.empty();
        }
        if (name0 == name || name0.equals(name)) {
            return Optional.of(type.cast(value0));
        }
        if (name1 != null && (name1 == name || name1.equals(name))) {
            return Optional.of(type.cast(value1));
        }
        for (int i = 0; i < more.length; i += 2) {
            if (more[i] == name || more[i].equals(name)) {
                return Optional.of(type.cast(more[i + 1]));
            }
        }
        return Optional.empty();
    }

    private Map<String, Object> asMap() {
        Map<String, Object> map = new HashMap<>();
        if (name0 != null) {
            map.put(name0, value0);
        }
        if (name1 != null) {
            map.put(name1, value1);
        }
        for (int i = 0; i < more.length; i += 2) {
            map.put((String) more[i], more[i + 1]);
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
