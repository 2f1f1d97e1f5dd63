#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Smoke test of the sync test server: TLS is verified, the crash guards
# reject the requests that would crash it, and `_security` rejects writes
# without credentials.

# shellcheck source=tests/sync/server/testlib.sh
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
load_server_env

# TLS: the run's CA is needed, and the certificate names 127.0.0.1 and localhost.
status=0
curl -sS -o /dev/null --max-time 10 --cacert "$COOPATLAS_TEST_CA_FILE" "$COOPATLAS_TEST_URL/" || status=$?
check "curl with the CA connects" 0 "$status"
status=0
curl -s -o /dev/null --max-time 10 "$COOPATLAS_TEST_URL/" || status=$?
check "curl without the CA fails certificate verification (curl exit 60)" 60 "$status"
localhost_url="${COOPATLAS_TEST_URL/127.0.0.1/localhost}"
status=0
curl -sS -o /dev/null --max-time 10 --cacert "$COOPATLAS_TEST_CA_FILE" "$localhost_url/" || status=$?
check "curl with the CA connects to localhost" 0 "$status"
status=0
curl -s -o /dev/null --max-time 10 --cacert "$COOPATLAS_TEST_CA_FILE" \
    --resolve "wrong.invalid:${COOPATLAS_TEST_URL##*:}:127.0.0.1" \
    "https://wrong.invalid:${COOPATLAS_TEST_URL##*:}/" || status=$?
check "curl to a name not in the certificate fails (curl exit 60)" 60 "$status"
status=0
curl -s -o /dev/null --max-time 10 "${COOPATLAS_TEST_PROXY_URL}/" || status=$?
check "fault proxy without the CA fails certificate verification" 60 "$status"
mode="$(stat -c '%a' "$COOPATLAS_TEST_SERVER_ENV")"
check "server.env has mode 600" 600 "$mode"

# Server admin and crash guards.
mapfile -t reply < <(admin_request GET /_session)
check_contains "admin session has the _admin role" '"roles":["_admin"]' "${reply[1]}"
database="$(unique_database smoke)"
mapfile -t reply < <(request PUT "/$database")
check "database creation without credentials is rejected" 401 "${reply[0]}"
mapfile -t reply < <(request DELETE "/_users")
check "database deletion without credentials is rejected" 401 "${reply[0]}"
mapfile -t reply < <(admin_request PUT "/$database")
check "admin creates the database" 201 "${reply[0]}"
mapfile -t reply < <(request GET "/$database/missing?rev=1-0123&latest=true")
check "latest=true is rejected" 400 "${reply[0]}"
mapfile -t reply < <(admin_request PUT "/$database/known" -d '{"value":0}')
check "admin writes a document" 201 "${reply[0]}"
known_rev="$(sed -n 's/.*"rev":"\([^"]*\)".*/\1/p' <<<"${reply[1]}")"
mapfile -t reply < <(request POST "/$database/_bulk_get?revs=true&latest=true" \
    -d "{\"docs\":[{\"id\":\"known\",\"rev\":\"$known_rev\"}]}")
check "_bulk_get with latest=true is served without it" 200 "${reply[0]}"
check_contains "_bulk_get returns the requested revision" "\"_rev\":\"$known_rev\"" "${reply[1]}"
mapfile -t reply < <(request GET /)
check "server still returns its welcome after the guarded requests" 200 "${reply[0]}"

# A new database is public until _security is set; then anonymous writes fail.
mapfile -t reply < <(request PUT "/$database/before-security" -d '{"value":1}')
check "anonymous write before _security is accepted" 201 "${reply[0]}"
security='{"admins":{"names":[],"roles":[]},"members":{"names":[],"roles":["coopatlas_editor"]}}'
mapfile -t reply < <(admin_request PUT "/$database/_security" -d "$security")
check "admin sets _security" 200 "${reply[0]}"
mapfile -t reply < <(request PUT "/$database/after-security" -d '{"value":2}')
check "anonymous write after _security is rejected" 401 "${reply[0]}"
mapfile -t reply < <(request GET "/$database/before-security")
check "anonymous read after _security is rejected" 401 "${reply[0]}"
mapfile -t reply < <(admin_request GET "/$database/after-security")
check "rejected document was not stored" 404 "${reply[0]}"

# A restart of the CouchDB-API server keeps the data and the admin.
status=0
bash "$(dirname "${BASH_SOURCE[0]}")/testserver.sh" restart-couch \
    "$(dirname "$COOPATLAS_TEST_SERVER_ENV")" || status=$?
check "restart of the CouchDB-API server succeeds" 0 "$status"
mapfile -t reply < <(admin_request GET "/$database/known")
check "document is kept across the restart" 200 "${reply[0]}"
check_contains "document content is kept" '"value":0' "${reply[1]}"

mapfile -t reply < <(admin_request DELETE "/$database")
check "admin deletes the database" 200 "${reply[0]}"
finish
