#!/usr/bin/env bash
# cli_feedback.sh on PostgreSQL: the same releases, acknowledgements, disputes, decisions and rates. Needs
# $QADESK_TEST_PG (an empty scratch database, reset here); exits 77 (skipped) without it, as cli_postgres.sh does.
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
psql -d "$QADESK_TEST_PG" -q -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null 2>&1 ||
    { echo "cannot reset the scratch database" >&2; exit 1; }
FEEDBACK_DB=$QADESK_TEST_PG bash "$(dirname "$0")/cli_feedback.sh" "$cli"
