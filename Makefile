# DânVận: run and test everything locally, without Docker.
# The work is done by the scripts in docker/local/ (settings: see README, "Configuration").

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
LOCAL := docker/local

.DEFAULT_GOAL := help
.PHONY: help run stop test test-backend test-deploy test-frontend test-e2e test-cluster test-faults postgres clean

help:
	@echo "make run            start PostgreSQL, the mail sink, Keycloak, backend and web app (builds when needed)"
	@echo "make stop           stop what 'make run' started"
	@echo "make test           every test suite: backend, frontend, end-to-end"
	@echo "make test-backend   PostgreSQL setup + mvn verify (backend/)"
	@echo "make test-deploy    nginx -t on docker/nginx.conf, then its headers, body limit, no source maps (curl)"
	@echo "make test-frontend  npm ci when needed + npm run verify (frontend/)"
	@echo "make test-cluster   two backend instances, one database: each reminder digest sent once"
	@echo "make test-faults    PostgreSQL restart and Keycloak stop/start under load: no 500, no write lost or doubled"
	@echo "make test-e2e       bring up the stack, npm run e2e (headless Chromium)"
	@echo "make clean          stop, then delete .run/, backend/target and frontend/dist"

postgres:
	@$(LOCAL)/postgres.sh

run: postgres
	@$(LOCAL)/mail.sh start
	@$(LOCAL)/keycloak.sh start
	@$(LOCAL)/backend.sh start
	@$(LOCAL)/frontend.sh start
	@$(LOCAL)/info.sh

# PostgreSQL is a system service (pg_ctlcluster): it is left running.
stop:
	@$(LOCAL)/frontend.sh stop
	@$(LOCAL)/backend.sh stop
	@$(LOCAL)/keycloak.sh stop
	@$(LOCAL)/mail.sh stop

# Every suite, in phases of parallel lanes (docker/local/test-all.sh says which and why); runs
# every suite even when another fails, fails when any failed, prints each suite's wall time.
test:
	@$(LOCAL)/test-all.sh

# Backend tests use the database danvan_test (DANVAN_TEST_DB_NAME) and need no Keycloak.
# `verify` also packages the jar that test-e2e then runs.
test-backend:
	@DANVAN_FRESH_TEST_DB=1 $(LOCAL)/postgres.sh
	@echo "==> Backend tests (mvn verify)"
	mvn -B -f backend/pom.xml verify

test-frontend:
	@$(LOCAL)/frontend.sh deps
	@echo "==> Frontend checks (npm run verify)"
	cd frontend && npm run verify

# Installs Debian's nginx when missing; starts and stops its own nginx on a free port.
test-deploy:
	@$(LOCAL)/nginx-check.sh

# Needs the jar that test-backend packages; starts and stops its own instances and mail sink.
test-cluster:
	@$(LOCAL)/reminders-cluster-test.sh

# Needs the jar that test-backend packages; a PostgreSQL cluster, a Keycloak and a backend of its own ports.
test-faults:
	@$(LOCAL)/fault-test.sh

# Starts only what is not already running, and stops only that afterwards.
test-e2e:
	@$(LOCAL)/e2e.sh

clean: stop
	rm -rf .run backend/target frontend/dist
