# Sourced by the benchmark scripts, after they set DB (the scratch database's name): the settings of
# docker/local/common.sh, psql as the application's user ("${PSQL[@]}") and as the superuser (su_psql),
# `<script> clean` to drop the scratch database, and otherwise the database made once and brought up to
# the repository's migrations (each applied once, recorded in bench_migration). Also `measure SQL`, the
# timing every script prints (uses RUNS).
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

# EXPLAIN (ANALYZE) of every statement of a case, RUNS times after 3 warm-ups, in one session; prints p50 p95 in ms.
measure() {
  local sql="$1"
  {
    echo "SET plan_cache_mode = force_custom_plan;"
    for i in $(seq 1 $((RUNS + 3))); do
      echo "\\echo RUN ${i}"
      tr ';' '\n' <<<"${sql}" | sed '/^[[:space:]]*$/d' | sed 's/^/EXPLAIN (ANALYZE, TIMING OFF) /; s/$/;/'
    done
  } | "${PSQL[@]}" -At 2>&1 | python3 -c '
import re, sys
runs, cur = [], None
for line in sys.stdin:
    if line.startswith("RUN "):
        cur = []; runs.append(cur)
    m = re.search(r"(Planning|Execution) Time: ([0-9.]+) ms", line)
    if m and cur is not None:
        cur.append(float(m.group(2)))
v = sorted(sum(r) for r in runs[3:])
p = lambda q: v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
print(f"{p(0.5):8.1f} {p(0.95):8.1f}")'
}
