#!/usr/bin/env bash
# `make test`: every suite, in phases of parallel lanes, so that a clean clone finishes in about
# 20 minutes on two cores. The suites are the Makefile's own targets, unchanged:
#   set-up       PostgreSQL running, Keycloak unpacked, frontend dependencies installed — once, before
#                the lanes, so that no two lanes install the same thing at the same time
#   phase 1      test-backend (mvn verify: packages the jar the later suites run)
#                || test-frontend, then test-deploy (no jar, no database needed)
#   phase 2      test-cluster (two instances on ports of their own) || test-faults (a PostgreSQL
#                cluster, Keycloak and backend of their own ports)
#   phase 3      test-e2e alone: a browser against the whole stack, on a machine left quiet (beside the
#                faults' restarts its waits ran out; alone it takes no longer than the lane it ended)
# Each suite writes to .run/test-logs/<suite>.log; a phase prints its suites' logs whole when it ends,
# one after the other, so the output reads as if they had run in turn. Every suite runs even when
# another failed; the exit status is 1 when any failed. Prints each suite's wall time.
set -uo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
LOCAL="${REPO_ROOT}/docker/local"
LOGS="${RUN_DIR}/test-logs"
rm -rf "$LOGS"
mkdir -p "$LOGS"
RESULTS="${LOGS}/results"
: >"$RESULTS"

# LANE SUITE...: the suites in order, each one's output in its log, its status and seconds in RESULTS
lane() {
  local suite started status
  for suite in "$@"; do
    started=$(date +%s)
    if make --no-print-directory -C "$REPO_ROOT" "$suite" >"${LOGS}/${suite}.log" 2>&1; then
      status=passed
    else
      status=FAILED
    fi
    echo "${suite} ${status} $(($(date +%s) - started))" >>"$RESULTS"
  done
}

# SUITE...: print the logs of a finished phase, each under its heading
show() {
  local suite line
  for suite in "$@"; do
    line=$(grep "^${suite} " "$RESULTS" || echo "${suite} not-run 0")
    echo
    echo "==================== ${suite}: $(echo "$line" | cut -d' ' -f2) in $(echo "$line" | cut -d' ' -f3) s"
    cat "${LOGS}/${suite}.log" 2>/dev/null || true
  done
}

phase() { # NAME: run the lanes given as "suite suite" strings, wait, print
  local name=$1 started pids=() all=() l
  shift
  started=$(date +%s)
  say "${name}: $(printf '[%s] ' "$@")in parallel (logs: .run/test-logs/)"
  for l in "$@"; do
    # shellcheck disable=SC2086 # a lane is a list of suite names
    lane $l &
    pids+=($!)
    # shellcheck disable=SC2206
    all+=($l)
  done
  wait "${pids[@]}"
  show "${all[@]}"
  say "${name} took $(($(date +%s) - started)) s"
}

started=$(date +%s)
say "Set-up: PostgreSQL, Keycloak unpacked, frontend dependencies"
setup_ok=1
{ "${LOCAL}/postgres.sh" && "${LOCAL}/keycloak.sh" install && "${LOCAL}/frontend.sh" deps; } || setup_ok=0
[ "$setup_ok" = 1 ] || echo "set-up FAILED 0" >>"$RESULTS"

phase "Phase 1" "test-backend" "test-frontend test-deploy"
phase "Phase 2" "test-cluster" "test-faults"
phase "Phase 3" "test-e2e"

echo
echo "==> Time per suite (wall clock; lanes ran in parallel):"
while read -r suite status seconds; do
  printf '    %-14s %-7s %5s s\n' "$suite" "$status" "$seconds"
done <"$RESULTS"
echo "==> make test took $(($(date +%s) - started)) s"
if grep -q -v " passed " "$RESULTS"; then
  echo "==> FAILED: $(grep -v " passed " "$RESULTS" | cut -d' ' -f1 | tr '\n' ' ')"
  exit 1
fi
echo "==> All test suites passed"
