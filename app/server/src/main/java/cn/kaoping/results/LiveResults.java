package cn.kaoping.results;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.entry.FactEntries;
import cn.kaoping.entry.FactsFile;
import cn.kaoping.entry.StoredFact;
import cn.kaoping.platform.error.DomainException;
import cn.kaoping.scheme.FactSet;
import cn.kaoping.scheme.Loaded;
import cn.kaoping.scoring.CheckedFacts;
import cn.kaoping.scoring.FactsRejected;
import cn.kaoping.scoring.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cycle's facts scored by the engine, kept fresh: the scoring of a cycle is kept by its facts'
 * stamp (newest entry and number of entries, read with one query per request) and its scheme
 * version's hash, so any new entry, correction or withdrawal makes the next read score afresh,
 * on any server. The least recently used cycles leave when the cache is full.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveResults {

    static final int CAPACITY = 32;

    @Inject
    FactEntries entries;

    /** A cycle's facts as of one stamp, checked and filed by the engine, with the standings. */
    public record Scored(FactSet facts, CheckedFacts checked, Standings standings, List<StoredFact> stored) {
    }

    private record Key(String tenant, long cycle, FactEntries.Stamp stamp, String schemeHash) {
    }

    private final Map<Key, Scored> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Scored> eldest) {
            return size() > CAPACITY;
        }
    };

    public Scored of(String tenant, BoundCycle cycle) {
        long id = cycle.cycle().id();
        Key key = new Key(tenant, id, entries.stamp(id), cycle.schemeHash());
        synchronized (cache) {
            Scored known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        List<StoredFact> stored = entries.current(id);
        Loaded<FactSet> loaded = FactsFile.load(FactsFile.text(cycle, stored, List.of()));
        try {
            FactSet facts = loaded.orThrow();
            CheckedFacts checked = cycle.prepared().check(facts);
            Scored scored = new Scored(facts, checked, cycle.prepared().standings(checked), stored);
            synchronized (cache) {
                cache.put(key, scored);
            }
            return scored;
        } catch (FactsRejected | IllegalStateException e) {
            // every fact was checked when entered; this is a scheme whose rules need what no cycle gives (fromScheme)
            throw new DomainException.Conflict("本考核年度的事实无法计分：" + e.getMessage());
        }
    }
}
