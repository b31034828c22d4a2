-- The application role inserts into the tables of V12 (approval, late_entry, publication,
-- published_sheet): their identity columns draw from sequences it must be allowed to use, as every
-- earlier migration that creates a table grants.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
