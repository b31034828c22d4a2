package cn.kaoping.tenant;

import cn.kaoping.platform.persistence.TenancyChangeListener;
import cn.kaoping.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A jurisdiction (or organisation) that runs its schemes here. Its code is the jurisdiction's;
 * its parent tenant is the nearest ancestor jurisdiction that is a tenant. Its users are the
 * members of the Keycloak group {@code /tenants/{code}} and its role subgroups.
 */
@Entity
@EntityListeners(TenancyChangeListener.class)
@Table(name = "tenant")
public class Tenant {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    /** The Idempotency-Key of the request that provisioned it, unique per caller (its subject). */
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "idempotency_subject")
    private String idempotencySubject;

    /** The digest of the request that provisioned it ({@link ProvisionTenant#digest()}). */
    @Column(name = "request_digest")
    private String requestDigest;

    @Column(name = "keycloak_group", nullable = false)
    private String keycloakGroup;

    @Column(name = "provisioned_by", nullable = false)
    private String provisionedBy;

    @Column(name = "provisioned_at", insertable = false, updatable = false)
    private OffsetDateTime provisionedAt;

    @Column(name = "archived_at")
    private OffsetDateTime archivedAt;

    protected Tenant() {
        // for JPA
    }

    Tenant(String code, String keycloakGroup, Actor provisionedBy, Optional<String> idempotencyKey, String requestDigest) {
        this.code = code;
        this.status = TenantStatus.ACTIVE;
        this.keycloakGroup = keycloakGroup;
        this.provisionedBy = provisionedBy.name();
        this.idempotencyKey = idempotencyKey.orElse(null);
        this.idempotencySubject = idempotencyKey.map(k -> provisionedBy.subject()).orElse(null);
        this.requestDigest = requestDigest;
    }

    /** The digest of the request that provisioned it; empty for a tenant from before V6. */
    Optional<String> requestDigest() {
        return Optional.ofNullable(requestDigest);
    }

    /** Its users lose access; its data stays, readable to the admins of the tenants above it. */
    void archive(OffsetDateTime at) {
        if (status == TenantStatus.ACTIVE) {
            status = TenantStatus.ARCHIVED;
            archivedAt = at;
        }
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public String code() {
        return code;
    }

    public TenantStatus status() {
        return status;
    }


    public String keycloakGroup() {
        return keycloakGroup;
    }

    public Optional<OffsetDateTime> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }
}
