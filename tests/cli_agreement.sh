#!/usr/bin/env bash
# qadesk-cli agreement (DESIGN §5, issue 14): Krippendorff's published example at the four levels, the bootstrap
# interval, located errors for bad input, exit 1 when alpha is undefined.
set -u
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
# Krippendorff (2011): observers A–D × units 1–12; '.' and empty cells are missing; raters and units are text.
python3 - "$tmp/k.csv" <<'PY'
import sys
rows = ["1 2 3 3 2 1 4 1 2 . . .", "1 2 3 3 2 2 4 1 2 5 . 3", ". 3 3 3 2 3 4 2 2 5 1 .", "1 2 3 3 2 4 4 1 2 5 1 ."]
with open(sys.argv[1], "w") as f:
    f.write("unit,rater,value\n")
    for rater, row in zip("ABCD", rows):
        for unit, value in enumerate(row.split(), 1):
            f.write(f"u{unit},observer {rater},{'' if value == '.' else value}\n")
PY
for pair in nominal:0.743 ordinal:0.815 interval:0.849 ratio:0.797; do
    level=${pair%%:*} want=${pair#*:}
    "$cli" agreement --input "$tmp/k.csv" --level "$level" >"$tmp/out.json"; rc=$?
    check "published example, $level = $want" '[ $rc -eq 0 ] && [ "$(json "$tmp/out.json" "round(d[\"alpha\"], 3)")" = "$want" ] &&
        [ "$(json "$tmp/out.json" "(d[\"units\"], d[\"raters\"], d[\"values\"])")" = "(11, 4, 40)" ]'
done
"$cli" agreement --input "$tmp/k.csv" --level ordinal --bootstrap 1000 --seed 7 >"$tmp/b1.json"
"$cli" agreement --input "$tmp/k.csv" --level ordinal --bootstrap 1000 --seed 7 >"$tmp/b2.json"
check "bootstrap: an interval around alpha, the same for the same seed" 'cmp -s "$tmp/b1.json" "$tmp/b2.json" &&
    [ "$(json "$tmp/b1.json" "d[\"interval\"][0] < d[\"alpha\"] < d[\"interval\"][1] <= 1")" = True ]'

bad() { # name, CSV content, level, expected stderr fragment
    printf '%b' "$2" >"$tmp/bad.csv"
    out=$("$cli" agreement --input "$tmp/bad.csv" --level "$3" 2>"$tmp/err"); rc=$?
    want=$4
    check "$1: exit 1, located" '[ $rc -eq 1 ] && grep -qF -- "$want" "$tmp/err"'
}
bad "non-numeric value at the interval level" 'unit,rater,value\n1,a,3\n1,b,high\n' interval "bad.csv:3:5: error: value: expected a number at the interval level, got 'high'"
bad "a rater scoring a unit twice" 'unit,rater,value\n1,a,3\n2,a,4\n1,a,2\n' ordinal "bad.csv:4:3: error: rater 'a' scores unit '1' twice (lines 2 and 4)"
bad "no header" '1,a,3\n1,b,3\n' nominal "bad.csv:1:1: error: expected the header unit,rater,value"
bad "a missing field" 'unit,rater,value\n1,a\n' nominal "bad.csv:2:1: error: expected 3 fields"
bad "a negative value at the ratio level" 'unit,rater,value\n1,a,-3\n1,b,3\n' ratio "value: a ratio scale has no negative values"
bad "everyone agrees: undefined" 'unit,rater,value\n1,a,3\n1,b,3\n2,a,3\n2,b,3\n' ordinal "alpha is undefined: the pairable values do not vary"
bad "one value a unit: undefined" 'unit,rater,value\n1,a,3\n2,b,4\n' interval "alpha is undefined: fewer than 2 pairable values"
"$cli" agreement --input "$tmp/k.csv" --level fuzzy >/dev/null 2>&1; rc=$?
check "an unknown level is a usage error" '[ $rc -eq 2 ]'
exit $fail
