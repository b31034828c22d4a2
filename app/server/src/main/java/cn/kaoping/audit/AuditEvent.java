package cn.kaoping.audit;

import cn.kaoping.platform.security.Actor;

import cn.kaoping.platform.persistence.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Who did what in a tenant: the Keycloak subject and display name, never more of the user. */
@Entity
@Table(name = "audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class AuditEvent {

    /**
     * Numbered in blocks of 50 from the column's own sequence (db V15), as fact entries are: an
     * identity would be read back after every INSERT ({@code SELECT lastval()}), one round trip more
     * for every change the trail records.
     */
    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "actor_subject", nullable = false)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String detail;

    @Column(insertable = false, updatable = false)
    private OffsetDateTime at;

    /** What the changed thing was before and is after (JSON or text); absent where nothing was or is. */
    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Actor actor, String action, String detail) {
        this.actorSubject = actor.subject();
        this.actorName = actor.name();
        this.action = action;
        this.detail = detail;
    }

    AuditEvent(Actor actor, String action, String detail, Optional<String> before, Optional<String> after) {
        this(actor, action, detail);
        this.before = before.orElse(null);
        this.after = after.orElse(null);
    }

    public String actorName() {
        return actorName;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    public OffsetDateTime at() {
        return at;
    }
}
