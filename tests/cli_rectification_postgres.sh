#!/usr/bin/env bash
# cli_rectification.sh on PostgreSQL: the same transitions, draws, findings and coaching. Needs $QADESK_TEST_PG (a
# postgresql:// URL of an empty scratch database); without it exits 77 (skipped), as cli_postgres.sh does.
set -u
cli=$1
skip() {
    if [ "${QADESK_TEST_PG_REQUIRED:-}" = 1 ]; then echo "FAIL: $1" >&2; exit 1; fi
    echo "SKIPPED: $1" >&2
    exit 77
}
[ -n "${QADESK_TEST_PG:-}" ] || skip "QADESK_TEST_PG is not set: no PostgreSQL server to test against"
command -v psql >/dev/null || skip "psql is not installed (Debian package postgresql-client)"
psql -d "$QADESK_TEST_PG" -qtAc 'SELECT 1' >/dev/null 2>&1 || skip "the PostgreSQL server of QADESK_TEST_PG does not answer"
exec bash "$(dirname "$0")/cli_rectification.sh" "$cli" "$QADESK_TEST_PG"
