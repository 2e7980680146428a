# Sourced by the benchmark scripts, after they set DB (the scratch database's name): the settings of
# docker/local/common.sh, psql as the application's user ("${PSQL[@]}") and as the superuser (su_psql),
# `<script> clean` to drop the scratch database, and otherwise the database made once and brought up to
# the repository's migrations (each applied once, recorded in bench_migration).
source "$(dirname "${BASH_SOURCE[0]}")/../../docker/local/common.sh"
MIGRATIONS="${REPO_ROOT}/backend/src/main/resources/db/migration"
export PGPASSWORD="${DANVAN_DB_PASSWORD}"
PSQL=(psql -X -q -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "${DB}" -v ON_ERROR_STOP=1)
su_psql() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "${DANVAN_DB_PORT}" "$@"; }

if [ "${1:-}" = "clean" ]; then
  su_psql -d postgres -c "DROP DATABASE IF EXISTS \"${DB}\" WITH (FORCE)"
  say "Scratch database ${DB} dropped"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || die "run as root (the scratch database is made by the postgres superuser)"

# --- the scratch database and its schema --------------------------------------------------------------------------
if [ "$(su_psql -d postgres -Atc "select count(*) from pg_database where datname = '${DB}'")" = "0" ]; then
  say "Creating the scratch database ${DB}"
  su_psql -d postgres -c "CREATE DATABASE \"${DB}\" OWNER \"${DANVAN_DB_USER}\" ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
  su_psql -d "${DB}" -c 'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;'
fi
"${PSQL[@]}" -c "CREATE TABLE IF NOT EXISTS bench_migration (version int PRIMARY KEY, script text NOT NULL)"
for f in $(cd "${MIGRATIONS}" && ls V*__*.sql | sort -V); do
  v="${f#V}"; v="${v%%__*}"
  if [ "$("${PSQL[@]}" -Atc "select count(*) from bench_migration where version = ${v}")" = "0" ]; then
    say "Applying ${f}"
    "${PSQL[@]}" --single-transaction -f "${MIGRATIONS}/${f}" \
      -c "INSERT INTO bench_migration VALUES (${v}, '${f}')" >/dev/null
  fi
done
