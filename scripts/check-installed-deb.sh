#!/usr/bin/env bash
# Installs a QA Desk DEB the way a user does (apt install ./qadesk_*.deb) and checks that what it installed
# works: qadesk-cli makes a demo database and a Chinese PDF report, qadesk starts and shows its window.
# .ci/run runs it as root in a brand-new Debian 12 root, so a missing Depends shows.
#   usage: scripts/check-installed-deb.sh PATH/qadesk_VERSION_ARCH.deb
set -euo pipefail
deb=$(realpath "$1")
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
check "qadesk-cli demo" \
    'qadesk-cli --db "$tmp/demo.sqlite" demo --seed 1 --interactions 2000 --evaluations 200 >"$tmp/demo.json" &&
     grep -q "\"interactions\": 2000" "$tmp/demo.json"'
check "qadesk-cli report --lang zh" \
    'qadesk-cli --db "$tmp/demo.sqlite" report --evaluation 1 --out "$tmp/sheet.pdf" --lang zh >"$tmp/report.json" &&
     head -c 5 "$tmp/sheet.pdf" | grep -q "%PDF-" && grep -q "\"pages\": 1" "$tmp/report.json"'
check "the Chinese PDF embeds Noto Sans CJK" 'grep -aq "NotoSansCJK" "$tmp/sheet.pdf"'
QT_QPA_PLATFORM=offscreen timeout 20 qadesk --db "$tmp/demo.sqlite" >"$tmp/app.log" 2>&1 &
app=$!
sleep 10
check "qadesk starts (offscreen) and is still running after 10 s" 'kill -0 $app 2>/dev/null'
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
[ $fail -eq 0 ] || cat "$tmp/app.log"
check "man qadesk-cli is installed" '[ -f /usr/share/man/man1/qadesk-cli.1.gz ]'
exit $fail
