# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Helpers for the bash tests that run against the sync test server. Source it
# from a test script, call load_server_env, then `check` for every condition
# and `finish` at the end, which prints "N passed, N failed" and sets the exit
# status.

set -euo pipefail

passed=0
failed=0
work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

# Reads COOPATLAS_TEST_* from the server.env named by COOPATLAS_TEST_SERVER_ENV
# and writes the admin credentials to a curl config file of mode 600.
load_server_env() {
    local env_file="${COOPATLAS_TEST_SERVER_ENV:-}"
    if [[ -z "$env_file" || ! -r "$env_file" ]]; then
        printf 'COOPATLAS_TEST_SERVER_ENV is unset or unreadable (%s); run the test through ctest.\n' \
            "$env_file" >&2
        exit 1
    fi
    set -a
    # shellcheck source=/dev/null
    . "$env_file"
    set +a
    (
        umask 077
        printf 'user = "%s:%s"\n' "$COOPATLAS_TEST_ADMIN_USER" "$COOPATLAS_TEST_ADMIN_PASSWORD" \
            >"$work_dir/admin.curlrc"
    )
}

# check NAME EXPECTED ACTUAL: one assertion, printed as PASS or FAIL.
check() {
    local name="$1" expected="$2" actual="$3"
    if [[ "$expected" == "$actual" ]]; then
        passed=$((passed + 1))
        printf 'PASS: %s\n' "$name"
    else
        failed=$((failed + 1))
        printf 'FAIL: %s: expected [%s], got [%s]\n' "$name" "$expected" "$actual"
    fi
}

# check_contains NAME NEEDLE HAYSTACK
check_contains() {
    local name="$1" needle="$2" haystack="$3"
    if [[ "$haystack" == *"$needle"* ]]; then
        passed=$((passed + 1))
        printf 'PASS: %s\n' "$name"
    else
        failed=$((failed + 1))
        printf 'FAIL: %s: [%s] not found in [%s]\n' "$name" "$needle" "$haystack"
    fi
}

# Sends a request through nginx with the run's CA and prints the HTTP status
# then, on the next lines, the body. Extra curl options follow the URL path.
request() {
    local method="$1" path="$2"
    shift 2
    curl -sS --max-time 30 --cacert "$COOPATLAS_TEST_CA_FILE" -X "$method" \
        -H 'Content-Type: application/json' -w '\n%{http_code}' "$@" \
        "$COOPATLAS_TEST_URL$path" | tail_first
}

# Same as request, as the server admin.
admin_request() {
    local method="$1" path="$2"
    shift 2
    request "$method" "$path" --config "$work_dir/admin.curlrc" "$@"
}

# Moves the status line that curl's -w printed last to the front.
tail_first() {
    local body status
    body="$(cat)"
    status="${body##*$'\n'}"
    printf '%s\n%s\n' "$status" "${body%$'\n'*}"
}

# Prints a database name that no other test uses.
unique_database() {
    printf '%s-%s\n' "$1" "$(openssl rand -hex 6)"
}

finish() {
    printf '%d passed, %d failed\n' "$passed" "$failed"
    ((failed == 0))
}
