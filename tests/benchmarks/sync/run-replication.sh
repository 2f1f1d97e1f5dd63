#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times PouchDB's replication of N generated documents to and from the sync
# test server (push, then pull into an empty database), as the baseline for
# the CoopAtlas sync benchmark. Starts its own test server and stops it.
#
# Usage: tests/benchmarks/sync/run-replication.sh [DOCS] [BATCH]
#   DOCS   number of documents (default 10000, at most 1000000)
#   BATCH  documents per request (default 500)
# Environment: BUILD_DIR (default build-bench) receives the server's run folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
docs="${1:-10000}"
batch="${2:-500}"
build="${BUILD_DIR:-$root/build-bench}"
run_dir="$build/tests/benchmarks/sync/server-run"
testserver="$root/tests/sync/server/testserver.sh"
setup="$root/packaging/server/coopatlas-server-setup"

mkdir -p "$(dirname "$run_dir")"
trap 'bash "$testserver" stop "$run_dir"' EXIT
bash "$testserver" start "$run_dir"
set -a
# shellcheck source=/dev/null
. "$run_dir/server.env"
set +a

database="bench-$(openssl rand -hex 4)"
user="$database-editor"
password="$(openssl rand -hex 16)"
export COUCHDB_URL="$COOPATLAS_TEST_URL" COUCHDB_ADMIN_USER="$COOPATLAS_TEST_ADMIN_USER"
export COUCHDB_ADMIN_PASSWORD="$COOPATLAS_TEST_ADMIN_PASSWORD" COUCHDB_CA_FILE="$COOPATLAS_TEST_CA_FILE"
bash "$setup" --database "$database" init
printf '%s\n' "$password" | bash "$setup" add-user "$user" editor

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
NODE_PATH="$build/tests/benchmarks/sync/server-node-deps/node_modules" \
    NODE_EXTRA_CA_CERTS="$COOPATLAS_TEST_CA_FILE" COOPATLAS_BENCH_PASSWORD="$password" \
    node "$root/tests/benchmarks/sync/replicate.js" --docs "$docs" --batch "$batch" \
    --database "$database" --user "$user"
