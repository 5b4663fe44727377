#!/usr/bin/env bash
# qadesk-cli evaluation (issue 13): release to the agent, acknowledgement with a signature, disputes at two levels
# with versions, every transition and every refusal, deadlines in working days, dispute and overturn rates, and the
# KPI rollup following the rescored version.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; cat "$tmp/err" 2>/dev/null | head -3; fail=1; fi; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
db=${FEEDBACK_DB:-$tmp/f.sqlite} # cli_feedback_postgres.sh runs the same on PostgreSQL
q() { "$cli" --db "$db" "$@"; }
ev() { q evaluation "$@" >"$tmp/out.json" 2>"$tmp/err"; echo $?; }

q init --tz Asia/Shanghai >/dev/null
q demo --seed 5 --interactions 400 --evaluations 200 --agents 12 --end 2030-02-28 >/dev/null 2>"$tmp/err" ||
    { echo "FAIL - demo"; cat "$tmp/err"; exit 1; }
q admin user add t_boss --name 王经理 --role qa_manager >/dev/null
q evaluation list --which to-release --as t_boss >"$tmp/all.json"
# The agent with the most scored (no critical item failed) evaluations not released yet: e1..e5 are theirs.
python3 - "$tmp/all.json" >"$tmp/pick.sh" <<'PY'
import json, sys, collections
rows = [r for r in json.load(open(sys.argv[1]))["evaluations"] if r["score"]]
by = collections.defaultdict(list)
for r in rows:
    by[r["agent"]].append(r)
agent, mine = max(by.items(), key=lambda kv: (len(kv[1]), kv[0]))
mine.sort(key=lambda r: r["evaluation"])
other = next(r for r in rows if r["agent"] != agent and r["team"] != mine[0]["team"])
print(f'agent={agent}; team="{mine[0]["team"]}"; other_agent={other["agent"]}; other_team="{other["team"]}"; o1={other["evaluation"]}')
for i, r in enumerate(mine[:5], 1):
    print(f'e{i}={r["evaluation"]}; s{i}={r["score"]}; i{i}="{r["inspector"]}"')
stranger = next(r["inspector"] for r in rows if r["inspector"] != mine[0]["inspector"])
print(f'stranger="{stranger}"')
PY
. "$tmp/pick.sh"
q admin user add t_agent --name 李娜 --role agent --agent "$agent" >/dev/null
q admin user add t_other --role agent --agent "$other_agent" >/dev/null
q admin user add t_lead --role lead --team "$team" >/dev/null
q admin user add t_lead2 --role lead --team "$other_team" >/dev/null
q admin user role "$i1" inspector >/dev/null 2>&1
q admin user role "$stranger" inspector >/dev/null 2>&1

MON=2030-03-04T10:00:00+08:00 # a Monday in Shanghai
TUE=2030-03-05T09:00:00+08:00
WED=2030-03-06T15:00:00+08:00

q evaluation rates --as t_boss >"$tmp/rates_before.json" # the demo's own releases and disputes
# --- release
rc=$(ev release --id "$e1" --as "$stranger" --at $MON)
check "an inspector may release only their own evaluations" '[ $rc -eq 1 ] && grep -q "may release only their own" "$tmp/err"'
rc=$(ev release --id "$e1" --as t_agent --at $MON)
check "an agent may not release" '[ $rc -eq 1 ] && grep -q "may not release evaluations" "$tmp/err"'
rc=$(ev release --id "$e1" --as t_lead2 --at $MON)
check "a lead of another team may not release it" '[ $rc -eq 1 ] && grep -q "leads $other_team" "$tmp/err"'
rc=$(ev release --id "$e1" --as "$i1" --at $MON)
check "its inspector releases it: respond by the end of the 5th working day (next Monday, Shanghai)" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"evaluations\"][0][\"state\"], d[\"evaluations\"][0][\"respond_by\"], d[\"evaluations\"][0][\"status\"])")" = "('"'"'released'"'"', '"'"'2030-03-11T16:00:00Z'"'"', '"'"'submitted'"'"')" ]'
rc=$(ev release --id "$e1" --as t_boss --at $MON)
check "released twice is refused" '[ $rc -eq 1 ] && grep -q "already released" "$tmp/err"'
rc=$(ev release --id "$e2,$e3,$e1" --as t_boss --at $MON)
check "a batch with one refused is released not at all" '[ $rc -eq 1 ] && grep -q "already released" "$tmp/err" &&
    [ "$(q evaluation show --id "$e2" --as t_boss | python3 -c "import json,sys; print(json.load(sys.stdin)[\"state\"])")" = None ]'
rc=$(ev release --id "$e2,$e3,$e4,$e5" --as t_boss --at $MON)
check "a QA manager releases a batch" '[ $rc -eq 0 ] && [ "$(json "$tmp/out.json" "len(d[\"evaluations\"])")" = 4 ]'

# --- acknowledge
echo '[[[10,10],[200,120],[400,60]],[[500,500],[600,520]]]' >"$tmp/sig.json"
rc=$(ev acknowledge --id "$e1" --name 李娜 --as t_other --at $TUE)
check "another agent may not acknowledge it" '[ $rc -eq 1 ] && grep -q "only their own evaluations" "$tmp/err"'
rc=$(ev acknowledge --id "$e1" --as t_agent --at $TUE)
check "acknowledge without the typed name is a usage error" '[ $rc -eq 2 ]'
rc=$(ev acknowledge --id "$e1" --name 李娜 --as t_lead --at $TUE)
check "a lead may not acknowledge" '[ $rc -eq 1 ] && grep -q "may not acknowledge" "$tmp/err"'
rc=$(ev acknowledge --id "$e1" --name 李娜 --signature "$tmp/sig.json" --as t_agent --at $TUE)
check "the agent acknowledges with name, signature and time; the evaluation is final" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"status\"], d[\"acknowledgement\"][\"name\"], d[\"acknowledgement\"][\"signed\"], d[\"acknowledgement\"][\"at\"])")" = "('"'"'acknowledged'"'"', '"'"'final'"'"', '"'"'李娜'"'"', True, '"'"'2030-03-05T01:00:00Z'"'"')" ]'
rc=$(ev dispute --id "$e1" --item '{"dimension":"attitude","proposed_level":5,"reason":"x"}' --as t_agent --at $TUE)
check "an acknowledged evaluation cannot be disputed" '[ $rc -eq 1 ] && grep -q "cannot be disputed" "$tmp/err"'

# --- dispute
items=()
for k in response attitude resolution knowledge satisfaction records; do
    items+=(--item "{\"dimension\":\"$k\",\"proposed_level\":5,\"reason\":\"录音可证明\"}")
done
rc=$(ev dispute --id "$e2" "${items[@]}" --as t_agent --at 2030-03-12T00:00:01+08:00)
check "after the window a dispute is refused, naming when it closed" '[ $rc -eq 1 ] && grep -q "closed at 2030-03-12 00:00" "$tmp/err"'
rc=$(ev dispute --id "$e2" --item '{"dimension":"nosuch","proposed_level":4,"reason":"x"}' --as t_agent --at $TUE)
check "an unknown dimension is refused" '[ $rc -eq 1 ] && grep -q "no dimension \"nosuch\"" "$tmp/err"'
rc=$(ev dispute --id "$e2" --item '{"dimension":"attitude","proposed_level":4,"reason":"  "}' --as t_agent --at $TUE)
check "a dimension disputed without a reason is refused" '[ $rc -eq 1 ] && grep -q "needs a reason" "$tmp/err"'
rc=$(ev dispute --id "$e2" --item '{"dimension":"attitude","proposed_level":7,"reason":"x"}' --as t_agent --at $TUE)
check "a proposed level outside 1-5 is refused" '[ $rc -eq 1 ] && grep -q "must be 1 to 5" "$tmp/err"'
rc=$(ev dispute --id "$e2" --item '{"dimension":"attitude","proposed_level":4,"reason":"x","turns":[999999999]}' --as t_agent --at $TUE)
check "evidence outside the transcript is refused" '[ $rc -eq 1 ] && grep -q "not in this interaction" "$tmp/err"'
rc=$(ev dispute --id "$e2" --as t_agent --at $TUE)
check "a dispute without items is refused" '[ $rc -eq 1 ] && grep -q "at least one dimension" "$tmp/err"'
rc=$(ev dispute --id "$e2" "${items[@]}" --as t_other --at $TUE)
check "another agent may not dispute it" '[ $rc -eq 1 ] && grep -q "only their own" "$tmp/err"'
rc=$(ev dispute --id "$e2" "${items[@]:0:10}" --item '{"dimension":"records","proposed_level":5,"reason":"记录完整","ms":[12000,15500]}' --as t_agent --at $TUE)
check "the agent disputes six dimensions: decide by the end of the 3rd working day (Friday)" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"status\"], d[\"dispute\"][\"level\"], d[\"dispute\"][\"decide_by\"], len(d[\"dispute\"][\"items\"]), d[\"dispute\"][\"items\"][5][\"ms\"])")" = "('"'"'disputed'"'"', '"'"'disputed'"'"', 1, '"'"'2030-03-08T16:00:00Z'"'"', 6, [12000, 15500])" ]'
rc=$(ev dispute --id "$e3" --item '{"dimension":"attitude","proposed_level":5,"reason":"态度良好"}' --as t_agent --at $TUE)
check "a second dispute this month" '[ $rc -eq 0 ]'
rc=$(ev dispute --id "$e4" --item '{"dimension":"attitude","proposed_level":5,"reason":"x"}' --as t_agent --at $TUE)
check "a third dispute in one month is refused (max_per_month 2)" '[ $rc -eq 1 ] && grep -q "raised 2 disputes this month" "$tmp/err"'

# --- level-1 decision
rc=$(ev decide --id "$e2" --outcome partly --reason "部分属实" --rescore attitude=4 --as t_lead2 --at $WED)
check "a lead of another team may not decide" '[ $rc -eq 1 ] && grep -q "only their team" "$tmp/err"'
rc=$(ev decide --id "$e2" --outcome partly --reason "x" --rescore attitude=4 --as t_agent --at $WED)
check "an agent may not decide" '[ $rc -eq 1 ] && grep -q "may not decide disputes" "$tmp/err"'
rc=$(ev decide --id "$e2" --outcome rejected --reason "x" --rescore attitude=4 --as t_lead --at $WED)
check "a rejection with a rescore is refused" '[ $rc -eq 1 ] && grep -q "leave out the rescore" "$tmp/err"'
rc=$(ev decide --id "$e2" --outcome partly --reason "x" --as t_lead --at $WED)
check "partly without a rescore is refused" '[ $rc -eq 1 ] && grep -q "needs the new levels" "$tmp/err"'
rc=$(ev decide --id "$e2" --outcome maybe --reason "x" --as t_lead --at $WED)
check "an unknown outcome is refused" '[ $rc -eq 1 ] && grep -q "accepted, partly or rejected" "$tmp/err"'
rc=$(ev decide --id "$e5" --outcome rejected --reason "x" --as t_lead --at $WED)
check "no dispute, nothing to decide" '[ $rc -eq 1 ] && grep -q "no dispute waiting" "$tmp/err"'
rc=$(ev decide --id "$e2" --outcome partly --reason "部分属实" \
    --rescore response=4,attitude=4,resolution=4,knowledge=4,satisfaction=4,records=4 --as t_lead --at $WED)
check "the lead decides in part: version 2 scores 80 (all 4s), version 1 kept with its score" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"status\"], d[\"version\"], d[\"score\"], d[\"grade_key\"], len(d[\"versions\"]), d[\"versions\"][0][\"version\"], d[\"versions\"][0][\"score\"] == $s2, d[\"outcome\"], d[\"deadline\"])")" = "('"'"'decided'"'"', '"'"'disputed'"'"', 2, 80, '"'"'good'"'"', 1, 1, True, '"'"'partly'"'"', '"'"'2030-03-13T16:00:00Z'"'"')" ]'
rc=$(ev decide --id "$e3" --outcome rejected --reason "录音显示语气生硬" --as t_lead --at $WED)
check "the lead rejects the other dispute: no new version" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"version\"], len(d[\"versions\"]), d[\"outcome\"])")" = "(1, 0, '"'"'rejected'"'"')" ]'
rc=$(ev accept --id "$e3" --as t_lead --at $WED)
check "a lead cannot close a decision while the agent may still escalate" '[ $rc -eq 1 ] && grep -q "may still escalate" "$tmp/err"'
rc=$(ev accept --id "$e3" --as t_agent --at $WED)
check "the agent accepts the rejection: final" '[ $rc -eq 0 ] && [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"status\"])")" = "('"'"'final'"'"', '"'"'final'"'"')" ]'
rc=$(ev escalate --id "$e3" --as t_agent --at $WED)
check "an accepted decision cannot be escalated" '[ $rc -eq 1 ] && grep -q "no level-1 decision to escalate" "$tmp/err"'

# --- escalation and the final decision
rc=$(ev escalate --id "$e2" --reason "仍不认可" --as t_other --at $WED)
check "another agent may not escalate" '[ $rc -eq 1 ] && grep -q "only their own disputes" "$tmp/err"'
rc=$(ev escalate --id "$e2" --reason "仍不认可" --as t_agent --at 2030-03-20T09:00:00+08:00)
check "after the window the escalation is refused and the decision stands" '[ $rc -eq 1 ] && grep -q "decision stands" "$tmp/err"'
rc=$(ev escalate --id "$e2" --reason "仍不认可" --as t_agent --at 2030-03-07T09:00:00+08:00)
check "the agent escalates: level 2, decide by Tuesday" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"level\"], d[\"deadline\"], d[\"dispute\"][\"escalation_reason\"])")" = "('"'"'escalated'"'"', 2, '"'"'2030-03-12T16:00:00Z'"'"', '"'"'仍不认可'"'"')" ]'
rc=$(ev decide --id "$e2" --outcome accepted --reason "x" --as t_lead --at 2030-03-08T09:00:00+08:00)
check "a lead may not take the final decision" '[ $rc -eq 1 ] && grep -q "may not take the final decision" "$tmp/err"'
rc=$(ev list --which disputes --as t_lead --at 2030-03-13T09:00:00+08:00)
check "the lead sees the open dispute, overdue past its deadline" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "[(r[\"evaluation\"], r[\"overdue\"]) for r in d[\"evaluations\"] if r[\"evaluation\"] in ($e1, $e2, $e3, $e4, $e5)]")" = "[($e2, True)]" ]'
rc=$(ev decide --id "$e2" --outcome accepted --reason "终审：同意申诉" --as t_boss --at 2030-03-11T09:00:00+08:00)
check "the QA manager accepts: the proposed levels (all 5s) make version 3 score 100; final" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"status\"], d[\"version\"], d[\"score\"], [v[\"score\"] for v in d[\"versions\"]][1:], [x[\"outcome\"] for x in d[\"dispute\"][\"decisions\"]])")" = "('"'"'final'"'"', '"'"'final'"'"', 3, 100, [80], ['"'"'partly'"'"', '"'"'accepted'"'"'])" ]'
rc=$(ev decide --id "$e2" --outcome rejected --reason "x" --as t_boss)
check "a closed dispute cannot be decided again" '[ $rc -eq 1 ] && grep -q "no dispute waiting" "$tmp/err"'

# --- lists, visibility, rates
rc=$(ev list --which pending --as t_lead --at 2030-03-12T09:00:00+08:00)
check "pending acknowledgements of the lead's team, overdue after the window" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "sorted((r[\"evaluation\"], r[\"overdue\"]) for r in d[\"evaluations\"] if r[\"agent\"] == \"$agent\")")" = "[($e4, True), ($e5, True)]" ]'
rc=$(ev list --as t_agent)
check "the agent lists their released evaluations only" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "all(r[\"agent\"] == \"$agent\" and r[\"state\"] for r in d[\"evaluations\"])")" = True ]'
rc=$(ev show --id "$e2" --as t_other)
check "another agent may not see it" '[ $rc -eq 1 ] && grep -q "may not see evaluation" "$tmp/err"'
rc=$(ev rates --as t_agent)
check "an agent may not see the rates" '[ $rc -eq 1 ] && grep -q "may not see dispute and overturn rates" "$tmp/err"'
ev rates --as t_boss >/dev/null
cp "$tmp/out.json" "$tmp/rates.json"
q evaluation list --as t_boss >"$tmp/now.json"
check "dispute rate = disputes / released, overturn rate = overturned / decided, per inspector" '[ "$(python3 - "$tmp/rates.json" "$tmp/now.json" "$tmp/rates_before.json" <<PY
import json, sys, collections
rates = {r["inspector"]: r for r in json.load(open(sys.argv[1]))["inspectors"]}
rows = [r for r in json.load(open(sys.argv[2]))["evaluations"] if r["state"]]
exp = collections.defaultdict(lambda: [0, 0, 0, 0])
for r in rows:
    e = exp[r["inspector"]]; e[0] += 1
    if r["level"]: e[1] += 1
    if r["outcome"]: e[2] += 1
    if r["outcome"] in ("accepted", "partly"): e[3] += 1
ok = set(rates) == set(exp)
for k, (rel, dis, dec, ov) in exp.items():
    r = rates[k]
    ok &= (r["released"], r["disputes"], r["decided"], r["overturned"]) == (rel, dis, dec, ov)
    ok &= r["dispute_rate"] == (100.0 * dis / rel if rel else None)
    ok &= r["overturn_rate"] == (100.0 * ov / dec if dec else None)
# Against the figures of the demo itself: e1-e5 released, e2 (accepted at level 2) and e3 (rejected) disputed and decided.
before = {r["inspector"]: r for r in json.load(open(sys.argv[3]))["inspectors"]}
delta = lambda k: sum(r[k] for r in rates.values()) - sum(r[k] for r in before.values())
ok &= (delta("released"), delta("disputes"), delta("decided"), delta("overturned")) == (5, 2, 2, 1)
print(ok)
PY
)" = True ]'
q kpi --agent "$agent" --bucket none --from 2029-01-01 --to 2030-12-31 --tz Asia/Shanghai >"$tmp/kpi.json"
check "the agent's QA score is the mean of the current (final) versions: the rollup followed the rescore" '[ "$(python3 -c "
import json, sys
rows = [r[\"score\"] for r in json.load(open(\"$tmp/now.json\"))[\"evaluations\"] if r[\"agent\"] == \"$agent\" and r[\"score\"] is not None]
k = json.load(open(\"$tmp/kpi.json\"))[\"buckets\"][0]
print(abs(k[\"qa_score\"] - sum(rows) / len(rows)) < 1e-6 and $s2 != 100)
")" = True ]'
# --- a level-1 decision nobody escalates is closed once the window has passed (5 working days, the weekend not
# counted): decided on Friday 8 March 17:00 Shanghai, the agent may escalate until the end of Friday 15 March.
rc=$(ev release --id "$o1" --as t_boss --at $MON)
rc2=$(ev dispute --id "$o1" --item '{"dimension":"attitude","proposed_level":5,"reason":"语气正常"}' --as t_other --at $TUE)
rc3=$(ev decide --id "$o1" --outcome rejected --reason "维持原判" --as t_lead2 --at 2030-03-08T17:00:00+08:00)
check "another team's dispute decided on a Friday: escalate by the end of the next Friday" '[ "$rc$rc2$rc3" = 000 ] &&
    [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"deadline\"])")" = "('"'"'decided'"'"', '"'"'2030-03-15T16:00:00Z'"'"')" ]'
rc=$(ev list --which disputes --as t_other --at 2030-03-15T23:59:59+08:00)
check "the last second of the window: still waiting for the agent, not overdue" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "[(r[\"state\"], r[\"overdue\"]) for r in d[\"evaluations\"] if r[\"evaluation\"] == $o1]")" = "[('"'"'decided'"'"', False)]" ]'
rc=$(ev show --id "$o1" --as t_lead2 --at 2030-03-16T00:00:01+08:00)
check "a second past: show closes it; the decision stands, the evaluation is final, closed when the window closed" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "(d[\"state\"], d[\"status\"], d[\"overdue\"], d[\"dispute\"][\"closed_at\"], [x[\"outcome\"] for x in d[\"dispute\"][\"decisions\"]])")" = "('"'"'final'"'"', '"'"'final'"'"', False, '"'"'2030-03-15T16:00:00Z'"'"', ['"'"'rejected'"'"'])" ]'
rc=$(ev escalate --id "$o1" --reason "仍不认可" --as t_other --at 2030-03-16T00:00:01+08:00)
check "escalating it now is refused, saying when the window closed" '[ $rc -eq 1 ] &&
    grep -q "window to escalate evaluation $o1 closed at 2030-03-16 00:00; the level-1 decision stands" "$tmp/err"'
rc=$(ev list --which disputes --as t_boss --at 2030-03-16T00:00:01+08:00)
check "it is in no one's open disputes any more" '[ $rc -eq 0 ] &&
    [ "$(json "$tmp/out.json" "[r for r in d[\"evaluations\"] if r[\"evaluation\"] == $o1]")" = "[]" ]'
if [ -z "${FEEDBACK_DB:-}" ]; then
    last_audit() { python3 -c "
import sqlite3; c = sqlite3.connect('$db')
print('|'.join(c.execute(\"SELECT actor, action, detail FROM audit_log WHERE entity = 'evaluation' AND entity_id = ? ORDER BY seq DESC LIMIT 1\", ($o1,)).fetchone()))"; }
else
    last_audit() { psql -d "$db" -qtAX -c "SELECT actor, action, detail FROM audit_log WHERE entity = 'evaluation' AND entity_id = $o1 ORDER BY seq DESC LIMIT 1"; }
fi
d1=$(q evaluation show --id "$o1" --as t_boss | python3 -c "import json,sys; print(json.load(sys.stdin)['dispute']['id'])")
check "the audit log says it closed by expiry, in the name of who closed it" \
    '[ "$(last_audit)" = "t_lead2|dispute-expire|{\"closed_by\":\"expiry\",\"dispute\":$d1,\"escalate_by\":\"2030-03-15T16:00:00Z\"}" ]'

q audit verify >"$tmp/audit.json"; rc=$?
check "the audit chain verifies after every step" '[ $rc -eq 0 ] && [ "$(json "$tmp/audit.json" "d[\"ok\"]")" = True ]'
if [ -z "${FEEDBACK_DB:-}" ]; then
    check "every step of e2 is in the audit log, in order, naming who" '[ "$(python3 -c "
import sqlite3; c = sqlite3.connect(\"$db\")
print(\",\".join(a + \" \" + b for a, b in c.execute(\"SELECT actor, action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq\", (\"evaluation\", $e2))))
")" = "t_boss feedback-release,t_agent dispute-raise,t_lead dispute-decide-1,t_agent dispute-escalate,t_boss dispute-decide-2" ]'
fi
exit $fail
