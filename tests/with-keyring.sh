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
# AUTHDESK_KEYRING_TROUBLE=locked locks the login keyring before the command runs (no
# prompter can unlock it); =stalled stops the daemon so that it never answers.
dbus-run-session -- bash -c '
    printf %s authdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    case "${AUTHDESK_KEYRING_TROUBLE:-}" in
        locked) dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
                    org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null ;;
        stalled) secret-tool search nothing nothing >/dev/null 2>&1 || true  # make sure it is up
                 # Only the daemon of this private session: ask the bus who owns the service.
                 pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                           org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "/uint32/ {print \$2}")
                 kill -STOP "$pid" ;;
    esac
    "$@"; rc=$?
    [ -n "${pid:-}" ] && kill -CONT "$pid" 2>/dev/null
    # The daemon outlives the bus otherwise: end it with its session.
    owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk "/uint32/ {print \$2}")
    [ -n "$owner" ] && kill "$owner" 2>/dev/null
    exit $rc' bash "$@" || status=$?
exit "$status"
