#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (Debian's postgresql package) and makes a scratch database for the
# tests; prints its URL. Safe to run again.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='qadesk_test'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE qadesk_test LOGIN PASSWORD 'qadesk_test'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='qadesk_test'\"" | grep -q 1 ||
    su postgres -c "createdb -O qadesk_test qadesk_test"
su postgres -c "psql -q -c 'ALTER DATABASE qadesk_test OWNER TO qadesk_test'"
# Team mode (migration 014) makes group and login roles: the owner of the scratch database needs CREATEROLE.
su postgres -c "psql -q -c 'ALTER ROLE qadesk_test CREATEROLE'"
su postgres -c "psql -q -d qadesk_test -c 'CREATE SCHEMA IF NOT EXISTS public; ALTER SCHEMA public OWNER TO qadesk_test'"
echo "postgresql://qadesk_test:qadesk_test@127.0.0.1:5432/qadesk_test"
