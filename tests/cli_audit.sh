#!/usr/bin/env bash
# qadesk-cli audit verify (issue 10): entries written by QA Desk and by an independent implementation of
# docs/audit.md (tests/audit_chain.py) form one chain; the guards refuse tampering; with the guards removed, every
# kind of tampering makes verify exit 1 naming the first broken entry; init restores the guards and logs it.
set -u
cli=$1
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
chain() { python3 "$here/audit_chain.py" "$@"; }
sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' "$@"; }

db=$tmp/a.sqlite
"$cli" --db "$db" init >/dev/null
out=$("$cli" --db "$db" audit verify); rc=$?
check "an empty log is intact" '[ $rc -eq 0 ] && echo "$out" | grep -q "\"entries\": *0" && echo "$out" | grep -q "\"ok\": *true"'
chain append "$db" 4
out=$("$cli" --db "$db" audit verify); rc=$?
check "entries hashed by the independent implementation verify" '[ $rc -eq 0 ] && echo "$out" | grep -q "\"entries\": *4"'
anchor=$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["anchor"])')
check "the anchor is SEQ:HASH" '[[ "$anchor" =~ ^4:[0-9a-f]{64}$ ]]'

# QA Desk's own entry (init restores a dropped guard and logs it) verified by the independent implementation.
sql "$db" "DROP TRIGGER audit_log_no_delete;"
out=$("$cli" --db "$db" audit verify 2>"$tmp/err"); rc=$?
check "a removed guard fails verify" '[ $rc -eq 1 ] && echo "$out" | grep -q audit_log_no_delete && grep -q "guards were removed" "$tmp/err"'
"$cli" --db "$db" init >/dev/null
check "init restores the guard and logs it; both implementations agree on the chain" \
    'chain verify "$db" >/dev/null && "$cli" --db "$db" audit verify >/dev/null &&
     python3 -c "import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute(\"SELECT action, detail FROM audit_log WHERE seq=5\").fetchone(); sys.exit(r != (\"guards-restored\", \"audit_log_no_delete\"))" "$db"'
check "anchor still held" '"$cli" --db "$db" audit verify --anchor "$anchor" >/dev/null'

for statement in "UPDATE audit_log SET detail = 'x' WHERE seq = 2" "DELETE FROM audit_log WHERE seq = 2" \
    "REPLACE INTO audit_log (id, at, actor, action, entity, entity_id, detail) SELECT id, at, 'x', action, entity, entity_id, detail FROM audit_log WHERE seq = 2" \
    "INSERT INTO audit_log (at, actor, action, entity, detail) VALUES (1, 'x', 'y', 'z', '')" "UPDATE audit_head SET seq = 1"; do
    sql "$db" "$statement;" 2>/dev/null
    check "refused by the guards: $statement" '"$cli" --db "$db" audit verify >/dev/null'
done

# Tampering with the guards removed first: exit 1, the first broken entry named on stderr and in the JSON.
tamper() { # name, SQL, expected problem, expected seq
    cp "$db" "$tmp/t.sqlite"
    sql "$tmp/t.sqlite" "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_extends_chain; DROP TRIGGER audit_log_moves_head; DROP TRIGGER audit_head_follows_log; DROP TRIGGER audit_head_no_delete; $2"
    out=$("$cli" --db "$tmp/t.sqlite" audit verify 2>"$tmp/err"); rc=$?
    want_problem=$3 want_seq=$4
    check "$1: exit 1, first broken entry $4 ($3)" '[ $rc -eq 1 ] && python3 -c "
import json, sys
d = json.loads(sys.argv[1]); b = d[\"first_broken\"]
assert d[\"ok\"] is False and b[\"problem\"] == sys.argv[2] and b[\"seq\"] == int(sys.argv[3]), b" "$out" "$want_problem" "$want_seq" && grep -q "entr" "$tmp/err"'
}
tamper "edited" "UPDATE audit_log SET actor = 'someone else' WHERE seq = 3" changed 3
tamper "deleted" "DELETE FROM audit_log WHERE seq = 2" missing 2
tamper "deleted from the end" "DELETE FROM audit_log WHERE seq >= 4; " truncated 4
tamper "inserted" "INSERT INTO audit_log (at, actor, action, entity, detail) VALUES (1, 'x', 'y', 'z', '')" unchained 6
tamper "replaced" "REPLACE INTO audit_log (id, at, actor, action, entity, entity_id, detail) SELECT id, at, 'x', action, entity, entity_id, detail FROM audit_log WHERE seq = 3" unchained 3

out=$("$cli" --db "$db" audit verify --anchor 3:nothex 2>/dev/null); rc=$?
check "a malformed anchor is a usage error" '[ $rc -eq 2 ]'
out=$("$cli" --db "$tmp/none.sqlite" audit verify 2>/dev/null); rc=$?
check "a missing database is rejected, not created" '[ $rc -eq 1 ] && [ ! -e "$tmp/none.sqlite" ]'
exit $fail
