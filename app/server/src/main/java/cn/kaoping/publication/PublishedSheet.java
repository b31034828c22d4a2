package cn.kaoping.publication;

import cn.kaoping.platform.persistence.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One unit's sheet (考核表) as published: every figure with its explanation and the facts behind it. */
@Entity
@Table(name = "published_sheet")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class PublishedSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "publication_id", nullable = false, updatable = false)
    private Long publicationId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unit;

    @Column(nullable = false, updatable = false)
    private String sheet;

    protected PublishedSheet() {
        // for JPA
    }

    PublishedSheet(Long publicationId, String unit, String sheet) {
        this.publicationId = publicationId;
        this.unit = unit;
        this.sheet = sheet;
    }

    String sheet() {
        return sheet;
    }
}
