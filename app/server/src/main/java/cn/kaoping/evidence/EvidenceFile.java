package cn.kaoping.evidence;

import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.platform.security.Actor;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A file of evidence (证明材料) for a unit of a cycle: its content, type (by content), size and SHA-256. */
@Entity
@Table(name = "evidence_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class EvidenceFile {

    /** How facts, self-assessment items and applications name a file: {@code evidence:<id>}. */
    public static final String REFERENCE = "evidence:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unit;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by_subject", nullable = false, updatable = false)
    private String uploadedBySubject;

    @Column(name = "uploaded_by_name", nullable = false, updatable = false)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected EvidenceFile() {
        // for JPA
    }

    EvidenceFile(Long cycleId, String unit, Optional<String> fileName, String contentType, byte[] content, String sha256,
                 Actor actor, OffsetDateTime now) {
        this.cycleId = cycleId;
        this.unit = unit;
        this.fileName = fileName.orElse(null);
        this.contentType = contentType;
        this.size = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBySubject = actor.subject();
        this.uploadedByName = actor.name();
        this.uploadedAt = now;
    }

    String unit() {
        return unit;
    }

    byte[] content() {
        return content;
    }

    public EvidenceView view() {
        return new EvidenceView(id, REFERENCE + id, unit, Optional.ofNullable(fileName), contentType, size, sha256,
                uploadedByName, uploadedAt);
    }

    /** A stored file as the API shows it; {@code reference} is what a fact's {@code evidence} names. */
    public record EvidenceView(long id, String reference, String unit, Optional<String> fileName, String contentType,
                               long size, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
    }
}
