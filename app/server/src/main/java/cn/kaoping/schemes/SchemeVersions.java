package cn.kaoping.schemes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The scheme versions of the tenant the current transaction is in ({@link cn.kaoping.platform.persistence.TenantScope}):
 * no query here names a tenant; EclipseLink adds it and PostgreSQL enforces it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SchemeVersions {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    /** Every version of every scheme without documents, by scheme id and version. */
    public List<SchemeVersionView> all() {
        return em.createQuery("select v.schemeId, v.version, v.status, v.name, v.year, v.origin, v.hash, v.createdAt, "
                        + "v.createdBy, v.publishedAt, v.publishedBy from SchemeVersion v order by v.schemeId, v.version",
                        Object[].class)
                .getResultStream()
                .map(r -> new SchemeVersionView((String) r[0], (Integer) r[1], (SchemeStatus) r[2], (String) r[3],
                        (Integer) r[4], (String) r[5], (String) r[6], (OffsetDateTime) r[7], (String) r[8],
                        Optional.ofNullable((OffsetDateTime) r[9]), Optional.ofNullable((String) r[10])))
                .toList();
    }

    /** The schemes with their versions, newest year first (see {@link SchemeView}). */
    public List<SchemeView> schemes() {
        return SchemeView.of(all());
    }

    public Optional<SchemeVersion> find(String schemeId, int version) {
        return first(em.createQuery("select v from SchemeVersion v where v.schemeId = :id and v.version = :version",
                        SchemeVersion.class)
                .setParameter("id", schemeId)
                .setParameter("version", version));
    }

    /** The newest published version, else the draft of a scheme never published. */
    public Optional<SchemeVersion> current(String schemeId) {
        return newest(schemeId, Optional.of(SchemeStatus.PUBLISHED)).or(() -> newest(schemeId, Optional.empty()));
    }

    public Optional<SchemeVersion> draft(String schemeId) {
        return newest(schemeId, Optional.of(SchemeStatus.DRAFT));
    }

    /** The highest version number of the scheme; empty when there is no such scheme. */
    public Optional<Integer> lastVersion(String schemeId) {
        return Optional.ofNullable(em.createQuery("select max(v.version) from SchemeVersion v where v.schemeId = :id",
                        Integer.class)
                .setParameter("id", schemeId)
                .getSingleResult());
    }

    public void add(SchemeVersion version) {
        em.persist(version);
    }

    public void remove(SchemeVersion version) {
        em.remove(version);
    }

    /** Sends the pending writes now, so that a clash with another transaction shows here rather than at commit. */
    public void flush() {
        em.flush();
    }

    private Optional<SchemeVersion> newest(String schemeId, Optional<SchemeStatus> status) {
        TypedQuery<SchemeVersion> query = em.createQuery("select v from SchemeVersion v where v.schemeId = :id"
                + status.map(s -> " and v.status = :status").orElse("") + " order by v.version desc", SchemeVersion.class);
        status.ifPresent(s -> query.setParameter("status", s));
        return first(query.setParameter("id", schemeId).setMaxResults(1));
    }

    private static Optional<SchemeVersion> first(TypedQuery<SchemeVersion> query) {
        return query.getResultStream().findFirst();
    }
}
