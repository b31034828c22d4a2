package cn.kaoping.jurisdiction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJurisdictions implements Jurisdictions {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    @Override
    public Optional<Jurisdiction> byCode(String code) {
        return em.createQuery("select j from Jurisdiction j where j.code = :code", Jurisdiction.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Jurisdiction> all() {
        return em.createQuery("select j from Jurisdiction j order by j.code", Jurisdiction.class).getResultList();
    }

    @Override
    public void add(Jurisdiction jurisdiction) {
        em.persist(jurisdiction);
        em.flush();
    }
}
