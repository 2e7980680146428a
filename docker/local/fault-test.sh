#!/usr/bin/env bash
# Fault test (make test-faults): the backend under a steady load of reads and writes while the servers it depends on
# fail, on a PostgreSQL cluster, a Keycloak and a backend of their own ports (never those of `make run`):
#   1. PostgreSQL restarts (pg_ctlcluster restart: every pooled connection dies);
#   2. Keycloak stops (tokens already issued keep being validated with the keys the backend holds);
#   3. Keycloak starts again (new tokens are accepted).
# Then: no answer was a 5xx other than 503, none a 401/403 (every token was good); every 503 was problem+json with Retry-After; every acknowledged write
# (201) is in the database exactly once; no unacknowledged write is there twice. Prints what it measured.
# Needs the jar (make test-backend packages it). Stops what it started; leaves the cluster stopped.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
LOCAL="${REPO_ROOT}/docker/local"
PG_PORT="${FAULT_PG_PORT:-55433}"
KC_FAULT_PORT="${FAULT_KC_PORT:-28180}"
KC_FAULT_MANAGEMENT_PORT="${FAULT_KC_MANAGEMENT_PORT:-29000}"
API_PORT="${FAULT_API_PORT:-28080}"
MANAGEMENT_PORT="${FAULT_MANAGEMENT_PORT:-29001}"
DB=danvan_fault
JAR="${REPO_ROOT}/backend/target/quarkus-app/quarkus-run.jar"
KC_FAULT_HOME="${RUN_DIR}/fault-keycloak"
DISCOVERY="http://localhost:${KC_FAULT_PORT}/realms/danvan/.well-known/openid-configuration"
TOKEN_URL="http://localhost:${KC_FAULT_PORT}/realms/danvan/protocol/openid-connect/token"
API="http://localhost:${API_PORT}"
RUN="$(date +%s)"
WORK="${RUN_DIR}/fault"
rm -rf "$WORK"
mkdir -p "$WORK"
export PGPASSWORD="${DANVAN_DB_PASSWORD}"
PSQL=(psql -X -q -At -h localhost -p "$PG_PORT" -U "${DANVAN_DB_USER}" -d "$DB" -v ON_ERROR_STOP=1)

for port in "$PG_PORT" "$KC_FAULT_PORT" "$KC_FAULT_MANAGEMENT_PORT" "$API_PORT" "$MANAGEMENT_PORT"; do
  if [ "$port" != "$PG_PORT" ] && (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    die "port ${port} is taken: the fault test needs it (FAULT_*_PORT to choose others)"
  fi
done

say "PostgreSQL cluster of its own on ${PG_PORT} (database ${DB})"
# postgres.sh makes the cluster when none runs on the port, and the test database afresh with its extensions
DANVAN_DB_PORT="$PG_PORT" DANVAN_DB_NAME="${DB}_spare" DANVAN_TEST_DB_NAME="$DB" DANVAN_FRESH_TEST_DB=1 \
  "${LOCAL}/postgres.sh" >/dev/null
CLUSTER="$(pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p { print $1 " " $2; exit }')"
[ -f "$JAR" ] || { say "Building the backend jar"; mvn -q -B -f "${REPO_ROOT}/backend/pom.xml" package -DskipTests; }

names=()
cleanup() {
  local n
  touch "${WORK}/STOP"
  for n in "${names[@]}"; do stop_bg "$n" >/dev/null 2>&1 || true; done
  # shellcheck disable=SC2086
  pg_ctlcluster $CLUSTER stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_keycloak() { # [fresh]: a fresh start imports the realm; a restart keeps its data and signing keys
  if [ "${1:-}" = fresh ]; then
    rm -rf "${KC_FAULT_HOME}/data/h2"
    mkdir -p "${KC_FAULT_HOME}/data/import"
    cp "${REALM_FILE}" "${KC_FAULT_HOME}/data/import/danvan-realm.json"
  fi
  start_bg fault-keycloak "${WORK}/keycloak.log" env KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD="fault-${RUN}" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "${KC_FAULT_HOME}/bin/kc.sh" start-dev --http-port "$KC_FAULT_PORT" \
    --http-management-port "$KC_FAULT_MANAGEMENT_PORT" --import-realm
  wait_for_url fault-keycloak "$DISCOVERY" 180 "${WORK}/keycloak.log"
}
# new_token: the load reads the token file before each request, so it is replaced whole (rename), never rewritten
new_token() { token editor.angiang >"${WORK}/token.new" && mv "${WORK}/token.new" "${WORK}/token"; }
token() {
  curl -fsS -d grant_type=password -d client_id=danvan-scripts -d client_secret=changeme-scripts \
    -d username="$1" -d password=demo "$TOKEN_URL" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
# progress FIELD: the load's count so far
progress() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], 0))' \
  "${WORK}/progress.json" "$1" 2>/dev/null || echo 0; }
# wait_more FIELD N TIMEOUT: until the load has N more of FIELD than now (polled, no fixed wait)
wait_more() {
  local field="$1" target waited=0
  target=$(($(progress "$field") + $2))
  until [ "$(progress "$field")" -ge "$target" ]; do
    pid_alive fault-load || die "the load generator stopped: $(tail -n 20 "${WORK}/load.log")"
    [ "$waited" -lt "$(($3 * 5))" ] || die "the load made no progress (${field} stuck at $(progress "$field"))"
    sleep 0.2
    waited=$((waited + 1))
  done
}

"${LOCAL}/keycloak.sh" install
if [ ! -x "${KC_FAULT_HOME}/bin/kc.sh" ]; then
  say "Copying Keycloak for the fault test into ${KC_FAULT_HOME}"
  cp -r "${KC_HOME}" "${KC_FAULT_HOME}"
fi
say "Keycloak of its own on ${KC_FAULT_PORT}"
names+=(fault-keycloak)
start_keycloak fresh

say "Backend on ${API_PORT} (database on ${PG_PORT}, Keycloak on ${KC_FAULT_PORT})"
names+=(fault-backend)
start_bg fault-backend "${WORK}/backend.log" env QUARKUS_PROFILE=prod \
  DANVAN_DB_URL="jdbc:postgresql://localhost:${PG_PORT}/${DB}" DANVAN_DB_USER="${DANVAN_DB_USER}" \
  DANVAN_DB_PASSWORD="${DANVAN_DB_PASSWORD}" DANVAN_OIDC_URL="http://localhost:${KC_FAULT_PORT}/realms/danvan" \
  DANVAN_HTTP_PORT="$API_PORT" DANVAN_DEMO_DATA=false DANVAN_JSON_LOGS=false DANVAN_REMINDERS_CRON=off \
  DANVAN_SMTP_PORT=1 DANVAN_MANAGEMENT_PORT="$MANAGEMENT_PORT" java -Xmx384m -jar "$JAR"
wait_for_url fault-backend "http://localhost:${MANAGEMENT_PORT}/q/health/ready" 180 "${WORK}/backend.log"

new_token
ISSUER=$("${PSQL[@]}" -c "select id from organization where code = '91-BTGDV'")
[ -n "$ISSUER" ] || die "no organization 91-BTGDV: demo data missing"

say "Load: 2 writers and 2 readers"
names+=(fault-load)
start_bg fault-load "${WORK}/load.log" node "${LOCAL}/fault-load.mjs" "$API" "${WORK}/token" "$ISSUER" "$RUN" \
  "${WORK}/STOP" "${WORK}/progress.json" "${WORK}/results.json"
wait_more writesOk 30 60
wait_more readsOk 30 60

say "1. PostgreSQL restarts under the load"
date +%s%3N >"${WORK}/pg-restarted"
# shellcheck disable=SC2086
pg_ctlcluster $CLUSTER restart
say "   restarted in $(($(date +%s%3N) - $(cat "${WORK}/pg-restarted"))) ms"
wait_more writesOk 50 60
wait_more readsOk 50 60

say "2. Keycloak stops: the tokens already issued keep working"
new_token # valid for 5 minutes: longer than Keycloak is away
stop_bg fault-keycloak >/dev/null
date +%s%3N >"${WORK}/kc-stopped"
wait_more writesOk 50 60
wait_more readsOk 50 60

say "3. Keycloak starts again: a new token is accepted"
start_keycloak
new_token
wait_more writesOk 50 60
wait_more readsOk 50 60

touch "${WORK}/STOP"
for _ in $(seq 1 100); do [ -s "${WORK}/results.json" ] && break; sleep 0.2; done
[ -s "${WORK}/results.json" ] || die "the load generator wrote no results"

"${PSQL[@]}" -F '|' -c "select substring(subject from 'Kiểm thử sự cố (F${RUN}-[0-9]+)'), count(*) from directive
  where subject like 'Kiểm thử sự cố F${RUN}-%' group by 1" >"${WORK}/stored.txt"

python3 - "$WORK" <<'PY'
import collections, json, sys
work = sys.argv[1]
records = json.load(open(f"{work}/results.json"))
stored = {}
for line in open(f"{work}/stored.txt"):
    key, count = line.strip().split("|")
    stored[key] = int(count)
restarted = int(open(f"{work}/pg-restarted").read())
statuses = collections.Counter(r["status"] for r in records)
print(f"requests: {len(records)}; by status: {dict(sorted(statuses.items()))}")
failures = []
server_errors = [r for r in records if r["status"] >= 500 and r["status"] != 503]
if server_errors:
    failures.append(f"{len(server_errors)} answers were 5xx other than 503: {server_errors[:3]}")
bad503 = [r for r in records if r["status"] == 503
          and (not r["type"].startswith("application/problem+json") or not r["retryAfter"])]
if bad503:
    failures.append(f"{len(bad503)} 503 answers without problem+json and Retry-After: {bad503[:3]}")
unanswered = [r for r in records if r["status"] == 0]
if unanswered:
    print(f"no answer (connection refused/timeout): {len(unanswered)}: {collections.Counter(r.get('error') for r in unanswered)}")
writes = [r for r in records if r["kind"] == "write"]
acknowledged = [r for r in writes if r["status"] == 201]
missing = [r["key"] for r in acknowledged if stored.get(r["key"], 0) != 1]
if missing:
    failures.append(f"{len(missing)} acknowledged writes are not stored exactly once: {missing[:5]}")
twice = [k for k, n in stored.items() if n > 1]
if twice:
    failures.append(f"{len(twice)} writes stored more than once: {twice[:5]}")
unacknowledged = [r["key"] for r in writes if r["status"] != 201]
stored_anyway = [k for k in unacknowledged if stored.get(k, 0) == 1]
print(f"writes: {len(writes)}, acknowledged {len(acknowledged)} (each stored once: {not missing}); "
      f"not acknowledged {len(unacknowledged)}, of which stored once anyway {len(stored_anyway)}, twice {len(twice)}")
unavailable = sorted(r["started"] for r in records if r["status"] in (0, 503))
if unavailable:
    print(f"503 or no answer from {unavailable[0] - restarted} ms to {unavailable[-1] - restarted} ms "
          f"after the PostgreSQL restart began ({len(unavailable)} answers)")
refused = [r for r in records if r["status"] in (401, 403)]
if refused:
    failures.append(f"{len(refused)} answers were 401/403 although every token was good: {refused[:3]}")
slow = max((r["ms"] for r in records), default=0)
print(f"slowest answer: {slow} ms")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
PY
say "Faults of PostgreSQL and Keycloak: no 500, every acknowledged write stored once"
