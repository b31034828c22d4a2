-- What the request that provisioned a tenant asked for: the SHA-256 (hex) of its content (code,
-- name, level, parent, template, year, admin; not the initial password). The same request sent
-- again, with or without its Idempotency-Key, is recognised by it and answered as the first time
-- (also when its name differs from the jurisdiction's registered name); the same key with another
-- body (another admin, another template) is refused (422). Tenants provisioned before this
-- migration have none: they are matched by code and content, as before.
ALTER TABLE tenant ADD COLUMN request_digest CHAR(64);
