#!/usr/bin/env bash
# Benchmark of the "Dân vận khéo" review tables (issue 12, point 4) in a scratch database: the model list and the
# funnel at 50,000 models with 200,000 round records, by SQL alone (no running app needed).
#   backend/bench/mobilization-bench.sh [RUNS]      (default 30 runs per query)
#   backend/bench/mobilization-bench.sh clean       (drops the scratch database)
# Makes the database ${BENCH_DB:-danvan_bench_mobilization} (as the postgres superuser: root needed), applies the
# Flyway migrations V1..V18 with psql in version order, then seeds once, by SQL: 50,000 models of An Giang's
# organizations in force (about 871: the province's bodies and its communes'), registered in the yearly rounds 2021,
# 2022 or 2023 of the movement of V17, in all four fields, 30% individuals, 10% replications of an earlier model;
# each with one record per yearly round from its registration to 2025 (5, 4 or 3: 199,999 records) spread over
# every state of the cycle (appraisal, decision, exemplary, commendation filled in as the state says).
# Checks that V18's read model (model_funnel_count) equals a count of the records themselves.
# Then each query runs RUNS times under EXPLAIN (ANALYZE) in one session after 3 warm-up runs; the figure is
# planning + execution time summed over the statements of the case (the app plans every statement for its values).
# Prints p50 / p95 in ms with the goal (p95 < 100 ms), then the SQL of each case: FunnelRepository's funnel and
# ModelRepository's list page (ids of a page of 20, newest first, and the total), the values bound.
# BENCH_PLANS=1 also prints the plan of the first case. The scratch database stays for the next run (clean drops it;
# a changed migration needs clean first).
set -euo pipefail
DB="${BENCH_DB:-danvan_bench_mobilization}"
RUNS="${1:-30}"
source "$(dirname "${BASH_SOURCE[0]}")/scratch-db.sh"

SCOPE=$("${PSQL[@]}" -Atc "select path from administrative_unit where code = '91' and valid_to is null")
WARD_PATH=$("${PSQL[@]}" -Atc "select path from administrative_unit where code = '30742' and valid_to is null")
WARD=$("${PSQL[@]}" -Atc "select id from administrative_unit where code = '30742' and valid_to is null")

# --- the data, once -------------------------------------------------------------------------------------------------
if [ "$("${PSQL[@]}" -Atc "select count(*) from mobilization_model")" = "0" ]; then
  say "Seeding 50,000 models and 200,000 round records"
  start=$(date +%s)
  "${PSQL[@]}" <<SQL
BEGIN;
CREATE TEMP TABLE bench_org AS
SELECT row_number() OVER (ORDER BY o.id) - 1 AS n, o.id, o.unit_id, o.scope_path = '${SCOPE}' AS provincial
FROM organization o WHERE o.valid_to IS NULL AND o.scope_path LIKE '${SCOPE}%';
CREATE TEMP TABLE bench_round AS
SELECT r.year, r.id FROM emulation_round r JOIN emulation_period p ON p.id = r.period_id
WHERE p.name = '2021–2025' AND r.kind = 'YEARLY';
CREATE TEMP TABLE bench_field AS
SELECT row_number() OVER (ORDER BY f.position) - 1 AS n, f.id, f.movement_id FROM emulation_field f;
\echo '  [1/3] models (50,000)'
INSERT INTO mobilization_model (id, movement_id, registered_round_id, name, field_id, organization_id, owner_kind,
    owner_name, owner_position, unit_id, place, started_on, problem, approach, indicators, replication_of_id, state,
    level, published, created_by, created_at)
OVERRIDING SYSTEM VALUE
SELECT i, f.movement_id, r.id,
       (ARRAY['Dân vận khéo', 'Tuyến đường hoa', 'Mái ấm tình thương', 'Khu dân cư kiểu mẫu', 'Nuôi heo đất giúp bạn',
              'Camera an ninh', 'Chi bộ bốn tốt', 'Tuyến đường tự quản'])[1 + i % 8] || ' số ' || i,
       f.id, o.id, CASE WHEN i % 10 < 3 THEN 'INDIVIDUAL' ELSE 'COLLECTIVE' END,
       CASE WHEN i % 10 < 3 THEN 'Nguyễn Văn ' || i ELSE 'Chi hội Nông dân ấp ' || (i % 40) END,
       CASE WHEN i % 10 < 3 THEN 'Trưởng ấp' END, o.unit_id, 'Ấp ' || (i % 40),
       make_date(r.year, 1 + i % 12, 1), 'Vấn đề của mô hình ' || i, 'Cách vận động nhân dân ' || i, '[]',
       CASE WHEN i % 10 = 9 AND i > 1000 THEN i - 997 END,
       CASE WHEN i % 23 = 0 THEN 'DISCONTINUED' WHEN i % 7 = 0 THEN 'REGISTERED' ELSE 'ACTIVE' END,
       CASE WHEN o.provincial THEN 'PROVINCE' ELSE 'COMMUNE' END, i % 13 = 0, 'bench', now()
FROM generate_series(1, 50000) AS i
JOIN bench_org o ON o.n = (i * 7919) % (SELECT count(*) FROM bench_org)
JOIN bench_round r ON r.year = 2021 + i % 3
JOIN bench_field f ON f.n = (i / 3) % 4;
SELECT setval(pg_get_serial_sequence('mobilization_model', 'id'), 50000);
\echo '  [2/3] round records (200,000)'
INSERT INTO model_round (model_id, round_id, state, mark, level, appraisal_result, appraisal_opinion, appraised_by,
    appraised_on, decision_number, decision_date, decision_signer, decision_level, exemplary, proposed_upward)
SELECT m.id, r.id, s.state, CASE WHEN r.year = 2021 + m.id % 3 THEN 'NEW' WHEN s.h = 0 THEN 'WEAK' ELSE 'MAINTAINED' END,
       m.level,
       CASE WHEN s.state = 'NOT_PASSED' THEN 'NOT_PASS' WHEN s.rank >= 6 THEN 'PASS' END,
       CASE WHEN s.rank >= 5 THEN 'Ý kiến thẩm định' END, CASE WHEN s.rank >= 5 THEN 'bench' END,
       CASE WHEN s.rank >= 5 THEN make_date(r.year, 11, 15) END,
       CASE WHEN s.rank >= 7 THEN m.id || '-QĐ/BCĐ' END, CASE WHEN s.rank >= 7 THEN make_date(r.year, 12, 1) END,
       CASE WHEN s.rank >= 7 THEN 'bench' END, CASE WHEN s.rank >= 7 THEN m.level END,
       s.state IN ('EXEMPLARY', 'COMMENDED') AND m.id % 2 = 0 OR s.state = 'EXEMPLARY', false
FROM mobilization_model m
JOIN bench_round r ON r.year >= 2021 + m.id % 3
CROSS JOIN LATERAL (SELECT ((m.id * 31 + r.year * 17) % 20)::int AS h) hh
CROSS JOIN LATERAL (SELECT hh.h,
    (ARRAY['REGISTERED', 'IN_PROGRESS', 'IN_PROGRESS', 'REPORTED', 'SUBMITTED', 'RETURNED', 'NOT_PASSED', 'APPRAISED',
           'RECOGNIZED', 'RECOGNIZED', 'RECOGNIZED', 'RECOGNIZED', 'EXEMPLARY', 'EXEMPLARY',
           'PROPOSED_FOR_COMMENDATION', 'COMMENDED', 'COMMENDED', 'RECOGNIZED', 'APPRAISED', 'RECOGNIZED'])[1 + hh.h] AS state,
    (ARRAY[0, 1, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 8, 8, 9, 10, 10, 7, 6, 7])[1 + hh.h] AS rank) s;
COMMIT;
SQL
  say "Seeded in $(( $(date +%s) - start )) s (the read model kept by V18's triggers, record by record)"
fi
# what autovacuum does in a live database (the seed's trigger upserts leave the read model's dead rows behind)
"${PSQL[@]}" -c "VACUUM ANALYZE mobilization_model" -c "VACUUM ANALYZE model_round" -c "VACUUM ANALYZE model_funnel_count"

ROUND=$("${PSQL[@]}" -Atc "select r.id from emulation_round r join emulation_period p on p.id = r.period_id where p.name = '2021–2025' and r.kind = 'YEARLY' and r.year = 2025")
ROUND21=$("${PSQL[@]}" -Atc "select r.id from emulation_round r join emulation_period p on p.id = r.period_id where p.name = '2021–2025' and r.kind = 'YEARLY' and r.year = 2021")
KINH_TE=$("${PSQL[@]}" -Atc "select id from emulation_field where code = 'KINH_TE' order by id limit 1")

# The funnel: FunnelRepository.count with the values bound (:len, :round, :path, optional field and owner kind),
# over the read model model_funnel_count that V18's triggers keep.
STAGES="sum(c.registered), sum(c.appraised), sum(c.recognized), sum(c.exemplary), sum(c.commended), sum(c.replicated)"
funnel() { # path round extra-where
  echo "SELECT split_part(substr(os.path, ${#1} + 1), '/', 1) AS child, c.field_id, c.owner_kind, ${STAGES} FROM model_funnel_count c JOIN organization_scope os ON os.organization_id = c.organization_id WHERE c.round_id = $2 AND os.path LIKE '$1' || '%'$3 GROUP BY 1, 2, 3;"
}
# The same figures counted from the round records themselves, to check the read model against them.
RAW_STAGES="count(*), count(*) FILTER (WHERE r.appraisal_result = 'PASS' OR r.decision_date IS NOT NULL), count(*) FILTER (WHERE r.decision_date IS NOT NULL), count(*) FILTER (WHERE r.exemplary), count(*) FILTER (WHERE r.state = 'COMMENDED'), count(*) FILTER (WHERE m.replication_of_id IS NOT NULL AND m.registered_round_id = r.round_id)"
# The list: ModelRepository.page (a page of ids newest first, then the total), the caller's scope first.
list() { # scope extra-where
  local from="FROM mobilization_model m WHERE m.organization_id IN (SELECT organization_id FROM organization_scope WHERE path LIKE '$1' || '%')$2"
  echo "SELECT m.id ${from} ORDER BY m.id DESC OFFSET 0 LIMIT 20; SELECT count(*) ${from};"
}
UNIT_OR=" AND m.organization_id IN (SELECT organization_id FROM organization_scope WHERE path LIKE '${WARD_PATH}' || '%' OR unit_path LIKE '${WARD_PATH}' || '%')"
# ModelRepository's unit filter: two index range scans. The OR form above (kept for comparison) cannot use an
# index, and the planner, misjudging how many organizations a path holds, tests it once per model.
UNIT_UNION=" AND m.organization_id IN (SELECT organization_id FROM organization_scope WHERE path LIKE '${WARD_PATH}' || '%' UNION SELECT organization_id FROM organization_scope WHERE unit_path LIKE '${WARD_PATH}' || '%')"
ROUND_FILTER=" AND EXISTS (SELECT 1 FROM model_round r WHERE r.model_id = m.id AND r.round_id = ${ROUND})"

CASES=(
  "funnel, province, 2025|$(funnel "${SCOPE}" "${ROUND}" '')"
  "funnel, province, 2021|$(funnel "${SCOPE}" "${ROUND21}" '')"
  "funnel, province, field+kind|$(funnel "${SCOPE}" "${ROUND}" " AND c.field_id = ${KINH_TE} AND c.owner_kind = 'INDIVIDUAL'")"
  "funnel, one commune|$(funnel "${WARD_PATH}" "${ROUND}" '')"
  "list, province, newest|$(list "${SCOPE}" '')"
  "list, round+field+kind|$(list "${SCOPE}" "${ROUND_FILTER} AND m.field_id IN (${KINH_TE}) AND m.owner_kind = 'INDIVIDUAL'")"
  "list, state+level|$(list "${SCOPE}" " AND m.state = 'ACTIVE' AND m.level = 'COMMUNE'")"
  "list, q=duong hoa|$(list "${SCOPE}" " AND m.search_text LIKE dv_fold('%duong%') AND m.search_text LIKE dv_fold('%hoa%')")"
  "list, one commune's unit (as the API runs it)|$(list "${SCOPE}" "${UNIT_UNION}")"
  "list, one commune's unit, OR form (not used)|$(list "${SCOPE}" "${UNIT_OR}")"
)

# The read model holds what the records say (every round, every organization, field and owner kind).
DIFF=$("${PSQL[@]}" -Atc "SELECT count(*) FROM (SELECT r.round_id, m.organization_id, m.field_id, m.owner_kind, ${RAW_STAGES} FROM model_round r JOIN mobilization_model m ON m.id = r.model_id GROUP BY 1, 2, 3, 4) raw FULL JOIN (SELECT round_id, organization_id, field_id, owner_kind, registered::bigint, appraised::bigint, recognized::bigint, exemplary::bigint, commended::bigint, replicated::bigint FROM model_funnel_count WHERE registered <> 0) rm USING (round_id, organization_id, field_id, owner_kind) WHERE raw IS DISTINCT FROM rm")
[ "$DIFF" = "0" ] || die "the read model model_funnel_count differs from the round records in ${DIFF} groups"
say "Read model model_funnel_count checked against the round records: the same in every group"

printf '\n"Dân vận khéo" review tables: %s models, %s round records (database %s), %s runs each, ms (planning + execution)\n' \
  "$("${PSQL[@]}" -Atc 'select count(*) from mobilization_model')" "$("${PSQL[@]}" -Atc 'select count(*) from model_round')" "${DB}" "${RUNS}"
printf '%-30s %8s %8s   %s\n' "query" "p50" "p95" "goal (p95)"
for c in "${CASES[@]}"; do
  IFS='|' read -r name sql <<<"$c"
  read -r p50 p95 < <(measure "$sql")
  verdict=$(python3 -c "print('< 100 met' if ${p95} < 100 else '< 100 NOT MET')")
  printf '%-30s %8s %8s   %s\n' "$name" "$p50" "$p95" "$verdict"
done
printf '\nThe SQL of each case (as the app runs it, values bound):\n'
for c in "${CASES[@]}"; do
  IFS='|' read -r name sql <<<"$c"
  printf -- '-- %s\n%s\n' "$name" "$sql"
done
if [ "${BENCH_PLANS:-0}" = "1" ]; then
  IFS='|' read -r name sql <<<"${CASES[0]}"
  printf '\n-- plan of "%s"\n' "$name"
  "${PSQL[@]}" -Atc "EXPLAIN (ANALYZE, BUFFERS) ${sql%;}"
fi
