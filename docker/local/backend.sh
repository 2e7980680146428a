#!/usr/bin/env bash
# Local DânVận backend (the packaged Quarkus app), without Docker: backend.sh build|start|stop|status
# build:  `mvn package -DskipTests` when backend/target/quarkus-app/quarkus-run.jar is missing or
#         older than backend/src, backend/pom.xml or openapi.yaml.
# start:  build when needed, then run the jar in the background on $DANVAN_API_PORT (prod profile,
#         local PostgreSQL and Keycloak) and wait for /q/health/ready on its management port
#         ($DANVAN_MANAGEMENT_PORT: health and metrics are not on the public one). When it already answers it is
#         left alone, unless it was started by this script from an older jar: then it is restarted.
# stop:   stops the backend started by this script (.run/backend.pid).
# status: exit 0 when the backend answers.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BACKEND="${REPO_ROOT}/backend"
JAR="${BACKEND}/target/quarkus-app/quarkus-run.jar"
LOG="${RUN_DIR}/backend.log"
BUILD_LOG="${RUN_DIR}/backend-build.log"
READY_URL="http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health/ready"

build() {
  if ! newer_than "$JAR" "${BACKEND}/src" "${BACKEND}/pom.xml" "${REPO_ROOT}/openapi.yaml"; then
    return 0
  fi
  say "Building backend (mvn package -DskipTests; log: .run/backend-build.log)"
  if ! mvn -q -B -f "${BACKEND}/pom.xml" package -DskipTests >"$BUILD_LOG" 2>&1; then
    tail -n 60 "$BUILD_LOG" >&2
    die "backend build failed (full log: ${BUILD_LOG})"
  fi
  [ -f "$JAR" ] || die "backend build produced no ${JAR}"
}

start() {
  build
  if url_ok "$READY_URL"; then
    if pid_alive backend && newer_than "${RUN_DIR}/backend.pid" "$JAR"; then
      say "Restarting backend (the jar is newer than the running process)"
      stop_bg backend >/dev/null
    else
      pid_alive backend || say "Note: the backend on ${DANVAN_API_PORT} was not started by this script; leaving it as it is"
      say "Backend already running on ${DANVAN_API_PORT}"
      return 0
    fi
  elif pid_alive backend; then
    stop_bg backend >/dev/null # ours but not answering: start afresh
  fi
  say "Starting backend on ${DANVAN_API_PORT} (log: .run/backend.log)"
  cd "${REPO_ROOT}"
  # shellcheck disable=SC2086
  start_bg backend "$LOG" env \
    QUARKUS_PROFILE=prod \
    DANVAN_DB_URL="jdbc:postgresql://${DANVAN_DB_HOST}:${DANVAN_DB_PORT}/${DANVAN_DB_NAME}" \
    DANVAN_DB_USER="${DANVAN_DB_USER}" \
    DANVAN_DB_PASSWORD="${DANVAN_DB_PASSWORD}" \
    DANVAN_OIDC_URL="http://localhost:${KC_PORT}/realms/danvan" \
    DANVAN_HTTP_PORT="${DANVAN_API_PORT}" \
    DANVAN_MANAGEMENT_PORT="${DANVAN_MANAGEMENT_PORT}" \
    DANVAN_SMTP_HOST="${DANVAN_SMTP_HOST:-localhost}" \
    DANVAN_SMTP_PORT="${DANVAN_SMTP_PORT}" \
    DANVAN_APP_URL="${DANVAN_APP_URL:-http://localhost:${DANVAN_WEB_PORT}}" \
    DANVAN_DEMO_DATA="${DANVAN_DEMO_DATA:-true}" \
    DANVAN_JSON_LOGS="${DANVAN_JSON_LOGS:-false}" \
    java ${DANVAN_JAVA_OPTS:-} -jar "$JAR" # DANVAN_JAVA_OPTS: split into words on purpose
  wait_for_url backend "$READY_URL" 180 "$LOG"
  say "Backend ready on ${DANVAN_API_PORT}"
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop_bg backend ;;
  status) url_ok "$READY_URL" ;;
  *) die "usage: $0 build|start|stop|status" ;;
esac
