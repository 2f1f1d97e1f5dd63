#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Test of testserver.sh itself, in run folders of its own: a start that fails
# half-way stops what it started, and stop keeps the logs but removes the keys.

# shellcheck source=tests/sync/server/testlib.sh
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
load_server_env

testserver="$(dirname "${BASH_SOURCE[0]}")/testserver.sh"
# The node packages that the fixture installed, so that no second npm ci runs.
export COOPATLAS_TEST_NODE_DEPS
COOPATLAS_TEST_NODE_DEPS="$(dirname "$(dirname "$COOPATLAS_TEST_SERVER_ENV")")/server-node-deps"

# Prints the pid that server.js logged in RUN_DIR/server.log.
logged_server_pid() {
    sed -n 's/.* pid \([0-9]*\)$/\1/p' "$1/server.log" | tail -n 1
}

# A start whose nginx fails: the CouchDB-API server it started must be stopped.
mkdir -p "$work_dir/fake-bin"
printf '#!/bin/sh\necho "nginx: test double that always fails" >&2\nexit 1\n' >"$work_dir/fake-bin/nginx"
chmod +x "$work_dir/fake-bin/nginx"
failed_run="$work_dir/failed-run"
status=0
PATH="$work_dir/fake-bin:$PATH" bash "$testserver" start "$failed_run" 2>"$work_dir/failed.err" \
    || status=$?
check "start with a failing nginx exits with status 1" 1 "$status"
check_contains "start names the failed step" "nginx did not start" "$(cat "$work_dir/failed.err")"
pid="$(logged_server_pid "$failed_run")"
check_contains "server.js had started before nginx" "listening on http://127.0.0.1:" \
    "$(cat "$failed_run/server.log")"
running=no
if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null \
    && [[ "$(sed -n 's/^[0-9]* (.*) \([A-Z]\).*/\1/p' "/proc/$pid/stat" 2>/dev/null)" != Z ]]; then
    running=yes
fi
check "server.js is stopped after the failed start" no "$running"
check "no server.env after the failed start" no "$([[ -e "$failed_run/server.env" ]] && echo yes || echo no)"
check "CA key removed after the failed start" no "$([[ -e "$failed_run/tls/ca.key" ]] && echo yes || echo no)"

# stop on a folder that was never started, and twice on the same folder.
status=0
bash "$testserver" stop "$work_dir/never-started" || status=$?
check "stop on a missing folder succeeds" 0 "$status"
status=0
bash "$testserver" stop "$failed_run" || status=$?
check "second stop succeeds" 0 "$status"
check "logs are kept" yes "$([[ -s "$failed_run/server.log" ]] && echo yes || echo no)"
check "CA certificate is kept" yes "$([[ -s "$failed_run/tls/ca.crt" ]] && echo yes || echo no)"

status=0
bash "$testserver" restart "$failed_run" 2>/dev/null || status=$?
check "unknown command exits with status 2" 2 "$status"
finish
