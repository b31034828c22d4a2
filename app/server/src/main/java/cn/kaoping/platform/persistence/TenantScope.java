package cn.kaoping.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Puts the current transaction in one tenant, behind both walls: EclipseLink's tenant
 * discriminator (entities marked {@code @Multitenant} see and write only this tenant's rows) and
 * PostgreSQL's row-level security (the setting {@code kaoping.tenant}, local to the transaction,
 * so it never stays on a pooled connection).
 */
@ApplicationScoped
public class TenantScope {

    /** The EclipseLink context property of every {@code @TenantDiscriminatorColumn}. */
    public static final String PROPERTY = "kaoping.tenant";

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Must be called first in the transaction, before any tenant-owned entity is touched (the
     * {@link InTenant} interceptor does it for services). Entering the tenant the transaction is
     * already in costs nothing; entering another one replaces it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enter(String tenantCode) {
        if (tenantCode.equals(transaction.getResource(PROPERTY))) {
            return;
        }
        transaction.putResource(PROPERTY, tenantCode);
        em.setProperty(PROPERTY, tenantCode);
        // EclipseLink refuses native SQL once a unit has multitenant entities; this one query is ours.
        em.createNativeQuery("SELECT set_config('kaoping.tenant', ?1, true)")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, tenantCode)
                .getSingleResult();
    }
}
