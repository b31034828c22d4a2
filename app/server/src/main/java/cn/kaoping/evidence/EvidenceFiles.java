package cn.kaoping.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The evidence files of the tenant the current transaction is in, as other capabilities name them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvidenceFiles {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    /** The id a reference {@code evidence:<id>} names; empty for any other text (a 证明材料 written out). */
    public static Optional<Long> id(String reference) {
        if (!reference.startsWith(EvidenceFile.REFERENCE)) {
            return Optional.empty();
        }
        String digits = reference.substring(EvidenceFile.REFERENCE.length());
        return digits.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.of(-1L);
    }

    /** Which of {@code ids} are files of the cycle uploaded for the unit. */
    public Set<Long> ofUnit(Long cycleId, String unit, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select f.id from EvidenceFile f where f.cycleId = :c and f.unit = :u and f.id in :ids",
                Long.class).setParameter("c", cycleId).setParameter("u", unit).setParameter("ids", ids).getResultList());
    }
}
