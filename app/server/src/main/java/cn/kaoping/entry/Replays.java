package cn.kaoping.entry;

import cn.kaoping.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * POSTs with an Idempotency-Key (the caller's own: another caller's same key is another key),
 * remembered in the transaction of their work with what they answered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Replays {

    @PersistenceContext(unitName = "kaoping")
    EntityManager em;

    /** The first answer to this caller's key; 422 when the key was used with another request. */
    public Optional<Answer> replay(String subject, String key, String digest) {
        Optional<IdempotentRequest> first = em.createQuery("select r from IdempotentRequest r where r.subject = :s "
                        + "and r.key = :k", IdempotentRequest.class)
                .setParameter("s", subject).setParameter("k", key).getResultStream().findFirst();
        if (first.isPresent() && !first.get().digest().equals(digest)) {
            throw DomainException.Conflict.keyReused("这个 Idempotency-Key 已用于另一个请求；新的请求请换一个键。");
        }
        return first.map(IdempotentRequest::answer);
    }

    /** Keeps the answer; the same key sent at the same moment by the same caller is a conflict for the second. */
    public void remember(String subject, String key, String digest, Answer answer) {
        try {
            em.persist(new IdempotentRequest(subject, key, digest, answer, OffsetDateTime.now()));
            em.flush();
        } catch (PersistenceException e) {
            throw new DomainException.Conflict("同一个 Idempotency-Key 的请求正在处理，请稍后重发以取得其结果。");
        }
    }
}
