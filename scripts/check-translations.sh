#!/usr/bin/env bash
# Fails when a visible string is missing from, or unfinished in, either translation catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ts in translations/*.ts; do
    cp "$ts" "$tmp/$(basename "$ts")"
    "$lupdate" -silent -locations none -no-obsolete app ui -ts "$tmp/$(basename "$ts")" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$tmp/$(basename "$ts")" || true)
    if [ "$unfinished" != "0" ]; then
        echo "translations: $ts has $unfinished unfinished or missing strings (run scripts/update-translations.sh and translate them)" >&2
        grep -B3 'type="unfinished"' "$tmp/$(basename "$ts")" | grep '<source>' | head -20 >&2
        exit 1
    fi
done
echo "translations: complete"
