package cn.kaoping.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The bonus applications of the tenant the current transaction is in. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Applications {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    List<BonusApplication> of(long cycleId) {
        return em.createQuery("select a from BonusApplication a where a.cycleId = :c order by a.id", BonusApplication.class)
                .setParameter("c", cycleId).getResultList();
    }

    Optional<BonusApplication> find(long cycleId, long id) {
        return em.createQuery("select a from BonusApplication a where a.cycleId = :c and a.id = :id", BonusApplication.class)
                .setParameter("c", cycleId).setParameter("id", id).getResultStream().findFirst();
    }

    void add(BonusApplication a) {
        em.persist(a);
    }

    void flush() {
        em.flush();
    }
}
