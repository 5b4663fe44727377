#!/usr/bin/env bash
# Fails when QSettings is used outside AppSettings (app/core/settings/): every setting has its key and default
# in one place, and widgets are given the AppSettings the window owns.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
if uses=$(grep -rn --include='*.cpp' --include='*.h' '\bQSettings\b' app ui | grep -v '^app/core/settings/'); then
    echo "QSettings outside AppSettings:" >&2
    echo "$uses" >&2
    exit 1
fi
echo "settings: QSettings only in app/core/settings"
