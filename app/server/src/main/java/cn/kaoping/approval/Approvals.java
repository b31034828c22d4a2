package cn.kaoping.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sign-offs and late-entry exceptions of the tenant the current transaction is in. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Approvals {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    /** Every action of the cycle, oldest first. */
    List<ApprovalEntry> history(Long cycleId) {
        return em.createQuery("select a from ApprovalEntry a where a.cycleId = :c order by a.actedAt, a.id", ApprovalEntry.class)
                .setParameter("c", cycleId).getResultList();
    }

    /** The last action on each item of the cycle that has one. */
    Map<Item, ApprovalEntry> latest(Long cycleId) {
        Map<Item, ApprovalEntry> latest = new LinkedHashMap<>();
        em.createQuery("select a from ApprovalEntry a where a.cycleId = :c order by a.version", ApprovalEntry.class)
                .setParameter("c", cycleId).getResultStream().forEach(a -> latest.put(a.item(), a));
        return latest;
    }

    void add(ApprovalEntry entry) {
        em.persist(entry);
    }

    List<LateEntry> lateEntries(Long cycleId) {
        return em.createQuery("select l from LateEntry l where l.cycleId = :c order by l.id", LateEntry.class)
                .setParameter("c", cycleId).getResultList();
    }

    void add(LateEntry lateEntry) {
        em.persist(lateEntry);
    }

    void flush() {
        em.flush();
    }
}
