#!/usr/bin/env bash
# Quick start 1: install what is needed, build, create a demo database on first run, start QA Desk on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db="${QADESK_DB:-$HOME/.local/share/qadesk/demo.sqlite}"
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    echo "Creating the demo database $db ..."
    build/app/cli/qadesk-cli --db "$db" demo --seed 1 --interactions 50000 --transcripts 5000 --evaluations 3000 >/dev/null
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found; starting QA Desk in a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a build/app/qadesk/qadesk --db "$db" "$@"
fi
exec build/app/qadesk/qadesk --db "$db" "$@"
