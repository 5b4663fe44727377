#!/usr/bin/env bash
# Quick start 1: install what is needed, build, create a demo database on first run, start QA Desk on it.
#   scripts/demo.sh [--smoke] [APP OPTIONS...]
# --smoke (CI): start QA Desk on the demo database in a private Xvfb display, wait for its main window, save a
# screenshot (build/smoke/qadesk.png, or $QADESK_SMOKE_SCREENSHOT) and exit 0; non-zero if the window never
# appears, the app dies or the screenshot is blank.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
if [ "${1:-}" = "--smoke" ]; then
    smoke=1
    shift
fi
scripts/install-deps.sh
scripts/build.sh
db="${QADESK_DB:-$HOME/.local/share/qadesk/demo.sqlite}"
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    echo "Creating the demo database $db ..."
    build/app/cli/qadesk-cli --db "$db" demo --seed 1 --interactions 50000 --transcripts 5000 --evaluations 3000 >/dev/null
fi
if [ "$smoke" -eq 1 ]; then
    out="${QADESK_SMOKE_SCREENSHOT:-build/smoke/qadesk.png}"
    mkdir -p "$(dirname "$out")"
    rm -f "$out"
    work=$(mktemp -d)
    cleanup() {
        [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
        [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
        rm -rf "$work"
    }
    trap cleanup EXIT
    display=""
    for d in $(seq 90 130); do [ -e "/tmp/.X$d-lock" ] || { display=":$d"; break; }; done
    [ -n "$display" ] || { echo "smoke: no free X display number" >&2; exit 1; }
    Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY="$display"
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
    # Private settings: the smoke run neither reads nor changes the user's own.
    XDG_CONFIG_HOME="$work/config" build/app/qadesk/qadesk --db "$db" "$@" &
    app=$!
    started=$(date +%s)
    if ! window=$(timeout 120 xdotool search --sync --onlyvisible --name '^QA Desk' | head -1) || [ -z "$window" ]; then
        echo "smoke: QA Desk's main window did not appear within 120 s" >&2
        exit 1
    fi
    sleep 3 # let the first page finish painting
    kill -0 "$app" 2>/dev/null || { echo "smoke: QA Desk exited after showing its window" >&2; exit 1; }
    import -window root "$out"
    colours=$(identify -format '%k' "$out")
    [ "$colours" -gt 16 ] || { echo "smoke: the screenshot $out is blank ($colours colours)" >&2; exit 1; }
    echo "smoke: main window \"$(xdotool getwindowname "$window")\" after $(($(date +%s) - started)) s; screenshot $out ($colours colours)"
    exit 0
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found; starting QA Desk in a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a build/app/qadesk/qadesk --db "$db" "$@"
fi
exec build/app/qadesk/qadesk --db "$db" "$@"
