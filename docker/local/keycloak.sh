#!/usr/bin/env bash
# Local Keycloak for DânVận, without Docker: keycloak.sh start|stop|status
# start: installs Keycloak once into .run/keycloak-<version> (fetched through Maven), imports
#        docker/keycloak/danvan-realm.json afresh (the dev H2 data is deleted before each start,
#        so the realm always matches the file), runs `kc.sh start-dev` in the background on
#        $KC_PORT and waits for the realm's discovery document. Does nothing when it already answers.
#        When it was started by this script before the realm file last changed, it is restarted.
# stop:  stops the Keycloak started by this script (.run/keycloak.pid).
# install: only installs it (the fault test copies the installation).
# status: exit 0 when the realm answers.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

LOG="${RUN_DIR}/keycloak.log"
DISCOVERY_URL="http://localhost:${KC_PORT}/realms/danvan/.well-known/openid-configuration"

install_keycloak() {
  [ -x "${KC_HOME}/bin/kc.sh" ] && return 0
  command -v unzip >/dev/null || apt_install unzip
  local dl="${RUN_DIR}/downloads"
  local zip="${dl}/keycloak-quarkus-dist-${KC_VERSION}.zip"
  mkdir -p "$dl"
  if [ ! -s "$zip" ]; then
    say "Fetching Keycloak ${KC_VERSION} (Maven: org.keycloak:keycloak-quarkus-dist)"
    if ! (cd "$dl" && mvn -q -B dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip" \
      -DoutputDirectory="$dl" -Dtransitive=false) >"${dl}/mvn.log" 2>&1; then
      cat "${dl}/mvn.log" >&2
      die "could not fetch Keycloak through Maven"
    fi
  fi
  say "Unpacking Keycloak into ${KC_HOME}"
  rm -rf "${KC_HOME}.tmp"
  mkdir -p "${KC_HOME}.tmp"
  unzip -q "$zip" -d "${KC_HOME}.tmp"
  rm -rf "${KC_HOME}"
  mv "${KC_HOME}.tmp/keycloak-${KC_VERSION}" "${KC_HOME}"
  rm -rf "${KC_HOME}.tmp"
}

start() {
  if url_ok "$DISCOVERY_URL"; then
    if pid_alive keycloak && newer_than "${RUN_DIR}/keycloak.pid" "${REALM_FILE}"; then
      say "Restarting Keycloak (the realm file changed)"
      stop_bg keycloak >/dev/null
    else
      pid_alive keycloak || say "Note: the Keycloak on ${KC_PORT} was not started by this script; leaving it as it is"
      say "Keycloak already running on ${KC_PORT}"
      return 0
    fi
  elif pid_alive keycloak; then
    stop_bg keycloak >/dev/null # ours but not answering (stuck): start afresh
  fi
  install_keycloak
  mkdir -p "${KC_HOME}/data/import"
  cp "${REALM_FILE}" "${KC_HOME}/data/import/danvan-realm.json"
  rm -rf "${KC_HOME}/data/h2"
  say "Starting Keycloak ${KC_VERSION} on ${KC_PORT} (log: .run/keycloak.log)"
  start_bg keycloak "$LOG" env \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}" \
    "${KC_HOME}/bin/kc.sh" start-dev --http-port "${KC_PORT}" --import-realm
  wait_for_url keycloak "$DISCOVERY_URL" 120 "$LOG"
  say "Keycloak ready on ${KC_PORT} (realm danvan)"
}

case "${1:-}" in
  install) install_keycloak ;;
  start) start ;;
  stop) stop_bg keycloak ;;
  status) url_ok "$DISCOVERY_URL" ;;
  *) die "usage: $0 install|start|stop|status" ;;
esac
