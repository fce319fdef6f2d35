#!/bin/bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring
# (the "login" keyring is created by --unlock with a non-empty password), in a throwaway
# HOME so that neither the developer's keyring nor their settings are touched.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (scripts/install-deps)" >&2; exit 1; }
done
HOME=$(mktemp -d "${TMPDIR:-/tmp}/authdesk-keyring.XXXXXX")
export HOME
unset XDG_RUNTIME_DIR XDG_CONFIG_HOME XDG_DATA_HOME DBUS_SESSION_BUS_ADDRESS
trap 'rm -rf "$HOME"' EXIT
status=0
dbus-run-session -- bash -c '
    printf %s authdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' bash "$@" || status=$?
exit "$status"
