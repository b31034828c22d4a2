package cn.kaoping.selfassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The self-assessments of the tenant the current transaction is in. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SelfAssessments {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    public Optional<SelfAssessment> find(long cycleId, String unit) {
        return em.createQuery("select s from SelfAssessment s where s.cycleId = :c and s.unit = :u", SelfAssessment.class)
                .setParameter("c", cycleId).setParameter("u", unit).getResultStream().findFirst();
    }

    public List<SelfAssessmentItem> items(SelfAssessment s) {
        return em.createQuery("select i from SelfAssessmentItem i where i.selfAssessmentId = :s order by i.id",
                SelfAssessmentItem.class).setParameter("s", s.id()).getResultList();
    }

    Optional<SelfAssessmentItem> item(SelfAssessment s, String indicator) {
        return em.createQuery("select i from SelfAssessmentItem i where i.selfAssessmentId = :s and i.indicator = :i",
                SelfAssessmentItem.class).setParameter("s", s.id()).setParameter("i", indicator).getResultStream().findFirst();
    }

    void add(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }
}
