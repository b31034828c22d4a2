package cn.kaoping.entry;

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
 * A POST that carried an Idempotency-Key, kept with its answer in the transaction that did its
 * work: the same key from the same caller with the same request is answered the same again,
 * creating nothing; with another request it is refused (422).
 */
@Entity
@Table(name = "idempotent_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantScope.PROPERTY, length = 64)
public class IdempotentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String subject;

    @Column(name = "idempotency_key", nullable = false)
    private String key;

    @Column(name = "request_digest", nullable = false)
    private String digest;

    @Column(nullable = false)
    private int status;

    @Column(nullable = false)
    private String response;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected IdempotentRequest() {
        // for JPA
    }

    IdempotentRequest(String subject, String key, String digest, Answer answer, OffsetDateTime now) {
        this.subject = subject;
        this.key = key;
        this.digest = digest;
        this.status = answer.status();
        this.response = answer.json();
        this.createdAt = now;
    }

    String digest() {
        return digest;
    }

    Answer answer() {
        return new Answer(status, response);
    }
}
