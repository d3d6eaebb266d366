#!/usr/bin/env bash
# Runs a command inside a throw-away D-Bus session with a real, unlocked gnome-keyring Secret Service
# (PLATFORM.md, "Keychain without a display"); if none can be had, runs it with DPP_TEST_NO_KEYRING=1.
#
#   with-keyring.sh <command> [arguments...]
#
# Hermetic: HOME and the XDG folders point into a temporary folder removed afterwards, so neither the
# user's keyring nor the user's files are touched. DISPLAY and WAYLAND_DISPLAY are unset because with a
# display gnome-keyring would open a prompt and wait for a click. The command sees DPP_KEYRING_TMP (the
# temporary folder, keyrings under data/keyrings), by which a test knows it is not in the user's
# keyring. Exits with the command's exit code. Needs no terminal: stdin is never read.
set -u

if [[ $# -eq 0 ]]; then
    echo "usage: ${0##*/} <command> [arguments...]" >&2
    exit 2
fi

note() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dpp-keyring.XXXXXXXX") || exit 1
trap 'rm -rf -- "$tmp"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
mkdir -m 700 "$tmp/home" "$tmp/runtime" "$tmp/data" "$tmp/config" "$tmp/cache" || exit 1

export HOME="$tmp/home"
export XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export DPP_KEYRING_TMP="$tmp"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL DPP_TEST_NO_KEYRING

# Without the tools the command still runs, told so; DBUS_SESSION_BUS_ADDRESS stays unset and the
# runtime folder is empty, so nothing can reach the user's real session bus or keyring.
for tool in dbus-run-session dbus-daemon dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        note "no Secret Service ($tool is not installed): running without a keyring, DPP_TEST_NO_KEYRING=1"
        DPP_TEST_NO_KEYRING=1 "$@"
        exit $?
    fi
done

# The inner part runs inside the new session bus. The daemon is started in the foreground form and
# killed here: the daemonized form can outlive the bus session. The password comes through a pipe,
# so nothing waits on a terminal; --unlock creates the "login" keyring with it, which becomes the
# default collection, so writes need no prompt.
# shellcheck disable=SC2016 # expanded by the inner bash, not here
inner='
set -u
note() { printf "%s: %s\n" "with-keyring.sh" "$*" >&2; }
password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d " \n")
printf "%s" "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$DPP_KEYRING_TMP/daemon.log" 2>&1 &
daemon=$!
unset password
stop_daemon() {
    kill "$daemon" 2>/dev/null || return 0
    for _ in $(seq 50); do
        kill -0 "$daemon" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
    return 0
}
trap stop_daemon EXIT

has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets </dev/null 2>/dev/null \
        | grep -q "boolean true"
}
ready=0
for _ in $(seq 100); do
    if has_owner; then ready=1; break; fi
    kill -0 "$daemon" 2>/dev/null || break
    sleep 0.1
done

if [ "$ready" = 1 ]; then
    "$@"
    exit $?
fi
if kill -0 "$daemon" 2>/dev/null; then
    why="gnome-keyring-daemon did not register org.freedesktop.secrets within 10 s"
else
    why="gnome-keyring-daemon exited"
fi
last=$(tail -n 1 "$DPP_KEYRING_TMP/daemon.log" 2>/dev/null)
note "no Secret Service ($why${last:+: $last}): running without a keyring, DPP_TEST_NO_KEYRING=1"
stop_daemon
# Off the bus: a call would otherwise start an unprepared daemon by D-Bus activation.
env -u DBUS_SESSION_BUS_ADDRESS DPP_TEST_NO_KEYRING=1 "$@"
'

dbus-run-session -- bash -c "$inner" with-keyring "$@"
