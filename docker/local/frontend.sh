#!/usr/bin/env bash
# Local DânVận web app, without Docker: frontend.sh deps|build|start|stop|status
# deps:   `npm ci` when frontend/node_modules is missing or older than package-lock.json.
# build:  deps, then `npm run build` when frontend/dist is missing or older than the sources
#         (src, public, index.html, vite.config.ts, package-lock.json) or openapi.yaml.
# start:  build, then `vite preview` in the background on $DANVAN_WEB_PORT (it proxies /api and /q
#         to $DANVAN_API_URL) and wait for the page. When it already answers it is left alone,
#         unless it was started by this script from an older build: then it is restarted.
# stop:   stops the web server started by this script (.run/frontend.pid).
# status: exit 0 when the page answers.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

FRONTEND="${REPO_ROOT}/frontend"
LOG="${RUN_DIR}/frontend.log"
BUILD_LOG="${RUN_DIR}/frontend-build.log"
WEB_URL="http://localhost:${DANVAN_WEB_PORT}/"
: "${DANVAN_API_URL:=http://localhost:${DANVAN_API_PORT}}"
export DANVAN_API_URL

deps() {
  [ -f "${FRONTEND}/package.json" ] || die "no frontend/package.json"
  # npm writes node_modules/.package-lock.json on every install: its age is the install's age.
  if newer_than "${FRONTEND}/node_modules/.package-lock.json" "${FRONTEND}/package-lock.json"; then
    say "Installing frontend dependencies (npm ci)"
    (cd "$FRONTEND" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build() {
  deps
  if newer_than "${FRONTEND}/dist/index.html" "${FRONTEND}/src" "${FRONTEND}/public" \
    "${FRONTEND}/index.html" "${FRONTEND}/vite.config.ts" "${FRONTEND}/package-lock.json" \
    "${REPO_ROOT}/openapi.yaml"; then
    say "Building frontend (npm run build; log: .run/frontend-build.log)"
    if ! (cd "$FRONTEND" && npm run build) >"$BUILD_LOG" 2>&1; then
      tail -n 60 "$BUILD_LOG" >&2
      die "frontend build failed (full log: ${BUILD_LOG})"
    fi
  fi
}

start() {
  build
  if url_ok "$WEB_URL"; then
    if pid_alive frontend && newer_than "${RUN_DIR}/frontend.pid" "${FRONTEND}/dist/index.html"; then
      say "Restarting frontend (the build is newer than the running server)"
      stop_bg frontend >/dev/null
    else
      pid_alive frontend || say "Note: the web server on ${DANVAN_WEB_PORT} was not started by this script; leaving it as it is"
      say "Frontend already running on ${DANVAN_WEB_PORT}"
      return 0
    fi
  elif pid_alive frontend; then
    stop_bg frontend >/dev/null # ours but not answering: start afresh
  fi
  say "Starting frontend on ${DANVAN_WEB_PORT} (vite preview; log: .run/frontend.log)"
  cd "$FRONTEND"
  start_bg frontend "$LOG" npx --no-install vite preview --port "${DANVAN_WEB_PORT}" --strictPort
  wait_for_url frontend "$WEB_URL" 60 "$LOG"
  say "Frontend ready on ${DANVAN_WEB_PORT}"
}

case "${1:-}" in
  deps) deps ;;
  build) build ;;
  start) start ;;
  stop) stop_bg frontend ;;
  status) url_ok "$WEB_URL" ;;
  *) die "usage: $0 deps|build|start|stop|status" ;;
esac
