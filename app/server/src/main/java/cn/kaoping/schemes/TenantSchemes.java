package cn.kaoping.schemes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The schemes of the tenant the current transaction is in ({@link cn.kaoping.platform.persistence.TenantScope}):
 * no query here names a tenant; EclipseLink adds it and PostgreSQL enforces it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TenantSchemes {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    public List<TenantScheme> all() {
        return em.createQuery("select s from TenantScheme s order by s.year desc, s.schemeId", TenantScheme.class)
                .getResultList();
    }

    public Optional<TenantScheme> byId(String schemeId) {
        return em.createQuery("select s from TenantScheme s where s.schemeId = :id", TenantScheme.class)
                .setParameter("id", schemeId)
                .getResultStream()
                .findFirst();
    }

    public void add(TenantScheme scheme) {
        em.persist(scheme);
    }
}
