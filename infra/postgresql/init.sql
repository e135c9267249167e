-- One database for the product; each service creates and owns its own schema in it (training, aid,
-- culture, budget) on first start, through its committed migrations.
-- psql -v password="'…'" -f infra/postgresql/init.sql   (as a superuser; the password never goes in the repo)
CREATE ROLE ascc LOGIN PASSWORD :password;
CREATE DATABASE ascc OWNER ascc ENCODING 'UTF8' TEMPLATE template0;
