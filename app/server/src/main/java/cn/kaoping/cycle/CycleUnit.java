package cn.kaoping.cycle;

import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.scheme.Scheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An assessed unit (被考评单位) of a cycle: one of its scheme's units, or one added to the cycle
 * when the scheme lists none (新干: 所有县直效能考评单位). It may be a tenant itself (seed 001).
 */
@Entity
@Table(name = "cycle_unit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class CycleUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String series;

    @Column(name = "collected_by")
    private String collectedBy;

    @Column(name = "from_scheme", nullable = false)
    private boolean fromScheme;

    @Column(name = "linked_tenant")
    private String linkedTenant;

    protected CycleUnit() {
        // for JPA
    }

    CycleUnit(Long cycleId, Scheme.Unit unit, boolean fromScheme, Optional<String> linkedTenant) {
        this.cycleId = cycleId;
        this.code = unit.code();
        this.name = unit.name();
        this.series = unit.series().orElse(null);
        this.collectedBy = unit.collectedBy().orElse(null);
        this.fromScheme = fromScheme;
        this.linkedTenant = linkedTenant.orElse(null);
    }

    /** The unit as the engine knows it. */
    public Scheme.Unit unit() {
        return new Scheme.Unit(code, name, Optional.ofNullable(series), Optional.ofNullable(collectedBy));
    }

    public String code() {
        return code;
    }

    /** The tenant this unit is, if it is one. */
    public Optional<String> linkedTenant() {
        return Optional.ofNullable(linkedTenant);
    }

    /** Links the unit to the tenant it is, or unlinks it. */
    void link(Optional<String> tenant) {
        this.linkedTenant = tenant.orElse(null);
    }

    /** Whether the scheme lists it (else it was added to the cycle, and a facts file must list it). */
    public boolean fromScheme() {
        return fromScheme;
    }

    public UnitView view() {
        return new UnitView(code, name, Optional.ofNullable(series), Optional.ofNullable(collectedBy), fromScheme,
                Optional.ofNullable(linkedTenant));
    }

    /** A unit of a cycle as the API shows it; {@code collectedBy} is its 扎口科室. */
    public record UnitView(String code, String name, Optional<String> series, Optional<String> collectedBy,
                           boolean fromScheme, Optional<String> tenant) {
    }
}
