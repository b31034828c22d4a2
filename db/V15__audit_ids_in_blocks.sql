-- Audit rows are numbered by the application in blocks of 50 from the id column's own sequence, as
-- fact entries are (V8): an identity read back after each INSERT (SELECT lastval()) cost every
-- recorded change a round trip. The next block starts after the rows there are; a row inserted
-- without an id still takes one from the sequence, past every block handed out.
ALTER TABLE audit_event ALTER COLUMN id SET INCREMENT BY 50;
SELECT setval(pg_get_serial_sequence('audit_event', 'id'), COALESCE((SELECT max(id) FROM audit_event), 0) + 50, false);
