package cn.kaoping.selfassessment;

import cn.kaoping.platform.error.DomainException;
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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A unit's self-assessment (自评) in a cycle: editable by its reporters as a draft, read-only once
 * submitted, editable again when returned (with the reason). Its revision is the version a change
 * sends back; any change of an item moves it.
 */
@Entity
@Table(name = "self_assessment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class SelfAssessment {

    /** Where a self-assessment stands. */
    public enum State {
        DRAFT, SUBMITTED, RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Version
    private int revision;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "returned_reason")
    private String returnedReason;

    protected SelfAssessment() {
        // for JPA
    }

    SelfAssessment(Long cycleId, String unit, Actor actor, OffsetDateTime now) {
        this.cycleId = cycleId;
        this.unit = unit;
        this.state = State.DRAFT;
        this.changedAt = now;
        this.changedBy = actor.name();
    }

    /** An item changed: the unit may still edit, and the revision moves. */
    void edited(Optional<Integer> expectedRevision, Actor actor, OffsetDateTime now) {
        requireEditable(expectedRevision);
        changedAt = now;
        changedBy = actor.name();
    }

    void submit(Optional<Integer> expectedRevision, Actor actor, OffsetDateTime now) {
        requireEditable(expectedRevision);
        state = State.SUBMITTED;
        returnedReason = null;
        changedAt = now;
        changedBy = actor.name();
    }

    /** 退回: the unit may edit again; the reason is shown to its reporters. */
    void giveBack(String reason, Optional<Integer> expectedRevision, Actor actor, OffsetDateTime now) {
        expect(expectedRevision);
        if (state != State.SUBMITTED) {
            throw new DomainException.Conflict(unit + " 的自评尚未提交，无需退回。", Optional.of(String.valueOf(revision)));
        }
        state = State.RETURNED;
        returnedReason = reason;
        changedAt = now;
        changedBy = actor.name();
    }

    private void requireEditable(Optional<Integer> expectedRevision) {
        expect(expectedRevision);
        if (state == State.SUBMITTED) {
            throw new DomainException.Conflict(unit + " 的自评已于 " + changedAt.toLocalDate() + " 由" + changedBy
                    + "提交，只读；如需修改，请考评办退回。", Optional.of(String.valueOf(revision)));
        }
    }

    private void expect(Optional<Integer> expectedRevision) {
        if (expectedRevision.isPresent() && expectedRevision.get() != revision) {
            throw new DomainException.Conflict(unit + " 的自评已被他人修改，请重新读取后再改。", Optional.of(String.valueOf(revision)));
        }
    }

    Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public int revision() {
        return revision;
    }

    public String unit() {
        return unit;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Optional<String> returnedReason() {
        return Optional.ofNullable(returnedReason);
    }
}
