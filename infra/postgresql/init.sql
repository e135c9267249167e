-- The product's database and its per-service roles and schemas (roles.sql). As a superuser, from the
-- repository's root; running it again changes nothing:
--   psql -v ON_ERROR_STOP=1 -v database=ascc -f infra/postgresql/init.sql
-- then give each role a password (asked, never echoed nor written in a file or the shell's history):
--   psql -d ascc -c '\password ascc_training_owner'  -c '\password ascc_training'   … for every schema
-- The database belongs to the superuser: no service may create schemas, extensions or other roles.
SELECT format('CREATE DATABASE %I ENCODING %L TEMPLATE template0', :'database', 'UTF8')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database')
\gexec
\connect :"database"
\ir roles.sql
