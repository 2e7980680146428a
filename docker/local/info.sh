#!/usr/bin/env bash
# Prints where the locally running DânVận is and how to log in.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

cat <<INFO

DânVận is running:
  App              http://localhost:${DANVAN_WEB_PORT}
  Swagger UI       http://localhost:${DANVAN_API_PORT}/q/swagger-ui
  Health, metrics  http://localhost:${DANVAN_MANAGEMENT_PORT}/q/health  http://localhost:${DANVAN_MANAGEMENT_PORT}/q/metrics
  Keycloak admin   http://localhost:${KC_PORT}/admin   (admin / admin)
  Reminder e-mail  http://localhost:${MAIL_API_PORT}/api/user/reporter.rachgia@danvan.example/messages/INBOX
                   (local mail sink; the daily digest goes out at 07:00, DANVAN_REMINDERS_CRON)
  Logs             .run/*.log            Stop with: make stop

Demo logins (password: demo)
  role        tỉnh An Giang (unit 91)       phường Rạch Giá (unit 30742)
  admin       admin.angiang     91-BTGDV    admin.rachgia      30742-UBND
  editor      editor.angiang    91-BTGDV    editor.rachgia     30742-DU
  reporter    reporter.angiang  91-MTTQ     reporter.rachgia   30742-DU
  appraiser   appraiser.angiang 91-BTGDV    appraiser.rachgia  30742-UBND
  leader      leader.angiang    91-BTV      leader.rachgia     30742-DU
  Hà Nội (unit 01), to see the scope rule: admin.hanoi, editor.hanoi, appraiser.hanoi (01-BTGDV),
  reporter.hanoi (01-MTTQ), leader.hanoi (01-BTV); central level (unit TW): admin.trunguong
  Front of phường Rạch Giá (surveys): mttq.rachgia 30742-MTTQ (editor, reporter)
  Provincial portal (machine): client danvan-portal, secret changeme-portal (client credentials)
  Scripts in backend/bench: client danvan-scripts, secret changeme-scripts (password grant)

INFO
