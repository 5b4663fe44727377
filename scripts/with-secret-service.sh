#!/usr/bin/env bash
# Runs COMMAND inside a private D-Bus session with a freshly unlocked GNOME Keyring: a real Secret Service, as a
# desktop has, for the keychain tests (QtKeychain stores passwords there). Nothing of the user's own keyring is
# touched: the keyring lives in a temporary XDG_DATA_HOME that is removed afterwards.
#   usage: scripts/with-secret-service.sh COMMAND [ARGS...]
# Needs dbus (dbus-run-session) and gnome-keyring (scripts/install-deps.sh installs them).
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-secret-service: $tool is not installed (scripts/install-deps.sh)" >&2; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run HOME=$home
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- bash -c '
    # --unlock reads the new login keyring'"'"'s password on stdin and creates it; the daemon then serves
    # org.freedesktop.secrets on this session bus.
    eval "$(printf test-keyring | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    export QADESK_EXPECT_SECRET_SERVICE=1
    "$@"' with-secret-service "$@"
