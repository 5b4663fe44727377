#!/usr/bin/env bash
# The organisation's time zone (issue 15): init --tz, config get/set timezone, and the CLI defaults that follow it.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
db="$tmp/org.sqlite"

out=$("$cli" --db "$db" init --tz Asia/Kathmandu); rc=$?
check "init --tz exits 0" '[ $rc -eq 0 ]'
check "init reports the zone" 'echo "$out" | grep -q "\"timezone\": \"Asia/Kathmandu\""'
out=$("$cli" --db "$db" config get timezone)
check "config get timezone reads it back" 'echo "$out" | grep -q "\"timezone\": \"Asia/Kathmandu\""'
"$cli" --db "$tmp/x.sqlite" init --tz Mars/Olympus >/dev/null 2>&1; rc=$?
check "init --tz with an unknown zone is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" config set timezone Mars/Olympus >/dev/null 2>"$tmp/err"; rc=$?
check "config set timezone with an unknown zone is a usage error" '[ $rc -eq 2 ] && grep -q "Mars/Olympus" "$tmp/err"'
"$cli" --db "$db" config get colour >/dev/null 2>&1; rc=$?
check "an unknown key is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" config set timezone >/dev/null 2>&1; rc=$?
check "set without a value is a usage error" '[ $rc -eq 2 ]'

"$cli" --db "$db" demo --interactions 3000 --end 2024-06-30 >/dev/null 2>&1
same_as() { # kpi without --tz equals kpi with --tz $1
    "$cli" --db "$db" kpi --bucket day > "$tmp/default.json" && "$cli" --db "$db" kpi --bucket day --tz "$1" > "$tmp/explicit.json" &&
        cmp -s "$tmp/default.json" "$tmp/explicit.json"
}
check "kpi without --tz counts days in the organisation's zone" 'same_as Asia/Kathmandu'
"$cli" --db "$db" kpi --bucket day --tz UTC > "$tmp/utc.json"
check "... which differ from UTC days" '! cmp -s "$tmp/default.json" "$tmp/utc.json"'

out=$("$cli" --db "$db" config set timezone America/New_York 2>"$tmp/progress"); rc=$?
check "config set timezone exits 0" '[ $rc -eq 0 ]'
check "it reports the previous zone" 'echo "$out" | grep -q "\"previous\": \"Asia/Kathmandu\""'
check "it shows progress on stderr" 'grep -q "renumbering local days" "$tmp/progress"'
check "kpi without --tz now counts New York days" 'same_as America/New_York'
check "the stored local days (sampling periods) follow the new zone" 'python3 - "$db" <<"PY"
import sqlite3, sys, datetime, zoneinfo
c = sqlite3.connect(sys.argv[1])
z = zoneinfo.ZoneInfo("America/New_York")
rows = c.execute("SELECT started_at, day FROM interactions").fetchall()
assert len(rows) == 3000, len(rows)
bad = [r for r in rows if datetime.datetime.fromtimestamp(r[0], z).date().toordinal() + 1721425 != r[1]]
sys.exit(1 if bad else 0)
PY'
check "the change is in the audit log" 'python3 -c "
import sqlite3,sys
c=sqlite3.connect(sys.argv[1])
n=c.execute(\"SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail = ?\", (\"set:org_timezone\", \"Asia/Kathmandu -> America/New_York\")).fetchone()[0]
sys.exit(0 if n == 1 else 1)" "$db"'
exit $fail
