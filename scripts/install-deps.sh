#!/usr/bin/env bash
# Installs the Debian 12 packages QA Desk needs to build, run and test, run the demo and the benchmarks,
# and build the DEB. Every package is named here (CI checks it in a brand-new Debian 12 root): nothing may
# rely on what happens to be installed. Safe to run again.
set -euo pipefail
packages=(
    # build
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libgl-dev zlib1g-dev libxlsxwriter-dev libsqlite3-dev
    qt6-multimedia-dev libavformat-dev libavcodec-dev libavutil-dev libswresample-dev
    # team mode: database passwords in the desktop keychain (QtKeychain, Secret Service)
    qtkeychain-qt6-dev
    # run: database drivers, Qt's own translations, fonts (Noto Sans CJK is embedded in Chinese PDFs), time zones
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n fonts-noto-cjk fonts-dejavu-core tzdata
    # run: recordings (docs/recordings.md): FFmpeg's libraries (pulled in by their -dev packages above) decode MP3,
    # OGG/Vorbis, OGG/Opus and M4A/AAC; Qt Multimedia's QAudioSink plays through PulseAudio; espeak-ng speaks the
    # demo's calls
    espeak-ng
    # tests: PDF and XLSX checks, scripted checks, PostgreSQL, desktop file and AppStream validation, the DEB
    poppler-utils unzip python3 postgresql postgresql-client appstream desktop-file-utils dpkg-dev file
    # tests: a real Secret Service for the keychain tests (scripts/with-secret-service.sh)
    dbus gnome-keyring
    # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizers' runtimes, llvm-symbolizer for reports
    clang libclang-rt-14-dev llvm-14
    # the demo and GUI benchmarks without a display, the smoke test's window wait and screenshot
    xvfb xauth x11-utils xdotool imagemagick
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
