package cn.kaoping.cycle;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.schemes.CompiledSchemes;
import cn.kaoping.scoring.PreparedScheme;
import cn.kaoping.schemes.SchemeVersion;
import cn.kaoping.schemes.SchemeVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The cycles of the tenant the current transaction is in, for this capability and the others
 * (people, entry, results): no query names a tenant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Cycles {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;
    @Inject
    SchemeVersions versions;
    @Inject
    CompiledSchemes compiled;
    @Inject
    CurrentTenant tenant;
    /**
     * A scheme's agencies and indicator tree, walked once per prepared scheme (the engine's cache
     * keeps it while it is in use), not on every entry: each fact entry binds its cycle.
     */
    private final Map<PreparedScheme, Derived> derived = Collections.synchronizedMap(new WeakHashMap<>());

    private record Derived(Agencies agencies, Indicators indicators) {
    }
    /** The day of an entry window is the day in this zone. */
    @Inject
    @ConfigProperty(name = "kaoping.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    public List<Cycle> all() {
        return em.createQuery("select c from Cycle c order by c.year desc, c.code", Cycle.class).getResultList();
    }

    public Optional<Cycle> find(String code) {
        return em.createQuery("select c from Cycle c where c.code = :code", Cycle.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The cycle {@code code} with its scheme version and units; 404 when the tenant has none. */
    public BoundCycle bound(String code) {
        return bind(find(code).orElseThrow(() -> new DomainException.NotFound("没有考核年度 " + InputCheck.echo(code) + "。")));
    }

    BoundCycle bind(Cycle cycle) {
        SchemeVersion version = versions.find(cycle.schemeId(), cycle.schemeVersion()).orElseThrow(() ->
                new IllegalStateException("cycle " + cycle.code() + " without its scheme version"));
        PreparedScheme prepared = compiled.of(tenant.code(), version);
        Derived d = derived.computeIfAbsent(prepared,
                p -> new Derived(new Agencies(p.scheme()), new Indicators(p.scheme())));
        return new BoundCycle(cycle, prepared, version.hash(), units(cycle), d.agencies(), d.indicators());
    }

    /**
     * A row lock has no JPQL form that keeps entries concurrent (PESSIMISTIC_READ is FOR UPDATE in
     * EclipseLink), so these two are native: allowed per query, the tenant's row-level security still applies.
     */
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    /** Today in the tenant's zone: the day of an entry window or a deadline. */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * Holds the cycle row against sign-offs until the transaction ends (a change of facts,
     * self-assessments or applications checks the sign-offs after this); the cycle is read afresh,
     * so that a 审定 committed meanwhile is seen. Bounded by the session's lock_timeout.
     */
    public void holdAgainstSignOffs(Cycle cycle) {
        em.createNativeQuery("SELECT id FROM cycle WHERE id = ?1 FOR SHARE").setHint(NATIVE, true).setParameter(1, cycle.id())
                .getSingleResult();
        em.refresh(cycle);
    }

    /**
     * Takes the cycle row for a sign-off, a return, a withdrawal or a publication: one at a time per
     * cycle, and none while a change of facts under it is being made. The cycle is read afresh.
     */
    public void takeForSignOff(Cycle cycle) {
        em.createNativeQuery("SELECT id FROM cycle WHERE id = ?1 FOR NO KEY UPDATE").setHint(NATIVE, true)
                .setParameter(1, cycle.id()).getSingleResult();
        em.refresh(cycle);
    }

    /** The scheme of a version, from the engine's cache of published versions. */
    Scheme scheme(SchemeVersion version) {
        return compiled.of(tenant.code(), version).scheme();
    }

    public List<CycleUnit> units(Cycle cycle) {
        return em.createQuery("select u from CycleUnit u where u.cycleId = :cycle order by u.id", CycleUnit.class)
                .setParameter("cycle", cycle.id()).getResultList();
    }

    /** Every unit code of every cycle of the tenant (assignments name them). */
    public boolean anyCycleHasUnit(String code) {
        return !em.createQuery("select u.id from CycleUnit u where u.code = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    void add(Cycle cycle) {
        em.persist(cycle);
    }

    void add(CycleUnit unit) {
        em.persist(unit);
    }

    /** A new revision of the cycle, as a change of one of its units makes one: whoever keeps the bound cycle reads it again. */
    void touch(Cycle cycle) {
        em.lock(cycle, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    void flush() {
        em.flush();
    }
}
