-- What a request with an Idempotency-Key asked for: the SHA-256 (hex) of its content (code, name,
-- level, parent, template, year, admin; not the initial password), so that the same key sent again
-- with another body (another admin, another template) is refused (422) rather than answered with
-- the tenant the first body created. Tenants provisioned before this migration have none: their
-- key is matched by code only, as before.
ALTER TABLE tenant ADD COLUMN idempotency_request CHAR(64);
