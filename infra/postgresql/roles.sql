-- Least privilege per process, in the database this runs in (run it as a superuser; running it again
-- changes nothing). For each schema — training, aid, culture, budget, reporting, and identity (the
-- gateway's) — two roles:
--   ascc_<schema>_owner  owns the schema and runs its migrations (DATABASE_MIGRATION_URL);
--   ascc_<schema>        the service at run time (DATABASE_URL): USAGE on its own schema only. Its
--                        migrations, run as the owner, then grant it SELECT/INSERT/UPDATE/DELETE on its
--                        tables, and only SELECT/INSERT on the audit log (libs/service-kit,
--                        grantRuntimeRole). Not the owner, it cannot alter or drop a table or its trigger.
-- No role here may log in before it has a password: `\password ascc_training` in psql for each.
-- infra/postgresql/init.sql makes the database and runs this file; the tests run it on each database
-- they make (libs/runtime/src/postgres.ts).

DO $roles$
DECLARE
  s text;
  r text;
  owner text;
  item text;
BEGIN
  FOREACH s IN ARRAY ARRAY['training', 'aid', 'culture', 'budget', 'reporting', 'identity'] LOOP
    FOREACH r IN ARRAY ARRAY['ascc_' || s || '_owner', 'ascc_' || s] LOOP
      -- Roles belong to the whole server: two databases provisioned at once may race to create one.
      BEGIN
        EXECUTE format('CREATE ROLE %I LOGIN', r);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END;
      EXECUTE format(
        'ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS', r);
      EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r);
    END LOOP;

    owner := 'ascc_' || s || '_owner';
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = s) THEN
      EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s, owner);
      -- An installation that ran with one role for everything: its tables and functions pass to the
      -- schema's owner (a table's own sequences and indexes follow it).
      FOR item IN
        SELECT c.oid::regclass::text FROM pg_class c
        WHERE c.relnamespace = s::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND c.relowner <> owner::regrole
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                          AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
      LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', item, owner);
      END LOOP;
      FOR item IN
        SELECT p.oid::regprocedure::text FROM pg_proc p
        WHERE p.pronamespace = s::regnamespace AND p.proowner <> owner::regrole
      LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', item, owner);
      END LOOP;
    ELSE
      EXECUTE format('CREATE SCHEMA %I AUTHORIZATION %I', s, owner);
    END IF;
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', s);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, 'ascc_' || s);
  END LOOP;

  -- Nobody else connects, makes schemas or temporary tables, or writes in the public schema.
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
END
$roles$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- The trigram operators of the search indexes, made here since no service may create an extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
