#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the keychain test binary against a real GNOME Keyring in a private D-Bus
# session bus, with a throwaway home folder and keyring password, so that the
# test never reads or writes the keyring of the person running it.
#
# Usage: tst_credentials.sh TEST_BINARY [TEST_ARGUMENTS...]
set -euo pipefail

readonly wait_steps=100 # times 0.1 s: 10 s for the keyring to own its D-Bus name
home="" # the throwaway home folder, removed on exit

die() {
    printf 'tst_credentials.sh: error: %s\n' "$*" >&2
    exit 1
}

# Runs inside dbus-run-session: starts the keyring, runs the test, stops the keyring.
run_inside_session() {
    local binary="$1"
    shift
    local password keyring_pid step status
    password="$(head -c 18 /dev/urandom | base64)"
    gnome-keyring-daemon --foreground --unlock --components=secrets \
        <<<"$password" >"$HOME/keyring.env" 2>"$HOME/keyring.log" &
    keyring_pid=$!
    for ((step = 0; step < wait_steps; step++)); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true'; then
            break
        fi
        kill -0 "$keyring_pid" 2>/dev/null || die "gnome-keyring-daemon exited: $(cat "$HOME/keyring.log")"
        sleep 0.1
    done
    ((step < wait_steps)) || die "gnome-keyring-daemon did not own org.freedesktop.secrets within 10 s"
    status=0
    "$binary" "$@" || status=$?
    kill "$keyring_pid" 2>/dev/null || true
    wait "$keyring_pid" 2>/dev/null || true
    return "$status"
}

main() {
    (($# >= 1)) || die "missing argument; usage: tst_credentials.sh TEST_BINARY [TEST_ARGUMENTS...]"
    if [[ "$1" == "--inside-session" ]]; then
        shift
        run_inside_session "$@"
        return
    fi
    command -v dbus-run-session >/dev/null || die "dbus-run-session not found: install Debian's dbus package."
    command -v gnome-keyring-daemon >/dev/null \
        || die "gnome-keyring-daemon not found: install Debian's gnome-keyring package."
    local binary
    binary="$(realpath "$1")"
    shift
    home="$(mktemp -d)"
    trap 'rm -rf "$home"' EXIT
    mkdir -m 700 "$home/runtime"
    HOME="$home" XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/data" \
        XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
        dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$binary" "$@"
}

main "$@"
