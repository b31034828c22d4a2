package cn.kaoping.results;

import cn.kaoping.cycle.BoundCycle;
import cn.kaoping.entry.CycleFacts;
import cn.kaoping.scoring.CheckedFacts;
import cn.kaoping.scoring.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A cycle's facts scored by the engine, kept fresh: the checked facts of the cycle as they are now
 * ({@link CycleFacts}: any new entry, correction or withdrawal is in the next read, on any server),
 * and their standings, scored once for each state of the facts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveResults {

    @Inject
    CycleFacts facts;

    /** The standings of facts checked, while those facts are kept (by {@link CycleFacts} or a request). */
    private final Map<CheckedFacts, Standings> standings = new WeakHashMap<>();

    /** A cycle's current facts, checked and filed by the engine, with the standings. */
    public record Scored(CheckedFacts checked, Standings standings) {
    }

    public Scored of(BoundCycle cycle) {
        CheckedFacts checked = facts.of(cycle).facts();
        synchronized (standings) {
            Standings known = standings.get(checked);
            if (known != null) {
                return new Scored(checked, known);
            }
        }
        Standings scored = cycle.prepared().standings(checked); // outside the lock: two requests may both score, once
        synchronized (standings) {
            standings.put(checked, scored);
        }
        return new Scored(checked, scored);
    }
}
