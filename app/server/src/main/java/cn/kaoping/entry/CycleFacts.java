package cn.kaoping.entry;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.scheme.Fact;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scheme.ProblemsException;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.scoring.CheckedFacts;
import cn.kaoping.scoring.FactsRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cycle's current facts checked by the engine, kept between requests (for the facts entered
 * next and for the live results) and brought up to date with the new entries only. Entries are
 * append-only, so the entries known and the number of the cycle's entries tell whether the facts
 * are current: the entries after the newest {@value #WINDOW} known ones are read, with that number,
 * in one statement; when the unknown ones among them add up to it and all are first entries of new
 * facts, they are checked against the facts known and added after them. That is the order of a facts
 * file (by fact id) for every unit whose known facts are all older than its new ones — an entry may
 * commit after one with a higher id; an entry older than a known one of its unit, a correction, a
 * withdrawal, or an entry older than the window has all the facts read and checked again. Requests
 * read their new entries side by side and keep the facts that know the most entries; one request at a
 * time reads all the facts again, the others take what it read when it read after they asked. A
 * transaction that has added entries reads its own view, which no other request sees.
 * The least recently used cycles leave when the cache is full.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CycleFacts {

    static final int CAPACITY = 32;
    /** How many of the newest known entries are read again to find the ones that committed late. */
    static final int WINDOW = 128;

    @Inject
    FactEntries entries;
    @Inject
    CurrentTenant tenant;

    /**
     * A cycle's current facts, checked, as of the entries known.
     *
     * @param entries the number of entries known, all of the cycle's when read
     * @param recent  the ids of the newest known entries ({@value #WINDOW} at most), ascending
     * @param newest  per unit, the id of its newest current fact
     * @param readAt  when the entries were read ({@link System#nanoTime})
     */
    public record Checked(long entries, List<Long> recent, Map<String, Long> newest, long readAt, CheckedFacts facts) {

        private long last() {
            return recent.isEmpty() ? 0 : recent.get(recent.size() - 1);
        }

        /** The entry id after which the entries are read: none known below it is read again. */
        private long window() {
            return entries <= WINDOW ? 0 : recent.get(0);
        }

        /** These facts with the new entries' facts added. */
        private Checked with(FactEntries.Since since, List<FactEntries.Since.Row> added, long readAt, CheckedFacts more) {
            TreeSet<Long> ids = new TreeSet<>(recent);
            Map<String, Long> newer = new HashMap<>(newest);
            for (FactEntries.Since.Row r : added) {
                ids.add(r.id());
                newer.merge(r.unit(), r.factId(), Math::max);
            }
            List<Long> kept = List.copyOf(ids);
            return new Checked(since.entries(), kept.subList(Math.max(0, kept.size() - WINDOW), kept.size()), Map.copyOf(newer),
                    readAt, more);
        }
    }

    /** A cycle as bound to its published version (by hash) with the units added to it. */
    private record Key(String tenant, long cycle, String schemeHash, List<Scheme.Unit> addedUnits) {
    }

    /** Where one cycle's facts are kept. */
    private static final class Holder {
        private Checked checked;

        synchronized Checked get() {
            return checked;
        }

        /** Keeps {@code read} unless it knows fewer entries than those kept (entries are only added). */
        synchronized void offer(Checked read) {
            if (checked == null || checked.entries() <= read.entries()) {
                checked = read;
            }
        }
    }

    private final Map<Key, Holder> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Holder> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The cycle's current facts, checked, as committed when this is called (and as this transaction wrote them). */
    public Checked of(BoundCycle cycle) {
        long asked = System.nanoTime();
        Holder holder;
        synchronized (cache) {
            holder = cache.computeIfAbsent(new Key(tenant.code(), cycle.cycle().id(), cycle.schemeHash(), cycle.addedUnits()),
                    k -> new Holder());
        }
        Optional<Checked> known = Optional.ofNullable(holder.get());
        // requests read their new entries side by side (a read of them is one statement and a few facts)
        Optional<Checked> newer = known.flatMap(k -> added(cycle, k));
        if (entries.added()) {
            return newer.orElseGet(() -> all(cycle)); // this transaction's own entries: for it alone
        }
        if (newer.isPresent()) {
            holder.offer(newer.get());
            return newer.get();
        }
        synchronized (holder) { // one request at a time reads all the facts again; the others take what it read after they asked
            if (holder.checked == null || holder.checked.readAt() < asked) {
                holder.checked = all(cycle);
            }
            return holder.checked;
        }
    }

    /** The known facts with the new entries added, when they can be (empty: read them all again). */
    private Optional<Checked> added(BoundCycle cycle, Checked known) {
        long readAt = System.nanoTime();
        FactEntries.Since since = entries.since(cycle.cycle().id(), known.window(), known.last());
        Set<Long> seen = new HashSet<>(known.recent());
        List<FactEntries.Since.Row> unknown = since.rows().stream().filter(r -> !seen.contains(r.id())).toList();
        if (known.entries() + unknown.size() != since.entries() || !appendable(known, unknown)) {
            return Optional.empty();
        }
        if (unknown.isEmpty()) {
            return Optional.of(known.with(since, unknown, readAt, known.facts()));
        }
        // the late ones' facts were not read with the others (the window's are known)
        List<FactEntries.Since.Row> late = unknown.stream().filter(r -> r.id() < known.last()).toList();
        List<FactEntries.Since.Row> added = late.isEmpty() ? unknown : withFacts(unknown, entries.texts(late));
        Loaded<List<Fact>> facts = FactsFile.stored(new FactEntries.Since(since.entries(), added).current(), known.facts().size());
        try {
            return facts.value().map(f -> known.with(since, added, readAt, cycle.prepared().add(known.facts(), f)));
        } catch (FactsRejected e) {
            return Optional.empty(); // checked when entered, refused now: read them all, which says why
        }
    }

    /** All the cycle's facts read and checked. */
    private Checked all(BoundCycle cycle) {
        long readAt = System.nanoTime();
        FactEntries.Since all = entries.since(cycle.cycle().id(), 0);
        try {
            CheckedFacts checked = cycle.prepared().check(FactsFile.load(FactsFile.text(cycle, all.current(), List.of())).orThrow());
            return new Checked(0, List.of(), Map.of(), readAt, checked).with(all, all.rows(), readAt, checked);
        } catch (ProblemsException | IllegalStateException e) {
            // every fact was checked when entered; this is a scheme whose rules need what no cycle gives (fromScheme)
            throw new DomainException.Conflict("本考核年度的事实无法计分：" + e.getMessage());
        }
    }

    /**
     * Whether the new entries come after the known facts as in a facts file: all first entries of
     * new facts, each newer than every known fact of its unit.
     */
    private static boolean appendable(Checked known, List<FactEntries.Since.Row> unknown) {
        return unknown.stream().allMatch(r -> r.action() == FactEntry.Action.ENTERED
                && known.newest().getOrDefault(r.unit(), 0L) < r.factId());
    }

    private static List<FactEntries.Since.Row> withFacts(List<FactEntries.Since.Row> rows, List<FactEntries.Since.Row> late) {
        Map<Long, FactEntries.Since.Row> read = new HashMap<>();
        late.forEach(r -> read.put(r.id(), r));
        return rows.stream().map(r -> read.getOrDefault(r.id(), r)).toList();
    }
}
