package cn.kaoping.schemes;

import cn.kaoping.platform.error.DomainException;
import cn.kaoping.platform.persistence.TenancyChangeListener;
import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of a tenant's scheme (see {@code tenant-schemes/FORMAT.md}, "Versions"): a draft,
 * which may be replaced while it is one, or a published version, which never changes again (the
 * database refuses to update or delete it too). Its document always passed the engine's checks.
 */
@Entity
@EntityListeners(TenancyChangeListener.class)
@Table(name = "scheme_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class SchemeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scheme_id", nullable = false)
    private String schemeId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchemeStatus status;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private String name;

    /** How the version began: a template file or scheme, a clone of another version, an upload. */
    @Column(nullable = false)
    private String origin;

    @Column(nullable = false)
    private String document;

    @Column(name = "content_hash", nullable = false)
    private String hash;

    /** Guards a draft against two concurrent replacements. */
    @Version
    private int revision;

    /** When and by whom the document as it stands was made (a replaced draft: the replacement). */
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected SchemeVersion() {
        // for JPA
    }

    private SchemeVersion(int version, String origin, SchemeDocument document, Actor actor, OffsetDateTime now) {
        this.version = version;
        this.origin = origin;
        this.status = SchemeStatus.DRAFT;
        write(document, actor, now);
    }

    /** A new draft: the first version of a new scheme, or the next version of an existing one. */
    public static SchemeVersion draft(int version, String origin, SchemeDocument document, Actor actor, OffsetDateTime now) {
        return new SchemeVersion(version, origin, document, actor, now);
    }

    /** A copy made at provisioning, published at once so that a cycle may use it: it was a validated template. */
    public static SchemeVersion provisioned(SchemeCopy copy, Actor actor, OffsetDateTime now) {
        SchemeVersion first = new SchemeVersion(1, copy.origin(), copy.document(), actor, now);
        first.publish(Optional.empty(), actor, now);
        return first;
    }

    /** Replaces the document of a draft; a published version is refused (a change makes a new draft). */
    public void replace(SchemeDocument document, Optional<String> expectedHash, Actor actor, OffsetDateTime now) {
        requireDraft("修改");
        expect(expectedHash);
        write(document, actor, now);
    }

    /** Publishes the draft: from now on the version never changes. */
    public void publish(Optional<String> expectedHash, Actor actor, OffsetDateTime now) {
        requireDraft("发布");
        expect(expectedHash);
        status = SchemeStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = actor.name();
    }

    /** The caller's copy must be the stored one: a stale hash is a conflict naming the current one. */
    public void expect(Optional<String> expectedHash) {
        if (expectedHash.isPresent() && !expectedHash.get().equals(hash)) {
            throw new DomainException.Conflict("考评方案 " + schemeId + " 第" + version + "版已被他人修改，请重新读取后再改。",
                    Optional.of(hash));
        }
    }

    public void requirePublished(String verb) {
        if (status != SchemeStatus.PUBLISHED) {
            throw new DomainException.Conflict("考评方案 " + schemeId + " 第" + version + "版还是草稿，发布后才能" + verb + "。");
        }
    }

    /** A published version is refused for {@code verb} (修改, 发布): 409 naming its hash. */
    public void requireDraft(String verb) {
        if (status != SchemeStatus.DRAFT) {
            throw new DomainException.Conflict("考评方案 " + schemeId + " 第" + version + "版已发布，不能再" + verb
                    + "；要修改请上传新的草稿。", Optional.of(hash));
        }
    }

    private void write(SchemeDocument document, Actor actor, OffsetDateTime now) {
        this.schemeId = document.schemeId();
        this.year = document.year();
        this.name = document.name();
        this.document = document.text();
        this.hash = document.hash();
        this.createdAt = now;
        this.createdBy = actor.name();
    }

    public SchemeVersionView view() {
        return new SchemeVersionView(schemeId, version, status, name, year, origin, hash, createdAt, createdBy,
                Optional.ofNullable(publishedAt), Optional.ofNullable(publishedBy));
    }

    public String schemeId() {
        return schemeId;
    }

    public int version() {
        return version;
    }

    public SchemeStatus status() {
        return status;
    }

    public String document() {
        return document;
    }

    public String hash() {
        return hash;
    }
}
