package cn.kaoping.cycle;

import cn.kaoping.platform.persistence.InTenant;
import cn.kaoping.platform.security.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The cycles of tenants above in which the request's tenant is a unit. Row-level security shows a
 * tenant the units linked to it and their cycles, nothing else of the tenant above
 * ({@code db/V14__linked_units.sql}); the query is native because the entities are scoped to the
 * request's own tenant.
 */
@ApplicationScoped
@Transactional
@InTenant
public class AssessedIn {

    private static final String LINKED = """
            SELECT c.tenant_code, j.name, c.code, c.name, c.year, c.state, u.code, u.name
            FROM cycle_unit u JOIN cycle c ON c.id = u.cycle_id JOIN jurisdiction j ON j.code = c.tenant_code
            WHERE u.linked_tenant = ?1 ORDER BY c.year DESC, c.tenant_code, c.code""";

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;
    @Inject
    CurrentTenant tenant;

    public List<AssessedUnit> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LINKED).setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, tenant.code()).getResultList();
        return rows.stream().map(r -> new AssessedUnit((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), CycleState.valueOf((String) r[5]), (String) r[6], (String) r[7])).toList();
    }
}
