package cn.kaoping.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaTenants implements Tenants {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    @Override
    public Optional<Tenant> byCode(String code) {
        return Optional.ofNullable(em.find(Tenant.class, code));
    }

    @Override
    public Optional<Tenant> byIdempotencyKey(String subject, String key) {
        return em.createQuery("select t from Tenant t where t.idempotencySubject = :subject and t.idempotencyKey = :key",
                        Tenant.class)
                .setParameter("subject", subject)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
        em.flush(); // before the tenant's own rows, which reference it
    }
}
