package cn.kaoping.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TenancyCacheTest {

    /** The generation of TenancyChanges as the cache sees it: empty while changes are not heard. */
    private final AtomicReference<OptionalLong> generation = new AtomicReference<>(OptionalLong.of(1));
    private final AtomicInteger reads = new AtomicInteger();
    private final TenancyCache<List<String>> cache = new TenancyCache<>(generation::get, chain -> !chain.isEmpty());

    private List<String> read(List<String> value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsReadOnceWhileItsGenerationHolds() {
        assertEquals(List.of("xingan", "jian"), cache.get("xingan", () -> read(List.of("xingan", "jian"))));
        assertEquals(List.of("xingan", "jian"), cache.get("xingan", () -> read(List.of("changed"))));
        assertEquals(1, reads.get());
    }

    @Test
    void aChangeMakesTheNextGetReadAgain() {
        cache.get("xingan", () -> read(List.of("old")));
        generation.set(OptionalLong.of(2));
        assertEquals(List.of("new"), cache.get("xingan", () -> read(List.of("new"))));
        assertEquals(List.of("new"), cache.get("xingan", () -> read(List.of("newer"))));
        assertEquals(2, reads.get());
    }

    @Test
    void aValueReadWhileAChangeLandsIsNeverServed() {
        // the generation moves on while the value is read: what was read may predate the change
        cache.get("xingan", () -> {
            generation.set(OptionalLong.of(2));
            return read(List.of("maybe old"));
        });
        assertEquals(List.of("new"), cache.get("xingan", () -> read(List.of("new"))));
        assertEquals(2, reads.get());
    }

    @Test
    void nothingIsKeptWhileChangesAreNotHeard() {
        generation.set(OptionalLong.empty());
        cache.get("xingan", () -> read(List.of("a")));
        assertEquals(List.of("b"), cache.get("xingan", () -> read(List.of("b"))));
        generation.set(OptionalLong.of(7));
        assertEquals(List.of("c"), cache.get("xingan", () -> read(List.of("c"))));
        assertEquals(3, reads.get());
    }

    @Test
    void aValueRefusedByKeepIsReadAgain() {
        cache.get("atlantis", () -> read(List.of()));
        cache.get("atlantis", () -> read(List.of()));
        assertEquals(2, reads.get());
    }
}
