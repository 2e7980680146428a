-- Runs once, when the postgres container initialises an empty data directory, as the superuser
-- in the application database. The same extensions as docker/local/postgres.sh creates.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
