package cn.kaoping.publication;

import cn.kaoping.platform.persistence.TenantScope;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A cycle's publication (通报/公示): its ranking — totals, ranks, grades, awards, consequences and
 * notes of every unit — as it stood when published, with the scheme version's hash; never changed
 * after (the table refuses updates). Each unit's sheet is kept beside it ({@link PublishedSheet}).
 */
@Entity
@Table(name = "publication")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class Publication {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "scheme_hash", nullable = false, updatable = false)
    private String schemeHash;

    @Column(nullable = false, updatable = false)
    private String ranking;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    protected Publication() {
        // for JPA
    }

    Publication(Long cycleId, String schemeHash, String ranking, String publishedBy, OffsetDateTime now) {
        this.cycleId = cycleId;
        this.schemeHash = schemeHash;
        this.ranking = ranking;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    Long id() {
        return id;
    }

    /** The publication as the API shows it: who published when, and the ranking as it was. */
    PublicationView view(String cycleCode) {
        try (JsonReader reader = JSON.createReader(new StringReader(ranking))) {
            return new PublicationView(cycleCode, publishedBy, publishedAt, schemeHash, reader.readObject());
        }
    }
}
