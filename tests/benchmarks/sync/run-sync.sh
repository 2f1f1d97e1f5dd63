#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sync benchmark: CoopAtlas (SyncEngine, through bench_sync) against
# PouchDB's replicator (replicate.js), both against the same sync test server
# and the same documents, in one run. Run through `tests/benchmarks/run.sh sync`.
#
# Usage: tests/benchmarks/sync/run-sync.sh [RECORDS]
#   RECORDS  generated records (default 100000, from 2 to 1000000)
# Environment:
#   BUILD_DIR   build with bench_sync (default build-bench). It also receives
#               the server's run folder, tests/benchmarks/sync/server-run-sync.
#   SYNC_BATCH  documents per request on both sides (default 500). It sets
#               CoopAtlas's _bulk_docs batch and _changes page, and PouchDB's
#               batch_size.
#   SYNC_RUNS   runs of each side and direction, the best counts (default 2)
#
# Steps: bench_sync prepare generates a store (40 % organisations, 30 % people,
# 20 % links, 10 % notes, plus the terms every new store starts with) and
# writes its documents for PouchDB. Each push run goes to a new empty database;
# both sides pull the database of CoopAtlas's first push. The CouchDB-API
# server is restarted before every timed run, and the side that goes first
# alternates from run to run. Prints a table and one RESULT line per direction
# (ratio = CoopAtlas time / PouchDB time, limit 1.0) and exits 1 when CoopAtlas
# is slower in a direction, 2 when the benchmark itself failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
records="${1:-100000}"
batch="${SYNC_BATCH:-500}"
runs="${SYNC_RUNS:-2}"
build="${BUILD_DIR:-$root/build-bench}"
bench_sync="$build/tests/benchmarks/bench_sync"
run_dir="$build/tests/benchmarks/sync/server-run-sync"
testserver="$root/tests/sync/server/testserver.sh"
setup="$root/packaging/server/coopatlas-server-setup"
# Upper bound of one timed run, in seconds.
readonly step_timeout=3600

[[ "$records" =~ ^[0-9]+$ ]] && ((records >= 2 && records <= 1000000)) \
    || { echo "run-sync: RECORDS must be a whole number from 2 to 1000000" >&2; exit 2; }
[[ "$batch" =~ ^[0-9]+$ ]] && ((batch >= 1)) \
    || { echo "run-sync: SYNC_BATCH must be a positive whole number" >&2; exit 2; }
[[ "$runs" =~ ^[0-9]+$ ]] && ((runs >= 1 && runs <= 10)) \
    || { echo "run-sync: SYNC_RUNS must be from 1 to 10" >&2; exit 2; }
[[ -x "$bench_sync" ]] \
    || { echo "run-sync: $bench_sync is missing; build the bench_sync target" >&2; exit 2; }

work="$(mktemp -d)"
cleanup() {
    bash "$testserver" stop "$run_dir" || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$(dirname "$run_dir")"
bash "$testserver" start "$run_dir"
set -a
# shellcheck source=/dev/null
. "$run_dir/server.env"
set +a

user="bench-editor"
password="$(openssl rand -hex 16)"
export COUCHDB_URL="$COOPATLAS_TEST_URL" COUCHDB_ADMIN_USER="$COOPATLAS_TEST_ADMIN_USER"
export COUCHDB_ADMIN_PASSWORD="$COOPATLAS_TEST_ADMIN_PASSWORD" COUCHDB_CA_FILE="$COOPATLAS_TEST_CA_FILE"
export COOPATLAS_BENCH_USER="$user" COOPATLAS_BENCH_PASSWORD="$password"
printf '%s\n' "$password" | bash "$setup" add-user "$user" editor 2>/dev/null
# Info lines of the client (starts, stops, each request) would drown the table.
export QT_LOGGING_RULES="coopatlas.*.info=false"
export NODE_PATH="$build/tests/benchmarks/sync/server-node-deps/node_modules"
export NODE_EXTRA_CA_CERTS="$COOPATLAS_TEST_CA_FILE"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
prepared="$("$bench_sync" prepare --store "$work/source.sqlite" --export "$work/documents.ndjson" \
    --records "$records")"
echo "prepared: $prepared"
documents="$(sed -n 's/.*"documents":\([0-9]*\).*/\1/p' <<<"$prepared")"
echo "records: $records, documents: $documents, batch: $batch, runs per side: $runs"

new_database() {
    bash "$setup" --database "$1" init 2>/dev/null
}

# Restarts the CouchDB-API server, runs one timed step and prints its milliseconds.
timed() {
    local side="$1" direction="$2" database="$3" line
    bash "$testserver" restart-couch "$run_dir" 2>/dev/null
    if [[ "$side" == coopatlas ]]; then
        line="$(timeout "$step_timeout" "$bench_sync" "$direction" --store "$work/source.sqlite" \
            --database "$database" --batch "$batch" --expect "$documents")"
    else
        line="$(timeout "$step_timeout" node "$root/tests/benchmarks/sync/replicate.js" \
            --mode "$direction" --docs-file "$work/documents.ndjson" --expect "$documents" \
            --database "$database" --user "$user" --batch "$batch" --work-dir "$work")"
    fi
    echo "  $line" >&2
    sed -n 's/.*"milliseconds":\([0-9.]*\).*/\1/p' <<<"$line"
}

declare -A best
keep_best() {
    local key="$1" value="$2"
    if [[ -z "${best[$key]:-}" ]] || awk -v a="$value" -v b="${best[$key]}" 'BEGIN { exit !(a < b) }'; then
        best[$key]="$value"
    fi
}

pull_source=""
for direction in push pull; do
    for ((run = 1; run <= runs; run++)); do
        sides=(coopatlas pouchdb)
        ((run % 2 == 0)) && sides=(pouchdb coopatlas)
        for side in "${sides[@]}"; do
            database="$pull_source"
            if [[ "$direction" == push ]]; then
                database="bench-$side-push-$run"
                new_database "$database"
            fi
            echo "run $run: $side $direction ($database)" >&2
            ms="$(timed "$side" "$direction" "$database")"
            [[ -n "$ms" ]] || { echo "run-sync: $side $direction failed" >&2; exit 2; }
            keep_best "$side-$direction" "$ms"
        done
        [[ -z "$pull_source" ]] && pull_source="bench-coopatlas-push-1"
    done
done

status=0
printf '\n%-10s %-10s %12s %12s\n' direction side "best ms" "docs/s"
for direction in push pull; do
    for side in coopatlas pouchdb; do
        ms="${best[$side-$direction]}"
        printf '%-10s %-10s %12.0f %12.0f\n' "$direction" "$side" "$ms" \
            "$(awk -v d="$documents" -v m="$ms" 'BEGIN { print d * 1000 / m }')"
    done
done
echo
for direction in push pull; do
    coop="${best[coopatlas-$direction]}"
    pouch="${best[pouchdb-$direction]}"
    verdict="$(awk -v c="$coop" -v p="$pouch" 'BEGIN { r = c / p; printf "%.2f %s", r, (r <= 1.0 ? "PASS" : "FAIL") }')"
    echo "RESULT sync-$direction-$documents-docs measured=$coop baseline=$pouch ratio=${verdict% *} limit=1.0 ${verdict#* }"
    [[ "$verdict" == *PASS ]] || status=1
done
exit $status
