# shellcheck shell=bash
# Shared settings and helpers of the local (no-Docker) scripts. Sourced, not run.
# shellcheck disable=SC2034 # KC_HOME, REALM_FILE: used by the scripts that source this file
# Every setting can be overridden from the environment.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${REPO_ROOT}/.run"
mkdir -p "${RUN_DIR}"

: "${DANVAN_DB_HOST:=localhost}"
: "${DANVAN_DB_PORT:=5432}"
: "${DANVAN_DB_NAME:=danvan}"
: "${DANVAN_DB_USER:=danvan}"
: "${DANVAN_DB_PASSWORD:=danvan}"
: "${DANVAN_TEST_DB_NAME:=danvan_test}"
: "${KC_PORT:=8180}"
: "${DANVAN_API_PORT:=8080}"
: "${DANVAN_MANAGEMENT_PORT:=9001}"
: "${DANVAN_WEB_PORT:=5173}"
: "${DANVAN_SMTP_PORT:=2525}"
: "${MAIL_API_PORT:=8025}"

KC_VERSION="26.7.3"
KC_HOME="${RUN_DIR}/keycloak-${KC_VERSION}"
REALM_FILE="${REPO_ROOT}/docker/keycloak/danvan-realm.json"

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# apt_install PACKAGE...: install Debian packages (root only), apt-get update once per call.
apt_install() {
  [ "$(id -u)" -eq 0 ] || die "need root to install: $* (run: apt-get install -y $*)"
  say "Installing $* (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# url_ok URL: true when URL answers with a 2xx/3xx status.
url_ok() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }

# pid_alive NAME: true when .run/NAME.pid names a running process.
pid_alive() {
  local f="${RUN_DIR}/$1.pid"
  [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# wait_for_url NAME URL TIMEOUT_SECONDS LOGFILE: wait until URL answers; on timeout, or when the
# process of NAME dies first, print the log tail and fail.
wait_for_url() {
  local name="$1" url="$2" timeout="$3" log="$4" waited=0
  until url_ok "$url"; do
    if ! pid_alive "$name"; then
      printf 'ERROR: %s exited before %s answered; last lines of %s:\n' "$name" "$url" "$log" >&2
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    if [ "$waited" -ge "$timeout" ]; then
      printf 'ERROR: %s did not answer %s within %ss; last lines of %s:\n' "$name" "$url" "$timeout" "$log" >&2
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# start_bg NAME LOGFILE COMMAND...: run COMMAND in the background in its own process group,
# detached from the terminal, and record its pid in .run/NAME.pid.
start_bg() {
  local name="$1" log="$2"
  shift 2
  : >"$log"
  nohup setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"${RUN_DIR}/${name}.pid"
}

# stop_bg NAME: stop the process group recorded in .run/NAME.pid (TERM, then KILL after 30 s).
stop_bg() {
  local name="$1" f="${RUN_DIR}/$1.pid" pid
  if ! pid_alive "$name"; then
    rm -f "$f"
    say "${name} not running"
    return 0
  fi
  pid="$(cat "$f")"
  kill -TERM -- "-${pid}" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-${pid}" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
  say "${name} stopped"
}

# newer_than TARGET PATH...: true when TARGET is missing or any file under PATHs is newer.
newer_than() {
  local target="$1"
  shift
  [ -e "$target" ] || return 0
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    if [ -n "$(find "$p" -newer "$target" -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}
