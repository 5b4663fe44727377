#!/usr/bin/env bash
# Contract test of `qadesk-cli score` (DESIGN §5). Usage: cli_score.sh PATH-TO-QADESK-CLI TESTS-DATA-DIR
set -u
CLI="$1"
DATA="${2:-$(dirname "$0")/data}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# expect_json "SCORE GRADE_KEY GRADE" ARGS...: exit 0 and exactly these values (null for JSON null).
expect_json() {
    local expected="$1"
    shift
    local out rc
    out="$("$CLI" score "$@" 2>"$WORK/stderr")"
    rc=$?
    if [ "$rc" -ne 0 ]; then
        fail "score $* exited $rc: $(cat "$WORK/stderr")"
        return
    fi
    if ! python3 - "$out" "$expected" <<'PY'; then
import json, sys
doc = json.loads(sys.argv[1])
score, key, grade = sys.argv[2].split(" ")
def same(value, text):
    if text == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return abs(value - float(text)) < 1e-9
    return value == text
ok = set(doc) == {"score", "score_exact", "grade", "grade_key"} \
    and same(doc["score"], score) and same(doc["grade_key"], key) and same(doc["grade"], grade)
# The official score is the exact one rounded half away from zero to two decimals (README).
from decimal import Decimal, ROUND_HALF_UP
if ok and doc["score"] is not None:
    official = float(Decimal(repr(doc["score_exact"])).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    ok = abs(official - doc["score"]) < 1e-9
ok = ok and ((doc["score"] is None) == (doc["score_exact"] is None))
# The score must be a JSON number (or null), never a string.
ok = ok and (doc["score"] is None or isinstance(doc["score"], (int, float)))
sys.exit(0 if ok else 1)
PY
        fail "score $*: expected '$expected', got: $out"
    fi
}

# expect_exit CODE FRAGMENT ARGS...: that exit code, nothing on stdout, FRAGMENT on stderr.
expect_exit() {
    local code="$1" fragment="$2"
    shift 2
    local out rc
    out="$("$CLI" score "$@" 2>"$WORK/stderr")"
    rc=$?
    if [ "$rc" -ne "$code" ]; then
        fail "score $* exited $rc, expected $code"
    fi
    if [ -n "$out" ]; then
        fail "score $* printed on stdout on failure: $out"
    fi
    if ! grep -qF -- "$fragment" "$WORK/stderr"; then
        fail "score $*: stderr lacks '$fragment': $(cat "$WORK/stderr")"
    fi
}

# The contract example, and the default weights 15/20/25/15/15/10.
expect_json "79 pass 合格" --scores 5,4,3,4,5,3
expect_json "79 pass 合格" --scores 5,4,3,4,5,3 --rubric default
expect_json "60 pass 合格" --scores 3,3,3,3,3,3
expect_json "80 good 良好" --scores 4,4,4,4,4,4
expect_json "100 excellent 优秀" --scores 5,5,5,5,5,5
expect_json "20 needs_improvement 需改进" --scores 1,1,1,1,1,1
expect_json "95 excellent 优秀" --scores " 5, 5, 4, 5, 5, 5"

# NA (any case) leaves a dimension out of numerator and denominator.
expect_json "100 excellent 优秀" --scores 5,NA,na,Na,nA,NA
expect_json "80 good 良好" --scores NA,4,4,4,4,4
# 15×3 + 20×5 = 145 / 175 → 82.857…: the official score is rounded half away from zero to 82.86
expect_json "82.86 good 良好" --scores 3,5,NA,NA,NA,NA
# 15×1 + 20×5 = 115 / 175 = 65.714285…: 65.71, and the exact value for scripts
expect_json "65.71 pass 合格" --scores 1,5,NA,NA,NA,NA
exact=$("$CLI" score --scores 1,5,NA,NA,NA,NA | python3 -c 'import json,sys; print(abs(json.load(sys.stdin)["score_exact"] - 100 * 115 / 175) < 1e-12)')
[ "$exact" = True ] || fail "score_exact of 1,5,NA,NA,NA,NA is not 65.714285…"
expect_json "null null null" --scores NA,NA,NA,NA,NA,NA
expect_json "null null null" --scores=na,na,na,na,na,na

# A failed critical item: 0 and the lowest grade, whatever the scores.
expect_json "0 needs_improvement 需改进" --scores 5,5,5,5,5,5 --critical-failed
expect_json "0 needs_improvement 需改进" --scores NA,NA,NA,NA,NA,NA --critical-failed

# A rubric file: weights 1, 2, 1.5 → 17.5 / 22.5 → 77.77…, officially 77.78
expect_json "77.78 ok 合格" --scores 5,4,3 --rubric "$DATA/rubrics/three_dimensions.json"
expect_json "100 ok 合格" --scores 5,NA,NA --rubric "$DATA/rubrics/three_dimensions.json"

# Usage errors: exit 2.
expect_exit 2 "expected 6 scores" --scores 5,4,3,4,5
expect_exit 2 "expected 6 scores" --scores 5,4,3,4,5,3,2
expect_exit 2 "expected 3 scores" --scores 5,4,3,4,5,3 --rubric "$DATA/rubrics/three_dimensions.json"
expect_exit 2 "'0'" --scores 0,4,3,4,5,3
expect_exit 2 "'6'" --scores 5,4,3,4,5,6
expect_exit 2 "'x'" --scores 5,4,3,4,5,x
expect_exit 2 "'4.5'" --scores 5,4.5,3,4,5,3
expect_exit 2 "not a score" --scores 5,,3,4,5,3
expect_exit 2 "not a score" --scores ""
expect_exit 2 "--scores"
expect_exit 2 "bogus" --scores 5,4,3,4,5,3 --bogus
expect_exit 2 "positional" --scores 5,4,3,4,5,3 extra

# A rejected rubric file: exit 1 with the validation message naming the file and the field.
expect_exit 1 'bad_weight.json: dimension "tone": the weight must be a number greater than 0' \
    --scores 5,4,3 --rubric "$DATA/rubrics/bad_weight.json"
expect_exit 1 "syntax_error.json: JSON syntax error at line 4" --scores 5,4,3 --rubric "$DATA/rubrics/syntax_error.json"
expect_exit 1 "Cannot read the rubric file" --scores 5,4,3 --rubric "$WORK/missing.json"

# No database is needed or touched, wherever --db points.
"$CLI" --db "$WORK/db/qadesk.sqlite" score --scores 5,4,3,4,5,3 >/dev/null 2>&1 || fail "score with an absent --db failed"
if [ -e "$WORK/db" ]; then
    fail "score created a database"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "cli_score: all checks passed"
