package cn.kaoping.cycle;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.error.InputCheck;
import cn.kaoping.platform.security.CurrentTenant;
import cn.kaoping.scheme.Scheme;
import cn.kaoping.schemes.CompiledSchemes;
import cn.kaoping.scoring.PreparedScheme;
import cn.kaoping.schemes.SchemeVersion;
import cn.kaoping.schemes.SchemeVersions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /**
     * What a cycle is bound to, kept between requests so that an entry or a read of the results does
     * not read the scheme version (its whole document) and the units again: the version a cycle is
     * bound to never changes and its units are only ever added (the application role may not update
     * or delete them), so the cycle's revision and its number of units, read with the cycle in one
     * statement, tell whether what is kept is current. A transaction that adds units neither takes
     * nor keeps a binding (what it reads is not committed).
     */
    private record Binding(PreparedScheme prepared, String schemeHash, List<CycleUnit> units) {
    }

    private record BindingKey(String tenant, long cycle, int revision, long units) {
    }

    static final int BINDINGS = 64;
    private static final String UNITS_WRITTEN = Cycles.class.getName() + ".unitsWritten";

    private final Map<BindingKey, Binding> bindings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BindingKey, Binding> eldest) {
            return size() > BINDINGS;
        }
    };

    @Resource
    TransactionSynchronizationRegistry transaction;
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

    /**
     * The cycle {@code code} with its scheme version and units; 404 when the tenant has none. The
     * cycle is read (with its number of units) on every call; its version and units only when the
     * binding kept for it is not current ({@link Binding}).
     */
    public BoundCycle bound(String code) {
        Object[] row = em.createQuery("select c, (select count(u) from CycleUnit u where u.cycleId = c.id) from Cycle c "
                        + "where c.code = :code", Object[].class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException.NotFound("没有考核年度 " + InputCheck.echo(code) + "。"));
        Cycle cycle = (Cycle) row[0];
        if (transaction.getResource(UNITS_WRITTEN) != null) {
            return bind(cycle);
        }
        BindingKey key = new BindingKey(tenant.code(), cycle.id(), cycle.revision(), ((Number) row[1]).longValue());
        Binding kept;
        synchronized (bindings) {
            kept = bindings.get(key);
        }
        if (kept == null) {
            kept = binding(cycle);
            if (kept.units().size() == key.units()) { // else units were added between the two statements: not kept
                synchronized (bindings) {
                    bindings.put(key, kept);
                }
            }
        }
        return bound(cycle, kept);
    }

    /** The cycle with its version and units as this transaction reads them now. */
    BoundCycle bind(Cycle cycle) {
        return bound(cycle, binding(cycle));
    }

    private Binding binding(Cycle cycle) {
        SchemeVersion version = versions.find(cycle.schemeId(), cycle.schemeVersion()).orElseThrow(() ->
                new IllegalStateException("cycle " + cycle.code() + " without its scheme version"));
        return new Binding(compiled.of(tenant.code(), version), version.hash(), List.copyOf(units(cycle)));
    }

    private BoundCycle bound(Cycle cycle, Binding binding) {
        Derived d = derived.computeIfAbsent(binding.prepared(),
                p -> new Derived(new Agencies(p.scheme()), new Indicators(p.scheme())));
        return new BoundCycle(cycle, binding.prepared(), binding.schemeHash(), binding.units(), d.agencies(), d.indicators());
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
        lockAndRefresh(cycle, "FOR SHARE");
    }

    /**
     * Takes the cycle row for a sign-off, a return, a withdrawal or a publication: one at a time per
     * cycle, and none while a change of facts under it is being made. The cycle is read afresh.
     */
    public void takeForSignOff(Cycle cycle) {
        lockAndRefresh(cycle, "FOR NO KEY UPDATE");
    }

    /**
     * Locks the cycle's row and reads it afresh into {@code cycle}, in one statement: a row it had to
     * wait for is returned as the transaction that held it left it (PostgreSQL reads the newest
     * version of a row it locks), so a 审定 committed meanwhile is seen. Other tables must be read in
     * a later statement, which sees what was committed before the lock was granted.
     */
    private void lockAndRefresh(Cycle cycle, String lock) {
        em.createNativeQuery("SELECT * FROM cycle WHERE id = ?1 " + lock, Cycle.class).setHint(NATIVE, true)
                .setHint(QueryHints.REFRESH, HintValues.TRUE).setParameter(1, cycle.id()).getSingleResult();
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
        transaction.putResource(UNITS_WRITTEN, Boolean.TRUE);
        em.persist(unit);
    }

    /**
     * The cycle with its units as this transaction reads them, to change one of them: never a kept
     * binding, whose units other requests share.
     */
    BoundCycle boundToChangeUnits(String code) {
        transaction.putResource(UNITS_WRITTEN, Boolean.TRUE);
        return bound(code);
    }

    /** A new revision of the cycle, as a change of one of its units makes one: a kept binding of it is read again. */
    void touch(Cycle cycle) {
        em.lock(cycle, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    void flush() {
        em.flush();
    }
}
