#!/usr/bin/env bash
# Benchmark of tasks and reports at the size of a province, against the running system (`make run` first).
#   backend/bench/assignment-bench.sh [RUNS]
#   backend/bench/assignment-bench.sh clean      (deletes the generated tasks, assignments and slots)
# Seeds once (marked by the directive number 1-KH/BENCHTASKS): 121 tasks of An Giang's board given
# to each of An Giang's ~827 organizations in force (about 100,000 assignments, half of them
# continuous), and for each continuous assignment 20 quarterly report slots (Q4/2021 to Q3/2026,
# about 1,000,000 slots) in every state. Then, for the summary and the lists, prints p50/p95 of RUNS
# calls (default 30) through the API next to p50/p95 of the same SQL run directly with psql.
# Needs curl, psql, python3 and the demo realm's danvan-scripts client (password grant for leader.angiang).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../docker/local/common.sh"
RUNS="${1:-30}"
API="http://localhost:${DANVAN_API_PORT}"
export PGPASSWORD="${DANVAN_DB_PASSWORD}"
PSQL=(psql -X -q -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "${DANVAN_DB_NAME}" -v ON_ERROR_STOP=1)
BENCH="directive_id IN (SELECT id FROM directive WHERE number_text = '1-KH/BENCHTASKS')"

if [ "${1:-}" = "clean" ]; then
  "${PSQL[@]}" <<SQL
DELETE FROM report_event WHERE slot_id IN (SELECT s.id FROM report_slot s JOIN task_assignment a ON a.id = s.assignment_id JOIN task t ON t.id = a.task_id WHERE t.$BENCH);
DELETE FROM report_slot WHERE assignment_id IN (SELECT a.id FROM task_assignment a JOIN task t ON t.id = a.task_id WHERE t.$BENCH);
DELETE FROM explanation WHERE assignment_id IN (SELECT a.id FROM task_assignment a JOIN task t ON t.id = a.task_id WHERE t.$BENCH);
DELETE FROM task_assignment WHERE task_id IN (SELECT id FROM task WHERE $BENCH);
DELETE FROM task WHERE $BENCH;
DELETE FROM directive WHERE number_text = '1-KH/BENCHTASKS';
SQL
  say "Generated tasks, assignments and slots deleted"
  exit 0
fi
url_ok "http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health/ready" || die "the backend does not answer on ${API}: run 'make run' first"

SCOPE=$("${PSQL[@]}" -Atc "select path from administrative_unit where code = '91' and valid_to is null")
have=$("${PSQL[@]}" -Atc "select count(*) from directive where number_text = '1-KH/BENCHTASKS'")
if [ "$have" -eq 0 ]; then
  say "Seeding 121 tasks, their assignments to every organization of An Giang and 20 quarters of report slots"
  start=$(date +%s)
  "${PSQL[@]}" <<SQL
BEGIN;
\echo '  [1/4] directive and tasks'
INSERT INTO directive (type, number_text, number_key, issuer_id, issue_date, place, subject, full_text, status, version)
SELECT 'PLAN', '1-KH/BENCHTASKS', '1-KH/BENCHTASKS', o.id, DATE '2021-09-01', 'BENCH',
       'Kế hoạch thực hiện công tác dân vận giai đoạn 2021-2026 (benchmark)', 'Benchmark.', 'IN_FORCE', 0
FROM organization o WHERE o.code = '91-BTGDV';
INSERT INTO task (directive_id, ordinal, title, content, lead_organization_id, due_kind, due_date, cadence, created_by, created_at)
SELECT d.id, n, 'Nhiệm vụ ' || n || ': vận động nhân dân tham gia phong trào “Dân vận khéo”', 'Benchmark.', d.issuer_id,
       CASE WHEN n % 2 = 1 THEN 'CONTINUOUS' ELSE 'DATE' END,
       CASE WHEN n % 2 = 0 THEN DATE '2022-01-15' + n * 15 END,
       CASE WHEN n % 2 = 1 THEN 'QUARTERLY' END, 'bench', now()
FROM directive d, generate_series(1, 121) AS n WHERE d.number_text = '1-KH/BENCHTASKS';
\echo '  [2/4] assignments (about 100,000)'
INSERT INTO task_assignment (task_id, organization_id, status, progress, completed_on, created_at, created_on)
SELECT t.id, o.id,
       CASE WHEN h < 4 THEN 'DONE' WHEN h < 7 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END,
       CASE WHEN h < 4 THEN 100 WHEN h < 7 THEN 20 + h * 10 ELSE 0 END,
       CASE WHEN h < 4 THEN LEAST(COALESCE(t.due_date, DATE '2025-06-30') + (h * 4 - 6)::int, CURRENT_DATE) END,
       TIMESTAMPTZ '2021-10-01 08:00+07', DATE '2021-10-01'
FROM task t
JOIN organization o ON o.valid_to IS NULL
JOIN administrative_unit u ON u.id = o.unit_id LEFT JOIN administrative_unit s ON s.id = u.successor_id
CROSS JOIN LATERAL (SELECT ((o.id * 31 + t.ordinal * 17) % 10)::int AS h) hh
WHERE t.$BENCH AND (u.path LIKE '${SCOPE}%' OR s.path LIKE '${SCOPE}%');
\echo '  [3/4] report slots (about 1,000,000)'
INSERT INTO report_slot (assignment_id, period_kind, period_year, period_index, figures_from, figures_to, due_date, status,
                         text, submitted_by, submitted_at, submitted_on, reviewed_by, reviewed_at)
SELECT a.id, 'QUARTER', extract(year FROM p.start)::int, extract(quarter FROM p.start)::int,
       p.start, p.last + 13, p.last + 19, st.status,
       CASE WHEN st.status <> 'OPEN' THEN 'Báo cáo quý (benchmark)' END,
       CASE WHEN st.status <> 'OPEN' THEN 'bench' END,
       CASE WHEN st.status <> 'OPEN' THEN (p.last + 16)::timestamptz END,
       CASE WHEN st.status <> 'OPEN' THEN p.last + 16 END,
       CASE WHEN st.status IN ('ACCEPTED', 'RETURNED') THEN 'bench' END,
       CASE WHEN st.status IN ('ACCEPTED', 'RETURNED') THEN (p.last + 18)::timestamptz END
FROM task_assignment a JOIN task t ON t.id = a.task_id AND t.due_kind = 'CONTINUOUS' AND t.$BENCH
CROSS JOIN generate_series(0, 19) AS q
CROSS JOIN LATERAL (SELECT (DATE '2021-10-01' + make_interval(months => q * 3))::date AS start,
                           (DATE '2021-12-01' + make_interval(months => q * 3))::date AS last) p
CROSS JOIN LATERAL (SELECT CASE (a.id * 7 + q * 13) % 20 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'SUBMITTED'
                                WHEN 2 THEN 'RETURNED' ELSE 'ACCEPTED' END AS status) st;
COMMIT;
\echo '  [4/4] ANALYZE'
ANALYZE task; ANALYZE task_assignment; ANALYZE report_slot;
SQL
  say "Seeded in $(( $(date +%s) - start )) s"
fi

# the province leader of the demo realm (the portal reads published data only), through the scripts' client
TOKEN=$(curl -fsS -d grant_type=password -d client_id=danvan-scripts -d client_secret="${DANVAN_SCRIPTS_SECRET:-changeme-scripts}" \
  -d username="${BENCH_USER:-leader.angiang}" -d password="${BENCH_PASSWORD:-demo}" \
  "http://localhost:${KC_PORT}/realms/danvan/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
PROVINCE=$("${PSQL[@]}" -Atc "select id from administrative_unit where code = '91' and valid_to is null")
WARD_DU=$("${PSQL[@]}" -Atc "select id from organization where code = '30742-DU'")
ONE=$("${PSQL[@]}" -Atc "select a.id from task_assignment a join task t on t.id = a.task_id where t.$BENCH and t.due_kind = 'CONTINUOUS' order by a.id limit 1")
read -r TODAY DQ DH DY < <(python3 - <<'PY'
import datetime, zoneinfo
t = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")).date()
last_q = ((t.month - 1) // 3) * 3 + 3
last_h = 6 if t.month <= 6 else 12
print(t, datetime.date(t.year, last_q, 20), datetime.date(t.year, last_h, 20), datetime.date(t.year, 12, 20))
PY
)

# The SQL the API runs (TaskAssignmentRepository, ReportSlotRepository), with the values bound.
DUE="CASE t.due_kind WHEN 'DATE' THEN t.due_date ELSE CASE t.cadence WHEN 'QUARTERLY' THEN DATE '${DQ}' WHEN 'HALF_YEARLY' THEN DATE '${DH}' ELSE DATE '${DY}' END END"
MISSING="(a.report_missing_due IS NOT NULL AND a.report_missing_due < DATE '${TODAY}')"
BUCKET="CASE WHEN a.completed_on IS NOT NULL AND a.completed_on <= DATE '${TODAY}' THEN CASE WHEN a.completed_on <= (${DUE}) THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END WHEN DATE '${TODAY}' <= (${DUE}) AND NOT (t.due_kind <> 'DATE' AND ${MISSING}) THEN 'OPEN_IN_TIME' ELSE 'OPEN_OVERDUE' END"
IN_SCOPE="SELECT organization_id AS id FROM organization_scope WHERE path LIKE '${SCOPE}%'"
# The API reads the scope's organizations first, then passes them as an array: the SQL does the same.
ORGS_LIST=$("${PSQL[@]}" -Atc "select string_agg(x.id::text, ',') from (${IN_SCOPE}) x")
ORGS_SQL="${IN_SCOPE};"
rows() { echo "SELECT a.id, a.organization_id, (${DUE}) AS due, (${BUCKET}) AS bucket FROM task_assignment a JOIN task t ON t.id = a.task_id WHERE a.status <> 'CANCELLED' AND a.created_on <= DATE '${TODAY}'${1:- AND a.organization_id = ANY ('{${ORGS_LIST}}'::bigint[])}"; }
SUMMARY_SQL="${ORGS_SQL} SELECT x.organization_id, count(*) FILTER (WHERE x.bucket = 'DONE_ON_TIME'), count(*) FILTER (WHERE x.bucket = 'DONE_LATE'), count(*) FILTER (WHERE x.bucket = 'OPEN_IN_TIME'), count(*) FILTER (WHERE x.bucket = 'OPEN_OVERDUE'), count(*) FILTER (WHERE x.bucket = 'OPEN_IN_TIME' AND x.due - DATE '${TODAY}' <= 7), count(*) FROM ($(rows '')) x WHERE true GROUP BY x.organization_id;"
page_sql() { # where-on-rows (default: the scope) extra-where-on-x
  [ -n "$1" ] || echo "${ORGS_SQL}"
  echo "SELECT x.id FROM ($(rows "$1")) x WHERE true$2 ORDER BY x.due NULLS LAST, x.id OFFSET 0 LIMIT 20;"
  echo "SELECT count(*) FROM (SELECT 1 FROM ($(rows "$1")) x WHERE true$2 LIMIT 1001) capped;"
}
INBOX_FROM="FROM report_slot s JOIN task_assignment a ON a.id = s.assignment_id JOIN task t ON t.id = a.task_id JOIN directive d ON d.id = t.directive_id WHERE (d.issuer_id = ANY ('{${ORGS_LIST}}'::bigint[]) OR d.monitoring_organization_id = ANY ('{${ORGS_LIST}}'::bigint[])) AND s.status = 'SUBMITTED'"
INBOX_SQL="${ORGS_SQL} SELECT s.id ${INBOX_FROM} ORDER BY s.submitted_at NULLS LAST, s.id OFFSET 0 LIMIT 20; SELECT count(*) FROM (SELECT 1 ${INBOX_FROM} LIMIT 1001) c;"
SLOTS_SQL="SELECT * FROM report_slot WHERE assignment_id = ${ONE} ORDER BY figures_from, id; SELECT * FROM report_event WHERE slot_id IN (SELECT id FROM report_slot WHERE assignment_id = ${ONE});"

CASES=(
  "summary, province|/api/v1/assignments/summary?unitId=${PROVINCE}|${SUMMARY_SQL}"
  "list, first page|/api/v1/assignments?size=20|$(page_sql '' '')"
  "list, overdue|/api/v1/assignments?bucket=OPEN_OVERDUE&size=20|$(page_sql '' " AND x.bucket = 'OPEN_OVERDUE'")"
  "list, one organization|/api/v1/assignments?organizationId=${WARD_DU}&size=20|$(page_sql " AND a.organization_id = ${WARD_DU}" '')"
  "list, review inbox|/api/v1/reports?inbox=true&size=20|${INBOX_SQL}"
  "list, one's 20 reports|/api/v1/assignments/${ONE}/reports|${SLOTS_SQL}"
)

stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x) for x in sys.stdin.read().split()); p=lambda q: v[min(len(v)-1,int(round(q*(len(v)-1))))]; print(f"{p(0.5):8.1f} {p(0.95):8.1f}")'; }

printf '\nTasks and reports: %s assignments, %s report slots, %s runs each, times in ms\n' \
  "$("${PSQL[@]}" -Atc 'select count(*) from task_assignment')" "$("${PSQL[@]}" -Atc 'select count(*) from report_slot')" "$RUNS"
printf '%-24s %8s %8s   %8s %8s   %s\n' "query" "API p50" "API p95" "SQL p50" "SQL p95" "goal (p95)"
for c in "${CASES[@]}"; do
  IFS='|' read -r name path sql <<<"$c"
  for _ in 1 2 3 4 5; do # warm-up (the JIT, the pool), and fail early
    curl -fsS -o /dev/null -H "Authorization: Bearer ${TOKEN}" "${API}${path}"
  done
  api=$(for _ in $(seq 1 "$RUNS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer ${TOKEN}" "${API}${path}"
  done | awk '{printf "%.3f\n", $1 * 1000}' | stats)
  raw=$(for _ in $(seq 1 "$RUNS"); do
    { echo '\timing on'; echo "$sql"; } | "${PSQL[@]}" -At 2>&1 | grep -E '^Time:' | awk '{s += $2} END {printf "%.3f\n", s}'
  done | stats)
  goal=$([[ "$name" == summary* ]] && echo "< 200" || echo "< 100")
  printf '%-24s %8s %8s   %8s %8s   %s\n' "$name" $api $raw "$goal"
done
echo "(API: curl time_total through HTTP with token check, paging and counts; SQL: the same queries in psql, \\timing summed)"
