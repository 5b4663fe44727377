#!/usr/bin/env bash
# Saved data across processes (issue 9): backup of a live database while another process writes, restore
# round trip and refusal of bad backups, writers that wait for each other's lock instead of failing, and
# kill -9 in the middle of an import.
#   bash cli_storage.sh <path-to-qadesk-cli> <tests/data>
set -u
cli=$1
data=$2/import
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
integrity() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('PRAGMA integrity_check').fetchone()[0])" "$1"; }
count() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])" "$1" "$2"; }
kpi() { "$cli" --db "$1" kpi --bucket none; }

db=$tmp/live.sqlite
"$cli" --db "$db" demo --seed 5 --interactions 3000 >/dev/null
before=$(kpi "$db")

# JSON Lines files of 400 interactions each, distinct ids per file.
make_jsonl() {
    python3 - "$1" "$2" <<'PY'
import json, sys
path, prefix = sys.argv[1], sys.argv[2]
with open(path, "w") as f:
    for i in range(400):
        f.write(json.dumps({"external_id": f"{prefix}-{i}", "channel": "chat", "agent_id": "A-1", "agent_name": "甲",
                            "team": "一组", "started_at": "2024-03-04T09:00:00+08:00", "ended_at": "2024-03-04T09:05:00+08:00",
                            "turns": [{"speaker": "customer", "text": "你好", "start_ms": 0},
                                      {"speaker": "agent", "text": "您好", "start_ms": 1500}]}, ensure_ascii=False) + "\n")
PY
}
for n in 1 2 3 4; do make_jsonl "$tmp/batch$n.jsonl" "B$n"; done

# --- backup while another process writes ---
( for n in 1 2; do "$cli" --db "$db" import "$tmp/batch$n.jsonl" >/dev/null 2>&1; done ) &
writer=$!
out=$("$cli" --db "$db" backup --out "$tmp/backup.sqlite"); rc=$?
wait $writer
check "backup exits 0 while another process imports" '[ $rc -eq 0 ]'
check "backup prints its path" 'echo "$out" | grep -q "backup.sqlite"'
check "backup is owner-only" '[ "$(stat -c %a "$tmp/backup.sqlite")" = "600" ]'
check "backup passes integrity_check" '[ "$(integrity "$tmp/backup.sqlite")" = "ok" ]'
n=$(count "$tmp/backup.sqlite" "SELECT count(*) FROM interactions")
check "backup holds whole imports only (3000 + 0, 400 or 800 interactions, got $n)" '[ "$n" = 3000 ] || [ "$n" = 3400 ] || [ "$n" = 3800 ]'
check "no temporary file left beside the backup" '[ -z "$(ls -A "$tmp" | grep part)" ]'

# --- restore ---
"$cli" --db "$tmp/copy.sqlite" restore --from "$tmp/backup.sqlite" >/dev/null; rc=$?
check "restore into a new file exits 0" '[ $rc -eq 0 ]'
check "restored copy has the backup's interactions" '[ "$(count "$tmp/copy.sqlite" "SELECT count(*) FROM interactions")" = "$n" ]'
"$cli" --db "$tmp/small.sqlite" demo --seed 5 --interactions 3000 >/dev/null
"$cli" --db "$tmp/small.sqlite" backup --out "$tmp/small-backup.sqlite" >/dev/null
"$cli" --db "$tmp/small.sqlite" import "$tmp/batch3.jsonl" >/dev/null
"$cli" --db "$tmp/small.sqlite" restore --from "$tmp/small-backup.sqlite" >/dev/null; rc=$?
check "restore over a changed database exits 0" '[ $rc -eq 0 ]'
check "restore brings back the KPIs of the backup exactly" '[ "$(kpi "$tmp/small.sqlite")" = "$before" ]'
printf 'not a database at all' > "$tmp/garbage.sqlite"
"$cli" --db "$tmp/small.sqlite" restore --from "$tmp/garbage.sqlite" >/dev/null 2>"$tmp/err"; rc=$?
check "restoring a damaged file is refused (exit 1)" '[ $rc -eq 1 ]'
check "the refusal names the file" 'grep -q garbage.sqlite "$tmp/err"'
check "a refused restore changes nothing" '[ "$(kpi "$tmp/small.sqlite")" = "$before" ]'
"$cli" --db "$tmp/small.sqlite" restore --from "$tmp/small.sqlite" >/dev/null 2>&1; rc=$?
check "restoring the database onto itself is refused" '[ $rc -eq 1 ]'

# --- writers wait their turn ---
db2=$tmp/two.sqlite
"$cli" --db "$db2" init >/dev/null
"$cli" --db "$db2" import "$tmp/batch1.jsonl" >"$tmp/i1" 2>&1 & p1=$!
"$cli" --db "$db2" import "$tmp/batch2.jsonl" >"$tmp/i2" 2>&1 & p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
check "two imports at once both succeed ($r1, $r2)" '[ $r1 -eq 0 ] && [ $r2 -eq 0 ]'
check "both imports landed" '[ "$(count "$db2" "SELECT count(*) FROM interactions")" = 800 ]'

# A lock held by someone else for 3 s: the import waits for it, then lands.
python3 "$(dirname "$0")/hold_write_lock.py" "$db2" 3 &
locker=$!
while [ ! -e "$db2.locked" ]; do sleep 0.05; done
start=$(date +%s.%N)
"$cli" --db "$db2" import "$tmp/batch3.jsonl" >/dev/null 2>"$tmp/err"; rc=$?
elapsed=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
wait $locker
check "import waits for another program's lock and succeeds (exit $rc after ${elapsed}s)" '[ $rc -eq 0 ]'
check "it did wait for the lock" 'python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= 2.0 else 1)" "$elapsed"'
check "the waited import landed" '[ "$(count "$db2" "SELECT count(*) FROM interactions")" = 1200 ]'

# --- kill -9 in the middle of an import: all of the file or none of it ---
python3 - "$tmp/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(30000):
        f.write(json.dumps({"external_id": f"K-{i}", "channel": "chat", "agent_id": "A-2", "agent_name": "乙",
                            "team": "二组", "started_at": "2024-03-05T09:00:00+08:00",
                            "turns": [{"speaker": "customer", "text": "在吗", "start_ms": 0},
                                      {"speaker": "agent", "text": "在的", "start_ms": 900}]}, ensure_ascii=False) + "\n")
PY
for delay in 0.3 0.8 1.5; do
    "$cli" --db "$db2" import "$tmp/big.jsonl" >/dev/null 2>&1 & victim=$!
    sleep $delay
    kill -9 $victim 2>/dev/null; wait $victim 2>/dev/null
    k=$(count "$db2" "SELECT count(*) FROM interactions WHERE external_id LIKE 'K-%'")
    check "kill -9 after ${delay}s: integrity ok" '[ "$(integrity "$db2")" = "ok" ]'
    check "kill -9 after ${delay}s: the file is all in or all out ($k)" '[ "$k" = 0 ] || [ "$k" = 30000 ]'
    [ "$k" = 30000 ] && break
done

# --- kill -9 in the middle of an XLSX export: no file, named or hidden, is left behind ---
"$cli" --db "$db" demo --seed 6 --interactions 20000 --evaluations 15000 >/dev/null 2>&1
mkdir -p "$tmp/out"
for delay in 0.1 0.3 0.5; do
    "$cli" --db "$db" export --what evaluations --out "$tmp/out/ev.xlsx" >/dev/null 2>&1 & victim=$!
    sleep $delay
    kill -9 $victim 2>/dev/null; wait $victim 2>/dev/null
    left=$(ls -A "$tmp/out" | grep -v '^ev.xlsx$')
    check "kill -9 of an export after ${delay}s leaves no temporary file ($left)" '[ -z "$left" ]'
    if [ -e "$tmp/out/ev.xlsx" ]; then
        check "an export that finished is a whole workbook" 'unzip -tq "$tmp/out/ev.xlsx" >/dev/null'
    fi
done

exit $fail
