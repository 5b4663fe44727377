#!/usr/bin/env bash
# kill -9 harness (issue 9): RUNS times, one of import / demo / XLSX export / PDF report is killed at a random
# moment on one database; after each kill the database passes integrity_check, imports are all or nothing, and
# no temporary or half-written file is left in the output folder. Prints the tally; exits 1 on any failure.
#   scripts/crash-harness.sh [RUNS] [path/to/qadesk-cli]        (tests/cli_storage.sh runs a short form in CTest)
set -u
runs=${1:-100}
cli=${2:-build/app/cli/qadesk-cli}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/crash.sqlite
out=$tmp/out
mkdir -p "$out"
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(sys.argv[2]).fetchone()[0])" "$db" "$1"; }
"$cli" --db "$db" demo --seed 11 --interactions 8000 --evaluations 4000 >/dev/null 2>&1
python3 - "$tmp/batch.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(20000):
        f.write(json.dumps({"external_id": f"CR-{i}", "channel": "chat", "agent_id": "A-9", "agent_name": "丙",
                            "team": "三组", "started_at": "2024-04-01T10:00:00+08:00",
                            "turns": [{"speaker": "customer", "text": "你好", "start_ms": 0}]}, ensure_ascii=False) + "\n")
PY
failures=0; killed=0; finished=0
declare -A tally
for ((run = 1; run <= runs; run++)); do
    kind=$(( RANDOM % 4 ))
    case $kind in
        0) name=import; "$cli" --db "$db" import "$tmp/batch.jsonl" >/dev/null 2>&1 & ;;
        1) name=demo; rm -f "$tmp/demo.sqlite"*; "$cli" --db "$tmp/demo.sqlite" demo --seed $run --interactions 3000 >/dev/null 2>&1 & ;;
        2) name=export; "$cli" --db "$db" export --what evaluations --out "$out/ev.xlsx" >/dev/null 2>&1 & ;;
        3) name=report; "$cli" --db "$db" report --evaluation 1,2,3,4,5,6,7,8 --out "$out/sheets.pdf" >/dev/null 2>&1 & ;;
    esac
    pid=$!
    sleep "0.$(( RANDOM % 9 + 1 ))"
    if kill -9 $pid 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
    wait $pid 2>/dev/null
    tally[$name]=$(( ${tally[$name]:-0} + 1 ))
    problem=""
    [ "$(sql 'PRAGMA integrity_check')" = ok ] || problem="integrity"
    n=$(sql "SELECT count(*) FROM interactions WHERE external_id LIKE 'CR-%'")
    [ "$n" = 0 ] || [ "$n" = 20000 ] || problem="$problem half-import($n)"
    if [ $kind = 1 ] && [ -e "$tmp/demo.sqlite" ]; then
        [ "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])" "$tmp/demo.sqlite")" = ok ] || problem="$problem demo-integrity"
    fi
    left=$(ls -A "$out" | grep -vE '^(ev\.xlsx|sheets\.pdf)$')
    [ -z "$left" ] || problem="$problem leftover($left)"
    [ ! -e "$out/ev.xlsx" ] || unzip -tq "$out/ev.xlsx" >/dev/null 2>&1 || problem="$problem torn-xlsx"
    [ ! -e "$out/sheets.pdf" ] || pdfinfo "$out/sheets.pdf" >/dev/null 2>&1 || problem="$problem torn-pdf"
    if [ -n "$problem" ]; then echo "run $run ($name): $problem"; failures=$((failures + 1)); rm -f "$out"/.*part* 2>/dev/null; fi
    [ "$n" = 20000 ] && python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"DELETE FROM turns WHERE interaction_id IN (SELECT id FROM interactions WHERE external_id LIKE 'CR-%')\"); c.execute(\"DELETE FROM interactions WHERE external_id LIKE 'CR-%'\"); c.commit()" "$db"
done
echo "crash harness: $runs runs (import ${tally[import]:-0}, demo ${tally[demo]:-0}, export ${tally[export]:-0}, report ${tally[report]:-0}); killed mid-way $killed, finished first $finished; failures $failures"
[ $failures -eq 0 ]
