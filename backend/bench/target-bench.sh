#!/usr/bin/env bash
# Benchmark of the targets' progress (issue 14, part 3, and point 5: target pages p95 < 100 ms) in a scratch database,
# at national scale, by SQL alone (no running app needed):
#   backend/bench/target-bench.sh [RUNS]      (default 30 runs per case)
#   backend/bench/target-bench.sh clean       (drops the scratch database)
# Makes the database ${BENCH_DB:-danvan_bench_target} (as the postgres superuser: root needed), applies the Flyway
# migrations with psql in version order, then seeds once, by SQL: the four NTM titles (XA-NTM, -NANG-CAO, -KIEU-MAU,
# -HIEN-DAI) with a set each; for most of the 3,321 communes in force and of the 10,823 former communes, decisions over
# five years (2021–2025: đạt chuẩn, then for some nâng cao, kiểu mẫu, a few hiện đại; some revoked), each with its case,
# through V23's triggers; one directive per province in force with ten targets (share and counts of xã and of xã,
# phường, đặc khu at every level, deadlines 2025–2030), and former Kiên Giang's four targets of 632-CV/TU (deadline
# 2025, counted over its communes as they were on 30/06/2025; its districts not measurable).
# Each case runs RUNS times under EXPLAIN (ANALYZE) in one session after 3 warm-up runs; the figure is planning +
# execution time summed over every statement the app runs for the request (TargetRepository, ProgressRepository;
# DirectiveService.headingsOf). Prints p50 / p95 in ms with the goal (p95 < 100 ms), then the SQL of each case, the
# values bound. BENCH_PLANS=1 also prints the plans. The scratch database stays for the next run (clean drops it; a
# changed migration needs clean first).
set -euo pipefail
DB="${BENCH_DB:-danvan_bench_target}"
RUNS="${1:-30}"
source "$(dirname "${BASH_SOURCE[0]}")/scratch-db.sh"

# --- the data, once -------------------------------------------------------------------------------------------------
if [ "$("${PSQL[@]}" -Atc "select count(*) from target")" = "0" ]; then
  say "Seeding NTM decisions for most communes over five years, and the targets (a minute or two)"
  start=$(date +%s)
  "${PSQL[@]}" <<'SQL'
BEGIN;
\echo '  [1/3] the NTM titles and their sets'
INSERT INTO recognition_title (code, name, subject_kind, issuer_organization_id, deciding_level)
SELECT t.code, t.name, 'COMMUNE', (SELECT id FROM organization WHERE code = 'TW-BTGDV'), 'PROVINCE'
FROM (VALUES ('XA-NTM', 'Xã đạt chuẩn nông thôn mới'), ('XA-NTM-NANG-CAO', 'Xã đạt chuẩn nông thôn mới nâng cao'),
             ('XA-NTM-KIEU-MAU', 'Xã đạt chuẩn nông thôn mới kiểu mẫu'),
             ('XA-NTM-HIEN-DAI', 'Xã đạt chuẩn nông thôn mới hiện đại')) AS t (code, name)
WHERE NOT EXISTS (SELECT 1 FROM recognition_title x WHERE x.code = t.code);
INSERT INTO criteria_set (title_id, version_no, name, level, effective_from, status, pass_rule)
SELECT t.id, 1, 'Bộ tiêu chí ' || t.name,
       CASE t.code WHEN 'XA-NTM' THEN 'STANDARD' WHEN 'XA-NTM-NANG-CAO' THEN 'ADVANCED'
                   WHEN 'XA-NTM-KIEU-MAU' THEN 'MODEL' ELSE 'MODERN' END, DATE '2021-01-01', 'PUBLISHED', 'ALL_REQUIRED'
FROM recognition_title t WHERE t.code LIKE 'XA-NTM%' AND NOT EXISTS (SELECT 1 FROM criteria_set s WHERE s.title_id = t.id);
\echo '  [2/3] decisions over 2021-2025 for most communes, in force and former (each with its case)'
-- per unit: đạt chuẩn in year y0 (87 % of units), nâng cao two years on (35 %), kiểu mẫu a year after that (12 %),
-- hiện đại in 2025 (2 %, units in force only); 4 % of the đạt chuẩn revoked a year and a half on
CREATE TEMP TABLE bench_step AS
SELECT u.id AS unit_id, s.code, make_date(s.y, 1 + (u.id % 12)::int, 1 + (u.id % 28)::int) AS on_day,
       s.revoke
FROM administrative_unit u
CROSS JOIN LATERAL (VALUES
    ('XA-NTM', 2021 + (u.id % 4)::int, u.id % 100 < 87, u.id % 25 = 3),
    ('XA-NTM-NANG-CAO', 2023 + (u.id % 3)::int, u.id % 100 < 35, false),
    ('XA-NTM-KIEU-MAU', 2024 + (u.id % 2)::int, u.id % 100 < 12, false),
    ('XA-NTM-HIEN-DAI', 2025, u.id % 100 < 2 AND u.valid_to IS NULL, false)) AS s (code, y, held, revoke)
WHERE u.level = 'COMMUNE' AND s.held;
-- a unit in force holds decisions dated after 1 July 2025; a former unit before its end
UPDATE bench_step b SET on_day = GREATEST(b.on_day, DATE '2025-07-01')
FROM administrative_unit u WHERE u.id = b.unit_id AND u.valid_to IS NULL;
UPDATE bench_step b SET on_day = LEAST(b.on_day, u.valid_to - 1)
FROM administrative_unit u WHERE u.id = b.unit_id AND u.valid_to IS NOT NULL;
INSERT INTO recognition_case (title_id, criteria_set_id, subject_kind, unit_id, year, kind, state, registered_by,
                              registered_at, updated_at)
SELECT t.id, s.id, 'COMMUNE', b.unit_id, extract(year FROM b.on_day)::int, 'INITIAL', 'RECOGNIZED', 'bench',
       b.on_day, b.on_day
FROM bench_step b JOIN recognition_title t ON t.code = b.code JOIN criteria_set s ON s.title_id = t.id;
INSERT INTO recognition_decision (case_id, title_id, unit_id, number, signed_on, signer, level, valid_from, revoked_on,
                                  revocation_number, revocation_reason, revoked_by, created_by, created_at)
SELECT c.id, c.title_id, c.unit_id, c.id || '/QĐ-UBND', c.registered_at::date, 'bench', 'PROVINCE',
       c.registered_at::date, CASE WHEN b.revoke THEN (c.registered_at + interval '18 months')::date END,
       CASE WHEN b.revoke THEN 'TH-' || c.id END, CASE WHEN b.revoke THEN 'Không giữ vững tiêu chí' END,
       CASE WHEN b.revoke THEN 'bench' END, 'bench', now()
FROM recognition_case c JOIN recognition_title t ON t.id = c.title_id
JOIN bench_step b ON b.unit_id = c.unit_id AND b.code = t.code AND b.on_day = c.registered_at::date
WHERE c.registered_by = 'bench';
\echo '  [3/3] one directive per province with ten targets; former Kiên Giang 632-CV/TU with its four'
INSERT INTO directive (type, number_text, issuer_id, issue_date, subject, status)
SELECT 'PLAN', 'BENCH-' || p.code, o.id, DATE '2026-02-20', 'Kế hoạch xây dựng nông thôn mới 2026–2030 ' || p.name,
       'IN_FORCE'
FROM administrative_unit p JOIN organization o ON o.code = p.code || '-MTTQ'
WHERE p.level = 'PROVINCE' AND p.valid_to IS NULL;
INSERT INTO target (directive_id, measure, unit_group, title_level, expression, scope_unit_id, deadline, value_min,
                    value_max, wording, position, created_by, created_at)
SELECT d.id, 'UNITS_WITH_TITLE', g.grp, g.lvl, g.expr, o.unit_id, g.deadline, g.vmin, NULL, g.grp || ' ' || g.lvl,
       g.pos, 'bench', now()
FROM directive d JOIN organization o ON o.id = d.issuer_id
CROSS JOIN (VALUES (0, 'COMMUNES', 'STANDARD', 'SHARE', 100, DATE '2030-12-31'),
                   (1, 'COMMUNES', 'ADVANCED', 'COUNT', 40, DATE '2030-12-31'),
                   (2, 'COMMUNES', 'MODEL', 'COUNT', 20, DATE '2030-12-31'),
                   (3, 'COMMUNES', 'MODERN', 'COUNT', 3, DATE '2030-12-31'),
                   (4, 'COMMUNE_LEVEL', 'STANDARD', 'SHARE', 90, DATE '2030-12-31'),
                   (5, 'COMMUNE_LEVEL', 'ADVANCED', 'SHARE', 50, DATE '2030-12-31'),
                   (6, 'COMMUNES', 'STANDARD', 'SHARE', 95, DATE '2028-12-31'),
                   (7, 'COMMUNES', 'ADVANCED', 'COUNT', 25, DATE '2028-12-31'),
                   (8, 'COMMUNE_LEVEL', 'MODEL', 'COUNT', 10, DATE '2027-12-31'),
                   (9, 'COMMUNES', 'STANDARD', 'SHARE', 80, DATE '2026-12-31'))
    AS g (pos, grp, lvl, expr, vmin, deadline)
WHERE d.number_text LIKE 'BENCH-%';
INSERT INTO directive (type, number_text, issuer_id, issue_date, subject, status)
SELECT 'OFFICIAL_LETTER', '632-CV/TU', o.id, DATE '2022-11-23',
       'Lãnh đạo tiếp tục thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”', 'IN_FORCE'
FROM organization o WHERE o.code = '91-BTV';
INSERT INTO target (directive_id, measure, unit_group, title_level, expression, scope_unit_id, deadline, value_min,
                    value_max, wording, position, created_by, created_at)
SELECT d.id, 'UNITS_WITH_TITLE', g.grp, g.lvl, g.expr, (SELECT id FROM administrative_unit WHERE name = 'Tỉnh Kiên Giang'
       AND valid_to IS NOT NULL), DATE '2025-12-31', g.vmin, g.vmax, g.wording, g.pos, 'bench', now()
FROM directive d
CROSS JOIN (VALUES (0, 'COMMUNES', 'STANDARD', 'SHARE', 100, NULL, '100% xã đạt chuẩn nông thôn mới'),
                   (1, 'COMMUNES', 'ADVANCED', 'COUNT', 30, NULL, 'ít nhất 30 xã đạt chuẩn nông thôn mới nâng cao'),
                   (2, 'COMMUNES', 'MODEL', 'COUNT', 15, NULL, '15 xã đạt chuẩn nông thôn mới kiểu mẫu'),
                   (3, 'DISTRICTS', 'STANDARD', 'COUNT', 7, 9, '7 - 9 huyện đạt tiêu chí nông thôn mới'))
    AS g (pos, grp, lvl, expr, vmin, vmax, wording)
WHERE d.number_text = '632-CV/TU';
COMMIT;
SQL
  say "Seeded in $(( $(date +%s) - start )) s"
fi
for t in recognition_title criteria_set recognition_case recognition_decision target directive; do
  "${PSQL[@]}" -c "VACUUM ANALYZE ${t}"
done

# --- the statements, as the app runs them -------------------------------------------------------------------------------
q() { "${PSQL[@]}" -Atc "$1"; }
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
THIS_YEAR=${TODAY%%-*}
PROVINCE=$(q "select path from administrative_unit where code = '91' and valid_to is null")
KG=$(q "select id from administrative_unit where name = 'Tỉnh Kiên Giang' and valid_to is not null")
KG_TARGET=$(q "select t.id from target t where t.scope_unit_id = ${KG} and t.position = 0")
AG_TARGET=$(q "select t.id from target t join directive d on d.id = t.directive_id where d.number_text = 'BENCH-91' and t.position = 4")

# TargetRepository.page and .count: the targets a caller's scope reads (its scope path and the scope unit's on a line)
list_sql() { # caller path
  local where=" FROM target t JOIN unit_scope s ON s.unit_id = t.scope_unit_id WHERE (s.path LIKE '$1' || '%' OR '$1' LIKE s.path || '%')"
  echo "SELECT t.id${where} ORDER BY t.deadline, t.directive_id, t.position, t.id OFFSET 0 LIMIT 20; SELECT count(*)${where};"
}
# ProgressRepository: the scope units of a page, then per target its count on the day (TargetProgress.asOf)
IN_FORCE=" WHERE u.unit_path LIKE \${P} || '%' AND u.unit_id <> \${S} AND (u.valid_from IS NULL OR u.valid_from <= DATE '\${D}') AND (u.valid_to IS NULL OR u.valid_to >= DATE '\${D}')"
HELD=" CROSS JOIN LATERAL (SELECT coalesce(max(CASE rs.title_code WHEN 'XA-NTM' THEN 1 WHEN 'XA-NTM-NANG-CAO' THEN 2 WHEN 'XA-NTM-KIEU-MAU' THEN 3 WHEN 'XA-NTM-HIEN-DAI' THEN 4 END), 0) AS rank FROM recognition_standing rs WHERE rs.unit_id = u.unit_id AND rs.residential_area_id IS NULL AND rs.title_code IN ('XA-NTM', 'XA-NTM-NANG-CAO', 'XA-NTM-KIEU-MAU', 'XA-NTM-HIEN-DAI') AND rs.valid_from <= DATE '\${D}' AND (rs.valid_until IS NULL OR rs.valid_until >= DATE '\${D}') AND (rs.ended_on IS NULL OR rs.ended_on > DATE '\${D}')) h"
bind() { # sql path scope day
  local s="$1" path="'$2'"; s="${s//\$\{P\}/$path}"; s="${s//\$\{S\}/$3}"; s="${s//\$\{D\}/$4}"; echo "$s"
}
group_sql() { case "$1" in COMMUNES) echo " AND u.kind IN ('COMMUNE')";; COMMUNE_LEVEL) echo " AND u.kind IN ('COMMUNE', 'WARD', 'SPECIAL_ZONE')";; *) echo " AND u.level = 'DISTRICT'";; esac; }
rank_of() { case "$1" in STANDARD) echo 1;; ADVANCED) echo 2;; MODEL) echo 3;; *) echo 4;; esac; }
# the day a target is counted: the earliest of its deadline, today and the end of an abolished scope unit
as_of() { q "select least(t.deadline, DATE '${TODAY}', coalesce(u.valid_to, 'infinity')) from target t join administrative_unit u on u.id = t.scope_unit_id where t.id = $1"; }
progress_sql() { # target id [day]: the count the progress (or a trend point) reads
  local row path scope grp lvl day
  row=$(q "select u.path, u.id, t.unit_group, t.title_level, t.deadline from target t join administrative_unit u on u.id = t.scope_unit_id where t.id = $1")
  IFS='|' read -r path scope grp lvl deadline <<<"$row"
  day="${2:-$(as_of "$1")}"
  if [ "$grp" = DISTRICTS ]; then
    bind "SELECT count(*) FROM unit_scope u${IN_FORCE}$(group_sql DISTRICTS);" "$path" "$scope" "$deadline"
  else
    bind "SELECT count(*), count(*) FILTER (WHERE h.rank >= $(rank_of "$lvl")) FROM unit_scope u${HELD}${IN_FORCE}$(group_sql "$grp");" "$path" "$scope" "$day"
  fi
}
views_sql() { # ids: the scope units, the directives' headings (DirectiveService.headingsOf)
  echo "SELECT u.unit_id, u.unit_path, u.path, u.level, u.kind, u.code, u.name, u.valid_to, s.name FROM unit_scope u LEFT JOIN unit_scope s ON s.unit_id = u.successor_id WHERE u.unit_id IN (SELECT scope_unit_id FROM target WHERE id IN ($1)); SELECT d.id, d.number_text, d.issue_date, d.subject, d.issuer_id, d.confidential FROM directive d WHERE d.id IN (SELECT directive_id FROM target WHERE id IN ($1));"
}
list_case() { # caller path: a page of 20 with every target's progress
  local ids sql
  ids=$(q "$(list_sql "$1" | cut -d';' -f1) " | paste -sd, -)
  sql="$(list_sql "$1") $(views_sql "$ids")"
  for id in ${ids//,/ }; do sql="${sql} $(progress_sql "$id")"; done
  echo "$sql"
}
detail_case() { # target id: the target (scope unit, directive), its progress and its trend by year
  local sql day from to y
  sql="$(views_sql "$1") $(progress_sql "$1")"
  day=$(as_of "$1")
  from=$(q "select extract(year from d.issue_date)::int from target t join directive d on d.id = t.directive_id where t.id = $1")
  to=${day%%-*}
  for y in $(seq "$from" "$to"); do
    if [ "$y" = "$to" ]; then sql="${sql} $(progress_sql "$1" "$day")"; else sql="${sql} $(progress_sql "$1" "${y}-12-31")"; fi
  done
  echo "$sql"
}
missing_case() { # target id: a page of 20 missing units and their count
  local row path scope grp lvl day
  row=$(q "select u.path, u.id, t.unit_group, t.title_level from target t join administrative_unit u on u.id = t.scope_unit_id where t.id = $1")
  IFS='|' read -r path scope grp lvl <<<"$row"
  day=$(as_of "$1")
  bind "SELECT u.unit_id, u.code, u.name, u.kind, p.name AS parent_name, h.rank FROM unit_scope u LEFT JOIN unit_scope p ON p.unit_id = u.parent_id${HELD}${IN_FORCE}$(group_sql "$grp") AND h.rank < $(rank_of "$lvl") ORDER BY u.name COLLATE \"vi-x-icu\", u.unit_id OFFSET 0 LIMIT 20; SELECT count(*) FROM unit_scope u${HELD}${IN_FORCE}$(group_sql "$grp") AND h.rank < $(rank_of "$lvl");" "$path" "$scope" "$day"
}

CASES=(
  "list, province (20 + progress)|$(list_case "${PROVINCE}")"
  "list, national (20 + progress)|$(list_case "/")"
  "progress+trend, An Giang 2030|$(detail_case "${AG_TARGET}")"
  "progress+trend, Kiên Giang 2025|$(detail_case "${KG_TARGET}")"
  "missing units, An Giang|$(missing_case "${AG_TARGET}")"
  "missing units, Kiên Giang|$(missing_case "${KG_TARGET}")"
)

printf '\nTargets: %s communes in force, %s former; %s NTM decisions (%s revoked); %s targets; database %s; %s runs each, ms (planning + execution, every statement of the request)\n' \
  "$(q "select count(*) from administrative_unit where level = 'COMMUNE' and valid_to is null")" \
  "$(q "select count(*) from administrative_unit where level = 'COMMUNE' and valid_to is not null")" \
  "$(q "select count(*) from recognition_standing where title_code like 'XA-NTM%'")" \
  "$(q "select count(*) from recognition_standing where title_code like 'XA-NTM%' and ended_on is not null")" \
  "$(q 'select count(*) from target')" "${DB}" "${RUNS}"
printf '%-34s %8s %8s   %s\n' "case" "p50" "p95" "goal (p95)"
for c in "${CASES[@]}"; do
  IFS='|' read -r name sql <<<"$c"
  read -r p50 p95 < <(measure "$sql")
  verdict=$(python3 -c "print('< 100 met' if ${p95} < 100 else '< 100 NOT MET')")
  printf '%-34s %8s %8s   %s\n' "$name" "$p50" "$p95" "$verdict"
done
printf '\nThe SQL of each case (every statement the app runs for the request, values bound):\n'
for c in "${CASES[@]}"; do
  IFS='|' read -r name sql <<<"$c"
  printf -- '-- %s\n%s\n' "$name" "$(tr ';' '\n' <<<"$sql" | sed '/^[[:space:]]*$/d; s/^ *//; s/$/;/')"
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
