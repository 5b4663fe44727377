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
for bucket in none week month; do
    for tz in UTC Asia/Shanghai America/New_York; do
        "$cli" --db "$tmp/s.sqlite" kpi --bucket $bucket --tz $tz >"$tmp/s.json"
        "$cli" --db "$QADESK_TEST_PG" kpi --bucket $bucket --tz $tz >"$tmp/p.json"
        check "kpi --bucket $bucket --tz $tz equal on SQLite and PostgreSQL" 'python3 - "$tmp/s.json" "$tmp/p.json" <<PY
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
exit $fail
