#!/usr/bin/env bash
# Writes docker/.env, which docker/docker-compose.yml reads: random passwords and the portal's client
# secret (generated here, on the deployment's machine; never committed: docker/.gitignore), and the
# deployment's settings. Run it once, before the first `docker compose up`:
#
#   DANVAN_WEB_URL=https://danvan.angiang.gov.vn DANVAN_KEYCLOAK_URL=https://sso.angiang.gov.vn \
#   DANVAN_PORTAL_UNIT_CODE=91 DANVAN_PORTAL_ORGANIZATION_CODE=91-BTGDV docker/prod-secrets.sh
#
# Settings left unset take the values of a trial on this one machine (http://localhost,
# http://localhost:8180, An Giang's 91 / 91-BTGDV); the script says so. They can be edited in
# docker/.env later; the secrets cannot simply be changed there: PostgreSQL and Keycloak keep the
# passwords they were first started with (volume pgdata). Hence an existing docker/.env is kept unless
# --force is given (then start from empty volumes: docker compose down -v).
set -euo pipefail

ENV_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.env"
say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

force=0
case "${1:-}" in
  --force) force=1 ;;
  "") ;;
  *) die "usage: $0 [--force]" ;;
esac
if [ -e "$ENV_FILE" ] && [ "$force" -ne 1 ]; then
  die "${ENV_FILE} exists; its passwords are already in use. Keep it, or run with --force and 'docker compose down -v'."
fi

# 32 letters and digits (about 190 bits): nothing that needs quoting in .env, a JDBC URL or the realm's JSON.
random_secret() {
  local s=""
  while [ "${#s}" -lt 32 ]; do
    s+="$(head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')"
  done
  printf '%s' "${s:0:32}"
}

trial=()
setting() { # NAME TRIAL_VALUE: the environment's value, else the trial value (noted)
  if [ -z "${!1:-}" ]; then
    printf -v "$1" '%s' "$2"
    trial+=("$1=$2")
  fi
}
setting DANVAN_WEB_URL http://localhost
setting DANVAN_KEYCLOAK_URL http://localhost:8180
setting DANVAN_PORTAL_UNIT_CODE 91
setting DANVAN_PORTAL_ORGANIZATION_CODE 91-BTGDV
web_url="$DANVAN_WEB_URL"
keycloak_url="$DANVAN_KEYCLOAK_URL"
unit_code="$DANVAN_PORTAL_UNIT_CODE"
organization_code="$DANVAN_PORTAL_ORGANIZATION_CODE"
for url in "$web_url" "$keycloak_url"; do
  [[ "$url" =~ ^https?://[^/[:space:]]+$ ]] || die "not an origin (scheme://host[:port], no path, no trailing /): ${url}"
done
for code in "$unit_code" "$organization_code"; do
  [[ "$code" =~ ^[A-Za-z0-9-]+$ ]] || die "not a unit or organization code: ${code}"
done

umask 077
tmp="$(mktemp "${ENV_FILE}.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
cat >"$tmp" <<ENV
# DânVận deployment settings and secrets for docker/docker-compose.yml, written by
# docker/prod-secrets.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ). Keep this file on this machine only.

# Where the browser reaches the web app and Keycloak (behind the province's TLS proxy: https://...).
DANVAN_WEB_URL=${web_url}
DANVAN_KEYCLOAK_URL=${keycloak_url}
# The unit and organization the provincial portal's tokens (client danvan-portal) speak for.
DANVAN_PORTAL_UNIT_CODE=${unit_code}
DANVAN_PORTAL_ORGANIZATION_CODE=${organization_code}

# Secrets: generated, random. PostgreSQL and Keycloak keep the ones they first started with.
DANVAN_DB_PASSWORD=$(random_secret)
KC_DB_PASSWORD=$(random_secret)
# Keycloak's temporary administrator (master realm): log in once, create a permanent one, delete this.
KC_BOOTSTRAP_ADMIN_USERNAME=admin
KC_BOOTSTRAP_ADMIN_PASSWORD=$(random_secret)
# The provincial portal's client secret (client credentials of danvan-portal).
DANVAN_PORTAL_SECRET=$(random_secret)
ENV
mv "$tmp" "$ENV_FILE"
trap - EXIT
chmod 600 "$ENV_FILE"

say "Wrote ${ENV_FILE} (mode 600): database and Keycloak passwords, the portal's client secret"
if [ "${#trial[@]}" -gt 0 ]; then
  say "Settings not given, trial values used (edit ${ENV_FILE} for a real deployment): ${trial[*]}"
fi
say "Next: docker compose -f docker/docker-compose.yml up --build"
say "Keycloak admin: ${keycloak_url}/admin, user admin, password KC_BOOTSTRAP_ADMIN_PASSWORD in ${ENV_FILE}"
