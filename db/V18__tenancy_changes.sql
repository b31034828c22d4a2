-- Every change to what the access check and the tenant view read (jurisdictions, tenants, scheme
-- versions) is announced on the channel kaoping_tenancy when its transaction commits, so that a
-- server keeping those reads between requests (TenancyChanges) drops them, whoever made the change:
-- another server on the same database, a migration, an operator in psql. NOTIFY is transactional:
-- nothing is announced for a transaction that rolls back, and a listener hears it only after the
-- commit, when a new read sees the change.
CREATE FUNCTION tenancy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kaoping_tenancy', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER jurisdiction_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jurisdiction
    FOR EACH STATEMENT EXECUTE FUNCTION tenancy_changed();
CREATE TRIGGER tenant_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tenant
    FOR EACH STATEMENT EXECUTE FUNCTION tenancy_changed();
CREATE TRIGGER scheme_version_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scheme_version
    FOR EACH STATEMENT EXECUTE FUNCTION tenancy_changed();
