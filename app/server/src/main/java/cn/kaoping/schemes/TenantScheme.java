package cn.kaoping.schemes;

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

/** A tenant's own copy of a scheme file for one year (see {@code tenant-schemes/FORMAT.md}). */
@Entity
@Table(name = "tenant_scheme")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class TenantScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scheme_id", nullable = false)
    private String schemeId;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private String name;

    /** Where the copy came from: {@code file:xingan/yangguang-2006.scheme.json} or {@code tenant:xingan/xingan-yangguang-2006}. */
    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private String document;

    protected TenantScheme() {
        // for JPA
    }

    public TenantScheme(SchemeCopy copy) {
        this.schemeId = copy.schemeId();
        this.year = copy.year();
        this.name = copy.name();
        this.template = copy.template();
        this.document = copy.document();
    }

    public String schemeId() {
        return schemeId;
    }

    public int year() {
        return year;
    }

    public String name() {
        return name;
    }

    public String template() {
        return template;
    }

    public String document() {
        return document;
    }
}
