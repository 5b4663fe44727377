#!/usr/bin/env bash
# qadesk-cli targets (issue 13): the organisation's KPI targets live in the database. Everyone lists them; only a
# QA manager or an administrator sets them, each change in the audit log, whose chain still verifies; wrong input
# is refused with a message that says what was expected, and changes nothing.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
db="$tmp/targets.sqlite"
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
# A value of the JSON printed last: python expression over d.
field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($1)" "$tmp/out.json"; }
target() { field "[t['target'] for t in d['targets'] if t['kpi'] == '$1'][0]"; }
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); print('\n'.join(str(x[0]) for x in r))" "$db" "$1"; }
run() { "$cli" --db "$db" targets "$@" >"$tmp/out.json" 2>"$tmp/err.txt"; echo $?; }

"$cli" --db "$db" init >/dev/null 2>&1
"$cli" --db "$db" admin user add wang --name 王经理 --role qa_manager >/dev/null
"$cli" --db "$db" admin user add li --name 李组长 --role lead >/dev/null
"$cli" --db "$db" admin user add root --role admin >/dev/null

rc=$(run list)
check "a new database lists every KPI on its default target" '[ $rc -eq 0 ] && [ "$(field "len(d[\"targets\"])")" = 11 ] &&
    [ "$(target csat)" = 85 ] && [ "$(target first_response_s.email)" = 14400 ] && [ "$(field "all(t[\"default\"] for t in d[\"targets\"])")" = True ]'
rc=$(run set csat 88 --margin 3 --as wang)
check "a QA manager sets CSAT ≥ 88 with a 3-point amber margin" '[ $rc -eq 0 ] && [ "$(target csat)" = 88 ] &&
    [ "$(field "[(t[\"amber_margin\"], t[\"default\"]) for t in d[\"targets\"] if t[\"kpi\"] == \"csat\"][0]")" = "(3, False)" ]'
check "stored in the database under the manager's login" '[ "$(sql "SELECT target || \"/\" || amber_margin || \"/\" || updated_by FROM kpi_targets WHERE kpi = \"csat\"")" = "88.0/3.0/wang" ]'
rc=$(run set nps none --as root)
check "an administrator sets 'no target' for NPS; CSAT keeps the manager's" '[ $rc -eq 0 ] && [ "$(target nps)" = None ] && [ "$(target csat)" = 88 ]'
rc=$(run set first_response_s.email 7200 --as wang)
check "e-mail's own first-response target (2 h)" '[ $rc -eq 0 ] && [ "$(target first_response_s.email)" = 7200 ] && [ "$(target first_response_s)" = 10 ]'
check "each change is in the audit log, naming who" '[ "$(sql "SELECT group_concat(actor, \",\") FROM (SELECT actor FROM audit_log WHERE entity = \"kpi_targets\" ORDER BY seq)")" = "wang,root,wang" ]'

before=$(sql "SELECT group_concat(kpi || \"=\" || ifnull(target, \"none\"), \",\") FROM kpi_targets")
rc=$(run set csat 10 --as li)
check "a team lead may not change the targets: refused, saying who may" '[ $rc -eq 1 ] && grep -q "may not change the KPI targets" "$tmp/err.txt" && grep -q "QA manager or an administrator" "$tmp/err.txt"'
rc=$(run set csat 10 --as nobody)
check "an unknown login is refused, naming it" '[ $rc -eq 1 ] && grep -q "nobody" "$tmp/err.txt"'
rc=$(run set csat 10)
check "set without --as is a usage error" '[ $rc -eq 2 ] && grep -q -- "--as LOGIN is required" "$tmp/err.txt"'
rc=$(run set happiness 10 --as wang)
check "an unknown KPI is a usage error listing the known ones" '[ $rc -eq 2 ] && grep -q "unknown KPI .happiness." "$tmp/err.txt" && grep -q "qa_pass_rate" "$tmp/err.txt"'
rc=$(run set csat lots --as wang)
check "a target that is not a number is a usage error" '[ $rc -eq 2 ] && grep -q "not a number" "$tmp/err.txt"'
rc=$(run set csat 80 --margin -1 --as wang)
check "a negative margin is a usage error" '[ $rc -eq 2 ] && grep -q -- "--margin expects a number" "$tmp/err.txt"'
check "nothing refused changed the stored targets" '[ "$(sql "SELECT group_concat(kpi || \"=\" || ifnull(target, \"none\"), \",\") FROM kpi_targets")" = "$before" ]'

rc=$(run reset csat --as wang)
check "reset CSAT: back on its default, the others kept" '[ $rc -eq 0 ] && [ "$(target csat)" = 85 ] && [ "$(target nps)" = None ] && [ "$(sql "SELECT count(*) FROM kpi_targets WHERE kpi = \"csat\"")" = 0 ]'
rc=$(run reset --as wang)
check "reset all: every KPI on its default" '[ $rc -eq 0 ] && [ "$(sql "SELECT count(*) FROM kpi_targets")" = 0 ] && [ "$(target nps)" = 30 ]'
# Another program holds the write lock for 3 s: the change waits for it, then lands (nothing is lost, nothing fails).
python3 "$(dirname "$0")/hold_write_lock.py" "$db" 3 &
locker=$!
while [ ! -e "$db.locked" ]; do sleep 0.05; done
start=$(date +%s.%N)
rc=$(run set qa_score 83 --as wang)
elapsed=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
wait $locker
check "a change waits for another program's lock (${elapsed}s) and lands" '[ $rc -eq 0 ] && [ "$(target qa_score)" = 83 ] &&
    python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= 2.0 else 1)" "$elapsed"'

# kill -9 while changing: the targets are the old set or the new one, never half of it, and the file is sound.
for i in 1 2 3 4 5 6; do
    "$cli" --db "$db" targets set ces "6$i" --as wang >/dev/null 2>&1 & victim=$!
    sleep "0.0$((i * 3))"
    kill -9 $victim 2>/dev/null; wait $victim 2>/dev/null
done
check "after six kill -9: integrity ok" '[ "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"PRAGMA integrity_check\").fetchone()[0])" "$db")" = ok ]'
# The rows and the audit entry are written in one transaction: the newest entry names exactly the rows stored.
whole() {
    python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = dict(c.execute("SELECT kpi, target FROM kpi_targets").fetchall())
detail = c.execute("SELECT detail FROM audit_log WHERE entity = 'kpi_targets' ORDER BY seq DESC LIMIT 1").fetchone()[0]
named = {part.split(" ")[0]: part.split(" ")[1] for part in detail.split(", ")}
fmt = lambda v: "none" if v is None else ("%g" % v)
sys.exit(0 if named == {k: fmt(v) for k, v in rows.items()} and rows.get("qa_score") == 83.0 else 1)
PY
}
check "after six kill -9: the stored targets are one whole set, the one the newest audit entry names" whole
"$cli" --db "$db" audit verify >"$tmp/audit.json" 2>&1
check "the audit chain still verifies" 'grep -q "\"ok\": true" "$tmp/audit.json"'
exit $fail
