#!/usr/bin/env bash
# qadesk-cli kpi / init contract (DESIGN §5): JSON on stdout, exit codes 0/1/2, --db and QADESK_DB.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }

out=$("$cli" --db "$tmp/a.sqlite" init); rc=$?
check "init exits 0" '[ $rc -eq 0 ]'
check "init prints schema_version" 'echo "$out" | python3 -c "import json,sys; d=json.load(sys.stdin); sys.exit(0 if d[\"schema_version\"]>=1 else 1)"'
check "database file is private (0600)" '[ "$(stat -c %a "$tmp/a.sqlite")" = "600" ]'

out=$(QADESK_DB="$tmp/b.sqlite" "$cli" kpi --tz Asia/Shanghai); rc=$?
check "kpi on an empty database exits 0" '[ $rc -eq 0 ]'
check "QADESK_DB selects the database" '[ -f "$tmp/b.sqlite" ]'
check "empty kpi has one bucket with null rates and zero counts" 'echo "$out" | python3 -c "
import json,sys
b=json.load(sys.stdin)[\"buckets\"]
assert len(b)==1, b
x=b[0]
assert x[\"interactions\"]==0 and x[\"csat\"] is None and x[\"nps\"] is None and x[\"fcr\"] is None and x[\"qa_score\"] is None
for k in [\"start\",\"interactions\",\"csat\",\"csat_n\",\"nps\",\"nps_n\",\"ces\",\"ces_n\",\"fcr\",\"aht_s\",\"first_response_s\",\"complaint_rate\",\"qa_score\",\"evaluations\"]:
    assert k in x, k
"'

"$cli" --db "$tmp/a.sqlite" kpi --bucket fortnight >/dev/null 2>"$tmp/err"; rc=$?
check "bad --bucket is a usage error (2)" '[ $rc -eq 2 ]'
check "usage error explains itself on stderr" 'grep -q "bucket" "$tmp/err"'
"$cli" --db "$tmp/a.sqlite" kpi --tz Mars/Olympus >/dev/null 2>&1; rc=$?
check "unknown time zone is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$tmp/a.sqlite" kpi --from 2024-13-01 >/dev/null 2>&1; rc=$?
check "impossible date is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$tmp/a.sqlite" kpi --from 2024-03-02 --to 2024-03-01 >/dev/null 2>&1; rc=$?
check "reversed range is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$tmp/a.sqlite" nosuchcommand >/dev/null 2>&1; rc=$?
check "unknown command is a usage error" '[ $rc -eq 2 ]'
echo "not a database" > "$tmp/junk.sqlite"
"$cli" --db "$tmp/junk.sqlite" kpi >/dev/null 2>"$tmp/err"; rc=$?
check "a file that is not a database is rejected (1)" '[ $rc -eq 1 ]'
check "rejection names the file" 'grep -q "junk.sqlite" "$tmp/err"'

# demo: reproducible from its seed, refuses a non-empty database
"$cli" --db "$tmp/d1.sqlite" demo --seed 7 --interactions 3000 --end 2026-06-30 >"$tmp/d1.json" 2>/dev/null; rc=$?
check "demo exits 0" '[ $rc -eq 0 ]'
check "demo prints its counts" 'python3 -c "import json; d=json.load(open(\"$tmp/d1.json\")); assert d[\"interactions\"]==3000 and d[\"agents\"]>0"'
"$cli" --db "$tmp/d2.sqlite" demo --seed 7 --interactions 3000 --end 2026-06-30 >/dev/null 2>&1
"$cli" --db "$tmp/d1.sqlite" kpi --bucket month --tz Asia/Shanghai >"$tmp/k1.json"
"$cli" --db "$tmp/d2.sqlite" kpi --bucket month --tz Asia/Shanghai >"$tmp/k2.json"
check "same seed gives the same KPIs" 'cmp -s "$tmp/k1.json" "$tmp/k2.json"'
check "a year of monthly buckets" 'python3 -c "import json; b=json.load(open(\"$tmp/k1.json\"))[\"buckets\"]; assert 12 <= len(b) <= 13, len(b); assert sum(x[\"interactions\"] for x in b)==3000"'
"$cli" --db "$tmp/d1.sqlite" demo --seed 7 --interactions 10 >/dev/null 2>&1; rc=$?
check "demo into a non-empty database is rejected (1)" '[ $rc -eq 1 ]'
"$cli" --db "$tmp/d3.sqlite" demo --interactions many >/dev/null 2>&1; rc=$?
check "demo with a bad count is a usage error (2)" '[ $rc -eq 2 ]'
exit $fail
