#!/usr/bin/env bash
# qadesk-cli admin user (DESIGN §5, issue 13): people and their roles; each change printed, refused with a
# message when wrong, and written to the audit log, whose chain still verifies.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
db="$tmp/people.sqlite"
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); v=($2); print('|'.join(map(str, v)) if isinstance(v, tuple) else v)" "$1"; }
# SQL through Python's sqlite3 (the sqlite3 program is not installed everywhere); prints the first column of each row.
sql() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); c.commit(); print('\n'.join(str(x[0]) for x in r))" "$@"; }
run() { "$cli" --db "$db" admin user "$@" >"$tmp/out.json" 2>"$tmp/err.txt"; echo $?; }

"$cli" --db "$db" demo --interactions 300 --seed 3 >/dev/null 2>&1
agent=$(sql "$db" "SELECT code FROM agents ORDER BY code LIMIT 1")

rc=$(run add wang --name 王经理 --role qa_manager --as admin)
check "add a QA manager: printed with name and role" '[ $rc -eq 0 ] &&
    [ "$(field "$tmp/out.json" "(d[\"login\"], d[\"name\"], d[\"role\"], d[\"disabled\"], d[\"agent\"])")" = "wang|王经理|qa_manager|False|None" ]'
rc=$(run add li --role agent --agent "$agent")
check "add an agent linked to agent $agent" '[ $rc -eq 0 ] && [ "$(field "$tmp/out.json" "d[\"agent\"]")" = "$agent" ]'
rc=$(run add zhao --role agent)
check "an agent without an agent code is refused" '[ $rc -eq 1 ] && grep -q "needs the code of the agent" "$tmp/err.txt"'
rc=$(run add zhao --role agent --agent NO-SUCH)
check "an unknown agent code is refused, naming it" '[ $rc -eq 1 ] && grep -q "NO-SUCH" "$tmp/err.txt"'
rc=$(run add li --role lead)
check "a login that has a role is taken" '[ $rc -eq 1 ] && grep -q "is taken" "$tmp/err.txt"'
rc=$(run add sun --role boss)
check "an unknown role is a usage error listing the roles" '[ $rc -eq 2 ] && grep -q "agent|inspector|lead|qa_manager|admin" "$tmp/err.txt"'
rc=$(run add sun)
check "add without --role is a usage error" '[ $rc -eq 2 ]'
inspector=$(sql "$db" "SELECT login FROM users ORDER BY id LIMIT 1")
rc=$(run add "$inspector" --role lead --name "Team Lead")
check "a login made by an evaluation (no role yet) gets one" '[ $rc -eq 0 ] && [ "$(field "$tmp/out.json" "d[\"role\"]")" = lead ]'
rc=$(run role li lead)
check "change a role; an agent who becomes a lead loses the agent link" '[ $rc -eq 0 ] &&
    [ "$(field "$tmp/out.json" "(d[\"role\"], d[\"agent\"])")" = "lead|None" ]'
rc=$(run role nobody lead)
check "changing an unknown login is refused" '[ $rc -eq 1 ] && grep -q "nobody" "$tmp/err.txt"'
rc=$(run disable wang)
check "disable: still there, marked disabled, role kept" '[ $rc -eq 0 ] &&
    [ "$(field "$tmp/out.json" "(d[\"disabled\"], d[\"role\"])")" = "True|qa_manager" ]'
rc=$(run enable wang)
check "enable again" '[ $rc -eq 0 ] && [ "$(field "$tmp/out.json" "d[\"disabled\"]")" = False ]'
rc=$(run list)
check "list: everyone, in login order, with roles" '[ $rc -eq 0 ] &&
    [ "$(field "$tmp/out.json" "[u[\"login\"] for u in d[\"users\"]] == sorted(u[\"login\"] for u in d[\"users\"])")" = True ] &&
    [ "$(field "$tmp/out.json" "{u[\"login\"]: u[\"role\"] for u in d[\"users\"]}[\"wang\"]")" = qa_manager ]'
# (The demo's own people, added by "demo" for its rectification items, are left out.)
check "every change is in the audit log, with who made it" '[ "$(sql "$db" "SELECT group_concat(actor || \" \" || action, \",\") FROM (SELECT actor, action FROM audit_log WHERE entity = \"user\" AND actor <> \"demo\" ORDER BY seq)")" = "admin person-added,cli:${USER:-unknown} person-added,cli:${USER:-unknown} person-added,cli:${USER:-unknown} person-role,cli:${USER:-unknown} person-disabled,cli:${USER:-unknown} person-enabled" ]'
"$cli" --db "$db" audit verify >"$tmp/audit.json"; rc=$?
check "the audit chain verifies after the changes" '[ $rc -eq 0 ] && [ "$(field "$tmp/audit.json" "d[\"ok\"]")" = True ]'
check "the database refuses a role outside the five" '! sql "$db" "UPDATE user_roles SET role = \"boss\"" 2>/dev/null'
# A team lead leads a team (migration 011); an agent's team is their agent's.
team=$(sql "$db" "SELECT name FROM teams ORDER BY id LIMIT 1")
agent_team=$(sql "$db" "SELECT t.name FROM agents a JOIN teams t ON t.id = a.team_id WHERE a.code = '$agent'")
rc=$(run add zhou --role lead --team "$team")
check "add a lead with the team they lead" '[ $rc -eq 0 ] && [ "$(field "$tmp/out.json" "(d[\"role\"], d[\"team\"])")" = "lead|$team" ]'
rc=$(run add qian --role lead --team "No such team")
check "an unknown team is refused, naming it" '[ $rc -eq 1 ] && grep -q "No such team" "$tmp/err.txt"'
rc=$(run add qian --role inspector --team "$team")
check "only a lead leads a team" '[ $rc -eq 1 ] && grep -q "Only a team lead" "$tmp/err.txt"'
rc=$(run role zhou qa_manager)
check "a lead who becomes a QA manager leads no team" '[ $rc -eq 0 ] && [ "$(field "$tmp/out.json" "d[\"team\"]")" = None ]'
rc=$(run add wu --role agent --agent "$agent")
check "an agent's team is their agent's team" '[ $rc -eq 0 ] && [ "$(field "$tmp/out.json" "d[\"team\"]")" = "$agent_team" ]'
rc=$(run role zhou lead --team "$team")
rc=$(run disable zhou)
check "disabling a lead keeps their team" '[ $rc -eq 0 ] && [ "$(field "$tmp/out.json" "(d[\"disabled\"], d[\"team\"])")" = "True|$team" ]'
exit $fail
