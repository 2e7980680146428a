#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data directory: Keycloak's own role and
# database in the same server (KC_DB_PASSWORD from docker/.env, written by docker/prod-secrets.sh).
set -euo pipefail
: "${KC_DB_PASSWORD:?set by docker/prod-secrets.sh}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v pw="$KC_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'pw';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8';
SQL
