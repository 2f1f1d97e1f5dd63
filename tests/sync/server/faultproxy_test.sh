#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Test of the fault proxy: each action (pass, status, stall,
# drop-after-commit), rule matching and counting, the request log and the
# checks of the control API.

# shellcheck source=tests/sync/server/testlib.sh
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
load_server_env

# control METHOD PATH [BODY]: prints the HTTP status, then the body.
control() {
    local method="$1" path="$2" body="${3:-}"
    local args=(-sS --max-time 10 -X "$method" -w '\n%{http_code}')
    if [[ -n "$body" ]]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$body")
    fi
    curl "${args[@]}" "$COOPATLAS_TEST_PROXY_CONTROL$path" | tail_first
}

# proxied METHOD PATH MAX_SECONDS [CURL_ARGS...]: a request through the proxy as
# the admin; prints the curl exit code, the HTTP status, then the body.
proxied() {
    local method="$1" path="$2" max_time="$3"
    shift 3
    local output exit_code=0
    output="$(curl -sS --max-time "$max_time" --cacert "$COOPATLAS_TEST_CA_FILE" \
        --config "$work_dir/admin.curlrc" -X "$method" -H 'Content-Type: application/json' \
        -D "$work_dir/headers" -w '\n%{http_code}' "$@" "$COOPATLAS_TEST_PROXY_URL$path" 2>/dev/null)" \
        || exit_code=$?
    printf '%s\n%s\n%s\n' "$exit_code" "${output##*$'\n'}" "${output%$'\n'*}"
}

# Prints one field of the last log entry, e.g. last_log_field status.
last_log_field() {
    local field="$1" entry
    mapfile -t reply < <(control GET /log)
    entry="${reply[1]##*\{}"
    sed -n 's/.*"'"$field"'":\("[^"]*"\|[^,}]*\).*/\1/p' <<<"$entry"
}

database="$(unique_database faultproxy)"
mapfile -t reply < <(admin_request PUT "/$database")
check "admin creates the database" 201 "${reply[0]}"
mapfile -t reply < <(control DELETE /faults)
check "clearing the rules" 200 "${reply[0]}"
mapfile -t reply < <(control DELETE /log)
check "clearing the log" 200 "${reply[0]}"

# pass
mapfile -t reply < <(control POST /faults '[{"action":"pass","method":"GET","pathRegex":"^/$"}]')
check "setting a pass rule" 200 "${reply[0]}"
mapfile -t reply < <(proxied GET / 10)
check "pass: request succeeds" 200 "${reply[1]}"
check_contains "pass: body comes from the server" '"express-pouchdb":"Welcome!"' "${reply[2]}"
check "pass: logged action" '"pass"' "$(last_log_field action)"
check "pass: logged status" 200 "$(last_log_field status)"

# status, limited by times and selected by method and path
rule='[{"action":"status","method":"GET","pathRegex":"^/'"$database"'$","times":2,"status":503,'
rule+='"headers":{"Retry-After":"7"},"body":{"error":"unavailable","reason":"maintenance"}}]'
mapfile -t reply < <(control POST /faults "$rule")
check "setting a status rule" 200 "${reply[0]}"
mapfile -t reply < <(proxied GET / 10)
check "status: a path that does not match passes" 200 "${reply[1]}"
mapfile -t reply < <(proxied POST "/$database" 10 -d '{"_id":"posted","value":1}')
check "status: a method that does not match passes" 201 "${reply[1]}"
mapfile -t reply < <(proxied GET "/$database" 10)
check "status: first match gets the status" 503 "${reply[1]}"
check "status: body as given" '{"error":"unavailable","reason":"maintenance"}' "${reply[2]}"
check_contains "status: Retry-After header as given" "Retry-After: 7" "$(tr -d '\r' <"$work_dir/headers")"
check "status: logged status" 503 "$(last_log_field status)"
check "status: not forwarded" null "$(last_log_field upstreamStatus)"
mapfile -t reply < <(proxied GET "/$database" 10)
check "status: second match gets the status" 503 "${reply[1]}"
mapfile -t reply < <(proxied GET "/$database" 10)
check "status: third match passes once times is used up" 200 "${reply[1]}"
mapfile -t reply < <(control GET /faults)
check "status: a used-up rule is removed" "[]" "${reply[1]}"

# DELETE /faults clears rules that have no count
mapfile -t reply < <(control POST /faults '[{"action":"status","status":500}]')
check "setting a rule for every request" 200 "${reply[0]}"
mapfile -t reply < <(proxied GET / 10)
check "rule for every request applies" 500 "${reply[1]}"
mapfile -t reply < <(control DELETE /faults)
check "clearing the rules again" 200 "${reply[0]}"
mapfile -t reply < <(proxied GET / 10)
check "request passes after clearing" 200 "${reply[1]}"

# stall: a client with a shorter timeout gives up; a patient one gets the reply
mapfile -t reply < <(control POST /faults '[{"action":"stall","seconds":4,"times":1}]')
check "setting a stall rule" 200 "${reply[0]}"
mapfile -t reply < <(proxied GET / 1)
check "stall: client timeout (curl exit 28)" 28 "${reply[0]}"
check "stall: logged action" '"stall"' "$(last_log_field action)"
check "stall: client got no status" null "$(last_log_field status)"
mapfile -t reply < <(control POST /faults '[{"action":"stall","seconds":1,"times":1}]')
check "setting a short stall rule" 200 "${reply[0]}"
mapfile -t reply < <(proxied GET / 20)
check "stall: request forwarded after the stall" 200 "${reply[1]}"

# drop-after-commit: the server stores the write, the client gets no reply
mapfile -t reply < <(control POST /faults '[{"action":"drop-after-commit","method":"PUT","times":1}]')
check "setting a drop-after-commit rule" 200 "${reply[0]}"
mapfile -t reply < <(proxied PUT "/$database/dropped" 10 -d '{"value":2}')
check "drop-after-commit: client gets an empty reply (curl exit 52)" 52 "${reply[0]}"
check "drop-after-commit: logged status 0" 0 "$(last_log_field status)"
check "drop-after-commit: server answered 201" 201 "$(last_log_field upstreamStatus)"
mapfile -t reply < <(admin_request GET "/$database/dropped")
check "drop-after-commit: the write was committed" 200 "${reply[0]}"
mapfile -t reply < <(proxied PUT "/$database/dropped" 10 -d '{"value":3}')
check "drop-after-commit: a retry meets the committed revision" 409 "${reply[1]}"

# the control API checks its input
mapfile -t reply < <(control POST /faults '[{"action":"explode"}]')
check "unknown action rejected" 400 "${reply[0]}"
check_contains "unknown action named" 'invalid action \"explode\"' "${reply[1]}"
mapfile -t reply < <(control POST /faults '[{"action":"pass","pathRegex":"("}]')
check "invalid pathRegex rejected" 400 "${reply[0]}"
mapfile -t reply < <(control POST /faults '[{"action":"pass","times":0}]')
check "times 0 rejected" 400 "${reply[0]}"
mapfile -t reply < <(control POST /faults '{"action":"pass"}')
check "a rule outside a list rejected" 400 "${reply[0]}"
mapfile -t reply < <(control GET /faults)
check "rejected rules leave the rules empty" "[]" "${reply[1]}"

mapfile -t reply < <(control GET /log)
check_contains "log lists the request path" "\"path\":\"/$database/dropped\"" "${reply[1]}"
mapfile -t reply < <(admin_request DELETE "/$database")
check "admin deletes the database" 200 "${reply[0]}"
finish
