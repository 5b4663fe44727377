#!/usr/bin/env bash
# Fails when qadesk-cli loads Qt Widgets, Print Support or Svg: the core and the CLI need none of them.
set -euo pipefail
cli=$1
libs=$(ldd "$cli")
if grep -E 'libQt6(Widgets|PrintSupport|Svg|SvgWidgets|Charts)\.' <<<"$libs"; then
    echo "$cli loads a widgets library (above); the core must not link one" >&2
    exit 1
fi
echo "qadesk-cli: no Qt Widgets, Print Support, Svg or Charts"
