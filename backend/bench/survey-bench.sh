#!/usr/bin/env bash
# Benchmark of the satisfaction surveys (issue 14, parts 4 and 5) in a scratch database, by SQL alone (no running app):
#   backend/bench/survey-bench.sh [RUNS]      (default 30 runs per case)
#   backend/bench/survey-bench.sh clean       (drops the scratch database)
# Makes the database ${BENCH_DB:-danvan_bench_survey} (as the postgres superuser: root needed), applies the Flyway
# migrations with psql in version order, then seeds once, by SQL and through V28's triggers: one survey of phường Rạch
# Giá with 20 residential areas in its plan, 10 questions and 100,000 forms of 10 answers (1,000,000 answers), and 300
# other surveys of communes of the country with 1,000 forms of 5 answers each (1,500,000 answers more), so that the count
# tables hold every survey's rows. It then checks that the count tables equal counts of the stored answers.
# Each case runs RUNS times under EXPLAIN (ANALYZE) in one session after 3 warm-up runs; the figure is planning +
# execution time (triggers included) summed over the statements of the case, as SurveyRepository runs them for one
# request. Prints p50 / p95 in ms with the goal (aggregates < 200 ms, entering one form < 50 ms), then the SQL of each
# case, values bound. "Entering one form" really inserts a form each run (the scratch survey grows by RUNS + 3 forms).
# BENCH_PLANS=1 also prints the plans. The scratch database stays for the next run (a changed migration needs clean).
set -euo pipefail
DB="${BENCH_DB:-danvan_bench_survey}"
RUNS="${1:-30}"
source "$(dirname "${BASH_SOURCE[0]}")/scratch-db.sh"

# --- the data, once -------------------------------------------------------------------------------------------------
if [ "$("${PSQL[@]}" -Atc "select count(*) from satisfaction_survey")" = "0" ]; then
  say "Seeding 301 surveys and 2,500,000 answers through the count triggers (a few minutes)"
  start=$(date +%s)
  "${PSQL[@]}" <<'SQL'
BEGIN;
\echo '  [1/4] a title, the areas of the plans (20 in phường Rạch Giá, 4 in each of 300 other communes)'
INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id, deciding_level)
SELECT 'BENCH-NTM', 'Xã đạt chuẩn nông thôn mới (bench)', 'COMMUNE', o.id, 'PROVINCE'
FROM organization o WHERE o.code = '91-MTTQ';
CREATE TEMP TABLE bench_commune AS
SELECT row_number() OVER (ORDER BY u.id) AS n, u.id FROM administrative_unit u
WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL AND u.code <> '30742' ORDER BY u.id LIMIT 300;
INSERT INTO bench_commune SELECT 0, id FROM administrative_unit WHERE code = '30742' AND valid_to IS NULL;
INSERT INTO residential_area (unit_id, code, name, kind)
SELECT c.id, 'BS' || c.n || '-' || k, 'Ấp khảo sát ' || k, 'HAMLET'
FROM bench_commune c CROSS JOIN generate_series(1, 20) k WHERE c.n = 0 OR k <= 4;
\echo '  [2/4] the surveys, their scales, questions (10 and 5) and plans'
INSERT INTO satisfaction_survey (title_id, unit_id, name, year, state, minimum_response_percent, threshold_percent,
                                 code_secret, opened_on, created_by, created_at, updated_at)
SELECT (SELECT id FROM recognition_title WHERE code = 'BENCH-NTM'), c.id, 'Khảo sát bench ' || c.n, 2026, 'OPEN', 70,
       80, decode(md5(random()::text) || md5(random()::text), 'hex'), DATE '2026-03-01', 'bench', now(), now()
FROM bench_commune c ORDER BY c.n;
CREATE TEMP TABLE bench_survey AS
SELECT s.id, c.n, s.unit_id FROM satisfaction_survey s JOIN bench_commune c ON c.id = s.unit_id;
INSERT INTO satisfaction_scale_option (survey_id, value, label, satisfied)
SELECT s.id, v, (ARRAY['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'])[v], v >= 4
FROM bench_survey s CROSS JOIN generate_series(1, 5) v;
INSERT INTO satisfaction_question (survey_id, position, criterion_code, criterion_name, text)
SELECT s.id, q, 'TC' || ((q + 1) / 2), 'Tiêu chí ' || ((q + 1) / 2), 'Câu hỏi ' || q
FROM bench_survey s CROSS JOIN generate_series(1, 10) q WHERE s.n = 0 OR q <= 5;
INSERT INTO satisfaction_plan_area (survey_id, residential_area_id, households)
SELECT s.id, a.id, CASE WHEN s.n = 0 THEN 6000 ELSE 300 END
FROM bench_survey s JOIN residential_area a ON a.unit_id = s.unit_id AND a.code LIKE 'BS%';
\echo '  [3/4] forms: 100,000 in phường Rạch Giá, 1,000 in each other survey'
INSERT INTO satisfaction_response (survey_id, residential_area_id, received_on, channel)
SELECT s.id, p.residential_area_id, DATE '2026-03-01' + (g % 30), CASE WHEN g % 7 = 0 THEN 'ONLINE' ELSE 'PAPER' END
FROM bench_survey s JOIN satisfaction_plan_area p ON p.survey_id = s.id
CROSS JOIN LATERAL generate_series(1, CASE WHEN s.n = 0 THEN 5000 ELSE 250 END) g;
\echo '  [4/4] answers: one per question of each form (2,500,000), counted by the statement trigger'
INSERT INTO satisfaction_answer (response_id, survey_id, residential_area_id, question_id, value)
SELECT r.id, r.survey_id, r.residential_area_id, q.id,
       CASE WHEN x < 0.03 THEN 1 WHEN x < 0.07 THEN 2 WHEN x < 0.15 THEN 3 WHEN x < 0.55 THEN 4 ELSE 5 END
FROM satisfaction_response r JOIN satisfaction_question q ON q.survey_id = r.survey_id
CROSS JOIN LATERAL (SELECT random() * CASE WHEN q.position % 4 = 3 THEN 0.6 ELSE 1 END AS x) v;
COMMIT;
SQL
  say "Seeded in $(( $(date +%s) - start )) s"
fi
for t in satisfaction_survey satisfaction_response satisfaction_answer satisfaction_response_count \
         satisfaction_answer_count satisfaction_question satisfaction_plan_area satisfaction_scale_option; do
  "${PSQL[@]}" -c "VACUUM ANALYZE ${t}"
done

# --- the count tables hold what the answers say ----------------------------------------------------------------------
check() { # name, query giving the rows that differ
  local diff
  diff=$("${PSQL[@]}" -Atc "SELECT count(*) FROM ($2) d")
  [ "$diff" = "0" ] || die "the count table $1 differs from the stored answers in ${diff} groups"
  say "Count table $1 checked against the stored rows: the same in every group"
}
check satisfaction_response_count "SELECT * FROM (SELECT survey_id, residential_area_id, count(*) AS n FROM satisfaction_response GROUP BY 1, 2) raw FULL JOIN (SELECT survey_id, residential_area_id, responses AS n FROM satisfaction_response_count WHERE responses <> 0) c USING (survey_id, residential_area_id) WHERE raw.n IS DISTINCT FROM c.n"
check satisfaction_answer_count "SELECT * FROM (SELECT survey_id, residential_area_id, question_id, value, count(*) AS n FROM satisfaction_answer GROUP BY 1, 2, 3, 4) raw FULL JOIN (SELECT survey_id, residential_area_id, question_id, value, answers AS n FROM satisfaction_answer_count WHERE answers <> 0) c USING (survey_id, residential_area_id, question_id, value) WHERE raw.n IS DISTINCT FROM c.n"

# --- the cases, as the app runs them ----------------------------------------------------------------------------------
q() { "${PSQL[@]}" -Atc "$1"; }
S=$(q "SELECT s.id FROM satisfaction_survey s JOIN administrative_unit u ON u.id = s.unit_id WHERE u.code = '30742' AND s.name LIKE 'Khảo sát bench%'")
U=$(q "SELECT unit_id FROM satisfaction_survey WHERE id = ${S}")
AREA=$(q "SELECT min(residential_area_id) FROM satisfaction_plan_area WHERE survey_id = ${S}")
AREAS=$(q "SELECT string_agg(residential_area_id::text, ',') FROM satisfaction_plan_area WHERE survey_id = ${S}")
QUESTIONS=($(q "SELECT id FROM satisfaction_question WHERE survey_id = ${S} ORDER BY position"))
PATH_RG=$(q "SELECT path FROM unit_scope WHERE unit_id = ${U}")

# SurveyResultService.of (getSatisfactionResults, the public results, the .xlsx): the survey, its commune's path, the
# scale, questions, plan and area names, then the two count tables.
RESULTS="SELECT id, title_id, criteria_set_id, unit_id, name, year, state, minimum_response_percent, threshold_percent, code_secret, opened_on, closed_on, published_on, demo, created_by, created_at, updated_at, version FROM satisfaction_survey WHERE id = ${S}; SELECT unit_id, path, unit_path, level, valid_to, name, code FROM unit_scope WHERE unit_id = ${U}; SELECT value, label, satisfied FROM satisfaction_scale_option WHERE survey_id = ${S} ORDER BY value; SELECT id, position, criterion_id, criterion_code, criterion_name, text FROM satisfaction_question WHERE survey_id = ${S} ORDER BY position; SELECT residential_area_id, households FROM satisfaction_plan_area WHERE survey_id = ${S} ORDER BY residential_area_id; SELECT id, unit_id, code, name, kind, valid_from, valid_to, version FROM residential_area WHERE id IN (${AREAS}); SELECT residential_area_id, responses FROM satisfaction_response_count WHERE survey_id = ${S}; SELECT residential_area_id, question_id, value, answers FROM satisfaction_answer_count WHERE survey_id = ${S} AND answers > 0;"
# the same figures from the stored answers (what the count tables spare; not run by the app)
RAW="SELECT residential_area_id, count(*) FROM satisfaction_response WHERE survey_id = ${S} GROUP BY 1; SELECT residential_area_id, question_id, value, count(*) FROM satisfaction_answer WHERE survey_id = ${S} GROUP BY 1, 2, 3;"
# SurveyEntryService.enter (enterSatisfactionResponse): the survey, its path, the plan, questions and scale, the form
# and its 10 answers in one statement (the count triggers run in it), the audit event of the entry.
VALUES=""
for i in "${!QUESTIONS[@]}"; do
  VALUES+="${VALUES:+, }(CAST(${QUESTIONS[$i]} AS bigint), CAST($(( 1 + (i * 3) % 5 )) AS smallint))"
done
ENTER="SELECT id, title_id, criteria_set_id, unit_id, name, year, state, minimum_response_percent, threshold_percent, code_secret, opened_on, closed_on, published_on, demo, created_by, created_at, updated_at, version FROM satisfaction_survey WHERE id = ${S}; SELECT unit_id, path, unit_path, level, valid_to, name, code FROM unit_scope WHERE unit_id = ${U}; SELECT residential_area_id, households FROM satisfaction_plan_area WHERE survey_id = ${S} ORDER BY residential_area_id; SELECT id, position, criterion_id, criterion_code, criterion_name, text FROM satisfaction_question WHERE survey_id = ${S} ORDER BY position; SELECT value, label, satisfied FROM satisfaction_scale_option WHERE survey_id = ${S} ORDER BY value; WITH r AS (INSERT INTO satisfaction_response (survey_id, residential_area_id, received_on, channel) VALUES (${S}, ${AREA}, DATE '2026-03-20', 'PAPER') RETURNING id) INSERT INTO satisfaction_answer (response_id, survey_id, residential_area_id, question_id, value) SELECT r.id, ${S}, ${AREA}, t.q, t.v FROM r, (VALUES ${VALUES}) AS t(q, v); INSERT INTO audit_event (entity_type, entity_id, action, actor, at, unit_path, changes) VALUES ('SatisfactionSurvey', ${S}, 'UPDATE', 'bench', now(), '${PATH_RG}', '{\"action\": \"ENTER_RESPONSE\", \"residentialAreaId\": ${AREA}, \"forms\": 1}');"
# SurveyService.list: a province's surveys, newest first, and their totals
PROVINCE_PATH=$(q "SELECT path FROM administrative_unit WHERE code = '91' AND valid_to IS NULL")
LIST_WHERE="FROM satisfaction_survey s WHERE s.unit_id IN (SELECT unit_id FROM unit_scope WHERE path LIKE '/' || '%')"
LIST="SELECT s.id ${LIST_WHERE} ORDER BY s.year DESC, s.id DESC OFFSET 0 LIMIT 20; SELECT count(*) ${LIST_WHERE}; SELECT s.id, (SELECT coalesce(sum(responses), 0) FROM satisfaction_response_count c WHERE c.survey_id = s.id), (SELECT coalesce(sum(households), 0) FROM satisfaction_plan_area p WHERE p.survey_id = s.id) FROM satisfaction_survey s WHERE s.id IN (SELECT id FROM satisfaction_survey ORDER BY year DESC, id DESC LIMIT 20);"
CASES=(
  "aggregates, 1,000,000 answers|200|${RESULTS}"
  "enter one form (10 answers)|50|${ENTER}"
  "list, the whole country|200|${LIST}"
  "(raw GROUP BY, not used)|-|${RAW}"
)

# EXPLAIN (ANALYZE) of every statement of a case, RUNS times after 3 warm-ups, in one session; prints p50 p95 in ms.
measure() {
  local sql="$1"
  {
    echo "SET plan_cache_mode = force_custom_plan;"
    for i in $(seq 1 $((RUNS + 3))); do
      echo "\\echo RUN ${i}"
      sed 's/; /;\n/g' <<<"${sql}" | sed '/^[[:space:]]*$/d' | sed 's/^/EXPLAIN (ANALYZE, TIMING OFF) /'
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

printf '\nSatisfaction surveys: %s surveys, %s forms, %s answers (survey %s of phường Rạch Giá: %s answers), %s rows of answer counts, database %s; %s runs each, ms (planning + execution, triggers included)\n' \
  "$(q 'select count(*) from satisfaction_survey')" "$(q 'select count(*) from satisfaction_response')" \
  "$(q 'select count(*) from satisfaction_answer')" "${S}" \
  "$(q "select count(*) from satisfaction_answer where survey_id = ${S}")" \
  "$(q 'select count(*) from satisfaction_answer_count')" "${DB}" "${RUNS}"
printf '%-34s %8s %8s   %s\n' "case" "p50" "p95" "goal (p95)"
for c in "${CASES[@]}"; do
  IFS='|' read -r name goal sql <<<"$c"
  read -r p50 p95 < <(measure "$sql")
  if [ "${goal}" = "-" ]; then
    verdict="(for comparison)"
  else
    verdict=$(python3 -c "print('< ${goal} met' if ${p95} < ${goal} else '< ${goal} NOT MET')")
  fi
  printf '%-34s %8s %8s   %s\n' "$name" "$p50" "$p95" "$verdict"
done
printf '\nThe SQL of each case (as the app runs it, values bound):\n'
for c in "${CASES[@]}"; do
  IFS='|' read -r name goal sql <<<"$c"
  printf -- '-- %s\n%s\n' "$name" "$(sed 's/; /;\n/g' <<<"${sql}")"
done
if [ "${BENCH_PLANS:-0}" = "1" ]; then
  for c in "${CASES[@]}"; do
    IFS='|' read -r name goal sql <<<"$c"
    printf '\n-- plans of "%s"\n' "$name"
    sed 's/; /;\n/g' <<<"${sql}" | sed '/^[[:space:]]*$/d' | while read -r stmt; do
      "${PSQL[@]}" -Atc "EXPLAIN (ANALYZE, BUFFERS) ${stmt}"
    done
  done
fi
