package cn.kaoping.tenant;

import java.util.Optional;

/** The repository of tenants. */
public interface Tenants {

    Optional<Tenant> byCode(String code);

    /** The tenant this caller (a Keycloak subject) provisioned with this Idempotency-Key. */
    Optional<Tenant> byIdempotencyKey(String subject, String key);

    void add(Tenant tenant);
}
