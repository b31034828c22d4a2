package cn.kaoping.selfassessment;

import cn.kaoping.approval.SubmittedSelfAssessments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;

/** The units of a cycle whose 自评 is submitted, for the approval chain (a level covering a unit waits for it). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubmittedUnits implements SubmittedSelfAssessments {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    @Override
    public Set<String> units(Long cycleId) {
        return em.createQuery("select s.unit from SelfAssessment s where s.cycleId = :c and s.state = :submitted", String.class)
                .setParameter("c", cycleId).setParameter("submitted", SelfAssessment.State.SUBMITTED).getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
