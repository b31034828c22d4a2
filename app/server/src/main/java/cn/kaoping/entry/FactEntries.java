package cn.kaoping.entry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fact entries of the tenant the current transaction is in. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FactEntries {

    private static final String LATEST = "select e.id, e.factId, e.action, e.unit, e.rule, e.fact from FactEntry e "
            + "where e.cycleId = :cycle";

    private static final String ADDED = FactEntries.class.getName() + ".added";

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transaction;

    /** What the cycle's facts are now: the newest entry id and the number of entries (changes with any entry). */
    public record Stamp(long lastEntry, long entries) {
    }

    public Stamp stamp(long cycleId) {
        Object[] r = em.createQuery("select max(e.id), count(e) from FactEntry e where e.cycleId = :cycle", Object[].class)
                .setParameter("cycle", cycleId).getSingleResult();
        return new Stamp(r[0] == null ? 0 : ((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    /**
     * The cycle's entries after entry {@code after} (by id; 0: all of them), ordered by fact and
     * version, and how many entries the cycle has, read in one statement (so that they agree).
     */
    public record Since(long entries, List<Row> rows) {

        /**
         * One entry as the engine needs it: no fact for a withdrawal, nor where it was not asked for
         * ({@link FactEntries#texts}).
         */
        public record Row(long id, long factId, FactEntry.Action action, String unit, String rule, String fact) {

            Row withFact(String text) {
                return new Row(id, factId, action, unit, rule, text);
            }
        }

        /** Each fact's newest version that is not a withdrawal, by fact id: the cycle's current facts if all were read. */
        public List<StoredFact> current() {
            List<StoredFact> current = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if ((i + 1 == rows.size() || rows.get(i + 1).factId() != r.factId()) && r.action() != FactEntry.Action.WITHDRAWN) {
                    current.add(new StoredFact(r.factId(), r.unit(), r.rule(), r.fact()));
                }
            }
            return current;
        }
    }

    /**
     * {@link Since}: native, as a count and the rows in one statement have no JPQL form; the
     * tenant's row-level security applies (and the tenant is named, for the index).
     */
    public Since since(long cycleId, long after) {
        return since(cycleId, after, after);
    }

    /** {@link Since}, with the facts of the entries after {@code factsAfter} only (the others are known). */
    public Since since(long cycleId, long after, long factsAfter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.n, e.id, e.fact_id, e.action, e.unit_code, e.rule_ref,"
                        + " CASE WHEN e.id > ?3 THEN e.fact END"
                        + " FROM (SELECT count(*) AS n FROM fact_entry WHERE tenant_code = current_setting('kaoping.tenant', true)"
                        + " AND cycle_id = ?1) c LEFT JOIN fact_entry e ON e.tenant_code = current_setting('kaoping.tenant', true)"
                        + " AND e.cycle_id = ?1 AND e.id > ?2 ORDER BY e.fact_id, e.version")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setFlushMode(FlushModeType.COMMIT) // entries are flushed when added; nothing else is written here
                .setParameter(1, cycleId).setParameter(2, after).setParameter(3, factsAfter).getResultList();
        List<Since.Row> read = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            if (r[1] != null) {
                read.add(new Since.Row(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        FactEntry.Action.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6]));
            }
        }
        return new Since(((Number) rows.get(0)[0]).longValue(), read);
    }

    /** The rows with their facts (entries are never changed: any statement reads the same). */
    public List<Since.Row> texts(List<Since.Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> facts = new HashMap<>();
        em.createQuery("select e.id, e.fact from FactEntry e where e.id in :ids", Object[].class)
                .setParameter("ids", rows.stream().map(Since.Row::id).toList()).getResultList()
                .forEach(r -> facts.put((Long) r[0], (String) r[1]));
        return rows.stream().map(r -> r.withFact(facts.get(r.id()))).toList();
    }

    /** Whether the current transaction has added entries (its reads see them before anyone else can). */
    public boolean added() {
        return transaction.getResource(ADDED) != null;
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
        return new Since(rows.size(), rows.stream().map(r -> new Since.Row((Long) r[0], (Long) r[1], (FactEntry.Action) r[2],
                (String) r[3], (String) r[4], (String) r[5])).toList()).current();
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
        transaction.putResource(ADDED, Boolean.TRUE);
        em.persist(entry);
        entry.adoptLine();
    }

    void flush() {
        em.flush();
    }
}
