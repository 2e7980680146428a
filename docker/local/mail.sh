#!/usr/bin/env bash
# Local mail sink for DânVận, without Docker: mail.sh start|stop|status
# start: fetches GreenMail standalone once (Maven: com.icegreen:greenmail-standalone) into .run/,
#        runs it in the background: SMTP on $DANVAN_SMTP_PORT (the backend's reminders go there and
#        nowhere else), and its API on $MAIL_API_PORT, where the mail can be read, e.g.
#        http://localhost:8025/api/user/reporter.rachgia@danvan.example/messages/INBOX
#        Mail is kept in memory: a restart empties the boxes. Does nothing when it already answers.
# stop:  stops the sink started by this script (.run/mail.pid).
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

GREENMAIL_VERSION="2.1.8"
JAR="${RUN_DIR}/downloads/greenmail-standalone-${GREENMAIL_VERSION}.jar"
LOG="${RUN_DIR}/mail.log"
READY_URL="http://localhost:${MAIL_API_PORT}/api/service/readiness"

start() {
  if url_ok "$READY_URL"; then
    say "Mail sink already running (SMTP ${DANVAN_SMTP_PORT}, API ${MAIL_API_PORT})"
    return 0
  fi
  if [ ! -s "$JAR" ]; then
    say "Fetching GreenMail ${GREENMAIL_VERSION} (Maven: com.icegreen:greenmail-standalone)"
    mkdir -p "$(dirname "$JAR")"
    (cd "$(dirname "$JAR")" && mvn -q -B dependency:copy \
      "-Dartifact=com.icegreen:greenmail-standalone:${GREENMAIL_VERSION}" \
      -DoutputDirectory="$(dirname "$JAR")" -Dtransitive=false) >"${RUN_DIR}/downloads/mail-mvn.log" 2>&1 \
      || { cat "${RUN_DIR}/downloads/mail-mvn.log" >&2; die "could not fetch GreenMail through Maven"; }
  fi
  say "Starting the mail sink: SMTP on ${DANVAN_SMTP_PORT}, mail readable on http://localhost:${MAIL_API_PORT} (log: .run/mail.log)"
  start_bg mail "$LOG" java -Xmx128m \
    "-Dgreenmail.smtp.port=${DANVAN_SMTP_PORT}" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    "-Dgreenmail.api.port=${MAIL_API_PORT}" -Dgreenmail.api.hostname=127.0.0.1 \
    -jar "$JAR"
  wait_for_url mail "$READY_URL" 60 "$LOG"
}

case "${1:-}" in
  start) start ;;
  stop) stop_bg mail ;;
  status) url_ok "$READY_URL" ;;
  *) die "usage: $0 start|stop|status" ;;
esac
