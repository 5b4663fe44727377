#!/usr/bin/env bash
# The `qadesk-cli import` contract (DESIGN §5): JSON shape on stdout, diagnostics on stderr, exit codes 0/1/2,
# --dry-run imports nothing, --no-mask stores numbers as given.
#   bash cli_import.sh <path-to-qadesk-cli> <tests/data>
set -uo pipefail
CLI="$1"
DATA="$2/import"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/db.sqlite"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# run EXPECTED_EXIT ARGS... : runs the CLI, keeps stdout in $WORK/out.json and stderr in $WORK/err.txt
run() {
    local expected="$1"; shift
    "$CLI" --db "$DB" "$@" >"$WORK/out.json" 2>"$WORK/err.txt"
    local code=$?
    [[ $code -eq $expected ]] || fail "'$*' exited $code, expected $expected; stderr: $(cat "$WORK/err.txt")"
}

# check PYTHON-EXPRESSION : evaluated with `d` = the JSON on stdout
check() {
    python3 - "$WORK/out.json" "$1" <<'PY' || fail "check failed: $1 (stdout: $(cat "$WORK/out.json"))"
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)
PY
}

rows() {
    python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$DB" "$1"
}

dbsum() {
    python3 - "$DB" <<'PY'
import hashlib, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
h = hashlib.sha256()
# turns_fts* (the transcript search index, some tables WITHOUT ROWID) is derived from turns.
for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'turns_fts%' ORDER BY name"):
    # Sorted in Python: some tables (the rollups) are WITHOUT ROWID.
    for row in sorted(repr(r) for r in c.execute('SELECT * FROM "%s"' % t)):
        h.update(row.encode())
print(h.hexdigest())
PY
}

# Usage errors: exit 2, nothing imported.
run 2 import
run 2 import --format xml "$DATA/valid/array.json"
run 2 import --bogus "$DATA/valid/array.json"

# A valid batch: exit 0 and the documented shape.
run 0 import "$DATA/valid/array.json" "$DATA/valid/lines.jsonl"
check 'set(d) >= {"imported", "duplicates", "errors", "warnings"} and d["imported"] == 6 and d["duplicates"] == 0 and d["errors"] == [] and isinstance(d["warnings"], list)'
[[ "$(rows 'SELECT COUNT(*) FROM interactions')" == 6 ]] || fail "6 interactions expected"

# The same again: duplicates, still exit 0.
run 0 import "$DATA/valid/array.json"
check 'd["imported"] == 0 and d["duplicates"] == 3'

# A rejected file: exit 1, errors name file and line, the database is unchanged.
before="$(dbsum)"
run 1 import "$DATA/malformed/survey-out-of-range.jsonl"
check 'd["imported"] == 0 and len(d["errors"]) == 1 and d["errors"][0]["file"].endswith("survey-out-of-range.jsonl") and d["errors"][0]["line"] == 2 and "nps" in d["errors"][0]["message"]'
grep -q 'survey-out-of-range.jsonl:2:119: error:' "$WORK/err.txt" || fail "stderr diagnostic missing: $(cat "$WORK/err.txt")"
[[ "$(dbsum)" == "$before" ]] || fail "a rejected file changed the database"

# A mixed batch: the good file is imported, the exit code says something was rejected.
run 1 import "$DATA/valid/interaction.json" "$DATA/malformed/truncated.json"
check 'd["imported"] == 1 and len(d["errors"]) == 1 and d["errors"][0]["line"] == 12'

# A missing file is rejected, not a crash.
run 1 import "$WORK/nope.json"
check 'd["errors"][0]["line"] == 0 and "does not exist" in d["errors"][0]["message"]'

# A transcript whose first line holds `,"` is not mistaken for broken CSV; the batch goes on.
run 0 import "$DATA/valid/comma-quote.txt" "$DATA/valid/interaction.json"
check 'd["imported"] + d["duplicates"] == 2 and d["errors"] == []'

# Every failure still prints the document: a database that cannot be opened is named as the error.
"$CLI" --db "$WORK" import "$DATA/valid/interaction.json" >"$WORK/out.json" 2>"$WORK/err.txt"
[[ $? -eq 1 ]] || fail "a database path that is a folder should exit 1"
check 'd["imported"] == 0 and len(d["errors"]) == 1 and d["errors"][0]["file"] and d["errors"][0]["message"]'

# Recordings outside the imported file's folder are refused, each with its file and line.
run 1 import "$DATA/malformed/recording-outside.jsonl"
check 'd["imported"] == 0 and [e["line"] for e in d["errors"]] == [2, 3] and all(e["file"].endswith("recording-outside.jsonl") and "outside" in e["message"] for e in d["errors"])'
[[ "$(rows "SELECT COUNT(*) FROM interactions WHERE recording LIKE '%passwd%'")" == 0 ]] || fail "a recording outside was stored"

# A database other users can read is reported on stderr; stdout stays one JSON document.
chmod 644 "$DB"
run 0 import "$DATA/valid/interaction.json"
grep -q 'can be read by other users (mode 0644)' "$WORK/err.txt" || fail "an exposed database is not reported: $(cat "$WORK/err.txt")"
check 'd["errors"] == []'
chmod 600 "$DB"

# --dry-run validates and imports nothing.
before="$(dbsum)"
run 0 import --dry-run "$DATA/valid/interactions.csv" "$DATA/valid/turns.csv"
check 'd["imported"] == 7 and d["errors"] == []'
[[ "$(dbsum)" == "$before" ]] || fail "--dry-run changed the database"
run 1 import --dry-run "$DATA/malformed/csat-out-of-range.csv"
check 'd["errors"][0]["line"] == 3'

# --format forces a reader; --no-mask keeps numbers.
run 0 import --format csv-interactions --no-mask "$DATA/valid/interactions-gb18030.csv" "$DATA/valid/interactions.csv"
[[ "$(rows "SELECT customer_phone FROM interactions WHERE external_id = 'CSV-1'")" == 13812345678 ]] || fail "--no-mask masked"
[[ "$(rows "SELECT name FROM agents WHERE code = 'A101'")" == 张伟 ]] || fail "GB18030 names"
run 0 import "$DATA/valid/chinese-untimed.txt"
check 'd["imported"] == 1 and len(d["warnings"]) == 2'
[[ "$(rows "SELECT turn_count FROM interactions WHERE external_id = 'chinese-untimed'")" == 11 ]] || fail "transcript turns"

# stdout is one JSON document even with warnings; help works.
run 0 import --help
grep -q -- '--dry-run' "$WORK/out.json" || fail "--help lists --dry-run"

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "cli_import: all checks passed"
