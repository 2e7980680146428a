#!/usr/bin/env bash
# End-to-end tests of DânVận, without Docker: brings up PostgreSQL, Keycloak, the backend and the
# web app (reusing what already runs), runs `npm run e2e` in frontend/ (playwright-core driving
# /usr/bin/chromium) and afterwards stops only the services this script started.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
LOCAL="${REPO_ROOT}/docker/local"

[ -x /usr/bin/chromium ] || apt_install chromium
command -v unzip >/dev/null || apt_install unzip

"${LOCAL}/postgres.sh"

started=()
cleanup() {
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    "${LOCAL}/${started[i]}.sh" stop || true
  done
}
trap cleanup EXIT

for service in mail keycloak backend frontend; do
  "${LOCAL}/${service}.sh" status || started+=("$service")
  "${LOCAL}/${service}.sh" start
done

say "Running end-to-end tests (npm run e2e)"
cd "${REPO_ROOT}/frontend"
DANVAN_WEB_URL="http://localhost:${DANVAN_WEB_PORT}" \
  DANVAN_API_URL="http://localhost:${DANVAN_API_PORT}" \
  DANVAN_KEYCLOAK_URL="http://localhost:${KC_PORT}" \
  npm run e2e
