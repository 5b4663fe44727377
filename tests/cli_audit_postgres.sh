#!/usr/bin/env bash
# The audit chain and its guards on PostgreSQL (issue 10): the same checks as cli_audit.sh where they differ.
# Needs $QADESK_TEST_PG (see cli_postgres.sh); exits 77 (skipped) without it unless $QADESK_TEST_PG_REQUIRED=1.
set -u
cli=$1
here=$(dirname "$0")
skip() {
    if [ "${QADESK_TEST_PG_REQUIRED:-}" = 1 ]; then echo "FAIL: $1" >&2; exit 1; fi
    echo "SKIPPED: $1" >&2
    exit 77
}
[ -n "${QADESK_TEST_PG:-}" ] || skip "QADESK_TEST_PG is not set: no PostgreSQL server to test against"
command -v psql >/dev/null || skip "psql is not installed (Debian package postgresql-client)"
psql -d "$QADESK_TEST_PG" -qtAc 'SELECT 1' >/dev/null 2>&1 || skip "the PostgreSQL server of QADESK_TEST_PG does not answer"
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
pg() { psql -d "$QADESK_TEST_PG" -v ON_ERROR_STOP=1 -qtA "$@"; }
db=$QADESK_TEST_PG

pg -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null 2>&1 || { echo "cannot reset the scratch database" >&2; exit 1; }
"$cli" --db "$db" init >/dev/null
python3 "$here/audit_chain.py" sql-append 0 "" 4 | pg >/dev/null
out=$("$cli" --db "$db" audit verify); rc=$?
check "entries hashed by the independent implementation verify on PostgreSQL" '[ $rc -eq 0 ] && echo "$out" | grep -q "\"entries\": *4"'
check "the head row follows the log" '[ "$(pg -c "SELECT seq FROM audit_head")" = 4 ]'
for statement in "UPDATE audit_log SET detail = 'x' WHERE seq = 2" "DELETE FROM audit_log WHERE seq = 2" "TRUNCATE audit_log" \
    "INSERT INTO audit_log (id, at, actor, action, entity, detail) SELECT id, at, 'x', action, entity, detail FROM audit_log WHERE seq = 2 ON CONFLICT (id) DO UPDATE SET actor = 'x'" \
    "INSERT INTO audit_log (at, actor, action, entity, detail) VALUES (1, 'x', 'y', 'z', '')" "UPDATE audit_head SET seq = 1" "DELETE FROM audit_head"; do
    pg -c "$statement" >/dev/null 2>&1 && echo "accepted: $statement"
    check "refused by the guards: $statement" '"$cli" --db "$db" audit verify >/dev/null'
done
pg -c "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update" >/dev/null
out=$("$cli" --db "$db" audit verify 2>/dev/null); rc=$?
check "a disabled guard fails verify" '[ $rc -eq 1 ] && echo "$out" | grep -q audit_log_no_update'
pg -c "DROP TRIGGER audit_log_extends_chain ON audit_log; DROP TRIGGER audit_head_follows_log ON audit_head" >/dev/null
pg -c "UPDATE audit_log SET actor = 'someone else' WHERE seq = 3" >/dev/null
out=$("$cli" --db "$db" audit verify 2>/dev/null); rc=$?
check "an edit with the guards removed: exit 1 naming entry 3" '[ $rc -eq 1 ] && python3 -c "
import json, sys
b = json.loads(sys.argv[1])[\"first_broken\"]; assert b[\"problem\"] == \"changed\" and b[\"seq\"] == 3, b" "$out"'
pg -c "UPDATE audit_log SET actor = '王芳 (script)' WHERE seq = 3" >/dev/null
"$cli" --db "$db" init >/dev/null
out=$("$cli" --db "$db" audit verify); rc=$?
check "init restores the guards on PostgreSQL and logs it; the chain is intact again" '[ $rc -eq 0 ] &&
    [ "$(pg -c "SELECT action FROM audit_log WHERE seq = 5")" = guards-restored ] &&
    [ "$(pg -c "SELECT detail FROM audit_log WHERE seq = 5")" = "audit_log_no_update, audit_log_extends_chain, audit_head_follows_log" ]'
pg -c "UPDATE audit_log SET detail = 'x' WHERE seq = 2" >/dev/null 2>&1
check "the restored guards refuse an edit" '"$cli" --db "$db" audit verify >/dev/null'
exit $fail
