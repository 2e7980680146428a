#!/usr/bin/env bash
# Benchmark of the rural programme's status pages (issue 14, parts 1-2, point 5) in a scratch database, at national
# scale, by SQL alone (no running app needed):
#   backend/bench/rural-bench.sh [RUNS]      (default 30 runs per query)
#   backend/bench/rural-bench.sh clean       (drops the scratch database)
# Makes the database ${BENCH_DB:-danvan_bench_rural} (as the postgres superuser: root needed), applies the Flyway
# migrations with psql in version order, then seeds once, by SQL: 47 indicators under the ten criteria of the 2026–2030
# XA-NTM set (placeholder texts: V26 loads none), a group 2026–2030 for each of the 3,321 communes in force, one
# assessment per commune × indicator × year 2026–2030 (3,321 × 47 × 5 = 780,435 rows, 1 in 7 not met), and NTM
# decisions (through the recognition feature's tables and triggers): 2018–2024 for 60 % of the 10,823 former communes
# (their successors' history), and the communes' own decisions of 2025 (thừa nhận) for 60 % of those in force; a fifth
# of each nâng cao.
# Then each query runs RUNS times under EXPLAIN (ANALYZE) in one session after 3 warm-up runs; the figure is planning +
# execution time summed over the statements of the case (the app plans every statement for its values). Prints p50 /
# p95 in ms with the goal (p95 < 100 ms), then the SQL of each case as RuralRepository, CriteriaCatalogService and
# AttachmentService run it, the values bound. BENCH_PLANS=1 also prints the plan of every statement.
set -euo pipefail
DB="${BENCH_DB:-danvan_bench_rural}"
RUNS="${1:-30}"
source "$(dirname "${BASH_SOURCE[0]}")/scratch-db.sh"

# --- the data, once -------------------------------------------------------------------------------------------------
if [ "$("${PSQL[@]}" -Atc "select count(*) from rural_assessment")" = "0" ]; then
  say "Seeding 780,435 assessments, 3,321 groups and the former communes' NTM decisions (a minute or two)"
  start=$(date +%s)
  "${PSQL[@]}" <<'SQL'
BEGIN;
-- 47 indicators under the ten criteria of the 2026–2030 set (4 each, a fifth under criteria 1–7): bench texts only
INSERT INTO criterion (set_id, parent_id, code, name, kind, required, position)
SELECT k.set_id, k.id, k.code || '.' || i, 'Chỉ tiêu (bench) ' || k.code || '.' || i, 'PASS_FAIL', true, i
FROM criterion k JOIN criteria_set s ON s.id = k.set_id JOIN recognition_title t ON t.id = s.title_id
CROSS JOIN generate_series(1, 5) AS i
WHERE t.code = 'XA-NTM' AND s.version_no = 3 AND k.parent_id IS NULL AND (i <= 4 OR k.position <= 7);

INSERT INTO rural_commune_group (unit_id, period_from, period_to, commune_group, set_by, set_at)
SELECT unit_id, 2026, 2030, 1 + unit_id % 3, 'bench', now()
FROM unit_scope WHERE level = 'COMMUNE' AND valid_to IS NULL;

INSERT INTO rural_assessment (unit_id, year, criterion_id, met, assessed_by, assessed_at)
SELECT u.unit_id, y, k.id, (u.unit_id + k.id + y) % 7 <> 0, 'bench', now()
FROM unit_scope u
CROSS JOIN generate_series(2026, 2030) AS y
CROSS JOIN (SELECT k.id FROM criterion k JOIN criteria_set s ON s.id = k.set_id
            JOIN recognition_title t ON t.id = s.title_id
            WHERE t.code = 'XA-NTM' AND s.version_no = 3 AND k.parent_id IS NOT NULL) AS k
WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL;

-- former communes: decisions of 2018–2024; communes in force: their own (thừa nhận) decisions of 2025
WITH f AS (SELECT u.unit_id, ((u.unit_id * 7919) % 100)::int AS h, u.valid_to IS NULL AS in_force FROM unit_scope u
           WHERE u.level = 'COMMUNE'),
plan AS (SELECT unit_id, h, 'XA-NTM' AS title, CASE WHEN in_force THEN make_date(2025, 8 + h % 3, 5 + h % 20)
         ELSE make_date(2018 + h % 7, 1 + h % 12, 5 + h % 20) END AS signed_on FROM f WHERE h < 60
         UNION ALL SELECT unit_id, h, 'XA-NTM-NANG-CAO', CASE WHEN in_force THEN DATE '2025-09-10'
         ELSE make_date(2022 + h % 3, 6 + h % 6, 10) END FROM f WHERE h < 12),
sets AS (SELECT p.*, t.id AS title_id, s.id AS set_id FROM plan p JOIN recognition_title t ON t.code = p.title
         JOIN LATERAL (SELECT s.id FROM criteria_set s WHERE s.title_id = t.id AND s.status <> 'DRAFT'
                       AND s.effective_from <= p.signed_on AND (s.effective_to IS NULL OR s.effective_to >= p.signed_on)
                       ORDER BY s.effective_from DESC LIMIT 1) s ON true),
c AS (INSERT INTO recognition_case (title_id, criteria_set_id, subject_kind, unit_id, year, kind, state,
                                    registered_by, registered_at, updated_at)
      SELECT title_id, set_id, 'COMMUNE', unit_id, extract(year FROM signed_on)::int, 'INITIAL', 'RECOGNIZED',
             'bench', now(), now() FROM sets RETURNING id, unit_id, title_id, year)
INSERT INTO recognition_decision (case_id, title_id, unit_id, number, signed_on, signer, level, valid_from, recorded,
                                  revoked_on, revocation_number, created_by, created_at)
SELECT c.id, c.title_id, c.unit_id, (1000 + c.unit_id % 8000) || '/QĐ-UBND', s.signed_on, 'bench', 'PROVINCE',
       s.signed_on, true, CASE WHEN s.h = 55 AND s.signed_on < DATE '2024-12-20' THEN DATE '2024-12-20' END,
       CASE WHEN s.h = 55 AND s.signed_on < DATE '2024-12-20' THEN (9000 + c.unit_id % 900) || '/QĐ-UBND' END,
       'bench', now()
FROM c JOIN sets s ON s.unit_id = c.unit_id AND s.title_id = c.title_id AND extract(year FROM s.signed_on)::int = c.year;
COMMIT;
VACUUM ANALYZE;
SQL
  say "Seeded in $(( $(date +%s) - start )) s"
fi

q() { "${PSQL[@]}" -Atc "$1"; }
SET3=$(q "SELECT s.id FROM criteria_set s JOIN recognition_title t ON t.id = s.title_id WHERE t.code = 'XA-NTM' AND s.version_no = 3")
DAY="DATE '2026-12-04'"

# RuralRepository.page, as the app builds it: scope, unit, optional filters. Without a level filter the page comes
# first and the levels are read for its communes only; with one, for every commune of the unit.
LV="lv AS (SELECT DISTINCT ON (c.unit_id) c.unit_id, s.set_level, s.decision_id, s.number, s.signed_on, s.unit_id AS decided_unit FROM FROM_CTE c JOIN recognition_standing s ON s.unit_id = c.unit_id WHERE s.subject_kind = 'COMMUNE' AND s.title_code LIKE 'XA-NTM%' AND s.set_level IS NOT NULL AND s.valid_from <= ${DAY} AND (s.valid_until IS NULL OR s.valid_until >= ${DAY}) AND (s.ended_on IS NULL OR s.ended_on > ${DAY}) ORDER BY c.unit_id, CASE s.set_level WHEN 'MODERN' THEN 4 WHEN 'MODEL' THEN 3 WHEN 'ADVANCED' THEN 2 ELSE 1 END DESC, s.signed_on DESC, s.decision_id DESC)"
page() { # scope unit extra-where-in-c group-where level-where(empty: none) limit offset
  local c="WITH c AS (SELECT u.unit_id, u.code, u.name, u.kind, u.path, u.valid_to, u.successor_id FROM unit_scope u WHERE u.path LIKE '$1' || '%' AND u.path LIKE '$2' || '%' AND u.level = 'COMMUNE' AND u.valid_to IS NULL$3)"
  local g=" LEFT JOIN rural_commune_group g ON g.unit_id = c.unit_id AND 2026 BETWEEN g.period_from AND g.period_to"
  local order=' ORDER BY c.name COLLATE "vi-x-icu", c.unit_id'
  if [ -z "$5" ]; then
    echo "${c}, pg AS (SELECT c.*, g.commune_group, count(*) OVER () AS total FROM c${g} WHERE true$4${order} LIMIT $6 OFFSET $7), ${LV//FROM_CTE/pg} SELECT c.unit_id, c.code, c.name, c.kind, c.path, c.valid_to, c.successor_id, c.commune_group, lv.set_level, lv.decision_id, lv.number, lv.signed_on, lv.decided_unit, c.total FROM pg c LEFT JOIN lv ON lv.unit_id = c.unit_id${order};"
  else
    echo "${c}, ${LV//FROM_CTE/c} SELECT c.unit_id, c.code, c.name, c.kind, c.path, c.valid_to, c.successor_id, g.commune_group, lv.set_level, lv.decision_id, lv.number, lv.signed_on, lv.decided_unit, count(*) OVER () AS total FROM c LEFT JOIN lv ON lv.unit_id = c.unit_id${g} WHERE true$4$5${order} LIMIT $6 OFFSET $7;"
  fi
}
# RuralRepository.formers for the page's communes (its former communes, how many held NTM on the day they ended)
formers() { # ids
  echo "SELECT c.unit_id, count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM recognition_standing s WHERE s.unit_id = f.unit_id AND s.subject_kind = 'COMMUNE' AND s.title_code LIKE 'XA-NTM%' AND s.set_level IS NOT NULL AND s.valid_from <= f.valid_to AND (s.valid_until IS NULL OR s.valid_until >= f.valid_to) AND (s.ended_on IS NULL OR s.ended_on > f.valid_to))) FROM unit_scope c JOIN unit_scope f ON f.path = c.path AND f.level = 'COMMUNE' AND f.valid_to IS NOT NULL AND f.unit_id <> c.unit_id WHERE c.unit_id IN ($1) AND c.valid_to IS NULL GROUP BY c.unit_id;"
}
# RuralRepository.metCounts for the page's communes, and criteriaCount
met() { # ids
  echo "WITH k AS (SELECT id, parent_id FROM criterion WHERE set_id = ${SET3}), n AS (SELECT parent_id, count(*) AS parts FROM k WHERE parent_id IS NOT NULL GROUP BY parent_id), st AS (SELECT a.unit_id, coalesce(k.parent_id, k.id) AS top, bool_and(a.met) FILTER (WHERE k.parent_id IS NULL) AS own_met, count(*) FILTER (WHERE k.parent_id IS NOT NULL AND a.met) AS parts_met FROM rural_assessment a JOIN k ON k.id = a.criterion_id WHERE a.unit_id IN ($1) AND a.year = 2026 GROUP BY 1, 2) SELECT st.unit_id, count(*) FILTER (WHERE CASE WHEN st.own_met IS NOT NULL THEN st.own_met ELSE st.parts_met = coalesce(n.parts, -1) END) FROM st LEFT JOIN n ON n.parent_id = st.top GROUP BY st.unit_id; SELECT count(*) FROM criterion WHERE set_id = ${SET3} AND parent_id IS NULL;"
}
ids_of() { # a page query -> its unit ids
  "${PSQL[@]}" -At -F'|' -c "$1" | cut -d'|' -f1 | paste -sd, -
}
list_case() { # scope unit extra-c group-where level-where
  local p; p=$(page "$1" "$2" "$3" "$4" "$5" 20 0)
  local ids; ids=$(ids_of "$p")
  printf '%s %s %s' "$p" "$(met "$ids")" "$(formers "$ids")"
}
AG=$(q "SELECT path FROM unit_scope WHERE code = '91' AND valid_to IS NULL")
ONE=$(q "SELECT unit_id FROM unit_scope WHERE path LIKE '${AG}%' AND level = 'COMMUNE' AND valid_to IS NULL AND kind = 'COMMUNE' ORDER BY unit_id LIMIT 1")
CRITERIA_IDS=$(q "SELECT string_agg(id::text, ',') FROM criterion WHERE set_id = ${SET3}")
# a commune's criteria page: the set (CriteriaCatalogService.set: its row and criteria), the variants, the group, the
# assessments of five years, their files (AttachmentService.listOf), the directive of the set
criteria_page() { # unit
  local rows
  rows=$(q "SELECT coalesce(string_agg(id::text, ','), '0') FROM rural_assessment WHERE unit_id = $1 AND year BETWEEN 2026 AND 2030 AND criterion_id IN (${CRITERIA_IDS})")
  cat <<SQL
SELECT s.id, t.id, t.code, t.name, t.subject_kind, t.deciding_level, t.issuer_organization_id, s.version_no, s.name, s.level, s.status, s.effective_from, s.effective_to, s.pass_rule, s.passing_score, s.posting_days, s.vote_threshold_percent, s.validity_years, s.reassessment_months, s.revoke_key_fail_percent, s.revoke_fail_percent FROM criteria_set s JOIN recognition_title t ON t.id = s.title_id WHERE s.id = ${SET3}; SELECT c.id, c.parent_id, g.code, c.code, c.name, c.kind, c.max_points, c.unit_of_measure, c.comparison, c.threshold, c.required, c.key_criterion, c.expected_evidence, c.position FROM criterion c LEFT JOIN criteria_group g ON g.id = c.group_id LEFT JOIN criterion p ON p.id = c.parent_id WHERE c.set_id = ${SET3} ORDER BY coalesce(g.position, 0), coalesce(p.position, c.position), coalesce(p.id, c.id), c.parent_id NULLS FIRST, c.position, c.id; SELECT v.criterion_id, v.commune_group, v.threshold, v.note FROM criterion_variant v JOIN criterion c ON c.id = v.criterion_id WHERE c.set_id = ${SET3} ORDER BY v.criterion_id, v.commune_group; SELECT unit_id, code, name, kind, path, valid_to, successor_id FROM unit_scope WHERE unit_id = $1 AND level = 'COMMUNE'; SELECT * FROM rural_commune_group WHERE unit_id = $1 AND period_from <= 2030 AND period_to >= 2030 ORDER BY period_from DESC LIMIT 1; SELECT * FROM rural_assessment WHERE unit_id = $1 AND year BETWEEN 2026 AND 2030 AND criterion_id IN (${CRITERIA_IDS}) ORDER BY year, criterion_id; SELECT * FROM attachment WHERE owner_type = 'RuralAssessment' AND owner_id IN (${rows}) ORDER BY id; SELECT s.directive_id, d.number_text FROM criteria_set s LEFT JOIN directive d ON d.id = s.directive_id WHERE s.id = ${SET3};
SQL
}

CASES=(
  "commune list, province (An Giang)|$(list_case / "${AG}" "" "" "")"
  "commune list, province, level=NONE|$(list_case / "${AG}" "" "" " AND lv.set_level IS NULL")"
  "commune list, province, level=ADVANCED|$(list_case / "${AG}" "" "" " AND lv.set_level = 'ADVANCED'")"
  "commune list, province, group=2|$(list_case / "${AG}" "" " AND g.commune_group = 2" "")"
  "commune list, province, q=my|$(list_case / "${AG}" " AND dv_fold(u.name) LIKE '%' || dv_fold('my') || '%'" "" "")"
  "commune list, province user (scope)|$(list_case "${AG}" "${AG}" "" "" "")"
  "commune list, national|$(list_case / / "" "" "")"
  "commune list, national, level=NONE|$(list_case / / "" "" " AND lv.set_level IS NULL")"
  "criteria page, one commune, 5 years|$(criteria_page "${ONE}")"
)

printf '\nRural programme: %s communes in force, %s assessments, %s groups, %s NTM decisions, database %s; %s runs each, ms (planning + execution)\n' \
  "$(q "select count(*) from unit_scope where level = 'COMMUNE' and valid_to is null")" \
  "$(q 'select count(*) from rural_assessment')" "$(q 'select count(*) from rural_commune_group')" \
  "$(q "select count(*) from recognition_standing where title_code like 'XA-NTM%'")" "${DB}" "${RUNS}"
printf '%-38s %8s %8s   %s\n' "query" "p50" "p95" "goal (p95)"
for c in "${CASES[@]}"; do
  IFS='|' read -r name sql <<<"$c"
  read -r p50 p95 < <(measure "$sql")
  verdict=$(python3 -c "print('< 100 met' if ${p95} < 100 else '< 100 NOT MET')")
  printf '%-38s %8s %8s   %s\n' "$name" "$p50" "$p95" "$verdict"
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
