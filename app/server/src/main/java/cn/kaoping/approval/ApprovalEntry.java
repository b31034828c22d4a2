package cn.kaoping.approval;

import cn.kaoping.platform.persistence.TenantScope;
import cn.kaoping.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One action on an item of the approval chain, append-only: the item's next version. The last
 * action is where the item stands; two actions from the same version cannot both be kept.
 */
@Entity
@Table(name = "approval")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class ApprovalEntry {

    /** What was done to the item. */
    public enum Action {
        APPROVED, RETURNED, REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(nullable = false, updatable = false)
    private String level;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unit;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(updatable = false)
    private String reason;

    @Column(name = "by_subject", nullable = false, updatable = false)
    private String bySubject;

    @Column(name = "by_name", nullable = false, updatable = false)
    private String byName;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private OffsetDateTime actedAt;

    protected ApprovalEntry() {
        // for JPA
    }

    ApprovalEntry(Long cycleId, Item item, int version, Action action, Optional<String> reason, Actor actor,
                  OffsetDateTime now) {
        this.cycleId = cycleId;
        this.level = item.level();
        this.unit = item.unit().orElse("");
        this.agency = item.agency().orElse("");
        this.version = version;
        this.action = action;
        this.reason = reason.orElse(null);
        this.bySubject = actor.subject();
        this.byName = actor.name();
        this.actedAt = now;
    }

    public Item item() {
        return new Item(level, unit.isEmpty() ? Optional.empty() : Optional.of(unit),
                agency.isEmpty() ? Optional.empty() : Optional.of(agency));
    }

    public int version() {
        return version;
    }

    public Action action() {
        return action;
    }

    public boolean approved() {
        return action == Action.APPROVED;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String byName() {
        return byName;
    }

    public OffsetDateTime actedAt() {
        return actedAt;
    }

    public ActionView view() {
        return new ActionView(item().level(), item().unit(), item().agency(), version, action, Optional.ofNullable(reason),
                byName, actedAt);
    }

    /** An action as the API shows it: who did what to which item, when, and why. */
    public record ActionView(String level, Optional<String> unit, Optional<String> agency, int version, Action action,
                             Optional<String> reason, String by, OffsetDateTime at) {
    }
}
