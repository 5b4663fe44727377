#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate). English is the source language: its catalogue is
# completed with the source texts; Chinese strings left unfinished must be translated by hand (Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -silent -locations relative -no-obsolete app ui -ts translations/qadesk_zh_CN.ts translations/qadesk_en.ts
python3 scripts/fill_english_ts.py translations/qadesk_en.ts
grep -c 'type="unfinished"' translations/qadesk_zh_CN.ts | xargs echo "zh_CN unfinished:"
