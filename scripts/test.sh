#!/usr/bin/env bash
# Quick start 2: install what is needed, build, and run every test. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
scripts/check-translations.sh
# The PostgreSQL suites run for real here: a server that does not answer fails them instead of skipping them.
# A server this script starts is stopped at the end, so a fresh root or CI leaves nothing running.
if ! pg_lsclusters -h 2>/dev/null | awk '$4 == "online" {up = 1} END {exit !up}'; then
    trap 'pg_ctlcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main stop >/dev/null 2>&1 || true' EXIT
fi
QADESK_TEST_PG=$(scripts/start-test-postgres.sh)
QADESK_TEST_PG_REQUIRED=1
export QADESK_TEST_PG QADESK_TEST_PG_REQUIRED
ctest --test-dir build --output-on-failure --timeout 900 -j "$(nproc)"
# A short fuzzing run of every parser (docs/fuzzing.md): a clang build of the fuzz targets only, 15 s a target.
fuzz_seconds=${QADESK_FUZZ_SECONDS:-15}
if [ "$fuzz_seconds" != 0 ]; then
    scripts/fuzz.sh "$fuzz_seconds"
fi
