package cn.kaoping.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The assignments of the tenant the current transaction is in. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Assignments {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    public List<Assignment> all() {
        return em.createQuery("select a from Assignment a order by a.id", Assignment.class).getResultList();
    }

    /**
     * The places one person holds in the tenant, read fresh: a removed one is gone at the next request.
     * Read as values, not entities: nothing of them is changed, and a clerk who assesses for many
     * agencies would otherwise register as many entities in the transaction, each checked for
     * changes at every later query and at the commit.
     */
    public List<Place> of(String subject) {
        return em.createQuery("select a.role, a.scopeKind, a.scope from Assignment a where a.subject = :s", Object[].class)
                .setParameter("s", subject).getResultStream()
                .map(r -> new Place((String) r[0], Place.Kind.of((String) r[1]), (String) r[2])).toList();
    }

    Optional<Assignment> find(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    Optional<Assignment> find(String subject, Place place) {
        return em.createQuery("select a from Assignment a where a.subject = :s and a.role = :r and a.scopeKind = :k "
                        + "and a.scope = :scope", Assignment.class)
                .setParameter("s", subject).setParameter("r", place.role()).setParameter("k", place.kind().word())
                .setParameter("scope", place.scope()).getResultStream().findFirst();
    }

    void add(Assignment a) {
        em.persist(a);
        em.flush();
    }

    void remove(Assignment a) {
        em.remove(a);
        em.flush();
    }
}
