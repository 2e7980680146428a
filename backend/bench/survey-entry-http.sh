#!/usr/bin/env bash
# Entering one paper form, over HTTP (issue 14, part 5: "entering one form < 50 ms at the server"), against the
# running app — survey-bench.sh measures the same form in SQL alone; this measures the whole request.
#   make run && backend/bench/survey-entry-http.sh [N]      (default N=200 forms, after WARMUP=50 not counted)
# Needs the stack of `make run` on the ports of docker/local/common.sh (API ${DANVAN_API_PORT}, management
# ${DANVAN_MANAGEMENT_PORT}, Keycloak ${KC_PORT}); says so and exits 2 when it is not up.
# Signs in as the demo Front cadre of phường Rạch Giá (BENCH_USER=mttq.rachgia, password `demo`, password grant
# through the demo realm's danvan-scripts client), then finds its OPEN survey named "${BENCH_SURVEY}" or makes one
# (the title of the commune's earlier surveys, every current residential area in the plan, questions seeded by the
# server) and opens it. It stays OPEN for the next run: its forms are benchmark forms in the demo database, under that
# name, never in a demo survey. Then it posts WARMUP + N forms one after the other with curl, each a new connection
# with a fresh Idempotency-Key, every question answered, the areas in turn, and prints p50 / p95 / max of curl's
# time_starttransfer (request sent → first byte of the answer: the server's work) and time_total, in ms, with the
# backend's own timer of the operation (Micrometer's http_server_requests for the route: the mean of the counted forms)
# and, for comparison, the same figures for N GET /api/v1/me (token check and one lookup: the floor of any request),
# then the SQL one form costs:
#   - from pg_stat_statements when PostgreSQL loads it (shared_preload_libraries): statements run at least once
#     per counted form, calls per form and mean time;
#   - otherwise, as root, from PostgreSQL's log: one more form with every statement logged (log_min_duration_statement
#     = 0 for that form only, ALTER SYSTEM and reload, as api-vs-sql.sh does), each statement with its duration;
#   - otherwise the statements SurveyEntryService.enter runs, by name (no durations).
# The script says which it printed. Needs curl and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=docker/local/common.sh
source docker/local/common.sh

N="${1:-200}"
WARMUP="${WARMUP:-50}"
BENCH_USER="${BENCH_USER:-mttq.rachgia}"
BENCH_PASSWORD="${BENCH_PASSWORD:-demo}"
BENCH_SURVEY="${BENCH_SURVEY:-Đo thời gian nhập phiếu (benchmark)}"
API="http://localhost:${DANVAN_API_PORT}"
METRICS="http://localhost:${DANVAN_MANAGEMENT_PORT}/q/metrics"
ROUTE='/api/v1/satisfaction-surveys/{id}/responses'
export PGPASSWORD="${DANVAN_DB_PASSWORD}"
PSQL=(psql -X -q -At -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "${DANVAN_DB_NAME}")

if ! url_ok "http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health/ready" \
  || ! url_ok "http://localhost:${KC_PORT}/realms/danvan/.well-known/openid-configuration"; then
  printf 'The stack is not up (backend ready on %s, Keycloak on %s): start it with `make run` first.\n' \
    "${DANVAN_MANAGEMENT_PORT}" "${KC_PORT}" >&2
  exit 2
fi
WORK=$(mktemp -d)
trap 'rm -rf "${WORK}"' EXIT

TOKEN=$(curl -fsS -d grant_type=password -d client_id=danvan-scripts \
  -d client_secret="${DANVAN_SCRIPTS_SECRET:-changeme-scripts}" \
  -d username="${BENCH_USER}" -d password="${BENCH_PASSWORD}" \
  "http://localhost:${KC_PORT}/realms/danvan/protocol/openid-connect/token" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
uuid() { cat /proc/sys/kernel/random/uuid; }
get() { curl -fsS -H "Authorization: Bearer ${TOKEN}" "${API}$1"; }
post() { # post PATH JSON: with a fresh Idempotency-Key; prints the answer, fails on an error status (shown)
  local out="${WORK}/post.json" code
  code=$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(uuid)" -d "$2" "${API}$1")
  [ "${code:0:1}" = 2 ] || die "POST $1 answered ${code}: $(cat "$out")"
  cat "$out"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# --- the survey: the bench's OPEN one of the user's commune, or a new one -----------------------------------------
UNIT=$(get /api/v1/me | json 'd["unit"]["id"]')
SURVEY=$(get "/api/v1/satisfaction-surveys?unitId=${UNIT}&state=OPEN&size=100" |
  BENCH_SURVEY="${BENCH_SURVEY}" json 'next((s["id"] for s in d["items"] if s["name"] == __import__("os").environ["BENCH_SURVEY"]), "")')
if [ -z "${SURVEY}" ]; then
  TITLE=$(get "/api/v1/satisfaction-surveys?unitId=${UNIT}&size=1" | json 'd["items"][0]["title"]["id"] if d["items"] else ""')
  [ -n "${TITLE}" ] || TITLE=$(get /api/v1/recognition-titles | json 'd[0]["id"]')
  PLAN=$(get "/api/v1/units/${UNIT}/residential-areas?size=100" |
    json 'json.dumps([{"residentialAreaId": a["id"], "households": 5000} for a in d["items"] if a["current"]])')
  BODY=$(python3 -c 'import json,sys; print(json.dumps({"titleId": int(sys.argv[1]), "unitId": int(sys.argv[2]),
    "name": sys.argv[3], "plan": json.loads(sys.argv[4])}))' "${TITLE}" "${UNIT}" "${BENCH_SURVEY}" "${PLAN}")
  SURVEY=$(post /api/v1/satisfaction-surveys "${BODY}" | json 'd["id"]')
  VERSION=$(get "/api/v1/satisfaction-surveys/${SURVEY}" | json 'd["version"]')
  post "/api/v1/satisfaction-surveys/${SURVEY}/open" "{\"version\": ${VERSION}}" >/dev/null
  say "Made and opened survey ${SURVEY} (\"${BENCH_SURVEY}\", title ${TITLE}) of unit ${UNIT}"
else
  say "Using the OPEN survey ${SURVEY} (\"${BENCH_SURVEY}\") of unit ${UNIT}"
fi

# one body per area of the plan: every question answered, values in turn along the scale
get "/api/v1/satisfaction-surveys/${SURVEY}" >"${WORK}/survey.json"
AREAS=$(python3 - "${WORK}" <<'PY'
import json, sys
work = sys.argv[1]
s = json.load(open(f"{work}/survey.json"))
values = [o["value"] for o in s["scale"]]
for i, p in enumerate(s["plan"]):
    body = {"residentialAreaId": p["residentialAreaId"],
            "answers": [{"questionId": q["id"], "value": values[(i + k) % len(values)]}
                        for k, q in enumerate(s["questions"])]}
    json.dump(body, open(f"{work}/form-{i}.json", "w"))
print(len(s["plan"]))
PY
)
QUESTIONS=$(json 'len(d["questions"])' <"${WORK}/survey.json")
[ "${AREAS}" -gt 0 ] && [ "${QUESTIONS}" -gt 0 ] || die "survey ${SURVEY} has no plan or no questions"

# --- the forms -------------------------------------------------------------------------------------------------------
metric() { # the route's POST timer: count sum max (seconds), 0 0 0 before its first request
  curl -fsS "${METRICS}" | ROUTE="${ROUTE}" python3 -c '
import os, re, sys
vals = {"count": 0.0, "sum": 0.0, "max": 0.0}
for line in sys.stdin:
    if line.startswith("http_server_requests_seconds_") and "method=\"POST\"" in line \
            and "uri=\"" + os.environ["ROUTE"] + "\"" in line and "status=\"201\"" in line:
        m = re.match(r"http_server_requests_seconds_(count|sum|max)\{.*\} ([0-9.eE+-]+)", line)
        if m:
            vals[m.group(1)] += float(m.group(2))
print(vals["count"], vals["sum"])'
}
send() { # send I: form I (area I mod AREAS); appends "status starttransfer total" (seconds) to times
  curl -sS -o /dev/null -w '%{http_code} %{time_starttransfer} %{time_total}\n' \
    -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuid)" \
    --data-binary "@${WORK}/form-$(($1 % AREAS)).json" "${API}/api/v1/satisfaction-surveys/${SURVEY}/responses"
}

floor() { # floor I: GET /api/v1/me, as send prints
  curl -sS -o /dev/null -w '%{http_code} %{time_starttransfer} %{time_total}\n' \
    -H "Authorization: Bearer ${TOKEN}" "${API}/api/v1/me"
}

# the view answers only when PostgreSQL loaded the module (shared_preload_libraries) and the extension exists
PGSS=""
if "${PSQL[@]}" -c 'select 1 from pg_stat_statements limit 1' >/dev/null 2>&1; then
  PGSS=1
fi
say "Posting ${WARMUP} forms (warm-up, not counted), then ${N} forms of ${QUESTIONS} answers to survey ${SURVEY}"
for i in $(seq 1 "${WARMUP}"); do send "$i" >/dev/null; floor >/dev/null; done
[ -z "${PGSS}" ] || "${PSQL[@]}" -c 'select pg_stat_statements_reset()' >/dev/null
read -r C0 S0 < <(metric)
LOAD0=$(cut -d' ' -f1 /proc/loadavg)
for i in $(seq 1 "${N}"); do send "$i"; done >"${WORK}/times"
read -r C1 S1 < <(metric)
for i in $(seq 1 "${N}"); do floor; done >"${WORK}/floor"
LOAD1=$(cut -d' ' -f1 /proc/loadavg)
FAILED=$(awk '$1 != 201' "${WORK}/times" | wc -l)
[ "${FAILED}" -eq 0 ] || die "${FAILED} of ${N} forms were refused: $(awk '$1 != 201 {print $1}' "${WORK}/times" | sort | uniq -c | tr '\n' ' ')"

printf '\nEntering one paper form over HTTP: survey %s (%s answers, %s areas), %s forms after %s warm-up, one connection each, ms\n' \
  "${SURVEY}" "${QUESTIONS}" "${AREAS}" "${N}" "${WARMUP}"
printf '(%s cores, load average %s before and %s after: the machine is shared, figures move with its load)\n' \
  "$(nproc)" "${LOAD0}" "${LOAD1}"
python3 - "${WORK}/times" "${C0}" "${S0}" "${C1}" "${S1}" "${WORK}/floor" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
c0, s0, c1, s1 = map(float, sys.argv[2:6])
floor = [line.split() for line in open(sys.argv[6]) if line.startswith("200 ")]
def pct(v, q):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
print(f"{'measure':58} {'p50':>7} {'p95':>7} {'max':>7}   goal")
for name, col in (("curl time_starttransfer (sent -> first byte)", 1), ("curl time_total (connect -> last byte)", 2)):
    v = [float(r[col]) * 1000 for r in rows]
    verdict = "< 50 ms: met" if pct(v, 0.95) < 50 else "< 50 ms: NOT met"
    print(f"{name:58} {pct(v, .5):7.1f} {pct(v, .95):7.1f} {max(v):7.1f}   {verdict} (p95)")
n = c1 - c0
if n > 0:
    mean = (s1 - s0) / n * 1000
    print(f"{'backend timer (http_server_requests, POST 201), mean':58} {mean:7.1f}"
          f"{'':>16}   over {int(n)} requests")
if floor:
    v = [float(r[1]) * 1000 for r in floor]
    print(f"{'for comparison: GET /api/v1/me, time_starttransfer':58} {pct(v, .5):7.1f} {pct(v, .95):7.1f} {max(v):7.1f}"
          f"   the floor of any signed-in request")
PY

# --- the SQL one form costs --------------------------------------------------------------------------------------------
printf '\nThe SQL of one form '
if [ -n "${PGSS}" ]; then
  printf '(from pg_stat_statements: statements run at least once per counted form; calls per form, mean ms):\n'
  "${PSQL[@]}" -F $'\t' -c "select round(calls::numeric / ${N}, 2), round(mean_exec_time::numeric, 3),
      left(regexp_replace(query, '\s+', ' ', 'g'), 220)
    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
      and calls >= ${N} order by calls desc, mean_exec_time desc" |
    awk -F'\t' '{ printf "  %5s x %8s ms  %s\n", $1, $2, $3 }'
elif [ "$(id -u)" -eq 0 ] && LOG_FILE=$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1) \
  && [ -r "${LOG_FILE}" ]; then
  printf '(pg_stat_statements is not loaded: one more form with every statement logged, from %s):\n' "${LOG_FILE}"
  log_all() { runuser -u postgres -- psql -X -q -p "${DANVAN_DB_PORT}" \
    -c "ALTER SYSTEM SET log_min_duration_statement = $1" -c "select pg_reload_conf()" >/dev/null; }
  trap 'log_all -1 || true; rm -rf "${WORK}"' EXIT
  before=$(stat -c %s "${LOG_FILE}")
  log_all 0
  sleep 0.5
  send 0 >/dev/null
  sleep 0.5
  log_all -1
  tail -c +"$((before + 1))" "${LOG_FILE}" | WHO="${DANVAN_DB_USER}@${DANVAN_DB_NAME} " python3 -c '
import os, re, sys
who, rows, current = os.environ["WHO"], [], None
for line in sys.stdin:
    m = re.search(r"duration: ([\d.]+) ms\s+(\w+)[^:]*: (.*)$", line)
    if m:
        current = None
        if who in line and m.group(2) in ("execute", "statement"):
            current = [float(m.group(1)), m.group(3)]
            rows.append(current)
    elif current is not None and line.startswith(("\t", " ")):
        current[1] += " " + line.strip()  # the statement goes on
    elif not line.startswith(("\t", " ")):
        current = None
rows = [(ms, re.sub(r"\s+", " ", sql).strip()) for ms, sql in rows if "qrtz_" not in sql.lower()]
total = sum(ms for ms, _ in rows)
for ms, sql in rows:
    shown = sql[:220] or "(an empty query: the pool checking its connection)"
    print(f"  {ms:8.3f} ms  {shown}")
print(f"  {total:8.3f} ms  in all, {len(rows)} statements (server-side execution as logged; parameters as $n)")'
else
  printf '(pg_stat_statements is not loaded and PostgreSQL'"'"'s log is not readable: the statements SurveyEntryService.enter runs, no times):\n'
  cat <<'SQL'
  satisfaction_survey by id (SurveyService.require)
  unit_scope of the survey's commune (SurveyRepository.pathOf), the caller's scope (SurveyAccess.requireEntry)
  satisfaction_plan_area of the survey (SurveyRepository.plan)
  satisfaction_question and satisfaction_scale_option of the survey (SurveyEntryService.answers)
  WITH r AS (INSERT INTO satisfaction_response ... RETURNING id) INSERT INTO satisfaction_answer ... (one statement;
    the count triggers of V28 update satisfaction_response_count and satisfaction_answer_count)
  INSERT INTO audit_event (AuditLog.record); the Idempotency-Key's record (its insert and its stored answer)
SQL
fi
