#!/usr/bin/env bash
# Benchmark of the directive register's search, against the running system (`make run` first).
#   backend/bench/directive-search-bench.sh [COUNT] [RUNS]
#   backend/bench/directive-search-bench.sh clean      (deletes the generated directives)
# Seeds COUNT generated directives (default 100000; marked place='BENCH', seeded once) into the
# application database, then for each typical search prints p50/p95 of RUNS calls (default 30) to
# GET /api/v1/directives, next to p50/p95 of the same SQL run directly with psql. Needs curl, psql,
# python3, and the demo realm's danvan-scripts client (password grant for leader.angiang).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../docker/local/common.sh"
COUNT="${1:-100000}"
RUNS="${2:-30}"
API="http://localhost:${DANVAN_API_PORT}"
export PGPASSWORD="${DANVAN_DB_PASSWORD}"
PSQL=(psql -X -q -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "${DANVAN_DB_NAME}" -v ON_ERROR_STOP=1)

if [ "${1:-}" = "clean" ]; then
  "${PSQL[@]}" -c "delete from directive where place = 'BENCH'" && say "Generated directives deleted"
  exit 0
fi
url_ok "http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health/ready" || die "the backend does not answer on ${API}: run 'make run' first"

have=$("${PSQL[@]}" -Atc "select count(*) from directive where place = 'BENCH'")
if [ "$have" -lt "$COUNT" ]; then
  say "Seeding $((COUNT - have)) generated directives (place = 'BENCH')"
  "${PSQL[@]}" <<SQL
WITH issuers AS (
  SELECT array_agg(o.id) AS ids FROM organization o JOIN administrative_unit u ON u.id = o.unit_id
  WHERE u.path LIKE (SELECT path FROM administrative_unit WHERE code = '91' AND valid_to IS NULL) || '%'),
words AS (SELECT ARRAY['Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận',
  'Tiếp tục thực hiện phong trào thi đua “Dân vận khéo”', 'Về xây dựng khu dân cư kiểu mẫu',
  'Lãnh đạo thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”',
  'Về công tác tôn giáo và dân tộc', 'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc',
  'Về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc',
  'Về thực hiện quy chế dân chủ ở cơ sở', 'Về giảm nghèo bền vững', 'Về bảo vệ môi trường ở khu dân cư'] AS s),
types AS (SELECT ARRAY['OFFICIAL_LETTER','DIRECTIVE','PLAN','RESOLUTION','PROGRAMME','GUIDANCE'] AS t,
                 ARRAY['CV','CT','KH','NQ','CTr','HD'] AS c)
INSERT INTO directive (type, number_text, number_key, issuer_id, issue_date, place, subject, full_text, status, version)
SELECT types.t[k], (n % 900 + 1) || '-' || types.c[k] || '/BENCH' || (n / 900),
       (n % 900 + 1) || '-' || upper(types.c[k]) || '/BENCH' || (n / 900),
       issuers.ids[1 + (n % array_length(issuers.ids, 1))],
       DATE '2015-01-01' + (n % 4000), 'BENCH', words.s[1 + (n % 10)] || ' (' || n || ')',
       'Nội dung văn bản số ' || n || '. ' || words.s[1 + ((n * 7) % 10)] || '. ' || words.s[1 + ((n * 3) % 10)] || '.',
       'IN_FORCE', 0
FROM generate_series($have + 1, $COUNT) AS n, issuers, words, types, LATERAL (SELECT 1 + (n % 6) AS k) AS kk;
ANALYZE directive;
SQL
fi

# the province leader of the demo realm (the portal reads published data only), through the scripts' client
TOKEN=$(curl -fsS -d grant_type=password -d client_id=danvan-scripts -d client_secret="${DANVAN_SCRIPTS_SECRET:-changeme-scripts}" \
  -d username="${BENCH_USER:-leader.angiang}" -d password="${BENCH_PASSWORD:-demo}" \
  "http://localhost:${KC_PORT}/realms/danvan/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
SCOPE=$("${PSQL[@]}" -Atc "select path from administrative_unit where code = '91' and valid_to is null")

# name | query string | words (relevance order) | other SQL filters. The SQL is the one the API runs
# (DirectiveRepository): visible organizations once, relevance as two date-ordered parts, count capped.
SEARCHES=(
  "dan van kheo|q=dan%20van%20kheo|dan van kheo|true"
  "khu dan cu kieu mau|q=khu%20dan%20cu%20kieu%20mau|khu dan cu kieu mau|true"
  "one number 632-CV/TU|q=632-CV/TU|632-cv/tu|true"
  "type + year|type=PLAN&year=2020||d.type = 'PLAN' and d.issue_date >= date '2020-01-01' and d.issue_date < date '2021-01-01'"
  "newest, no filter|||true"
)
CTE="WITH visible_org AS MATERIALIZED (SELECT organization_id AS id FROM organization_scope WHERE path LIKE '${SCOPE}%')"
VISIBLE="(d.public_access OR d.issuer_id IN (SELECT id FROM visible_org) OR d.id IN (SELECT r.directive_id FROM directive_recipient r WHERE r.organization_id IN (SELECT id FROM visible_org)) OR d.monitoring_organization_id IN (SELECT id FROM visible_org) OR d.id IN (SELECT rd.directive_id FROM directive_reader rd WHERE rd.organization_id IN (SELECT id FROM visible_org)))"
ORDER="ORDER BY d.issue_date DESC NULLS LAST, d.id DESC"
page_sql() { # words filters
  local in_text="true" in_head="true" w
  for w in $1; do in_text="$in_text AND d.search_text LIKE '%$w%'"; in_head="$in_head AND d.head_text LIKE '%$w%'"; done
  if [ -n "$1" ]; then
    echo "$CTE SELECT id FROM ((SELECT d.id, 0 AS tier, d.issue_date FROM directive d WHERE $VISIBLE AND $2 AND $in_head $ORDER LIMIT 20) UNION ALL (SELECT d.id, 1 AS tier, d.issue_date FROM directive d WHERE $VISIBLE AND $2 AND $in_text AND NOT ($in_head) $ORDER LIMIT 20)) ranked ORDER BY tier, issue_date DESC NULLS LAST, id DESC OFFSET 0 LIMIT 20;"
  else
    echo "$CTE SELECT d.id FROM directive d WHERE $VISIBLE AND $2 $ORDER OFFSET 0 LIMIT 20;"
  fi
  echo "$CTE SELECT count(*) FROM (SELECT 1 FROM directive d WHERE $VISIBLE AND $2 AND $in_text LIMIT 1001) capped;"
}

stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x) for x in sys.stdin.read().split()); p=lambda q: v[min(len(v)-1,int(round(q*(len(v)-1))))]; print(f"{p(0.5):8.1f} {p(0.95):8.1f}")'; }

printf '\nDirective search: %s directives in the register, %s runs each, times in ms\n' \
  "$("${PSQL[@]}" -Atc 'select count(*) from directive')" "$RUNS"
printf '%-24s %8s %8s   %8s %8s   %s\n' "search" "API p50" "API p95" "SQL p50" "SQL p95" "rows"
for s in "${SEARCHES[@]}"; do
  IFS='|' read -r name qs words where <<<"$s"
  api=$(for _ in $(seq 1 "$RUNS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer ${TOKEN}" "${API}/api/v1/directives?${qs}&size=20"
  done | awk '{printf "%.3f\n", $1 * 1000}' | stats)
  sql=$(page_sql "$words" "$where")
  raw=$(for _ in $(seq 1 "$RUNS"); do
    { echo '\timing on'; echo "$sql"; } | "${PSQL[@]}" -At 2>&1 | grep -E '^Time:' | awk '{s += $2} END {printf "%.3f\n", s}'
  done | stats)
  rows=$(curl -fsS -H "Authorization: Bearer ${TOKEN}" "${API}/api/v1/directives?${qs}&size=1" | python3 -c 'import json,sys; p=json.load(sys.stdin); print(str(p["total"]) + ("+" if p.get("totalCapped") else ""))')
  printf '%-24s %8s %8s   %8s %8s   %s\n' "$name" $api $raw "$rows"
done
echo "(API: curl time_total through HTTP, token check, JPA, paging with the capped count; SQL: the same page query plus the count, psql \\timing)"
