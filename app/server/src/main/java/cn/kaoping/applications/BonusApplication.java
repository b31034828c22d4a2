package cn.kaoping.applications;

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
 * A unit's application for a bonus (特别附加分申报, 武进 附件6): the item, level, matter and
 * evidence; pending until approved with the final amount (then it is a fact, linked here) or
 * refused with a reason. Decided once.
 */
@Entity
@Table(name = "bonus_application")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class BonusApplication {

    /** Where an application stands. */
    public enum State {
        PENDING, APPROVED, REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unit;

    @Column(name = "rule_ref", nullable = false, updatable = false)
    private String rule;

    @Column(nullable = false, updatable = false)
    private String item;

    @Column(updatable = false)
    private String level;

    @Column(updatable = false)
    private String matter;

    @Column(updatable = false)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Version
    private int revision;

    @Column(name = "applied_by_subject", nullable = false, updatable = false)
    private String appliedBySubject;

    @Column(name = "applied_by_name", nullable = false, updatable = false)
    private String appliedByName;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "decided_by_name")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "fact_id")
    private Long factId;

    protected BonusApplication() {
        // for JPA
    }

    BonusApplication(Long cycleId, NewApplication a, Actor actor, OffsetDateTime now) {
        this.cycleId = cycleId;
        this.unit = a.unit();
        this.rule = a.rule();
        this.item = a.item();
        this.level = a.level();
        this.matter = a.matter();
        this.evidence = a.evidence();
        this.state = State.PENDING;
        this.appliedBySubject = actor.subject();
        this.appliedByName = actor.name();
        this.appliedAt = now;
    }

    /** Refuses a decision on an application decided before, or read at another revision. */
    void requirePending(Optional<Integer> expectedRevision) {
        if (expectedRevision.isPresent() && expectedRevision.get() != revision) {
            throw new DomainException.Conflict("申报 " + id + " 已被他人处理或修改，请重新读取。", Optional.of(String.valueOf(revision)));
        }
        if (state != State.PENDING) {
            throw new DomainException.Conflict("申报 " + id + " 已于 " + decidedAt.toLocalDate() + " 由" + decidedBy
                    + (state == State.APPROVED ? "批准" : "驳回") + "，不能再处理。", Optional.of(String.valueOf(revision)));
        }
    }

    void approve(long fact, Optional<String> reason, Actor actor, OffsetDateTime now) {
        state = State.APPROVED;
        factId = fact;
        decided(reason.orElse(null), actor, now);
    }

    void refuse(String reason, Actor actor, OffsetDateTime now) {
        state = State.REFUSED;
        decided(reason, actor, now);
    }

    private void decided(String reason, Actor actor, OffsetDateTime now) {
        decisionReason = reason;
        decidedBy = actor.name();
        decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public String rule() {
        return rule;
    }

    String item() {
        return item;
    }

    Optional<String> level() {
        return Optional.ofNullable(level);
    }

    Optional<String> matter() {
        return Optional.ofNullable(matter);
    }

    Optional<String> evidence() {
        return Optional.ofNullable(evidence);
    }

    public ApplicationView view() {
        return new ApplicationView(id, unit, rule, item, Optional.ofNullable(level), Optional.ofNullable(matter),
                Optional.ofNullable(evidence), state, revision, appliedByName, appliedBySubject, appliedAt,
                Optional.ofNullable(decidedBy), Optional.ofNullable(decidedAt), Optional.ofNullable(decisionReason),
                Optional.ofNullable(factId));
    }
}
