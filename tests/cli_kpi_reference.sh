#!/usr/bin/env bash
# qadesk-cli kpi against an independent Python implementation of DESIGN §3, on imported random data whose
# timestamps carry different UTC offsets, for every bucket kind, several zones and filters. The rollups are keyed
# in UTC and every zone reads them plus signed raw edges (issue 15): half-hour (Kolkata), 45-minute (Kathmandu),
# 30-minute DST (Lord Howe) and DST zones (New York, London, Berlin), at the hourly totals and at the daily team
# and agent rows. The organisation's zone is Asia/Shanghai: kpi without --tz counts its days.
set -u
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
python3 "$here/kpi_reference.py" generate 2024 1500 "$tmp/data.jsonl"
"$cli" --db "$tmp/k.sqlite" init --tz Asia/Shanghai >/dev/null || { echo "FAIL - init"; exit 1; }
"$cli" --db "$tmp/k.sqlite" import "$tmp/data.jsonl" >/dev/null 2>"$tmp/err" || { echo "FAIL - import"; cat "$tmp/err"; exit 1; }
run() {
    "$cli" --db "$tmp/k.sqlite" kpi "$@" >"$tmp/actual.json" 2>"$tmp/err" || { echo "FAIL - kpi $*"; cat "$tmp/err"; fail=1; return; }
    python3 "$here/kpi_reference.py" expect "$tmp/data.jsonl" "$@" >"$tmp/expected.json"
    if python3 "$here/kpi_reference.py" compare "$tmp/expected.json" "$tmp/actual.json" 2>"$tmp/diff"; then
        echo "ok - kpi $*"
    else
        echo "FAIL - kpi $*"; tail -2 "$tmp/diff"; fail=1
    fi
}
for tz in UTC Asia/Shanghai America/New_York Asia/Kolkata Asia/Kathmandu Europe/Berlin Europe/London Australia/Lord_Howe; do
    for bucket in none day week month; do
        run --bucket $bucket --tz $tz
    done
    run --bucket week --tz $tz --from 2024-03-01 --to 2024-10-31
done
run --bucket month --tz Asia/Shanghai --team 售后一组
run --bucket week --tz Asia/Shanghai --agent A3 --channel chat
run --bucket none --tz America/New_York --category complaint --from 2024-11-03 --to 2024-11-03
run --bucket day --tz Europe/Berlin --from 2024-03-30 --to 2024-04-01 --channel phone
run --bucket none --tz UTC --team "No such team"
for tz in Asia/Kathmandu America/New_York Europe/London Asia/Kolkata; do
    run --bucket week --tz $tz --team 售后一组
    run --bucket month --tz $tz --agent A3
    run --bucket day --tz $tz --team 售后一组 --channel phone --from 2024-03-08 --to 2024-04-02
    run --bucket none --tz $tz --category complaint --from 2024-10-26 --to 2024-11-04
done
# Without --tz: the organisation's zone.
"$cli" --db "$tmp/k.sqlite" kpi --bucket week >"$tmp/actual.json" 2>"$tmp/err"
python3 "$here/kpi_reference.py" expect "$tmp/data.jsonl" --bucket week --tz Asia/Shanghai >"$tmp/expected.json"
if python3 "$here/kpi_reference.py" compare "$tmp/expected.json" "$tmp/actual.json" 2>"$tmp/diff"; then
    echo "ok - kpi --bucket week (organisation's zone)"
else
    echo "FAIL - kpi --bucket week (organisation's zone)"; tail -2 "$tmp/diff"; fail=1
fi
exit $fail
