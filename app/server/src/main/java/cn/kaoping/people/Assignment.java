package cn.kaoping.people;

import cn.kaoping.platform.persistence.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person in a place: a Keycloak user (by subject) holding a tenant role with a scope — the
 * assessing agency of an assessor, the unit of a unit reporter, the agency or the whole tenant of
 * an approver, the tenant of a viewer. The role itself comes from Keycloak; the scope is kept here.
 */
@Entity
@Table(name = "assignment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String role;

    @Column(name = "scope_kind", nullable = false)
    private String scopeKind;

    @Column(nullable = false)
    private String scope;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Assignment() {
        // for JPA
    }

    Assignment(String subject, String username, String displayName, Place place, String createdBy, OffsetDateTime now) {
        this.subject = subject;
        this.username = username;
        this.displayName = displayName;
        this.role = place.role();
        this.scopeKind = place.kind().word();
        this.scope = place.scope();
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public Place place() {
        return new Place(role, Place.Kind.of(scopeKind), scope);
    }

    public AssignmentView view() {
        return new AssignmentView(id, username, displayName, subject, role, scopeKind, scope, createdAt, createdBy);
    }
}
