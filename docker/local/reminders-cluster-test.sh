#!/usr/bin/env bash
# Test of the daily reminders with two backend instances on one database (make test-cluster):
#   1. a fresh database danvan_cluster (migrations + demo data), a mail sink of its own;
#   2. two instances of the packaged backend (ports 8091, 8092), clustered through Quartz's JDBC
#      store, with the reminder job firing every 5 seconds;
#   3. after several firings: each person with something due has exactly one digest in the mail
#      sink, each person with nothing due has none, both instances joined the scheduler cluster.
# Needs the jar (backend.sh builds it when needed). Stops what it started.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
LOCAL="${REPO_ROOT}/docker/local"
DB=danvan_cluster
SMTP_PORT=2526
MAIL_API=8026
PORTS=(8091 8092)
JAR="${REPO_ROOT}/backend/target/quarkus-app/quarkus-run.jar"
export PGPASSWORD="${DANVAN_DB_PASSWORD}"
PSQL=(psql -X -q -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" -U "${DANVAN_DB_USER}" -d "$DB" -v ON_ERROR_STOP=1)

DANVAN_TEST_DB_NAME="$DB" DANVAN_FRESH_TEST_DB=1 "${LOCAL}/postgres.sh"
[ -f "$JAR" ] || { say "Building the backend jar"; mvn -q -B -f "${REPO_ROOT}/backend/pom.xml" package -DskipTests; }

names=()
cleanup() {
  local n
  for n in "${names[@]}"; do stop_bg "$n" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT

MAIL_JAR="${RUN_DIR}/downloads/greenmail-standalone-2.1.8.jar"
if [ ! -s "$MAIL_JAR" ]; then
  mkdir -p "${RUN_DIR}/downloads"
  mvn -q -B dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.8 \
    -DoutputDirectory="${RUN_DIR}/downloads" -Dtransitive=false
fi
names+=(cluster-mail)
start_bg cluster-mail "${RUN_DIR}/cluster-mail.log" java -Xmx128m "-Dgreenmail.smtp.port=${SMTP_PORT}" \
  -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.auth.disabled "-Dgreenmail.api.port=${MAIL_API}" \
  -Dgreenmail.api.hostname=127.0.0.1 -jar "$MAIL_JAR"
wait_for_url cluster-mail "http://localhost:${MAIL_API}/api/service/readiness" 60 "${RUN_DIR}/cluster-mail.log"

start_instance() { # NAME PORT MANAGEMENT_PORT (health and metrics)
  names+=("$1")
  start_bg "$1" "${RUN_DIR}/$1.log" env \
    DANVAN_DB_URL="jdbc:postgresql://${DANVAN_DB_HOST}:${DANVAN_DB_PORT}/${DB}" \
    DANVAN_DB_USER="${DANVAN_DB_USER}" DANVAN_DB_PASSWORD="${DANVAN_DB_PASSWORD}" \
    DANVAN_OIDC_URL="http://localhost:${KC_PORT}/realms/danvan" DANVAN_HTTP_PORT="$2" DANVAN_DEMO_DATA=true \
    DANVAN_JSON_LOGS=false DANVAN_SMTP_PORT="$SMTP_PORT" DANVAN_REMINDERS_CRON="0/5 * * * * ?" \
    DANVAN_MANAGEMENT_PORT="$3" java -Xmx384m -jar "$JAR"
  # live, not ready: this test runs no Keycloak, and readiness says the identity provider is away
  wait_for_url "$1" "http://localhost:$3/q/health/live" 120 "${RUN_DIR}/$1.log"
}
say "Starting two backend instances on ${PORTS[*]} (database ${DB}, reminders every 5 s)"
start_instance cluster-a "${PORTS[0]}" 9191   # the first loads the demo data...
start_instance cluster-b "${PORTS[1]}" 9192   # ...the second finds it there
say "Waiting until the job has fired four times (every 5 s, on whichever instance holds the trigger)"
job_runs() { cat "${RUN_DIR}/cluster-a.log" "${RUN_DIR}/cluster-b.log" | grep -c "reminders .* on " || true; }
for _ in $(seq 1 300); do
  [ "$(job_runs)" -ge 4 ] && break
  sleep 0.2
done

failed=0
nodes=$("${PSQL[@]}" -Atc "select count(*) from qrtz_scheduler_state")
say "Quartz cluster members: ${nodes}"
[ "$nodes" -eq 2 ] || { echo "FAIL: expected 2 instances in the Quartz cluster, found ${nodes}"; failed=1; }
fired=$(grep -h "reminders .* on " "${RUN_DIR}/cluster-a.log" "${RUN_DIR}/cluster-b.log" | wc -l)
say "Job runs in the two logs: ${fired}"
[ "$fired" -ge 4 ] || { echo "FAIL: the job ran ${fired} times in 60 s"; failed=1; }

due=0
while IFS='|' read -r username email; do
  count=$(curl -fsS "http://localhost:${MAIL_API}/api/user/${email}/messages/INBOX" 2>/dev/null \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' 2>/dev/null || echo 0)
  digests=$("${PSQL[@]}" -Atc "select count(*) from reminder_digest where username = '${username}' and status = 'SENT'")
  printf '  %-20s %-36s mails: %s  digests sent: %s\n' "$username" "$email" "$count" "$digests"
  [ "$count" = "$digests" ] || { echo "FAIL: ${username} received ${count} mails for ${digests} digests"; failed=1; }
  [ "$count" -le 1 ] || { echo "FAIL: ${username} received ${count} digests on one day"; failed=1; }
  due=$((due + count))
done < <("${PSQL[@]}" -Atc "select username, email from app_user order by username")
expected=$("${PSQL[@]}" -Atc "select count(distinct u.username) from app_user u join organization o on o.code = u.organization_code join task_assignment a on a.organization_id = o.id where u.email is not null and a.status in ('NOT_STARTED','IN_PROGRESS')")
say "People with an e-mail address and open work: ${expected}; digests received: ${due}"
[ "$due" -ge 1 ] && [ "$due" -eq "$expected" ] \
  || { echo "FAIL: ${due} digests for ${expected} people with open work"; failed=1; }
quiet=$("${PSQL[@]}" -Atc "select count(*) from reminder_digest d join app_user u using (username) where u.organization_code not in (select o.code from organization o join task_assignment a on a.organization_id = o.id)")
[ "$quiet" -eq 0 ] || { echo "FAIL: ${quiet} digests went to people whose organization has no work"; failed=1; }

[ "$failed" -eq 0 ] || exit 1
say "Reminders with two instances: each digest sent exactly once"
