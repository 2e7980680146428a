#!/usr/bin/env bash
# Replays, against `make run`, the scenarios of the authorization issue with real Keycloak tokens of the
# demo people (An Giang, phường Rạch Giá, Hà Nội) and prints each status. Every scenario must be refused
# except the assigned organization reading its task and directive (200). Exits 1 when one is not.
#
#   make run && backend/bench/scope-scenarios.sh
#
# It adds a few records of its own (a plan of An Giang's board, a plan of Hà Nội, a task and two
# assignments, each with a fresh number) and reads demo reports of other communes from the database.
# Needs curl, psql, python3 and the demo realm's danvan-scripts client (password grant).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=docker/local/common.sh
source docker/local/common.sh

API="http://localhost:${DANVAN_API_PORT}/api/v1"
KC="http://localhost:${KC_PORT}/realms/danvan/protocol/openid-connect/token"
PSQL=(env PGPASSWORD="${DANVAN_DB_PASSWORD}" psql -X -q -At -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "${DANVAN_DB_NAME}")
url_ok "http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health/ready" || die "the backend does not answer: make run first"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
token() { # token USER: a password-grant access token of a demo person
  curl -fsS -d grant_type=password -d client_id=danvan-scripts \
    -d client_secret="${DANVAN_SCRIPTS_SECRET:-changeme-scripts}" \
    -d username="$1" -d password="${DEMO_PASSWORD:-demo}" "$KC" | json 'd["access_token"]'
}
# call TOKEN METHOD PATH [JSON]: prints the HTTP status
call() {
  local t="$1" m="$2" p="$3" body="${4:-}"
  if [ -n "$body" ]; then
    curl -sS -o /tmp/scope-scenario.out -w '%{http_code}' -X "$m" -H "Authorization: Bearer $t" \
      -H 'Content-Type: application/json' -d "$body" "$API$p"
  else
    curl -sS -o /tmp/scope-scenario.out -w '%{http_code}' -X "$m" -H "Authorization: Bearer $t" "$API$p"
  fi
}
failures=0
expect() { # expect WANT GOT DESCRIPTION
  local verdict=ok
  if [ "$1" != "$2" ]; then verdict=FAIL; failures=$((failures + 1)); fi
  printf '%-4s %3s (want %s)  %s\n' "$verdict" "$2" "$1" "$3"
}

say "Tokens of the demo people"
HANOI_REPORTER=$(token reporter.hanoi)
HANOI_EDITOR=$(token editor.hanoi)
RG_REPORTER=$(token reporter.rachgia)
RG_EDITOR=$(token editor.rachgia)
RG_ADMIN=$(token admin.rachgia)
AG_EDITOR=$(token editor.angiang)
PORTAL=$(curl -fsS -d grant_type=client_credentials -d client_id=danvan-portal \
  -d client_secret="${DANVAN_PORTAL_SECRET:-changeme-portal}" "$KC" | json 'd["access_token"]')
ADMIN_CLI=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=editor.angiang \
  -d password="${DEMO_PASSWORD:-demo}" "$KC" | json 'd["access_token"]')

org() { "${PSQL[@]}" -c "select id from organization where code = '$1'"; }
BOARD=$(org 91-BTGDV); RG_DU=$(org 30742-DU); RG_UBND=$(org 30742-UBND); HN_MTTQ=$(org 01-MTTQ); HN_TU=$(org 01-TU)
RG_UNIT=$("${PSQL[@]}" -c "select id from administrative_unit where code = '30742' and valid_to is null")
HN_UNIT=$("${PSQL[@]}" -c "select id from administrative_unit where code = '01' and valid_to is null")
# a demo report of another commune (not phường Rạch Giá), with text, and its assignment
read -r REPORT ASSIGNMENT TASK < <("${PSQL[@]}" -F ' ' -c "select s.id, a.id, a.task_id from report_slot s
  join task_assignment a on a.id = s.assignment_id join organization o on o.id = a.organization_id
  where o.code <> '30742-DU' and s.text is not null order by s.id limit 1")
EXPLANATION=$("${PSQL[@]}" -c "select e.id from explanation e join task_assignment a on a.id = e.assignment_id
  join organization o on o.id = a.organization_id where o.code <> '30742-DU' order by e.id limit 1")
[ -n "$REPORT" ] || die "no demo report found: make run loads demo data"
SLOTS_BEFORE=$("${PSQL[@]}" -c "select count(*) from report_slot")

say "Reads across scope (another commune's report $REPORT, assignment $ASSIGNMENT, task $TASK)"
for who in HANOI_REPORTER RG_REPORTER; do
  t=${!who}
  expect 403 "$(call "$t" GET "/reports/$REPORT")" "$who reads another commune's report"
  expect 403 "$(call "$t" GET "/reports/$REPORT/attachments")" "$who lists its evidence"
  expect 403 "$(call "$t" GET "/assignments/$ASSIGNMENT")" "$who reads its assignment"
  expect 403 "$(call "$t" GET "/assignments/$ASSIGNMENT/reports")" "$who lists its reports (and makes none)"
  expect 403 "$(call "$t" GET "/assignments/$ASSIGNMENT/explanations")" "$who lists its explanations"
  expect 403 "$(call "$t" GET "/assignments/$ASSIGNMENT/sub-assignments")" "$who lists its sub-assignments"
  [ -n "$EXPLANATION" ] && expect 403 "$(call "$t" GET "/explanations/$EXPLANATION")" "$who reads an explanation"
  status=$(call "$t" GET "/tasks/$TASK/assignments")
  seen=$(python3 -c "import json; d=json.load(open('/tmp/scope-scenario.out')); print(len(d) if isinstance(d, list) else 0)")
  other=$(python3 -c "import json,sys; d=json.load(open('/tmp/scope-scenario.out')); print(sum(1 for a in d if a['id'] == $ASSIGNMENT) if isinstance(d, list) else 0)")
  expect 0 "$other" "$who finds that assignment in the task's list (status $status, $seen of their own)"
done
expect "$SLOTS_BEFORE" "$("${PSQL[@]}" -c "select count(*) from report_slot")" "report slots after those reads (none made)"
expect 403 "$(call "$PORTAL" GET "/reports/$REPORT")" "the portal reads a report"
expect 403 "$(call "$PORTAL" GET "/assignments/summary/export")" "the portal exports the summary"

say "Writes across scope"
N=$RANDOM$RANDOM
PLAN=$(call "$AG_EDITOR" POST /directives "{\"type\":\"PLAN\",\"number\":\"$N-KH/BTGDVTU\",\"issuerId\":$BOARD,
  \"issueDate\":\"2026-03-02\",\"subject\":\"Kế hoạch thử phân quyền $N\",\"recipientIds\":[$RG_DU],\"fullText\":\"Nội dung $N\"}")
[ "$PLAN" = 201 ] || die "could not register the test plan ($PLAN): $(cat /tmp/scope-scenario.out)"
PLAN_ID=$(json 'd["id"]' </tmp/scope-scenario.out)
put_plan() { echo "{\"type\":\"PLAN\",\"number\":\"$N-KH/BTGDVTU\",\"issuerId\":${2:-$BOARD},\"issueDate\":\"2026-03-02\",
  \"subject\":\"Kế hoạch thử phân quyền $N\",\"recipientIds\":[$RG_DU],\"fullText\":\"sửa\",\"version\":0$1}"; }
expect 403 "$(call "$RG_EDITOR" PUT "/directives/$PLAN_ID" "$(put_plan ',"publicAccess":true')")" "a recipient commune's editor makes the province's plan public"
expect 403 "$(call "$RG_EDITOR" PUT "/directives/$PLAN_ID" "$(put_plan ",\"monitoringOrganizationId\":$RG_DU")")" "... makes itself its monitoring body"
expect 403 "$(call "$RG_EDITOR" PUT "/directives/$PLAN_ID" "$(put_plan '' "$RG_DU")")" "... makes itself its issuer"
expect 403 "$(call "$RG_EDITOR" DELETE "/directives/$PLAN_ID?version=0")" "... deletes it"
expect 403 "$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $RG_EDITOR" -F "file=@docker/keycloak/danvan-realm.json;filename=a.pdf" "$API/directives/$PLAN_ID/attachments")" "... adds a file to it"
expect 403 "$(call "$AG_EDITOR" POST /directives "{\"type\":\"PLAN\",\"number\":\"$N-KH/TU\",\"issuerId\":$HN_TU,\"issueDate\":\"2026-03-02\",\"subject\":\"Mạo danh $N\"}")" "An Giang's editor registers in the name of Hà Nội's Party committee"
expect 403 "$(call "$RG_EDITOR" POST "/reports/$REPORT/review" '{"decision":"ACCEPTED","version":0}')" "Rạch Giá's editor reviews another commune's report"
expect 403 "$(call "$RG_EDITOR" PUT "/assignments/$ASSIGNMENT" '{"status":"CANCELLED","progress":0,"version":0}')" "Rạch Giá's editor cancels another commune's assignment"
TASK_ID=$(call "$AG_EDITOR" POST "/directives/$PLAN_ID/tasks" "{\"tasks\":[{\"ordinal\":1,\"title\":\"Nhiệm vụ thử $N\",\"leadOrganizationId\":$BOARD,\"dueKind\":\"CONTINUOUS\",\"cadence\":\"QUARTERLY\"}]}" >/dev/null; json 'd[0]["id"]' </tmp/scope-scenario.out)
expect 403 "$(call "$AG_EDITOR" POST "/tasks/$TASK_ID/assignments" "{\"organizationIds\":[$HN_MTTQ]}")" "An Giang's editor gives the task to Hà Nội's Front"
expect 403 "$(call "$AG_EDITOR" POST "/tasks/$TASK_ID/assignments" "{\"kind\":\"FATHERLAND_FRONT\",\"underUnitId\":$HN_UNIT}")" "... to every Front under Hà Nội"
HIDDEN=$(call "$HANOI_EDITOR" POST /directives "{\"type\":\"PLAN\",\"number\":\"$N-KH/TU\",\"issuerId\":$HN_TU,\"issueDate\":\"2026-03-02\",\"subject\":\"Kế hoạch nội bộ Hà Nội $N\"}" >/dev/null; json 'd["id"]' </tmp/scope-scenario.out)
expect 403 "$(call "$AG_EDITOR" POST "/directives/$PLAN_ID/relations" "{\"kind\":\"IMPLEMENTS\",\"targetId\":$HIDDEN}")" "a relation to a Hà Nội directive An Giang cannot read"
UNIT_VERSION=$("${PSQL[@]}" -c "select version from administrative_unit where id = $RG_UNIT")
expect 403 "$(call "$RG_ADMIN" PUT "/units/$RG_UNIT" "{\"name\":\"Phường Rạch Giá\",\"shortName\":\"Rạch Giá\",\"kind\":\"WARD\",\"validTo\":\"2026-12-31\",\"successorId\":$HN_UNIT,\"version\":$UNIT_VERSION}")" "Rạch Giá's admin hands its own unit to Hà Nội"

say "Tokens"
expect 401 "$(call "$ADMIN_CLI" GET /me)" "a token of admin-cli (no audience danvan-api)"
expect 401 "$(call "$ADMIN_CLI" GET /directives)" "... on the register"

say "What must work: the organization given a task reads it and its directive"
call "$AG_EDITOR" POST "/tasks/$TASK_ID/assignments" "{\"organizationIds\":[$RG_UBND]}" >/dev/null
expect 200 "$(call "$RG_ADMIN" GET "/tasks/$TASK_ID")" "UBND phường Rạch Giá reads the task given to it"
expect 200 "$(call "$RG_ADMIN" GET "/directives/$PLAN_ID")" "... and the directive it comes from"

echo
if [ "$failures" -gt 0 ]; then
  echo "$failures scenario(s) did not answer as the model says"
  exit 1
fi
echo "every scenario answered as the model says"
