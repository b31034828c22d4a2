-- V15 restarted the audit ids after max(id), but read max(id) under the table's forced row-level
-- security: as the schema owner, with no tenant entered, it saw no row, so on a database that had
-- audit rows the numbering restarted at 1 and the next recorded change collided with an existing
-- id (every provisioning failed). Read past the policy for this one statement (the owner is not
-- bound by it without FORCE), then force it again; all within this migration's transaction. The
-- sequence never moves back.
ALTER TABLE audit_event NO FORCE ROW LEVEL SECURITY;
SELECT setval(pg_get_serial_sequence('audit_event', 'id'),
              GREATEST(COALESCE((SELECT max(id) FROM audit_event), 0),
                       COALESCE(pg_sequence_last_value(pg_get_serial_sequence('audit_event', 'id')::regclass), 0)) + 50,
              false);
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
