#!/usr/bin/env bash
# Local PostgreSQL for DânVận, without Docker: installs the server when missing (Debian, root),
# makes sure a cluster runs on $DANVAN_DB_PORT, and creates the role and the databases
# $DANVAN_DB_NAME and $DANVAN_TEST_DB_NAME with the unaccent and pg_trgm extensions.
# Idempotent and fast when everything exists.
set -euo pipefail
# shellcheck source=docker/local/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

case "${DANVAN_DB_HOST}" in
  localhost | 127.0.0.1 | ::1) ;;
  *)
    say "DANVAN_DB_HOST=${DANVAN_DB_HOST} is not local: not managing it, only checking the connection"
    PGPASSWORD="${DANVAN_DB_PASSWORD}" psql -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" \
      -U "${DANVAN_DB_USER}" -d "${DANVAN_DB_NAME}" -qAtc 'select 1' >/dev/null \
      || die "cannot connect to ${DANVAN_DB_USER}@${DANVAN_DB_HOST}:${DANVAN_DB_PORT}/${DANVAN_DB_NAME}"
    say "PostgreSQL reachable on ${DANVAN_DB_HOST}:${DANVAN_DB_PORT}"
    exit 0
    ;;
esac

# --- server binaries ------------------------------------------------------------------------
pg_bin_dir() { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(pg_bin_dir)" ] || [ ! -x "$(pg_bin_dir)/postgres" ]; then
  apt_install postgresql postgresql-contrib
fi
PG_VERSION="$(basename "$(dirname "$(pg_bin_dir)")")"

as_postgres() { runuser -u postgres -- "$@"; }
psql_su() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "${DANVAN_DB_PORT}" "$@"; }

# --- cluster --------------------------------------------------------------------------------
# pg_lsclusters -h: "version name port status owner datadir logfile"
cluster="$(pg_lsclusters -h 2>/dev/null | awk -v p="${DANVAN_DB_PORT}" '$3 == p { print $1 " " $2 " " $4; exit }')"
if [ -z "$cluster" ]; then
  c_name=main
  [ -d "/etc/postgresql/${PG_VERSION}/main" ] && c_name="danvan${DANVAN_DB_PORT}"
  say "Creating PostgreSQL ${PG_VERSION} cluster '${c_name}' on port ${DANVAN_DB_PORT}"
  pg_createcluster "${PG_VERSION}" "${c_name}" --port "${DANVAN_DB_PORT}" >/dev/null
  cluster="${PG_VERSION} ${c_name} down"
fi
read -r c_version c_name c_status <<<"$cluster"
if [ "$c_status" != "online" ]; then
  say "Starting PostgreSQL cluster ${c_version}/${c_name}"
  pg_ctlcluster "$c_version" "$c_name" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p "${DANVAN_DB_PORT}" && break
  sleep 1
done
pg_isready -q -h localhost -p "${DANVAN_DB_PORT}" || die "PostgreSQL does not accept connections on ${DANVAN_DB_PORT}"

# --- role, databases, extensions ---------------------------------------------------------------
# A UTF-8 locale the operating system really has: C.UTF-8, else en_US.UTF-8.
if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
  DB_LOCALE="C.UTF-8"
elif locale -a 2>/dev/null | grep -qiE '^en_us\.utf-?8$'; then
  DB_LOCALE="en_US.UTF-8"
else
  die "neither C.UTF-8 nor en_US.UTF-8 locale is installed (apt-get install -y locales)"
fi

psql_su -d postgres \
  -v role="${DANVAN_DB_USER}" -v pw="${DANVAN_DB_PASSWORD}" <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') AS create_role \gset
\if :create_role
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
\else
ALTER ROLE :"role" LOGIN PASSWORD :'pw';
\endif
SQL

# DANVAN_FRESH_TEST_DB=1 (make test-backend): the test database starts empty, so that every
# test run sees the same data: the migrations, then what the tests themselves create.
if [ "${DANVAN_FRESH_TEST_DB:-0}" = "1" ]; then
  say "Recreating the test database ${DANVAN_TEST_DB_NAME}"
  psql_su -d postgres -v db="${DANVAN_TEST_DB_NAME}" <<'SQL'
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
SQL
fi

for db in "${DANVAN_DB_NAME}" "${DANVAN_TEST_DB_NAME}"; do
  psql_su -d postgres -v db="$db" -v role="${DANVAN_DB_USER}" -v loc="${DB_LOCALE}" <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') AS create_db \gset
\if :create_db
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE :'loc' LC_CTYPE :'loc';
\else
ALTER DATABASE :"db" OWNER TO :"role";
\endif
SQL
  if ! psql_su -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;' 2>/dev/null; then
    apt_install postgresql-contrib
    psql_su -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;'
  fi
  # The application sorts and compares Vietnamese text with the ICU collation.
  [ "$(psql_su -d "$db" -Atc "SELECT 'a' < 'b' COLLATE \"vi-x-icu\"")" = "t" ] \
    || die "ICU collation vi-x-icu is not usable in database ${db}"
  # The application connects over TCP with a password, like the backend will.
  PGPASSWORD="${DANVAN_DB_PASSWORD}" psql -X -h "${DANVAN_DB_HOST}" -p "${DANVAN_DB_PORT}" \
    -U "${DANVAN_DB_USER}" -d "$db" -qAtc 'select 1' >/dev/null \
    || die "user ${DANVAN_DB_USER} cannot log in to ${db} on ${DANVAN_DB_HOST}:${DANVAN_DB_PORT}"
done

say "PostgreSQL ready on ${DANVAN_DB_PORT} (databases ${DANVAN_DB_NAME}, ${DANVAN_TEST_DB_NAME}; user ${DANVAN_DB_USER})"
