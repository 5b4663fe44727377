#!/usr/bin/env bash
# Builds the DEB with cpack (as the README says) into a scratch folder and checks it is a real package: the
# runtime dependencies, every installed file, stripped binaries that still run, and one application id for
# the .desktop file, the metainfo and the icon.
#   usage: packaging_deb.sh BUILD/CPackConfig.cmake APP_ID
set -u
config=$1
app_id=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok - $1"; else echo "FAIL - $1"; fail=1; fi; }

cpack --config "$config" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; echo "FAIL - cpack -G DEB"; exit 1; }
debs=("$tmp"/out/qadesk_*.deb)
check "cpack made one qadesk_<version>_<arch>.deb" '[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ]'
[ -f "${debs[0]}" ] || exit 1
deb=${debs[0]}
dpkg-deb --field "$deb" Depends >"$tmp/depends"
dpkg-deb --field "$deb" Recommends >"$tmp/recommends"
for p in libqt6sql6-sqlite fonts-noto-cjk libqt6widgets6 libqt6charts6 libqt6sql6 libqt6svg6 libxlsxwriter \
    libavformat libavcodec libavutil libswresample; do
    check "Depends names $p" 'grep -q "$p" "$tmp/depends"'
done
check "Recommends the PostgreSQL driver" 'grep -q libqt6sql6-psql "$tmp/recommends"'
check "the PostgreSQL driver is not a hard dependency" '! grep -q libqt6sql6-psql "$tmp/depends"'

dpkg-deb --contents "$deb" | awk '{print $6}' >"$tmp/contents"
for f in ./usr/bin/qadesk ./usr/bin/qadesk-cli \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    ./usr/share/man/man1/qadesk.1.gz ./usr/share/man/man1/qadesk-cli.1.gz; do
    check "the package holds $f" 'grep -qxF "$f" "$tmp/contents"'
done
check "nothing but /usr/bin and /usr/share" '! grep -v -e "^./usr/bin/" -e "^./usr/share/" -e "^./$" -e "^./usr/$" "$tmp/contents"'

dpkg-deb -x "$deb" "$tmp/root"
for b in qadesk qadesk-cli; do
    check "$b is stripped" 'file -L "$tmp/root/usr/bin/$b" | grep -q ", stripped"'
done
check "qadesk-cli --help runs from the package" '"$tmp/root/usr/bin/qadesk-cli" --help | grep -q "usage: qadesk-cli"'
check "qadesk --version runs from the package" \
    'QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/qadesk" --version | grep -q "qadesk"'
check "the .desktop file names the icon by the application id" \
    'grep -qx "Icon=$app_id" "$tmp/root/usr/share/applications/$app_id.desktop"'
check "the metainfo launches that .desktop file" \
    'grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$tmp/root/usr/share/metainfo/$app_id.metainfo.xml"'
version=$(dpkg-deb --field "$deb" Version)
check "the metainfo's release is the package version ($version)" \
    'grep -q "<release version=\"$version\"" "$tmp/root/usr/share/metainfo/$app_id.metainfo.xml"'
check "the icon is an SVG" 'file "$tmp/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" | grep -q "SVG"'
for page in qadesk qadesk-cli; do
    check "man page $page is compressed and names $page" \
        'zcat "$tmp/root/usr/share/man/man1/$page.1.gz" | sed "s/\\\\-/-/g" | grep -q "^$page - "'
done
exit $fail
