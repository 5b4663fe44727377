#!/usr/bin/env bash
# qadesk-cli calibration (issue 14): a session created, scored blind by two graders and an expert, its results with
# hand-computed alphas, the blind rule, refusals, and the KPIs left as they were.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
db=${CALIBRATION_DB:-$tmp/c.sqlite} # cli_calibration_postgres.sh runs the same on PostgreSQL
q() { "$cli" --db "$db" "$@"; }
q init >/dev/null
# Who runs calibration is a QA manager (Permissions.h); an inspector who does not take part sees nothing of it.
q admin user add cal_mgr --name 经理 --role qa_manager >/dev/null
q admin user add cal_insp --name 质检员丁 --role inspector >/dev/null
for i in 1 2 3; do
    echo "{\"external_id\": \"CAL-$i\", \"started_at\": \"2024-03-0${i}T09:00:00+08:00\", \"agent\": {\"id\": \"A0$i\", \"name\": \"坐席$i\"}, \"survey\": {\"csat\": $((i + 2))}}"
done >"$tmp/i.jsonl"
q import "$tmp/i.jsonl" >/dev/null
q kpi --bucket none --tz UTC >"$tmp/kpi_before.json"

q calibration create --name "三月校准" --interactions CAL-1,CAL-2,CAL-3 --participants 甲,乙,专家 --expert 专家 \
    --deadline 2024-03-31 --as cal_mgr >"$tmp/create.json"; rc=$?
check "create prints the session" '[ $rc -eq 0 ] && [ "$(json "$tmp/create.json" "(d[\"session\"], d[\"state\"], d[\"expert\"], d[\"interactions\"], d[\"deadline\"], d[\"blind_until_closed\"])")" = "(1, '"'"'open'"'"', '"'"'专家'"'"', ['"'"'CAL-1'"'"', '"'"'CAL-2'"'"', '"'"'CAL-3'"'"'], '"'"'2024-03-31'"'"', True)" ]'
check "the session is the manager's" '[ "$(json "$tmp/create.json" "d[\"created_by\"]")" = cal_mgr ]'
q calibration create --name x --interactions CAL-1 --participants 甲 --as cal_insp >/dev/null 2>"$tmp/err"; rc=$?
check "an inspector may not create a session" '[ $rc -eq 1 ] && grep -q "run by a QA manager or an administrator" "$tmp/err"'
q calibration create --name x --interactions CAL-1 --participants 甲 --as 甲 >/dev/null 2>"$tmp/err"; rc=$?
check "nor a login not in the people list" '[ $rc -eq 1 ] && grep -q "run by a QA manager or an administrator" "$tmp/err"'
q calibration create --name x --interactions CAL-1 --participants 甲 >/dev/null 2>"$tmp/err"; rc=$?
check "create without --as is a usage error" '[ $rc -eq 2 ] && grep -q "needs --as LOGIN" "$tmp/err"'

yes6=yes,yes,yes,yes,yes,yes
# 甲: 3s, 4s, 2s; 乙: 3s, 5s, 2s; 专家: 3s, 5s, 3s (every dimension at one level: scores 20 × level).
s() { q calibration score --id 1 --interaction "$1" --participant "$2" --scores "$3,$3,$3,$3,$3,$3" --checklist "$yes6"; }
s CAL-1 甲 3 >"$tmp/s.json"; rc=$?
check "a score prints score and grade" '[ $rc -eq 0 ] && [ "$(json "$tmp/s.json" "(d[\"score\"], d[\"grade_key\"])")" = "(60, '"'"'pass'"'"')" ]'
s CAL-2 甲 4 >/dev/null; s CAL-3 甲 2 >/dev/null
s CAL-1 乙 3 >/dev/null; s CAL-2 乙 5 >/dev/null; s CAL-3 乙 2 >/dev/null
s CAL-1 专家 3 >/dev/null; s CAL-2 专家 5 >/dev/null

q calibration results --id 1 --json --as 甲 >/dev/null 2>"$tmp/err"; rc=$?
check "blind until closed: a participant may not see the results yet" '[ $rc -eq 1 ] && grep -q "may not see the results" "$tmp/err"'
q calibration results --id 1 --bootstrap 0 --as cal_mgr >"$tmp/mgr.json"; rc=$?
check "the QA manager, not taking part, sees the results of the open blind session" '[ $rc -eq 0 ] && [ "$(json "$tmp/mgr.json" "(d[\"state\"], d[\"scores_submitted\"])")" = "('"'"'open'"'"', 8)" ]'
q calibration results --id 1 --bootstrap 0 --as cal_insp >/dev/null 2>"$tmp/err"; rc=$?
check "an inspector not taking part does not" '[ $rc -eq 1 ] && grep -q "only its participants and a QA manager" "$tmp/err"'
q calibration close --id 1 --as cal_insp >/dev/null 2>"$tmp/err"; rc=$?
check "an inspector may not close it" '[ $rc -eq 1 ] && grep -q "run by a QA manager" "$tmp/err" && [ "$(q calibration show --id 1 | python3 -c "import json,sys; print(json.load(sys.stdin)[\"state\"])")" = open ]'
q calibration add --id 1 --participants 丙 --as cal_insp >/dev/null 2>"$tmp/err"; rc=$?
check "nor add participants" '[ $rc -eq 1 ] && [ "$(q calibration show --id 1 | python3 -c "import json,sys; print(len(json.load(sys.stdin)[\"participants\"]))")" = 3 ]'
s CAL-1 甲 5 >/dev/null 2>"$tmp/err"; rc=$?
check "a submitted score is final" '[ $rc -eq 1 ] && grep -q "already submitted" "$tmp/err"'
s CAL-1 丙 5 >/dev/null 2>"$tmp/err"; rc=$?
check "a non-participant is refused" '[ $rc -eq 1 ] && grep -q "does not take part" "$tmp/err"'
q calibration score --id 1 --interaction CAL-3 --participant 专家 --scores 3,3,3 >/dev/null 2>"$tmp/err"; rc=$?
check "too few dimension scores are refused" '[ $rc -eq 1 ] && grep -q "Expected 6 dimension scores" "$tmp/err"'

q calibration results --id 1 --json --bootstrap 500 --seed 3 >"$tmp/r1.json"; rc=$?
q calibration results --id 1 --json --bootstrap 500 --seed 3 >"$tmp/r2.json"
check "results: exit 0, reproducible for a seed" '[ $rc -eq 0 ] && cmp -s "$tmp/r1.json" "$tmp/r2.json"'
# response levels: CAL-1 3,3,3; CAL-2 4,5,5; CAL-3 2,2 (the expert has not scored it). n = 8, counts 2:2 3:3 4:1 5:2.
# Ordinal δ² = (n_c + … + n_k − (n_c + n_k)/2)²: (2,3) 2.5², (2,4) 4.5², (2,5) 6², (3,4) 2², (3,5) 3.5², (4,5) 1.5².
# Observed: CAL-2 gives o45 = o54 = 2/(3−1) = 1 → D_o = (1/8)(2 × 2.25) = 0.5625. Expected: Σ_{c≠k} n_c n_k δ² =
# 2 × (6×6.25 + 2×20.25 + 4×36 + 3×4 + 6×12.25 + 2×2.25) = 2 × 312 = 624 → D_e = 624/56; alpha = 1 − 0.5625 × 56/624
# = 0.949519.
check "response: ordinal alpha by hand, n" '[ "$(json "$tmp/r1.json" "[(round(r[\"alpha\"], 6), r[\"units\"], r[\"values\"], r[\"raters\"], r[\"level\"], r[\"reading\"]) for r in d[\"agreement\"] if r[\"key\"] == \"dimension:response\"][0]")" = "(0.949519, 3, 8, 3, '"'"'ordinal'"'"', '"'"'reliable'"'"')" ]'
# Scores 60,60,60 / 80,100,100 / 40,40 at the interval level: D_o = (1/8) × (2 × (400 + 400 + 0)) / (3 − 1) = 100;
# D_e = Σ_{i≠j}(v_i − v_j)² / (8 × 7) with Σ_{i<j} = 8 × Σ(v − 67.5)² = 8 × 3950 = 31600 → D_e = 63200/56;
# alpha = 1 − 100 × 56/63200 = 0.911392.
check "score: interval alpha by hand" '[ "$(json "$tmp/r1.json" "[round(r[\"alpha\"], 6) for r in d[\"agreement\"] if r[\"key\"] == \"score\"][0]")" = "0.911392" ]'
check "an interval per alpha, inside [-1, 1]" '[ "$(json "$tmp/r1.json" "all(r[\"interval\"] is None or (-1 <= r[\"interval\"][0] <= r[\"interval\"][1] <= 1) for r in d[\"agreement\"]) and all(r[\"interval\"] is not None for r in d[\"agreement\"] if r[\"alpha\"] is not None)")" = True ]'
check "no variation: alpha undefined with a reason" '[ "$(json "$tmp/r1.json" "[(r[\"alpha\"], r[\"reading\"], \"do not vary\" in r[\"undefined_reason\"]) for r in d[\"agreement\"] if r[\"key\"] == \"checklist:greeting\"][0]")" = "(None, '"'"'undefined'"'"', True)" ]'
# Against the expert (CAL-1, CAL-2): 甲 |3−3|, |4−5|; 乙 0, 0 → MAD 1/4 level, alignment 1 − 0.25/4 = 93.75 %.
check "deviation from the expert and alignment %" '[ "$(json "$tmp/r1.json" "[(r[\"expert_pairs\"], r[\"mean_abs_deviation\"], r[\"alignment\"]) for r in d[\"agreement\"] if r[\"key\"] == \"dimension:response\"][0]")" = "(4, 0.25, 93.75)" ]'
# 甲's deviation from the others' mean: CAL-1 0, CAL-2 80 − 100 = −20, CAL-3 40 − 40 = 0 → −6.666667 over n = 3.
check "leniency of a grader" '[ "$(json "$tmp/r1.json" "[(round(g[\"leniency\"], 6), g[\"n\"], g[\"expert_n\"], round(g[\"expert_deviation\"], 6)) for g in d[\"graders\"] if g[\"grader\"] == \"甲\"][0]")" = "(-6.666667, 3, 2, -10)" ]'
check "heat map: interactions × graders, a missing score is null" '[ "$(json "$tmp/r1.json" "(d[\"heat_map\"][\"interactions\"], d[\"heat_map\"][\"scores\"][2], d[\"heat_map\"][\"deviations\"][1])")" = "(['"'"'CAL-1'"'"', '"'"'CAL-2'"'"', '"'"'CAL-3'"'"'], [40, 40, None], [-20, 10, 10])" ]'
check "progress: 8 of 9 scores" '[ "$(json "$tmp/r1.json" "(d[\"scores_submitted\"], d[\"scores_expected\"])")" = "(8, 9)" ]'

q calibration results --id 1 --bootstrap 0 --lang en --pdf "$tmp/r.pdf" --export "$tmp/r.csv" >"$tmp/r3.json"; rc=$?
check "results to PDF and CSV" '[ $rc -eq 0 ] && [ "$(head -c 5 "$tmp/r.pdf")" = "%PDF-" ] && [ "$(json "$tmp/r3.json" "d[\"pdf\"][\"pages\"] >= 1")" = True ] &&
    grep -q "^Weighted score,score,interval,0.911" "$tmp/r.csv" && tr -d "\r" <"$tmp/r-graders.csv" | grep -qx "CAL-3,40.00,40.00,"'
check "without --bootstrap intervals: none" '[ "$(json "$tmp/r3.json" "all(r[\"interval\"] is None for r in d[\"agreement\"])")" = True ]'
q calibration close --id 1 --by cal_mgr >"$tmp/close.json"; rc=$?
check "close (--by: the older name of --as)" '[ $rc -eq 0 ] && [ "$(json "$tmp/close.json" "d[\"state\"]")" = closed ]'
q calibration results --id 1 --as 甲 >/dev/null; rc=$?
check "closed: participants see the results" '[ $rc -eq 0 ]'
q calibration results --id 1 --as cal_insp >/dev/null 2>&1; rc=$?
check "closed: an inspector not taking part still does not" '[ $rc -eq 1 ]'
s CAL-3 专家 3 >/dev/null 2>"$tmp/err"; rc=$?
check "closed: no more scores" '[ $rc -eq 1 ] && grep -q "is closed" "$tmp/err"'

q kpi --bucket none --tz UTC >"$tmp/kpi_after.json"
check "calibration scores never enter the KPIs" 'cmp -s "$tmp/kpi_before.json" "$tmp/kpi_after.json" && [ "$(json "$tmp/kpi_after.json" "d[\"buckets\"][0][\"evaluations\"]")" = 0 ]'

q calibration create --name x --interactions CAL-9 --participants 甲 --as cal_mgr >/dev/null 2>"$tmp/err"; rc=$?
check "an unknown interaction is refused" '[ $rc -eq 1 ] && grep -q "CAL-9" "$tmp/err"'
q calibration create --name x --interactions CAL-1 --participants 甲 --expert 丁 --as cal_mgr >/dev/null 2>"$tmp/err"; rc=$?
check "the expert must take part" '[ $rc -eq 1 ] && grep -q "expert must be one of the participants" "$tmp/err"'
q calibration results >/dev/null 2>&1; rc=$?
check "results without --id is a usage error" '[ $rc -eq 2 ]'
q calibration fly >/dev/null 2>&1; rc=$?
check "an unknown subcommand is a usage error" '[ $rc -eq 2 ]'
q calibration reliability --tz UTC >"$tmp/rel.json"; rc=$?
check "reliability without double-scored plans: no pairs, alpha undefined" '[ $rc -eq 0 ] && [ "$(json "$tmp/rel.json" "(d[\"months\"], d[\"overall\"][\"pairs\"], d[\"overall\"][\"score\"][\"alpha\"], d[\"pending\"], d[\"drift\"])")" = "([], 0, None, 0, [])" ]'
q calibration reliability --tz Mars/Olympus >/dev/null 2>&1; rc=$?
check "reliability: an unknown zone is a usage error" '[ $rc -eq 2 ]'
q calibration list >"$tmp/list.json"
check "list" '[ "$(json "$tmp/list.json" "[(s[\"session\"], s[\"state\"], s[\"scores_submitted\"]) for s in d[\"sessions\"]]")" = "[(1, '"'"'closed'"'"', 8)]" ]'
q calibration --help >"$tmp/help.txt" 2>&1; rc=$?
check "calibration --help lists the subcommands and exits 0" '[ $rc -eq 0 ] && grep -q "create|add|score|close" "$tmp/help.txt"'
q calibration >/dev/null 2>&1; rc=$?
check "calibration without a subcommand is a usage error" '[ $rc -eq 2 ]'
exit $fail
