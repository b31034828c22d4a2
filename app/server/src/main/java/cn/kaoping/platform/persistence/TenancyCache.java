package cn.kaoping.platform.persistence;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads of the tenancy tables kept between requests, by key, for as long as the generation of
 * {@link TenancyChanges} they were read in holds. A value is kept under the generation read
 * <em>before</em> it was read: when a change lands while it is being read, the generation has
 * moved on by the time it could be served, and it never is. While changes are not heard, nothing
 * is kept. Only values that {@code keep} accepts are kept (a jurisdiction that does not exist is
 * asked about again), so the keys are bounded by what exists.
 */
public final class TenancyCache<V> {

    private record Kept<V>(long generation, V value) {
    }

    private final Supplier<OptionalLong> generation;
    private final Predicate<V> keep;
    private final ConcurrentHashMap<String, Kept<V>> kept = new ConcurrentHashMap<>();

    public TenancyCache(Supplier<OptionalLong> generation, Predicate<V> keep) {
        this.generation = generation;
        this.keep = keep;
    }

    public V get(String key, Supplier<V> read) {
        OptionalLong now = generation.get();
        if (now.isEmpty()) {
            return read.get();
        }
        Kept<V> k = kept.get(key);
        if (k != null && k.generation() == now.getAsLong()) {
            return k.value();
        }
        V value = read.get();
        if (keep.test(value)) {
            kept.put(key, new Kept<>(now.getAsLong(), value));
        }
        return value;
    }
}
