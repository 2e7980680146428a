#!/usr/bin/env bash
# The cost of a request: for a few read endpoints, the statements the API runs are captured from
# PostgreSQL's own log, replayed with pgbench (in one transaction, as the API runs them), and set beside
# wrk against the API, at 1 and at 8 connections. Prints both and their ratio.
#
#   make run && backend/bench/api-vs-sql.sh            # every endpoint, 10 s per measurement
#   DURATION=5 backend/bench/api-vs-sql.sh summary     # one endpoint, by name
#
# pgbench uses the extended protocol unprepared (-M extended): each statement is parsed and planned
# every time, as the API's are (they run with plan_cache_mode = force_custom_plan, or are planned for
# their values), so the comparison is the same work, not a cached plan against a fresh one.
# Goals on the 2-core machine with demo data: the API adds at most 0.5 ms to its own SQL at one
# connection, and reaches at least 0.5x the SQL's throughput at 8. The token is the province leader's
# (password grant through the demo realm's danvan-scripts client). Installs wrk (apt) when missing.
# Logging every statement is switched on for the capture only (ALTER SYSTEM, reload) and off again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=docker/local/common.sh
source docker/local/common.sh

DURATION="${DURATION:-10}"
API="http://localhost:${DANVAN_API_PORT}"
export PGPASSWORD="${DANVAN_DB_PASSWORD}"
PSQL=(psql -X -q -At -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "${DANVAN_DB_NAME}")
command -v wrk >/dev/null || apt_install wrk
command -v pgbench >/dev/null || die "pgbench is missing (it comes with the PostgreSQL server package)"
url_ok "http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health/ready" || die "the backend does not answer on ${API}: make run first"

LOG_FILE=$(runuser -u postgres -- psql -X -At -p "${DANVAN_DB_PORT}" -c "select pg_current_logfile()" 2>/dev/null || true)
if [ -z "$LOG_FILE" ]; then
  LOG_FILE=$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)
else
  case "$LOG_FILE" in /*) ;; *) LOG_FILE="$(runuser -u postgres -- psql -X -At -p "${DANVAN_DB_PORT}" -c 'show data_directory')/$LOG_FILE" ;; esac
fi
[ -r "$LOG_FILE" ] || die "cannot read PostgreSQL's log ($LOG_FILE)"

token() {
  curl -fsS -d grant_type=password -d client_id=danvan-scripts -d client_secret="${DANVAN_SCRIPTS_SECRET:-changeme-scripts}" \
    -d username="${BENCH_USER:-leader.angiang}" -d password="${BENCH_PASSWORD:-demo}" \
    "http://localhost:${KC_PORT}/realms/danvan/protocol/openid-connect/token" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

declare -A PATHS=(
  [units]="/api/v1/units?q=rach%20gia"
  [organizations]="/api/v1/organizations?q=91-UBND"
  [directives]="/api/v1/directives?q=dan%20van%20kheo"
  [assignments]="/api/v1/assignments?size=20"
  [summary]="/api/v1/assignments/summary"
  [inbox]="/api/v1/reports?inbox=true"
)
ORDER=(units organizations directives assignments summary inbox)
[ $# -gt 0 ] && ORDER=("$@")

log_all() { runuser -u postgres -- psql -X -q -p "${DANVAN_DB_PORT}" -c "ALTER SYSTEM SET log_min_duration_statement = $1" -c "select pg_reload_conf()" >/dev/null; }
trap 'log_all -1 || true' EXIT

# Reads PostgreSQL's log of one request from stdin: the statements run (parameters inlined), as a pgbench script.
PARSE_LOG=$(cat <<'PY'
import os, re, sys
WHO = os.environ['CAPTURE_WHO']  # user@database of the API's connections, as log_line_prefix prints them
stmts = []      # [sql, {n: literal}]
current = None  # the statement the next DETAIL line belongs to (an execute, not a parse or bind)
for line in sys.stdin.read().splitlines():
    logged = re.search(r'duration: [\d.]+ ms\s+(\w+)[^:]*: (.*)$', line)
    if logged:
        current = None
        if WHO in line and logged.group(1) in ('execute', 'statement'):
            current = [logged.group(2), {}]
            stmts.append(current)
        continue
    detail = re.search(r'DETAIL:\s+[Pp]arameters: (.*)$', line)
    if detail:
        if current is not None:
            for k, v in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", detail.group(1)):
                current[1][int(k)] = v
        continue
    if current is not None and line.startswith(('\t', ' ')):
        current[0] += ' ' + line.strip()

def literal(v):
    # arrays are sent typed by the driver; as literals they need their type again
    m = re.fullmatch(r"'\{(.*)\}'", v)
    if m:
        items = [x for x in m.group(1).split(',') if x]
        return v + ('::bigint[]' if all(re.fullmatch(r'-?\d+', x) for x in items) else '::text[]')
    return v

out = []
for sql, params in stmts:
    if 'qrtz_' in sql.lower() or sql.strip().upper() in ('BEGIN', 'COMMIT', 'ROLLBACK'):
        continue
    for k in sorted(params, reverse=True):
        sql = re.sub(r'\$%d(?!\d)' % k, lambda _: literal(params[k]), sql)
    out.append(sql.rstrip(';') + ';')
with open(sys.argv[1], 'w') as f:
    f.write('BEGIN;\n' + '\n'.join(out) + '\nCOMMIT;\n')
print(len(out))
PY
)

# capture NAME PATH: the statements one request runs, parameters inlined, as a pgbench script
capture() {
  local name="$1" path="$2" out="$3" before
  TOKEN=$(token)
  curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "${API}${path}" # warm: plans, caches
  log_all 0
  sleep 0.5
  before=$(stat -c %s "$LOG_FILE")
  curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "${API}${path}"
  sleep 0.5
  log_all -1
  tail -c +"$((before + 1))" "$LOG_FILE" | CAPTURE_WHO="${DANVAN_DB_USER}@${DANVAN_DB_NAME} " python3 -c "$PARSE_LOG" "$out"
}

wrk_rps() { # wrk_rps CONNECTIONS PATH -> requests/s and mean latency ms
  local threads=1; [ "$1" -gt 1 ] && threads=2
  wrk -t"$threads" -c"$1" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "${API}$2" |
    python3 -c '
import re,sys
t=sys.stdin.read()
rps=float(re.search(r"Requests/sec:\s+([\d.]+)",t).group(1))
non2xx=re.search(r"Non-2xx or 3xx responses: (\d+)",t)
print(f"{rps:.0f}", (non2xx.group(1) if non2xx else "0"))'
}
pgbench_tps() { # pgbench_tps CLIENTS FILE -> transactions/s
  local threads=1; [ "$1" -gt 1 ] && threads=2
  pgbench -n -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -M extended -c "$1" -j "$threads" \
    -T "${DURATION}" -f "$2" "${DANVAN_DB_NAME}" 2>/dev/null | python3 -c '
import re,sys
t=sys.stdin.read()
print("%.0f" % float(re.search(r"tps = ([\d.]+)",t).group(1)))'
}

printf '%-12s %5s | %9s %9s %8s | %9s %9s %6s | %s\n' endpoint stmts "api/s@1" "sql/s@1" "+ms@1" "api/s@8" "sql/s@8" "x@8" path
for name in "${ORDER[@]}"; do
  path="${PATHS[$name]}"
  script=".run/api-vs-sql-${name}.sql"
  n=$(capture "$name" "$path" "$script")
  TOKEN=$(token)
  # warm-up: the JIT, the pool, the caches (a fresh backend is many times slower for its first seconds)
  wrk -t2 -c4 -d"${WARMUP:-5}s" -H "Authorization: Bearer $TOKEN" "${API}${path}" >/dev/null
  read -r api1 bad1 < <(wrk_rps 1 "$path")
  sql1=$(pgbench_tps 1 "$script")
  read -r api8 bad8 < <(wrk_rps 8 "$path")
  sql8=$(pgbench_tps 8 "$script")
  python3 - "$name" "$n" "$api1" "$sql1" "$api8" "$sql8" "$path" "$bad1" "$bad8" <<'PY'
import sys
name, n, a1, s1, a8, s8, path, b1, b8 = sys.argv[1:]
a1, s1, a8, s8 = map(float, (a1, s1, a8, s8))
added = 1000 / a1 - 1000 / s1
flag = '' if (b1, b8) == ('0', '0') else f'  (non-2xx: {b1}/{b8})'
print(f"{name:12} {n:>5} | {a1:9.0f} {s1:9.0f} {added:8.2f} | {a8:9.0f} {s8:9.0f} {a8 / s8:6.2f} | {path}{flag}")
PY
done
echo
echo "(+ms@1: 1000/api - 1000/sql at one connection; x@8: API requests/s over SQL transactions/s at 8."
echo " The SQL of each endpoint is in .run/api-vs-sql-<name>.sql, captured from PostgreSQL's log.)"
