#!/usr/bin/env bash
# The same schema, demo data and KPI queries on PostgreSQL give the same figures as on SQLite.
# Needs $QADESK_TEST_PG (a postgresql:// URL of an empty scratch database; scripts/test.sh provides one).
# Without it, or when the server does not answer, exits 77: CTest reports the test as skipped (SKIP_RETURN_CODE),
# unless $QADESK_TEST_PG_REQUIRED=1 (scripts/test.sh), where an unreachable server is a failure.
set -u
cli=$1
skip() {
    if [ "${QADESK_TEST_PG_REQUIRED:-}" = 1 ]; then echo "FAIL: $1" >&2; exit 1; fi
    echo "SKIPPED: $1" >&2
    exit 77
}
[ -n "${QADESK_TEST_PG:-}" ] || skip "QADESK_TEST_PG is not set: no PostgreSQL server to test against"
command -v psql >/dev/null || skip "psql is not installed (Debian package postgresql-client)"
psql -d "$QADESK_TEST_PG" -qtAc 'SELECT 1' >/dev/null 2>&1 ||
    skip "the PostgreSQL server of QADESK_TEST_PG does not answer"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }

psql -d "$QADESK_TEST_PG" -q -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null 2>&1 || { echo "cannot reset the scratch database" >&2; exit 1; }
out=$("$cli" --db "$QADESK_TEST_PG" init); rc=$?
check "init on PostgreSQL" '[ $rc -eq 0 ] && echo "$out" | grep -q schema_version'
"$cli" --db "$QADESK_TEST_PG" demo --seed 11 --interactions 1500 --end 2026-03-31 >/dev/null 2>"$tmp/err"; rc=$?
check "demo on PostgreSQL" '[ $rc -eq 0 ]' || cat "$tmp/err"
"$cli" --db "$tmp/s.sqlite" demo --seed 11 --interactions 1500 --end 2026-03-31 >/dev/null 2>&1
team=$(psql -d "$QADESK_TEST_PG" -qtAc "SELECT name FROM teams ORDER BY id LIMIT 1")
agent=$(psql -d "$QADESK_TEST_PG" -qtAc "SELECT code FROM agents ORDER BY id LIMIT 1")
# Every zone reads the UTC-keyed rollups plus signed raw edges (issue 15): hourly totals, daily team/agent rows.
for bucket in none week month; do
    for tz in UTC Asia/Shanghai America/New_York Asia/Kolkata Asia/Kathmandu; do
      for filter in "" "--team $team" "--agent $agent"; do
        "$cli" --db "$tmp/s.sqlite" kpi --bucket $bucket --tz $tz $filter >"$tmp/s.json"
        "$cli" --db "$QADESK_TEST_PG" kpi --bucket $bucket --tz $tz $filter >"$tmp/p.json"
        check "kpi --bucket $bucket --tz $tz $filter equal on SQLite and PostgreSQL" 'python3 - "$tmp/s.json" "$tmp/p.json" <<PY
import json, sys
a = json.load(open(sys.argv[1]))["buckets"]; b = json.load(open(sys.argv[2]))["buckets"]
assert len(a) == len(b) and len(a) > 0, (len(a), len(b))
for x, y in zip(a, b):
    for k in x:
        if isinstance(x[k], float) or isinstance(y[k], float):
            assert x[k] is not None and y[k] is not None and abs(x[k] - y[k]) < 1e-9, (k, x[k], y[k])
        else:
            assert x[k] == y[k], (k, x[k], y[k])
PY'
      done
    done
done
# A change of the organisation's zone renumbers the stored local days alike on both.
"$cli" --db "$tmp/s.sqlite" config set timezone Asia/Kathmandu >/dev/null 2>&1
out=$("$cli" --db "$QADESK_TEST_PG" config set timezone Asia/Kathmandu 2>/dev/null); rc=$?
check "config set timezone on PostgreSQL" '[ $rc -eq 0 ] && echo "$out" | grep -q Asia/Kathmandu'
psql -d "$QADESK_TEST_PG" -qtAc "SELECT external_id || ' ' || day FROM interactions ORDER BY external_id" >"$tmp/p.days"
python3 -c "
import sqlite3,sys
for e, d in sqlite3.connect(sys.argv[1]).execute('SELECT external_id, day FROM interactions ORDER BY external_id'):
    print(e, d)" "$tmp/s.sqlite" >"$tmp/s.days"
check "the renumbered local days are equal on SQLite and PostgreSQL" '[ -s "$tmp/s.days" ] && cmp -s "$tmp/s.days" "$tmp/p.days"'
exit $fail
