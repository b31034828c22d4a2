package cn.kaoping.audit;

import cn.kaoping.platform.security.Actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Records and lists what was done in the tenant of the current transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    public void record(Actor actor, String action, String detail) {
        em.persist(new AuditEvent(actor, action, detail));
    }

    /** A change with the state before and after it (JSON), for the audit of facts, cycles and assignments. */
    public void record(Actor actor, String action, String detail, Optional<String> before, Optional<String> after) {
        em.persist(new AuditEvent(actor, action, detail, before, after));
    }

    /** The newest first. */
    public List<AuditEvent> events() {
        return em.createQuery("select e from AuditEvent e order by e.id desc", AuditEvent.class).getResultList();
    }
}
