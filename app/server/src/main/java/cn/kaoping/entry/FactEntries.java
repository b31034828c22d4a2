package cn.kaoping.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The fact entries of the tenant the current transaction is in. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FactEntries {

    private static final String LATEST = "select e.factId, e.version, e.action, e.unit, e.rule, e.fact from FactEntry e "
            + "where e.cycleId = :cycle";

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    /** What the cycle's facts are now: the newest entry id and the number of entries (changes with any entry). */
    public record Stamp(long lastEntry, long entries) {
    }

    public Stamp stamp(long cycleId) {
        Object[] r = em.createQuery("select max(e.id), count(e) from FactEntry e where e.cycleId = :cycle", Object[].class)
                .setParameter("cycle", cycleId).getSingleResult();
        return new Stamp(r[0] == null ? 0 : ((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    /** The current facts of the cycle (the newest version of each, withdrawn ones left out), by fact id. */
    public List<StoredFact> current(long cycleId) {
        return latest(em.createQuery(LATEST + " order by e.factId, e.version", Object[].class)
                .setParameter("cycle", cycleId).getResultList());
    }

    /** The current facts of some units of the cycle. */
    List<StoredFact> current(long cycleId, Collection<String> units) {
        return latest(em.createQuery(LATEST + " and e.unit in :units order by e.factId, e.version", Object[].class)
                .setParameter("cycle", cycleId).setParameter("units", units).getResultList());
    }

    private static List<StoredFact> latest(List<Object[]> rows) {
        List<StoredFact> current = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            boolean newest = i + 1 == rows.size() || !rows.get(i + 1)[0].equals(r[0]);
            if (newest && r[2] != FactEntry.Action.WITHDRAWN) {
                current.add(new StoredFact((Long) r[0], (String) r[3], (String) r[4], (String) r[5]));
            }
        }
        return current;
    }

    /** Every entry of the cycle (or of one unit), oldest first: histories, who entered what and when. */
    public List<FactEntry> entries(long cycleId, Optional<String> unit) {
        TypedQuery<FactEntry> query = em.createQuery("select e from FactEntry e where e.cycleId = :cycle"
                + unit.map(u -> " and e.unit = :unit").orElse("") + " order by e.factId, e.version", FactEntry.class);
        unit.ifPresent(u -> query.setParameter("unit", u));
        return query.setParameter("cycle", cycleId).getResultList();
    }

    /** The newest entry of each fact of the cycle (or of one unit) that is not withdrawn: its current facts, with who and when. */
    public List<FactEntry> currentEntries(long cycleId, Optional<String> unit) {
        List<FactEntry> all = entries(cycleId, unit);
        List<FactEntry> current = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            FactEntry e = all.get(i);
            if ((i + 1 == all.size() || all.get(i + 1).factId() != e.factId()) && !e.withdrawn()) {
                current.add(e);
            }
        }
        return current;
    }

    List<FactEntry> history(long cycleId, long factId) {
        return em.createQuery("select e from FactEntry e where e.cycleId = :cycle and e.factId = :fact order by e.version",
                        FactEntry.class)
                .setParameter("cycle", cycleId).setParameter("fact", factId).getResultList();
    }

    void add(FactEntry entry) {
        em.persist(entry);
        entry.adoptLine();
    }

    void flush() {
        em.flush();
    }
}
