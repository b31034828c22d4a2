package cn.kaoping.approval;

import cn.kaoping.platform.persistence.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A late-entry exception (补录): the scheme admin lets one unit, or one indicator of it, be entered
 * past the entry window and the sign-offs, for a reason, until a deadline; never after the 审定.
 */
@Entity
@Table(name = "late_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class LateEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unit;

    @Column(name = "indicator_code", updatable = false)
    private String indicator;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime deadline;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private OffsetDateTime grantedAt;

    protected LateEntry() {
        // for JPA
    }

    LateEntry(Long cycleId, String unit, Optional<String> indicator, String reason, OffsetDateTime deadline, String grantedBy,
              OffsetDateTime now) {
        this.cycleId = cycleId;
        this.unit = unit;
        this.indicator = indicator.orElse(null);
        this.reason = reason;
        this.deadline = deadline;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    /** Whether it still lets anything in at {@code now}. */
    boolean open(OffsetDateTime now) {
        return now.isBefore(deadline);
    }

    /** Whether it lets in a change of the unit's {@code indicator} (empty: the unit's 自评 or applications) at {@code now}. */
    boolean admits(String unitCode, Optional<String> indicatorCode, OffsetDateTime now) {
        return unit.equals(unitCode) && now.isBefore(deadline)
                && (indicator == null || indicatorCode.filter(indicator::equals).isPresent());
    }

    public LateEntryView view() {
        return new LateEntryView(id, unit, Optional.ofNullable(indicator), reason, deadline, grantedBy, grantedAt);
    }

    /** A late-entry exception as the API shows it. */
    public record LateEntryView(Long id, String unit, Optional<String> indicator, String reason, OffsetDateTime deadline,
                                String grantedBy, OffsetDateTime grantedAt) {
    }
}
