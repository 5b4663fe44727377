#!/usr/bin/env bash
# qadesk-cli rectification and coaching (issue 13): every transition and refusal, verification by the agent's next
# interactions (drawn on submit or as they are imported, evaluated with qadesk-cli evaluate), the dashboard finding,
# coaching sessions, commitments and the agent's note; the audit chain verifies after all of it.
set -u
# With a second argument, a postgresql:// URL of a scratch database (cli_rectification_postgres.sh), the same on
# PostgreSQL.
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
db="$tmp/rect.sqlite"
pg=0
case "${2:-}" in postgresql://*) db=$2; pg=1 ;; esac
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
# A value of the JSON: lists as compact JSON, tuples joined with |.
field() { python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
f = lambda x: json.dumps(x, ensure_ascii=False, separators=(',', ':')) if isinstance(x, (list, dict)) else str(x)
v = ($2)
print('|'.join(map(f, v)) if isinstance(v, tuple) else f(v))" "$1"; }
sql() {
    if [ $pg = 1 ]; then psql -d "$1" -qtAc "$2"; return; fi
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); c.commit(); print('\n'.join(str(x[0]) for x in r))" "$@"
}
# The few SQL words that differ: a JSON field of a text column, and string aggregation.
jfield() { if [ $pg = 1 ]; then echo "($1::json->>'$2')"; else echo "json_extract($1, '\$.$2')"; fi; }
agg() { if [ $pg = 1 ]; then echo "string_agg($1, ',')"; else echo "group_concat($1, ',')"; fi; }
rect() { "$cli" --db "$db" rectification "$@" >"$tmp/out.json" 2>"$tmp/err.txt"; echo $?; }
coach() { "$cli" --db "$db" coaching "$@" >"$tmp/out.json" 2>"$tmp/err.txt"; echo $?; }
out() { field "$tmp/out.json" "$1"; }
# Interactions of agent $1 (team $2) at the given UTC times, ids $3-0, $3-1, ...
interactions() {
    local agent=$1 team=$2 prefix=$3; shift 3
    python3 -c "
import json, sys
agent, team, prefix = sys.argv[1:4]
rows = [{'external_id': '%s-%d' % (prefix, i), 'channel': 'chat', 'started_at': t, 'agent': {'id': agent, 'name': agent, 'team': team},
         'turns': [{'speaker': 'customer', 'text': '你好'}, {'speaker': 'agent', 'text': '您好'}]} for i, t in enumerate(sys.argv[4:])]
print('\n'.join(json.dumps(r, ensure_ascii=False) for r in rows))" "$agent" "$team" "$prefix" "$@" >"$tmp/$prefix.jsonl"
    "$cli" --db "$db" import "$tmp/$prefix.jsonl" >/dev/null 2>&1
}
evaluate() { "$cli" --db "$db" evaluate --interaction "$1" --scores "$2" --as insp >/dev/null 2>"$tmp/eval.txt"; }

if [ $pg = 1 ]; then
    psql -d "$db" -q -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null 2>&1 || { echo "cannot reset the scratch database" >&2; exit 1; }
fi
"$cli" --db "$db" init --tz UTC >/dev/null 2>&1
# Agents Z1 (team T1) and Z2 (team T2) with evaluations in the past; the people.
interactions Z1 T1 OLD 2026-10-05T10:00:00Z 2026-10-12T10:00:00Z 2026-10-19T10:00:00Z 2026-10-26T10:00:00Z 2026-11-02T10:00:00Z
interactions Z2 T2 OTHER 2026-10-05T11:00:00Z
admin() { "$cli" --db "$db" admin user add "$@" --as admin >/dev/null 2>"$tmp/admin.txt" || { echo "FAIL - admin user add $*: $(cat "$tmp/admin.txt")"; fail=1; }; }
admin lead1 --role lead --team T1 --name "Lead One"
admin lead2 --role lead --team T2
admin mgr --role qa_manager
admin insp --role inspector
admin agent1 --role agent --agent Z1 --name "Agent One"
admin agent2 --role agent --agent Z2
# attitude (2nd dimension) at 2 for four weeks, then 4.
for i in 0 1 2 3; do evaluate OLD-$i 4,2,4,4,4,4; done
evaluate OLD-4 4,4,4,4,4,4
evaluate OTHER-0 4,4,4,4,4,4
submitted=$(sql "$db" "SELECT COUNT(*) FROM evaluations WHERE status = 'submitted'")
check "six evaluations submitted through qadesk-cli evaluate" '[ "$submitted" = 6 ]'
old0=$(sql "$db" "SELECT e.id FROM evaluations e JOIN interactions i ON i.id = e.interaction_id WHERE i.external_id = 'OLD-0'")

# --- the dashboard finding
rc=$(rect findings --to 2026-10-27 --as mgr)
check "finding: Z1 below 3.0 on attitude in each of the 4 weeks up to 2026-10-27 (2.0, n=1 each), nothing else" '[ $rc -eq 0 ] &&
    [ "$(out "[(f[\"agent\"], f[\"dimension\"], [(w[\"week\"], w[\"mean\"], w[\"n\"]) for w in f[\"weeks\"]]) for f in d[\"findings\"]]")" = "[[\"Z1\",\"attitude\",[[\"2026-10-05\",2,1],[\"2026-10-12\",2,1],[\"2026-10-19\",2,1],[\"2026-10-26\",2,1]]]]" ]'
rc=$(rect findings --to 2026-11-03 --as mgr)
check "no finding for the 4 weeks up to 2026-11-03 (attitude 4 that week)" '[ $rc -eq 0 ] && [ "$(out "len(d[\"findings\"])")" = 0 ]'
rc=$(rect findings --to 2026-10-27 --threshold 2 --as mgr)
check "a mean of 2.0 is not below a threshold of 2" '[ $rc -eq 0 ] && [ "$(out "len(d[\"findings\"])")" = 0 ]'
# The threshold is the organisation's dimension target (qadesk-cli targets, the Targets dialog): 3 by default.
"$cli" --db "$db" targets set dimension_level 2 --as mgr >/dev/null 2>&1
rc=$(rect findings --to 2026-10-27 --as mgr)
check "with the dimension target at 2 a mean of 2.0 is no finding" '[ $rc -eq 0 ] && [ "$(out "len(d[\"findings\"])")" = 0 ]'
"$cli" --db "$db" targets set dimension_level 2.5 --as mgr >/dev/null 2>&1
rc=$(rect findings --to 2026-10-27 --as mgr)
check "with the dimension target at 2.5 it is one, held to 2.5" '[ $rc -eq 0 ] && [ "$(out "[(f[\"agent\"], f[\"threshold\"]) for f in d[\"findings\"]]")" = "[[\"Z1\",2.5]]" ]'
"$cli" --db "$db" targets reset dimension_level --as mgr >/dev/null 2>&1
rc=$(rect findings --to 2026-10-27 --as lead2)
check "a lead sees their own team findings only (lead2 leads T2)" '[ $rc -eq 0 ] && [ "$(out "len(d[\"findings\"])")" = 0 ]'
rc=$(rect findings --to 2026-10-27 --as agent1)
check "an agent may not read findings" '[ $rc -eq 1 ] && grep -q "may not raise or verify" "$tmp/err.txt"'

# --- raising
rc=$(rect add --agent Z1 --dimension attitude --finding --to 2026-10-27 --due 2020-11-20 --action "Warm greeting" --as lead1)
check "raise from the finding: open, source finding, owner agent1, verifier the lead, 3 checks" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"state\"], d[\"source\"], d[\"owner\"], d[\"verifier\"], d[\"checks_required\"], d[\"finding\"][\"weeks\"][0][\"mean\"])")" = "open|finding|agent1|lead1|3|2" ]'
finding=$(out 'd["id"]')
rc=$(rect add --agent Z1 --dimension attitude --finding --to 2026-11-03 --due 2026-11-20 --action x --as lead1)
check "raising from a finding that is not there is refused" '[ $rc -eq 1 ] && grep -q "is not below" "$tmp/err.txt"'
rc=$(rect add --evaluation "$old0" --dimension attitude --due 2026-12-01 --action "Listen fully" --checks 2 --verifier insp --as mgr)
check "raise from an evaluation: its agent, source evaluation, 2 checks, verifier insp" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"agent\"], d[\"source\"], d[\"evaluation\"], d[\"checks_required\"], d[\"verifier\"], d[\"history\"][0][\"to\"])")" = "Z1|evaluation|$old0|2|insp|open" ]'
item=$(out 'd["id"]')
rc=$(rect add --agent Z1 --due 2026-12-01 --action x --as lead2)
check "a lead may not raise for another team, and says whose" '[ $rc -eq 1 ] && grep -q "leads T2, not the agent" "$tmp/err.txt"'
rc=$(rect add --agent Z1 --due 2026-12-01 --action x --as insp)
check "an inspector may not raise" '[ $rc -eq 1 ] && grep -q "may not raise or verify" "$tmp/err.txt"'
rc=$(rect add --agent Z1 --due 2026-12-01 --action x --as agent1)
check "an agent may not raise" '[ $rc -eq 1 ]'
rc=$(rect add --agent Z1 --dimension nosuch --due 2026-12-01 --action x --as mgr)
check "an unknown dimension is refused" '[ $rc -eq 1 ] && grep -q "no dimension \"nosuch\"" "$tmp/err.txt"'
rc=$(rect add --agent Z1 --action x --as mgr)
check "no due date is refused" '[ $rc -eq 1 ] && grep -q "needs a due date" "$tmp/err.txt"'
rc=$(rect add --agent Z1 --due 2026-12-01 --action x --verifier agent2 --as mgr)
check "an agent cannot be the verifier" '[ $rc -eq 1 ] && grep -q "cannot verify" "$tmp/err.txt"'
rc=$(rect add --agent Z1 --due 2026-12-01 --action x --checks 0 --as mgr)
check "zero checks is refused" '[ $rc -eq 1 ] && grep -q "Between 1 and 20" "$tmp/err.txt"'
rc=$(rect add --agent Z1 --due 2026-12-01 --action x)
check "without --as it is a usage error" '[ $rc -eq 2 ]'
rc=$(rect add --agent Z1 --due 2026-12-01 --action x --as nobody)
check "an unknown person is refused" '[ $rc -eq 1 ] && grep -q "nobody" "$tmp/err.txt"'

# --- transitions and refusals
rc=$(rect submit --id "$item" --as agent1)
check "submit before start is refused, naming the states" '[ $rc -eq 1 ] && grep -q "is Open; it can become Submitted only when In progress" "$tmp/err.txt"'
rc=$(rect start --id "$item" --as agent2)
check "another agent may not start it (for them it is not there)" '[ $rc -eq 1 ] && grep -q "There is no rectification item" "$tmp/err.txt"'
rc=$(rect start --id "$item" --as lead1)
check "a lead may not start it" '[ $rc -eq 1 ] && grep -q "only the agent who owns one" "$tmp/err.txt"'
rc=$(rect show --id "$item" --as agent2)
check "another agent cannot even see it" '[ $rc -eq 1 ] && grep -q "no rectification item" "$tmp/err.txt"'
rc=$(rect start --id "$item" --note "on it" --as agent1)
check "the owner starts it: in_progress, history with note" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"state\"], d[\"history\"][-1][\"from\"], d[\"history\"][-1][\"actor\"], d[\"history\"][-1][\"note\"])")" = "in_progress|open|agent1|on it" ]'
rc=$(rect start --id "$item" --as agent1)
check "starting twice is refused" '[ $rc -eq 1 ]'
rc=$(rect verify --id "$item" --as mgr)
check "verify of an item in progress is refused" '[ $rc -eq 1 ] && grep -q "only a submitted item" "$tmp/err.txt"'
rc=$(rect edit --id "$item" --due 2099-12-05 --as lead1)
check "the lead edits the due date" '[ $rc -eq 0 ] && [ "$(out "d[\"due\"]")" = 2099-12-05 ]'
rc=$(rect edit --id "$item" --due 2026-12-05 --as agent1)
check "the agent may not edit" '[ $rc -eq 1 ]'
rc=$(rect submit --id "$item" --note "practised" --as agent1)
check "submit: no interaction after the submission yet, nothing drawn, round 1" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"state\"], d[\"round\"], d[\"checks_drawn\"])")" = "submitted|1|0" ]'
rc=$(rect verify --id "$item" --as mgr)
check "verify with no evidence is refused, counting it" '[ $rc -eq 1 ] && grep -q "0 of 2 verification interactions evaluated and passed (0 drawn so far)" "$tmp/err.txt"'
# The agent's next interactions arrive by import: drawn onto insp's queue as they come.
interactions Z1 T1 NEXT 2030-01-01T09:00:00Z
rc=$(rect show --id "$item" --as lead1)
check "the import drew the one new interaction" '[ $rc -eq 0 ] && [ "$(out "[c[\"interaction\"] for c in d[\"verification\"]]")" = "[\"NEXT-0\"]" ]'
queued=$(sql "$db" "SELECT $(jfield p.parameters rectification_id) || '/' || $(jfield p.parameters dimension) FROM work_queue q JOIN interactions i ON i.id = q.interaction_id JOIN users u ON u.id = q.inspector_id JOIN sampling_plans p ON p.id = q.plan_id WHERE i.external_id = 'NEXT-0' AND u.login = 'insp'")
check "it is on the verifier's queue through a sampling plan naming the item" '[ "$queued" = "$item/attitude" ]'
interactions Z1 T1 LATER 2030-01-02T09:00:00Z 2030-01-03T09:00:00Z 2030-01-04T09:00:00Z
rc=$(rect show --id "$item" --as lead1)
check "the next import draws the second (2 checks), oldest first" '[ "$(out "sorted(c[\"interaction\"] for c in d[\"verification\"])")" = "[\"LATER-0\",\"NEXT-0\"]" ]'
evaluate NEXT-0 4,4,4,4,4,4
rc=$(rect verify --id "$item" --as lead1)
check "one of two evaluated: verify still refused" '[ $rc -eq 1 ] && grep -q "1 of 2" "$tmp/err.txt"'
evaluate LATER-0 4,2,4,4,4,4
rc=$(rect show --id "$item" --as agent1)
check "a failing verification interaction (attitude 2) reopens it automatically, saying which" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"state\"], d[\"history\"][-1][\"actor\"], d[\"history\"][-1][\"from\"], d[\"checks_failed\"])")" = "reopened|insp|submitted|1" ] &&
    grep -q "LATER-0 (2) below the pass line" "$tmp/out.json"'
rc=$(rect start --id "$item" --as agent1)
check "reopened → in_progress again" '[ $rc -eq 0 ] && [ "$(out "d[\"state\"]")" = in_progress ]'
rc=$(rect submit --id "$item" --as agent1)
check "the second submission is round 2 and draws at once the two interactions that started after it" '[ $rc -eq 0 ] && [ "$(out "(d[\"round\"], d[\"checks_drawn\"])")" = "2|2" ]'
# Make the round-2 evidence later than the submission: interactions dated after now.
interactions Z1 T1 R2 2031-01-01T09:00:00Z 2031-01-02T09:00:00Z 2031-01-03T09:00:00Z
rc=$(rect show --id "$item" --as lead1)
check "round 2 draws the two interactions that started after the resubmission, oldest first" \
    '[ "$(out "sorted(c[\"interaction\"] for c in d[\"verification\"] if c[\"round\"] == 2)")" = "[\"LATER-1\",\"LATER-2\"]" ]'
evaluate LATER-1 4,NA,4,4,4,4
rc=$(rect show --id "$item" --as lead1)
check "an evaluation marking attitude N/A voids the check and draws another in its place (R2-0)" '[ "$(out "sorted((c[\"interaction\"], c[\"result\"]) for c in d[\"verification\"] if c[\"round\"] == 2)")" = "[[\"LATER-1\",\"void\"],[\"LATER-2\",null],[\"R2-0\",null]]" ]'
evaluate LATER-2 3,3,3,3,3,3
evaluate R2-0 5,5,5,5,5,5
rc=$(rect show --id "$item" --as agent1)
check "both remaining checks pass (levels 3 and 5): verified automatically, closed" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"state\"], d[\"checks_passed\"], d[\"closed_at\"] is not None, d[\"history\"][-1][\"note\"])")" = "verified|2|True|Verified: 2 of 2 verification interactions passed." ]'
rc=$(rect verify --id "$item" --as lead1)
check "verifying a verified item is refused" '[ $rc -eq 1 ]'
rc=$(rect edit --id "$item" --action "more" --as lead1)
check "a verified item cannot be edited" '[ $rc -eq 1 ] && grep -q "is verified; reopen it" "$tmp/err.txt"'
rc=$(rect reopen --id "$item" --as lead1)
check "reopening needs a reason" '[ $rc -eq 1 ] && grep -q "Say why" "$tmp/err.txt"'
rc=$(rect reopen --id "$item" --note "recurred" --as agent1)
check "the agent may not reopen" '[ $rc -eq 1 ]'
rc=$(rect reopen --id "$item" --note "recurred" --as lead1)
check "the lead reopens a verified item" '[ $rc -eq 0 ] && [ "$(out "(d[\"state\"], d[\"closed_at\"])")" = "reopened|None" ]'
check "history: every transition in order" '[ "$(out "\",\".join(h[\"to\"] for h in d[\"history\"])")" = "open,in_progress,submitted,reopened,in_progress,submitted,verified,reopened" ]'

# Whole-evaluation item (no dimension): verified by the weighted score against the pass band (60).
rc=$(rect add --agent Z2 --due 2099-01-01 --action "Whole call" --checks 1 --as mgr)
whole=$(out 'd["id"]')
rect start --id "$whole" --as agent2 >/dev/null; rect submit --id "$whole" --as agent2 >/dev/null
interactions Z2 T2 W 2032-01-01T09:00:00Z
evaluate W-0 3,3,3,3,3,3
rc=$(rect show --id "$whole" --as mgr)
check "no dimension: a weighted score of exactly 60 passes" '[ "$(out "(d[\"state\"], d[\"verification\"][0][\"level\"])")" = "verified|60" ]'

# --- lists and overdue (the finding item is due 2020-11-20, the others in 2099)
rc=$(rect add --agent Z2 --due 2020-01-10 --action "Old" --as lead2)
late=$(out 'd["id"]')
rc=$(rect list --overdue --as mgr)
check "overdue: the open items past their due date, with days late" '[ $rc -eq 0 ] &&
    [ "$(out "[i[\"id\"] for i in d[\"items\"]]")" = "[$late,$finding]" ] && [ "$(out "d[\"items\"][0][\"days_late\"] > 2000")" = True ]'
rc=$(rect list --as lead2)
check "a lead lists their team only" '[ "$(out "[i[\"agent\"] for i in d[\"items\"]]")" = "[\"Z2\",\"Z2\"]" ]'
rc=$(rect list --as agent1)
check "an agent lists their own items" '[ "$(out "sorted(i[\"id\"] for i in d[\"items\"])")" = "[$finding,$item]" ]'
rc=$(rect list --state reopened --as mgr)
check "filter by state" '[ "$(out "[i[\"id\"] for i in d[\"items\"]]")" = "[$item]" ]'
rc=$(rect list --as insp)
check "an inspector lists the items they verify" '[ "$(out "[i[\"id\"] for i in d[\"items\"]]")" = "[$item]" ]'
rc=$(rect list --state done --as mgr)
check "an unknown state is a usage error" '[ $rc -eq 2 ]'

# --- coaching
rc=$(coach add --agent Z1 --date 2026-10-21 --dimension attitude --notes "Tone" --evaluation "$old0" --recording OLD-1 \
     --commit "Smile on the phone" --due 2026-11-01 --commit "Listen first" --as lead1)
check "a lead records a session with an evaluation, a recording and two commitments" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"coach\"], d[\"evaluations\"], d[\"recordings\"], [c[\"text\"] for c in d[\"commitments\"]], d[\"commitments\"][0][\"due\"], d[\"commitments\"][1][\"due\"])")" = "lead1|[$old0]|[\"OLD-1\"]|[\"Smile on the phone\",\"Listen first\"]|2026-11-01|None" ]'
session=$(out 'd["id"]')
first=$(out 'd["commitments"][0]["id"]')
check "the first commitment is overdue (due 2026-11-01)" '[ "$(out "d[\"commitments\"][0][\"overdue\"]")" = True ]'
rc=$(coach add --agent Z1 --date 2026-10-21 --as lead2)
check "a lead of another team may not coach Z1" '[ $rc -eq 1 ] && grep -q "leads T2" "$tmp/err.txt"'
rc=$(coach add --agent Z1 --date 2026-10-21 --as agent1)
check "an agent may not record coaching" '[ $rc -eq 1 ] && grep -q "may not record coaching" "$tmp/err.txt"'
rc=$(coach add --agent Z1 --date 2026-10-21 --recording OTHER-0 --as lead1)
check "a recording of another agent is refused" '[ $rc -eq 1 ] && grep -q "OTHER-0 is not one of agent Z1" "$tmp/err.txt"'
rc=$(coach commit --id "$session" --text "Follow up in 24 h" --due 2026-12-31 --as lead1)
check "the coach adds a commitment" '[ $rc -eq 0 ] && [ "$(out "len(d[\"commitments\"])")" = 3 ]'
rc=$(coach note --id "$session" --text "I will try" --as lead1)
check "the coach may not write the agent's note" '[ $rc -eq 1 ] && grep -q "Only the coached agent" "$tmp/err.txt"'
rc=$(coach note --id "$session" --text "I will try" --as agent1)
check "the agent writes their own note" '[ $rc -eq 0 ] && [ "$(out "d[\"agent_note\"]")" = "I will try" ]'
rc=$(coach done --commitment "$first" --as agent2)
check "another agent may not mark the commitment" '[ $rc -eq 1 ]'
rc=$(coach done --commitment "$first" --as agent1)
check "the agent marks a commitment done" '[ $rc -eq 0 ] && [ "$(out "(d[\"commitments\"][0][\"done\"], d[\"commitments\"][0][\"done_by\"])")" = "True|agent1" ]'
rc=$(coach done --commitment "$first" --as agent1)
check "marking it done twice is refused" '[ $rc -eq 1 ] && grep -q "done already" "$tmp/err.txt"'
rc=$(coach done --commitment "$first" --undo --as lead1)
check "the coach marks it not done again" '[ $rc -eq 0 ] && [ "$(out "d[\"commitments\"][0][\"done\"]")" = False ]'
rc=$(coach show --id "$session" --weeks 2 --as agent1)
check "coaching effect, 2 weeks around the week of 2026-10-21: before 2.0 (n 2), after 2.0 and 4.0 (mean 3.0, n 2)" '[ $rc -eq 0 ] &&
    [ "$(out "(d[\"trend\"][\"before_mean\"], d[\"trend\"][\"before_n\"], [(w[\"week\"], w[\"mean\"]) for w in d[\"trend\"][\"after\"]], d[\"trend\"][\"after_mean\"], d[\"trend\"][\"after_n\"])")" = "2|2|[[\"2026-10-26\",2],[\"2026-11-02\",4]]|3|2" ]'
rc=$(coach list --as agent2)
check "another agent sees none of Z1's sessions" '[ $rc -eq 0 ] && [ "$(out "len(d[\"sessions\"])")" = 0 ]'
rc=$(coach list --as mgr)
check "a QA manager sees it" '[ "$(out "[s[\"id\"] for s in d[\"sessions\"]]")" = "[$session]" ]'
rc=$(coach show --id "$session" --as agent2)
check "another agent cannot open it" '[ $rc -eq 1 ]'

# --- printables: the rectification notice (整改通知单) and the coaching record, in English and Chinese
pdf() { pdftotext -layout "$1" - 2>/dev/null | tr -s ' '; }
rc=$(rect notice --id "$item" --out "$tmp/notice-en.pdf" --lang en --as lead1)
pdf "$tmp/notice-en.pdf" >"$tmp/notice-en.txt"
check "notice in English: title, number, agent, action, state, history, signature lines" '[ $rc -eq 0 ] && [ "$(out "d[\"pages\"]")" = 1 ] &&
    grep -q "Notice" "$tmp/notice-en.txt" && grep -q "No. $item · Z1" "$tmp/notice-en.txt" && grep -q "Listen fully" "$tmp/notice-en.txt" &&
    grep -q "State Reopened" "$tmp/notice-en.txt" && grep -q "recurred" "$tmp/notice-en.txt" &&
    grep -q "Agent (signature) Team lead (signature) Date" "$tmp/notice-en.txt"'
rc=$(rect notice --id "$item" --out "$tmp/notice-zh.pdf" --as lead1)
pdf "$tmp/notice-zh.pdf" >"$tmp/notice-zh.txt"
check "notice in Chinese (the default): 整改通知单 with the dimension's Chinese name and signature lines" '[ $rc -eq 0 ] &&
    grep -q "整改通知单" "$tmp/notice-zh.txt" && grep -q "服务态度" "$tmp/notice-zh.txt" && grep -q "已重新打开" "$tmp/notice-zh.txt" &&
    grep -q "坐席签字 组长签字 日期" "$tmp/notice-zh.txt"'
rc=$(rect notice --id "$item" --out "$tmp/x.pdf" --as agent2)
check "another agent cannot print the notice" '[ $rc -eq 1 ] && [ ! -e "$tmp/x.pdf" ]'
rc=$(rect notice --id "$item" --out "$tmp/x.pdf" --lang fr --as lead1)
check "an unknown language is a usage error" '[ $rc -eq 2 ] && [ ! -e "$tmp/x.pdf" ]'
rc=$(coach record --id "$session" --out "$tmp/record-en.pdf" --lang en --weeks 2 --as agent1)
pdf "$tmp/record-en.pdf" >"$tmp/record-en.txt"
check "coaching record in English: notes, agent note, commitments, effect with n, signature lines" '[ $rc -eq 0 ] &&
    grep -q "Coaching Record" "$tmp/record-en.txt" && grep -q "I will try" "$tmp/record-en.txt" && grep -q "Smile on the phone" "$tmp/record-en.txt" &&
    grep -q "2 weeks before 2 2.00 2" "$tmp/record-en.txt" && grep -q "2 weeks after 2 3.00 2" "$tmp/record-en.txt" &&
    grep -q "Agent (signature) Coach / team lead (signature) Date" "$tmp/record-en.txt"'
rc=$(coach record --id "$session" --out "$tmp/record-zh.pdf" --lang zh_CN --as lead1)
pdf "$tmp/record-zh.pdf" >"$tmp/record-zh.txt"
check "coaching record in Chinese: 辅导记录 with signature lines" '[ $rc -eq 0 ] && grep -q "辅导记录" "$tmp/record-zh.txt" &&
    grep -q "坐席签字 辅导人/组长签字 日期" "$tmp/record-zh.txt"'

# --- audit
actions=$(sql "$db" "SELECT $(agg action) FROM (SELECT action FROM audit_log WHERE entity = 'rectification' AND entity_id = $item ORDER BY seq) AS a")
check "every change is in the audit log, in order" '[ "$actions" = "rectification-raised,rectification-in_progress,rectification-edited,rectification-submitted,rectification-draw,rectification-draw,rectification-reopened,rectification-in_progress,rectification-submitted,rectification-draw,rectification-draw,rectification-verified,rectification-reopened" ]'
coached=$(sql "$db" "SELECT COUNT(*) FROM audit_log WHERE entity = 'coaching'")
check "coaching changes are audited (recorded, commitment, note, done, undone)" '[ "$coached" = 5 ]'
"$cli" --db "$db" audit verify >"$tmp/audit.json"; rc=$?
check "the audit chain verifies" '[ $rc -eq 0 ] && [ "$(field "$tmp/audit.json" "d[\"ok\"]")" = True ]'
exit $fail
