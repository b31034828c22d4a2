-- An Idempotency-Key belongs to the caller who sent it: the same key sent by another caller is
-- another key. Unique per caller (the Keycloak subject), not across callers, so that a caller
-- reusing a key someone else chose neither is refused nor learns which tenant that key created.
-- Keys stored before this migration have no caller; they no longer match any request (a retry of
-- such a request is recognised by its code and content instead).
ALTER TABLE tenant ADD COLUMN idempotency_subject VARCHAR(200);
ALTER TABLE tenant DROP CONSTRAINT tenant_idempotency_key_key;
ALTER TABLE tenant ADD CONSTRAINT tenant_idempotency_key_per_caller UNIQUE (idempotency_subject, idempotency_key);
ALTER TABLE tenant ADD CONSTRAINT tenant_idempotency_key_has_caller
    CHECK (idempotency_key IS NULL OR idempotency_subject IS NOT NULL) NOT VALID;
