#!/usr/bin/env bash
# qadesk-cli report / export contract (DESIGN §5, README): PDFs and CSV/XLSX files, {"files": [...]} JSON with
# counts, exit codes 0/1/2. Data from `qadesk-cli demo`; files checked with poppler, Python's csv and unzip.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
db="$tmp/demo.sqlite"
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$1" "$2"; }
sql() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$db" "$1"; }

"$cli" --db "$db" demo --seed 7 --interactions 3000 --evaluations 300 --end 2024-06-30 >/dev/null
check "demo database created" '[ -f "$db" ]'
id=$(sql "SELECT e.id FROM evaluations e JOIN interactions i ON i.id = e.interaction_id WHERE e.status = 'submitted' ORDER BY i.started_at DESC, e.id LIMIT 1")
ids=$(sql "SELECT group_concat(id) FROM (SELECT id FROM evaluations WHERE status <> 'draft' ORDER BY id LIMIT 3)")
agent=$(sql "SELECT a.code FROM evaluations e JOIN interactions i ON i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id WHERE e.status <> 'draft' ORDER BY i.started_at DESC LIMIT 1")
submitted=$(sql "SELECT COUNT(*) FROM evaluations WHERE status <> 'draft'")

# --- evaluation sheets
"$cli" --db "$db" report --evaluation "$id" --out "$tmp/sheet.pdf" --lang en >"$tmp/out.json"; rc=$?
check "report --evaluation exits 0" '[ $rc -eq 0 ]'
check "report prints the file it wrote" '[ "$(json "$tmp/out.json" "d[\"files\"][0]")" = "$tmp/sheet.pdf" ] && [ -s "$tmp/sheet.pdf" ]'
check "report prints pages and evaluations" '[ "$(json "$tmp/out.json" "d[\"pages\"]")" = 1 ] && [ "$(json "$tmp/out.json" "d[\"evaluations\"]")" = 1 ]'
check "one sheet is one A4 page" 'pdfinfo "$tmp/sheet.pdf" | grep -q "^Pages: *1$" && pdfinfo "$tmp/sheet.pdf" | grep -q "pts (A4)"'
pdftotext "$tmp/sheet.pdf" "$tmp/sheet.txt"
score=$(sql "SELECT printf('%.1f', score) FROM evaluations WHERE id = $id")
check "sheet names every dimension" 'for d in "Response speed" "Service attitude" "Problem solving" "Product knowledge" "Customer satisfaction" "Record keeping"; do tr -s " \n" "  " <"$tmp/sheet.txt" | grep -q "$d" || exit 1; done'
check "sheet shows the score ($score)" 'grep -q "$score" "$tmp/sheet.txt"'
check "sheet has signature lines" 'grep -q "Team lead" "$tmp/sheet.txt" && grep -q "Signature" "$tmp/sheet.txt"'
check "Chinese font is embedded" 'pdffonts "$tmp/sheet.pdf" | grep -i "cjk" | grep -q " yes "'

"$cli" --db "$db" report --evaluation "$ids" --evaluation "$id" --out "$tmp/batch.pdf" --lang zh >"$tmp/out.json"; rc=$?
check "batch of four exits 0" '[ $rc -eq 0 ]'
check "batch has one page per sheet" 'pdfinfo "$tmp/batch.pdf" | grep -q "^Pages: *4$" && [ "$(json "$tmp/out.json" "d[\"pages\"]")" = 4 ]'
check "Chinese sheet text is searchable" 'pdftotext "$tmp/batch.pdf" - | grep -q "客户满意度"'

"$cli" --db "$db" report --evaluation 999999 --out "$tmp/none.pdf" >/dev/null 2>"$tmp/err"; rc=$?
check "unknown evaluation is rejected (1)" '[ $rc -eq 1 ] && grep -q "999999" "$tmp/err"'
check "no file is left for a rejected report" '[ ! -e "$tmp/none.pdf" ]'

# --- agent monthly report
"$cli" --db "$db" report --agent "$agent" --month 2024-06 --out "$tmp/agent.pdf" --tz Asia/Shanghai --lang en >"$tmp/out.json"; rc=$?
check "report --agent exits 0" '[ $rc -eq 0 ]'
check "agent report has two pages" 'pdfinfo "$tmp/agent.pdf" | grep -q "^Pages: *2$"'
check "agent report JSON has counts" '[ "$(json "$tmp/out.json" "d[\"agent\"]")" = "$agent" ] && [ "$(json "$tmp/out.json" "d[\"month\"]")" = 2024-06 ] && [ "$(json "$tmp/out.json" "d[\"interactions\"]")" -gt 0 ]'
check "agent report shows KPIs and dimensions" 'pdftotext "$tmp/agent.pdf" - | tr -s " \n" "  " | grep -q "CSAT %" && pdftotext "$tmp/agent.pdf" - | grep -q "Strengths and weaknesses"'
"$cli" --db "$db" report --agent NOBODY --month 2024-06 --out "$tmp/x.pdf" >/dev/null 2>&1; rc=$?
check "unknown agent is rejected (1)" '[ $rc -eq 1 ]'

# --- report usage errors
"$cli" --db "$db" report --evaluation "$id" >/dev/null 2>&1; rc=$?
check "report without --out is a usage error (2)" '[ $rc -eq 2 ]'
"$cli" --db "$db" report --evaluation "$id" --agent "$agent" --month 2024-06 --out "$tmp/x.pdf" >/dev/null 2>&1; rc=$?
check "--evaluation with --agent is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" report --agent "$agent" --out "$tmp/x.pdf" >/dev/null 2>&1; rc=$?
check "--agent without --month is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" report --agent "$agent" --month 2024-13 --out "$tmp/x.pdf" >/dev/null 2>&1; rc=$?
check "impossible month is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" report --evaluation abc --out "$tmp/x.pdf" >/dev/null 2>&1; rc=$?
check "non-numeric evaluation id is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" report --evaluation "$id" --lang fr --out "$tmp/x.pdf" >/dev/null 2>&1; rc=$?
check "unknown --lang is a usage error" '[ $rc -eq 2 ]'

# --- exports
"$cli" --db "$db" export --what evaluations --format csv --out "$tmp/ev.csv" --tz Asia/Shanghai >"$tmp/out.json"; rc=$?
check "export evaluations csv exits 0" '[ $rc -eq 0 ]'
check "export prints file and rows" '[ "$(json "$tmp/out.json" "d[\"files\"][0]")" = "$tmp/ev.csv" ] && [ "$(json "$tmp/out.json" "d[\"rows\"]")" = "$submitted" ]'
check "CSV starts with a UTF-8 BOM" '[ "$(head -c 3 "$tmp/ev.csv" | od -An -tx1 | tr -d " ")" = "efbbbf" ]'
check "CSV parses back: header + one row per submitted evaluation, rectangular" 'python3 -c "
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding=\"utf-8-sig\", newline=\"\"), strict=True))
assert rows[0][0] == \"Evaluation\", rows[0]
assert len(rows) == 1 + int(sys.argv[2]), len(rows)
assert all(len(r) == len(rows[0]) for r in rows)
" "$tmp/ev.csv" "$submitted"'

"$cli" --db "$db" export --what evaluations --out "$tmp/ev.xlsx" >"$tmp/out.json"; rc=$?
check "export evaluations xlsx (format from the suffix) exits 0" '[ $rc -eq 0 ] && [ "$(json "$tmp/out.json" "d[\"format\"]")" = xlsx ]'
check "XLSX sheet has header + rows, numeric ids, frozen header" 'unzip -p "$tmp/ev.xlsx" xl/worksheets/sheet1.xml | python3 -c "
import re, sys
x = sys.stdin.read()
rows = re.findall(r\"<row \", x)
assert len(rows) == 1 + int(sys.argv[1]), len(rows)
assert re.search(r\"<c r=\\\"A2\\\"[^>]*><v>\\d+</v>\", x), \"A2 is not a number\"
assert \"state=\\\"frozen\\\"\" in x
" "$submitted"'

agentRows=$(sql "SELECT COUNT(*) FROM evaluations e JOIN interactions i ON i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id WHERE e.status <> 'draft' AND a.code = '$agent'")
"$cli" --db "$db" export --what evaluations --agent "$agent" --out "$tmp/agent.csv" >"$tmp/out.json"; rc=$?
check "export honours --agent ($agentRows rows)" '[ $rc -eq 0 ] && [ "$(json "$tmp/out.json" "d[\"rows\"]")" = "$agentRows" ]'

"$cli" --db "$db" kpi --bucket month --tz Asia/Shanghai >"$tmp/kpi.json"
"$cli" --db "$db" export --what kpi --bucket month --tz Asia/Shanghai --format xlsx --out "$tmp/kpi.xlsx" >"$tmp/out.json"; rc=$?
check "export kpi exits 0 with the kpi command's buckets" '[ $rc -eq 0 ] && [ "$(json "$tmp/out.json" "d[\"rows\"]")" = "$(json "$tmp/kpi.json" "len(d[\"buckets\"])")" ]'
"$cli" --db "$db" export --what kpi --bucket month --tz Asia/Shanghai --format csv --out "$tmp/kpi.csv" >/dev/null
check "KPI CSV holds the kpi command's figures" 'python3 -c "
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], encoding=\"utf-8-sig\", newline=\"\")))
buckets = json.load(open(sys.argv[2]))[\"buckets\"]
assert len(rows) == 1 + len(buckets)
for row, b in zip(rows[1:], buckets):
    assert row[0] == b[\"start\"] and int(row[1]) == b[\"interactions\"], (row, b)
    assert b[\"csat\"] is None and row[2] == \"\" or abs(float(row[2]) - b[\"csat\"]) < 0.006, (row[2], b[\"csat\"])
    assert int(row[-1]) == b[\"evaluations\"]
" "$tmp/kpi.csv" "$tmp/kpi.json"'

# --- export usage errors and rejections
"$cli" --db "$db" export --what kpi --out "$tmp/kpi.txt" >/dev/null 2>&1; rc=$?
check "export without a format it can tell is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" export --what agents --format csv --out "$tmp/x.csv" >/dev/null 2>&1; rc=$?
check "unknown --what is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" export --what kpi --format ods --out "$tmp/x.ods" >/dev/null 2>&1; rc=$?
check "unknown --format is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" export --what evaluations --bucket week --format csv --out "$tmp/x.csv" >/dev/null 2>&1; rc=$?
check "--bucket with evaluations is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" export --what kpi --format csv --from 2024-02-30 --out "$tmp/x.csv" >/dev/null 2>&1; rc=$?
check "an impossible --from is a usage error" '[ $rc -eq 2 ]'
"$cli" --db "$db" export --what kpi --format csv --out "$tmp/no/such/dir/x.csv" >/dev/null 2>"$tmp/err"; rc=$?
check "an unwritable file is rejected (1) with its name" '[ $rc -eq 1 ] && grep -q "x.csv" "$tmp/err"'
# --lang decides every word of a document, whatever the system language; diagnostics follow the system's (issue 16).
LANG=C.UTF-8 LC_ALL=C.UTF-8 "$cli" --db "$db" report --evaluation "$id" --out "$tmp/zh.pdf" --lang zh >/dev/null
pdftotext "$tmp/zh.pdf" "$tmp/zh.txt"
check "report --lang zh: title, labels and status in Chinese" 'grep -q "客服质检评分表" "$tmp/zh.txt" && grep -q "状态：" "$tmp/zh.txt" && grep -q "会话" "$tmp/zh.txt"'
check "report --lang zh: no English label left" '! grep -E -q "Customer-service quality evaluation sheet|Status:|Interaction|Agent|Signature|Team lead" "$tmp/zh.txt"'
LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 "$cli" --db "$db" report --evaluation "$id" --out "$tmp/zh-sys.pdf" >/dev/null 2>&1
check "report follows a Chinese system language without --lang" 'pdftotext "$tmp/zh-sys.pdf" - | grep -q "客服质检评分表"'
LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 "$cli" --db "$db" report --evaluation "$id" --out "$tmp/en-sys.pdf" --lang en >/dev/null 2>&1
check "--lang en under a Chinese system: English words only" 'pdftotext "$tmp/en-sys.pdf" - | grep -q "Customer-service quality evaluation sheet" && ! pdftotext "$tmp/en-sys.pdf" - | grep -q "状态"'
LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 "$cli" --db "$db" report --evaluation 999999 --out "$tmp/none.pdf" >/dev/null 2>"$tmp/err"
check "diagnostics in the system language (Chinese)" 'grep -q "999999" "$tmp/err" && grep -q "不存在" "$tmp/err"'
LC_ALL=C.UTF-8 LANG=C.UTF-8 "$cli" --db "$db" export --what evaluations --format csv --out "$tmp/zh.csv" --lang zh >/dev/null
check "export --lang zh: Chinese column titles" 'head -1 "$tmp/zh.csv" | grep -q "质检单" && ! head -1 "$tmp/zh.csv" | grep -q "Interaction"'
exit $fail
