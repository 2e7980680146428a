#!/usr/bin/env bash
# Benchmark of the recognition counts and the public list (issue 13, points 3 and 4) in a scratch database, at national
# scale, by SQL alone (no running app needed):
#   backend/bench/recognition-bench.sh [RUNS]      (default 30 runs per query)
#   backend/bench/recognition-bench.sh clean       (drops the scratch database)
# Makes the database ${BENCH_DB:-danvan_bench_recognition} (as the postgres superuser: root needed), applies the Flyway
# migrations with psql in version order, then seeds once, by SQL: two titles per province (68, each with one published
# set of 30 criteria in 5 groups), 100,000 residential areas over the 3,321 communes in force, 300,000 cases (each area
# in 2023, 2024 and 2025, under one of its province's two titles) spread over every state, 30 assessments for every case
# past its registration (about 8.5 million, 1 in 7 failed), and a decision for each recognized case (valid 3 years or
# open; some revoked, some lost by a re-assessment).
# The bulk load runs with the assessment trigger off (8.5 million trigger calls would take most of an hour on this
# machine) and fills recognition_criterion_count with V23's own catch-up statement; cases and decisions go through
# their triggers. Then it changes data through every trigger (assessments reviewed and changed, cases moved on,
# withdrawn and deleted, decisions revoked, lost, deleted) and checks that each count table equals a count of the rows
# themselves.
# Then each query runs RUNS times under EXPLAIN (ANALYZE) in one session after 3 warm-up runs; the figure is planning +
# execution time summed over the statements of the case (the app plans every statement for its values). Prints p50 /
# p95 in ms with the goal (p95 < 100 ms), then the SQL of each case as RecognitionCountRepository and
# PublicRecognitionRepository run it, the values bound. BENCH_PLANS=1 also prints the plan of every case. The scratch
# database stays for the next run (clean drops it; a changed migration needs clean first).
set -euo pipefail
DB="${BENCH_DB:-danvan_bench_recognition}"
RUNS="${1:-30}"
source "$(dirname "${BASH_SOURCE[0]}")/scratch-db.sh"

# --- the data, once -------------------------------------------------------------------------------------------------
if [ "$("${PSQL[@]}" -Atc "select count(*) from recognition_case")" = "0" ]; then
  say "Seeding 100,000 residential areas, 300,000 cases, their assessments and decisions (a few minutes)"
  start=$(date +%s)
  "${PSQL[@]}" <<'SQL'
BEGIN;
CREATE TEMP TABLE bench_commune AS
SELECT row_number() OVER (ORDER BY u.id) - 1 AS n, u.id, split_part(u.path, '/', 2)::bigint AS province_id
FROM administrative_unit u WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL;
\echo '  [1/6] titles and criteria sets (68 x 30 criteria)'
INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id, deciding_level)
SELECT p.code || '-' || t.code, t.name || ' (' || p.short_name || ')', 'RESIDENTIAL_AREA', o.id, t.level
FROM administrative_unit p
JOIN organization o ON o.code = p.code || '-MTTQ'
CROSS JOIN (VALUES ('KDC', 'Khu dân cư kiểu mẫu', 'PROVINCE'), ('VH', 'Thôn, tổ dân phố văn hóa', 'COMMUNE'))
    AS t (code, name, level)
WHERE p.level = 'PROVINCE' AND p.valid_to IS NULL;
INSERT INTO criteria_set (title_id, version_no, name, effective_from, status, pass_rule, passing_score, posting_days,
                          vote_threshold_percent, validity_years)
SELECT t.id, 1, 'Bộ tiêu chí ' || t.name, DATE '2021-01-01', 'PUBLISHED',
       CASE WHEN t.deciding_level = 'PROVINCE' THEN 'SCORE' ELSE 'ALL_REQUIRED' END,
       CASE WHEN t.deciding_level = 'PROVINCE' THEN 80 END, 10, 70, 3
FROM recognition_title t;
INSERT INTO criteria_group (set_id, code, name, position)
SELECT s.id, 'ND' || g, 'Nội dung ' || g, g FROM criteria_set s CROSS JOIN generate_series(1, 5) g;
INSERT INTO criterion (set_id, group_id, code, name, kind, max_points, required, key_criterion, position)
SELECT s.id, g.id, (g.position) || '.' || k, 'Tiêu chí ' || g.position || '.' || k,
       CASE WHEN k % 3 = 0 THEN 'SCORED' ELSE 'PASS_FAIL' END, CASE WHEN k % 3 = 0 THEN 5 END, true, k = 1,
       (g.position - 1) * 6 + k
FROM criteria_set s JOIN criteria_group g ON g.set_id = s.id CROSS JOIN generate_series(1, 6) k;
CREATE TEMP TABLE bench_criterion AS
SELECT set_id, id, row_number() OVER (PARTITION BY set_id ORDER BY position) AS k FROM criterion;
\echo '  [2/6] residential areas (100,000)'
INSERT INTO residential_area (unit_id, code, name, kind)
SELECT c.id, 'B' || i,
       (ARRAY['Ấp', 'Khu phố', 'Thôn', 'Tổ dân phố', 'Khóm'])[1 + i % 5] || ' '
         || (ARRAY['Mỹ', 'Hòa', 'Long', 'Bình', 'An', 'Phú', 'Thạnh', 'Tân', 'Đông', 'Tây', 'Lợi', 'Hưng', 'Phước',
                   'Thới', 'Vĩnh', 'Hiệp', 'Khánh', 'Lạc', 'Trung', 'Nam'])[1 + (i / 7) % 20] || ' '
         || (ARRAY['Hòa', 'Lộc', 'Thuận', 'Xuân', 'Định', 'Quới', 'Sơn', 'Điền', 'Thành', 'Nghĩa', 'Đức', 'Ninh',
                   'Hải', 'Giang', 'Phong', 'Tiến', 'Hậu', 'Châu', 'Lập', 'Quang'])[1 + (i / 140) % 20] || ' ' || (1 + i % 9),
       (ARRAY['HAMLET', 'URBAN_QUARTER', 'VILLAGE', 'RESIDENT_GROUP', 'URBAN_QUARTER'])[1 + i % 5]
FROM generate_series(0, 99999) i JOIN bench_commune c ON c.n = i % (SELECT count(*) FROM bench_commune);
CREATE TEMP TABLE bench_area AS
SELECT row_number() OVER (ORDER BY a.id) - 1 AS n, a.id, a.unit_id, c.province_id
FROM residential_area a JOIN bench_commune c ON c.id = a.unit_id WHERE a.code LIKE 'B%';
CREATE TEMP TABLE bench_title AS
SELECT split_part(p.path, '/', 2)::bigint AS province_id, t.id, s.id AS set_id,
       row_number() OVER (PARTITION BY p.id ORDER BY t.code) - 1 AS k
FROM recognition_title t JOIN organization o ON o.id = t.issuer_organization_id
JOIN administrative_unit p ON p.id = o.unit_id JOIN criteria_set s ON s.title_id = t.id;
\echo '  [3/6] cases (300,000, through their trigger)'
INSERT INTO recognition_case (title_id, criteria_set_id, subject_kind, residential_area_id, unit_id, year, kind, state,
                              registered_by, registered_at, updated_at)
SELECT t.id, t.set_id, 'RESIDENTIAL_AREA', a.id, a.unit_id, y, 'INITIAL',
       (ARRAY['REGISTERED', 'SELF_ASSESSED', 'REVIEWED', 'POSTED', 'VOTED', 'APPRAISED', 'RECOGNIZED', 'RECOGNIZED',
              'RECOGNIZED', 'RECOGNIZED', 'RECOGNIZED', 'REFUSED', 'WITHDRAWN'])[1 + (a.n * 7 + y) % 13],
       'bench', make_date(y, 3, 1), make_date(y, 3, 1)
FROM bench_area a CROSS JOIN generate_series(2023, 2025) y
JOIN bench_title t ON t.province_id = a.province_id AND t.k = (a.n + y) % 2;
\echo '  [4/6] assessments (30 per case past its registration; the trigger off, caught up below)'
ALTER TABLE recognition_assessment DISABLE TRIGGER recognition_assessment_count_insert_delete;
INSERT INTO recognition_assessment (case_id, criterion_id, self_passed, self_score, assessed_by, assessed_at, review,
                                    reviewed_passed, reviewed_score, review_reason, reviewed_by, reviewed_at)
SELECT c.id, k.id,
       CASE WHEN k.k % 3 <> 0 THEN (c.id + k.k) % 7 <> 0 END, CASE WHEN k.k % 3 = 0 THEN (c.id + k.k) % 6 END,
       'bench', c.registered_at,
       r.review, CASE WHEN r.review IS NOT NULL AND k.k % 3 <> 0 THEN (c.id + k.k) % 5 <> 0 END,
       CASE WHEN r.review IS NOT NULL AND k.k % 3 = 0 THEN (c.id + k.k) % 6 END,
       CASE WHEN r.review = 'CHANGE' THEN 'Thẩm định lại' END,
       CASE WHEN r.review IS NOT NULL THEN 'bench' END, CASE WHEN r.review IS NOT NULL THEN c.registered_at END
FROM recognition_case c JOIN bench_criterion k ON k.set_id = c.criteria_set_id
CROSS JOIN LATERAL (SELECT CASE WHEN c.state IN ('REGISTERED', 'SELF_ASSESSED') THEN NULL
                                WHEN (c.id + k.k) % 4 = 0 THEN 'CHANGE' ELSE 'AGREE' END AS review) r
WHERE c.state <> 'REGISTERED';
ALTER TABLE recognition_assessment ENABLE TRIGGER recognition_assessment_count_insert_delete;
INSERT INTO recognition_criterion_count (unit_id, year, title_id, criteria_set_id, criterion_id, assessed, failed)
SELECT c.unit_id, c.year, c.title_id, c.criteria_set_id, a.criterion_id, count(*), count(*) FILTER (WHERE r.result = 1)
FROM recognition_assessment a JOIN recognition_case c ON c.id = a.case_id
CROSS JOIN LATERAL (SELECT dv_recognition_result(a.review, a.self_passed, a.self_score, a.self_value,
    a.reviewed_passed, a.reviewed_score, a.reviewed_value) AS result) r
WHERE r.result IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
SELECT dv_recognition_rollup_rebuild();
\echo '  [5/6] decisions of the recognized cases (through their trigger)'
INSERT INTO recognition_decision (case_id, title_id, residential_area_id, unit_id, number, signed_on, signer, level,
                                  valid_from, valid_until, revoked_on, revocation_number, revocation_reason, revoked_by,
                                  lost_on, created_by, created_at)
SELECT c.id, c.title_id, c.residential_area_id, c.unit_id, c.id || '/QĐ-UBND', s.signed, 'bench', 'PROVINCE', s.signed,
       CASE WHEN c.id % 10 = 0 THEN NULL ELSE (s.signed + interval '3 years')::date END,
       CASE WHEN c.id % 20 = 1 THEN s.signed + 200 END, CASE WHEN c.id % 20 = 1 THEN 'TH-' || c.id END,
       CASE WHEN c.id % 20 = 1 THEN 'Không giữ vững tiêu chí' END, CASE WHEN c.id % 20 = 1 THEN 'bench' END,
       CASE WHEN c.id % 50 = 3 THEN s.signed + 365 END, 'bench', now()
FROM recognition_case c
CROSS JOIN LATERAL (SELECT make_date(c.year, 11 + (c.unit_id % 2)::int, 1 + (c.unit_id % 28)::int) AS signed) s
WHERE c.state = 'RECOGNIZED';
COMMIT;
SQL
  say "Seeded in $(( $(date +%s) - start )) s"
  say "  [6/6] changing data through every trigger"
  "${PSQL[@]}" <<'SQL'
BEGIN;
-- assessments reviewed, changed and removed; new ones added
UPDATE recognition_assessment SET review = 'CHANGE', reviewed_passed = false, review_reason = 'bench'
WHERE id IN (SELECT id FROM recognition_assessment WHERE id % 997 = 0 LIMIT 5000);
UPDATE recognition_assessment SET self_passed = NOT self_passed WHERE id IN (SELECT id FROM recognition_assessment
    WHERE id % 991 = 0 AND self_passed IS NOT NULL AND review IS NULL LIMIT 2000);
DELETE FROM recognition_assessment WHERE id IN (SELECT id FROM recognition_assessment WHERE id % 983 = 0 LIMIT 1000);
INSERT INTO recognition_assessment (case_id, criterion_id, self_passed, assessed_by, assessed_at)
SELECT c.id, k.id, c.id % 2 = 0, 'bench', now()
FROM (SELECT * FROM recognition_case WHERE state = 'REGISTERED' ORDER BY id LIMIT 500) c
JOIN criterion k ON k.set_id = c.criteria_set_id AND k.position <= 10;
-- cases moved on, withdrawn, moved to another year, deleted (with their assessments)
UPDATE recognition_case SET state = 'SELF_ASSESSED' WHERE id IN
    (SELECT id FROM recognition_case WHERE state = 'REGISTERED' ORDER BY id LIMIT 500);
UPDATE recognition_case SET state = 'WITHDRAWN' WHERE id IN (SELECT id FROM recognition_case WHERE state = 'POSTED'
    AND id % 11 = 0 LIMIT 1000);
UPDATE recognition_case SET year = 2022 WHERE id IN (SELECT id FROM recognition_case WHERE year = 2023
    AND state = 'REVIEWED' AND id % 13 = 0 LIMIT 300);
DELETE FROM recognition_case c WHERE id IN (SELECT id FROM recognition_case x WHERE state = 'VOTED' AND id % 17 = 0
    AND NOT EXISTS (SELECT 1 FROM recognition_decision d WHERE d.case_id = x.id) LIMIT 200);
-- decisions revoked, lost, extended, removed
UPDATE recognition_decision SET revoked_on = signed_on + 100, revocation_number = 'TH-B' || id, revocation_reason = 'bench',
    revoked_by = 'bench' WHERE id IN (SELECT id FROM recognition_decision WHERE revoked_on IS NULL AND id % 31 = 0 LIMIT 1000);
UPDATE recognition_decision SET lost_on = signed_on + 300 WHERE id IN
    (SELECT id FROM recognition_decision WHERE revoked_on IS NULL AND lost_on IS NULL AND id % 37 = 0 LIMIT 500);
UPDATE recognition_decision SET valid_until = valid_until + 365 WHERE id IN
    (SELECT id FROM recognition_decision WHERE valid_until IS NOT NULL AND id % 41 = 0 LIMIT 500);
DELETE FROM recognition_decision WHERE id IN (SELECT id FROM recognition_decision WHERE id % 43 = 0 LIMIT 100)
    AND NOT EXISTS (SELECT 1 FROM recognition_case c WHERE c.reassesses_decision_id = recognition_decision.id);
COMMIT;
SQL
fi
# what autovacuum does in a live database (the seed's trigger upserts leave the read models' dead rows behind)
for t in recognition_case recognition_assessment recognition_decision recognition_case_count \
         recognition_decision_count recognition_criterion_count recognition_public_area residential_area; do
  "${PSQL[@]}" -c "VACUUM ANALYZE ${t}"
done

# --- the read models hold what the rows say ----------------------------------------------------------------------------
check() { # name, query giving the rows that differ
  local diff
  diff=$("${PSQL[@]}" -Atc "SELECT count(*) FROM ($2) d")
  [ "$diff" = "0" ] || die "the read model $1 differs from the rows in ${diff} groups"
  say "Read model $1 checked against the rows: the same in every group"
}
check recognition_case_count "SELECT * FROM (SELECT unit_id, year, title_id, state, count(*) AS n FROM recognition_case GROUP BY 1, 2, 3, 4) raw FULL JOIN (SELECT unit_id, year, title_id, state, cases::bigint AS n FROM recognition_case_count WHERE NOT rollup AND cases <> 0) rm USING (unit_id, year, title_id, state) WHERE raw.n IS DISTINCT FROM rm.n"
check recognition_criterion_count "SELECT * FROM (SELECT c.unit_id, c.year, c.title_id, c.criteria_set_id, a.criterion_id, count(*) AS assessed, count(*) FILTER (WHERE r.result = 1) AS failed FROM recognition_assessment a JOIN recognition_case c ON c.id = a.case_id CROSS JOIN LATERAL (SELECT dv_recognition_result(a.review, a.self_passed, a.self_score, a.self_value, a.reviewed_passed, a.reviewed_score, a.reviewed_value) AS result) r WHERE r.result IS NOT NULL GROUP BY 1, 2, 3, 4, 5) raw FULL JOIN (SELECT unit_id, year, title_id, criteria_set_id, criterion_id, assessed::bigint, failed::bigint FROM recognition_criterion_count WHERE NOT rollup AND (assessed <> 0 OR failed <> 0)) rm USING (unit_id, year, title_id, criteria_set_id, criterion_id) WHERE (raw.assessed, raw.failed) IS DISTINCT FROM (rm.assessed, rm.failed)"
check recognition_decision_count "SELECT * FROM (SELECT unit_id, extract(year FROM signed_on)::int AS year, title_id, CASE WHEN revoked_on IS NOT NULL THEN 'REVOKED' WHEN lost_on IS NOT NULL THEN 'LOST' ELSE 'ACTIVE' END AS outcome, CASE WHEN revoked_on IS NULL AND lost_on IS NULL THEN coalesce(valid_until, 'infinity') ELSE 'infinity' END AS valid_until, count(*) AS n FROM recognition_decision GROUP BY 1, 2, 3, 4, 5) raw FULL JOIN (SELECT unit_id, year, title_id, outcome, valid_until, decisions::bigint AS n FROM recognition_decision_count WHERE NOT rollup AND decisions <> 0) rm USING (unit_id, year, title_id, outcome, valid_until) WHERE raw.n IS DISTINCT FROM rm.n"
rollup() { # table, key columns, figures
  local sums
  sums=$(sed 's/\([a-z_][a-z_]*\)/sum(\1)/g' <<<"$3")
  check "$1 (provinces)" "SELECT * FROM (SELECT dv_recognition_province(unit_id) AS unit_id, $2, ${sums} FROM $1 WHERE NOT rollup GROUP BY 1, $(seq -s, 2 $(( $(tr -cd , <<<"$2" | wc -c) + 2 )))) raw FULL JOIN (SELECT unit_id, $2, ${sums} FROM $1 WHERE rollup GROUP BY unit_id, $2) rm USING (unit_id, $2) WHERE raw IS DISTINCT FROM rm"
}
rollup recognition_case_count "year, title_id, state" "cases"
rollup recognition_decision_count "year, title_id, outcome, valid_until" "decisions"
rollup recognition_criterion_count "year, title_id, criteria_set_id, criterion_id" "assessed, failed"
check recognition_public_area "SELECT * FROM (SELECT id FROM recognition_decision WHERE residential_area_id IS NOT NULL AND revoked_on IS NULL AND lost_on IS NULL) raw FULL JOIN (SELECT decision_id AS id FROM recognition_public_area) rm USING (id) WHERE raw IS NULL OR rm IS NULL"

# --- the queries, as the app runs them ----------------------------------------------------------------------------------
TODAY=$(date +%F)
YEAR=2025
unit_path() { "${PSQL[@]}" -Atc "select path from administrative_unit where code = '$1' and valid_to is null"; }
PROVINCE=$(unit_path 91)
COMMUNE=$(unit_path 30742)
TITLE=$("${PSQL[@]}" -Atc "select id from recognition_title where code = '91-KDC'")

# RecognitionCountRepository: the cases by child unit, title and state; the decisions by child unit and title; the
# criteria's results (a path of '/' is the whole country, its children the provinces). The whole country reads the
# provinces' rows (rollup = true), as do a province's criteria; the rest reads the communes' rows.
rows() { # rollup table columns: RecognitionCountRepository.rows
  if [ "$1" = true ]; then
    echo " FROM $2 c JOIN unit_scope us ON us.unit_id = c.unit_id WHERE c.year = ${YEAR} AND c.rollup AND us.path LIKE '\${PATH_}' || '%'"
  else
    echo " FROM unit_scope us CROSS JOIN LATERAL (SELECT $3 FROM $2 c WHERE c.unit_id = us.unit_id AND c.year = ${YEAR} AND NOT c.rollup) c WHERE us.path LIKE '\${PATH_}' || '%'"
  fi
}
counts() { # path rollup extra-where
  local cases decisions
  cases=$(rows "$2" recognition_case_count "c.title_id, c.state, c.cases")
  decisions=$(rows "$2" recognition_decision_count "c.title_id, c.outcome, c.valid_until, c.decisions")
  echo "SELECT split_part(substr(us.path, ${#1} + 1), '/', 1) AS child, c.title_id, c.state, sum(c.cases)${cases//\$\{PATH_\}/$1}$3 GROUP BY 1, 2, 3 HAVING sum(c.cases) <> 0; SELECT split_part(substr(us.path, ${#1} + 1), '/', 1) AS child, c.title_id, sum(c.decisions) FILTER (WHERE c.outcome = 'ACTIVE' AND c.valid_until >= DATE '${TODAY}'), sum(c.decisions) FILTER (WHERE c.outcome = 'ACTIVE' AND c.valid_until < DATE '${TODAY}'), sum(c.decisions) FILTER (WHERE c.outcome = 'REVOKED'), sum(c.decisions) FILTER (WHERE c.outcome = 'LOST')${decisions//\$\{PATH_\}/$1}$3 GROUP BY 1, 2 HAVING sum(c.decisions) <> 0;"
}
failures() { # path rollup extra-where
  local from
  from=$(rows "$2" recognition_criterion_count "c.title_id, c.criteria_set_id, c.criterion_id, c.assessed, c.failed")
  echo "SELECT c.title_id, c.criteria_set_id, c.criterion_id, sum(c.assessed), sum(c.failed)${from//\$\{PATH_\}/$1}$3 GROUP BY 1, 2, 3 HAVING sum(c.assessed) <> 0;"
}
# PublicRecognitionRepository: a page of decisions in force (newest first), the total, then the page's lines.
public_list() { # extra-where
  local from="FROM recognition_public_area p WHERE p.valid_from <= DATE '${TODAY}' AND (p.valid_until IS NULL OR p.valid_until >= DATE '${TODAY}')$1"
  echo "SELECT p.decision_id ${from} ORDER BY p.signed_on DESC, p.decision_id DESC OFFSET 0 LIMIT 20; SELECT count(*) ${from};"
}
IN_PROVINCE=" AND p.unit_id IN (SELECT unit_id FROM unit_scope WHERE path LIKE '${PROVINCE}' || '%')"
CASES=(
  "counts, national|$(counts / true '')"
  "counts, province|$(counts "${PROVINCE}" false '')"
  "counts, province, one title|$(counts "${PROVINCE}" false " AND c.title_id = ${TITLE}")"
  "counts, commune|$(counts "${COMMUNE}" false '')"
  "criteria, national|$(failures / true '')"
  "criteria, province|$(failures "${PROVINCE}" true '')"
  "criteria, commune|$(failures "${COMMUNE}" false '')"
  "public list, national|$(public_list '')"
  "public list, province|$(public_list "${IN_PROVINCE}")"
  "public list, q=rach gia|$(public_list " AND p.search_text LIKE dv_fold('%rach%') AND p.search_text LIKE dv_fold('%gia%')")"
  "public list, q=Mỹ Hòa|$(public_list " AND p.search_text LIKE dv_fold('%Mỹ%') AND p.search_text LIKE dv_fold('%Hòa%')")"
  "public list, q=khanh thuan 4|$(public_list " AND p.search_text LIKE dv_fold('%khanh%') AND p.search_text LIKE dv_fold('%thuan%') AND p.search_text LIKE dv_fold('%4%')")"
  "public list, province+q=ap|$(public_list "${IN_PROVINCE} AND p.search_text LIKE dv_fold('%ap%')")"
)
# the lines of a page (as the app reads them after the ids)
PAGE_IDS=$("${PSQL[@]}" -Atc "SELECT string_agg(decision_id::text, ',') FROM (SELECT decision_id FROM recognition_public_area ORDER BY signed_on DESC, decision_id DESC LIMIT 20) x")
CASES+=("public list, the page's lines|SELECT d.id, a.name, u.name, pu.unit_id, pu.name, d.title_id, d.number, d.signed_on, d.level, d.valid_until FROM recognition_decision d JOIN residential_area a ON a.id = d.residential_area_id JOIN unit_scope u ON u.unit_id = d.unit_id LEFT JOIN unit_scope pu ON pu.unit_id = CAST(split_part(u.path, '/', 2) AS bigint) WHERE d.id IN (${PAGE_IDS});")

q() { "${PSQL[@]}" -Atc "$1"; }
printf '\nRecognition counts and public list: %s residential areas, %s cases, %s assessments, %s decisions (%s in the public list), database %s; %s runs each, ms (planning + execution)\n' \
  "$(q 'select count(*) from residential_area')" "$(q 'select count(*) from recognition_case')" \
  "$(q 'select count(*) from recognition_assessment')" "$(q 'select count(*) from recognition_decision')" \
  "$(q 'select count(*) from recognition_public_area')" "${DB}" "${RUNS}"
printf '%-34s %8s %8s   %s\n' "query" "p50" "p95" "goal (p95)"
for c in "${CASES[@]}"; do
  IFS='|' read -r name sql <<<"$c"
  read -r p50 p95 < <(measure "$sql")
  verdict=$(python3 -c "print('< 100 met' if ${p95} < 100 else '< 100 NOT MET')")
  printf '%-34s %8s %8s   %s\n' "$name" "$p50" "$p95" "$verdict"
done
printf '\nThe SQL of each case (as the app runs it, values bound):\n'
for c in "${CASES[@]}"; do
  IFS='|' read -r name sql <<<"$c"
  printf -- '-- %s\n%s\n' "$name" "$sql"
done
if [ "${BENCH_PLANS:-0}" = "1" ]; then
  for c in "${CASES[@]}"; do
    IFS='|' read -r name sql <<<"$c"
    printf '\n-- plans of "%s"\n' "$name"
    tr ';' '\n' <<<"${sql}" | sed '/^[[:space:]]*$/d' | while read -r stmt; do
      "${PSQL[@]}" -Atc "EXPLAIN (ANALYZE, BUFFERS) ${stmt}"
    done
  done
fi
