#!/usr/bin/env bash
# Takes the workspace screenshot for the README: a realistic Chinese database from the workspace
# benchmark's generator (with an evaluation in progress), QA Desk under Xvfb with private settings.
#   usage: scripts/screenshot-workspace.sh [OUT.png] [en|zh_CN]      (after scripts/build.sh)
# Needs xvfb and imagemagick (import).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots/workspace.png}
language=${2:-en}
work=$(mktemp -d)
display=""
cleanup() {
    [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
build/benchmarks/bench_gui_workspace --db "$work/demo.sqlite" --interactions 30000 --transcripts 6000 \
    --evaluations 800 --generate-only >/dev/null
draft=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    \"SELECT value FROM meta WHERE key = 'bench_draft_interaction'\").fetchone()[0])" "$work/demo.sqlite")
mkdir -p "$work/config/qadesk.github.io"
printf '[inspector]\nname=质检员甲\nprofileChosen=true\n\n[ui]\nlanguage=%s\n\n[workspace]\nlastInteraction=%s\n' "$language" "$draft" \
    >"$work/config/qadesk.github.io/qadesk.conf"
for d in $(seq 90 130); do [ -e "/tmp/.X$d-lock" ] || { display=":$d"; break; }; done
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY="$display" XDG_CONFIG_HOME="$work/config" build/app/qadesk/qadesk --db "$work/demo.sqlite" &
app=$!
sleep 6
mkdir -p "$(dirname "$out")"
DISPLAY="$display" import -window root "$out"
echo "$out"
