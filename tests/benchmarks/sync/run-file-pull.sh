#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Peak memory of a pull of knowledge-base resources with large files:
# coopatlas-cli sync of an empty store from a database that contains FILES
# resources, each with its own file of MIB MiB, against the sync test server.
#
# Usage: tests/benchmarks/sync/run-file-pull.sh [FILES] [MIB]
#   FILES  resources with a file (default 20, from 2 to 1000)
#   MIB    MiB of each file (default 8, from 1 to 20)
# Environment:
#   BUILD_DIR  build with bench_sync and coopatlas-cli (default build-bench).
#              It also receives the server's run folder,
#              tests/benchmarks/sync/server-run-files.
#   CLI        coopatlas-cli to measure (default BUILD_DIR/app/coopatlas-cli),
#              so that two builds can pull the same database.
#   PULL_RUNS  pulls, each into a new empty store (default 2)
#
# bench_sync files writes the store and bench_sync push sends it, one document
# per request, so that no request exceeds the server's body limit. Each pull
# runs under /usr/bin/time, which reports the maximum resident set size.
# Prints one line per pull and exits 2 when a step fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
files="${1:-20}"
mib="${2:-8}"
runs="${PULL_RUNS:-2}"
build="${BUILD_DIR:-$root/build-bench}"
bench_sync="$build/tests/benchmarks/bench_sync"
cli="${CLI:-$build/app/coopatlas-cli}"
run_dir="$build/tests/benchmarks/sync/server-run-files"
testserver="$root/tests/sync/server/testserver.sh"
setup="$root/packaging/server/coopatlas-server-setup"
# Upper bound of one push or pull, in seconds.
readonly step_timeout=1800

[[ "$files" =~ ^[0-9]+$ ]] && ((files >= 2 && files <= 1000)) \
    || { echo "run-file-pull: FILES must be a whole number from 2 to 1000" >&2; exit 2; }
[[ "$mib" =~ ^[0-9]+$ ]] && ((mib >= 1 && mib <= 20)) \
    || { echo "run-file-pull: MIB must be a whole number from 1 to 20" >&2; exit 2; }
[[ "$runs" =~ ^[0-9]+$ ]] && ((runs >= 1 && runs <= 10)) \
    || { echo "run-file-pull: PULL_RUNS must be from 1 to 10" >&2; exit 2; }
[[ -x "$bench_sync" ]] \
    || { echo "run-file-pull: $bench_sync is missing; build the bench_sync target" >&2; exit 2; }
[[ -x "$cli" ]] || { echo "run-file-pull: $cli is missing; build coopatlas-cli" >&2; exit 2; }
[[ -x /usr/bin/time ]] \
    || { echo "run-file-pull: /usr/bin/time is missing; install the Debian package time" >&2; exit 2; }
command -v sqlite3 >/dev/null \
    || { echo "run-file-pull: sqlite3 is missing; install the Debian package sqlite3" >&2; exit 2; }

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
database="bench-files"
export COUCHDB_URL="$COOPATLAS_TEST_URL" COUCHDB_ADMIN_USER="$COOPATLAS_TEST_ADMIN_USER"
export COUCHDB_ADMIN_PASSWORD="$COOPATLAS_TEST_ADMIN_PASSWORD" COUCHDB_CA_FILE="$COOPATLAS_TEST_CA_FILE"
export COOPATLAS_BENCH_USER="$user" COOPATLAS_BENCH_PASSWORD="$password"
bash "$setup" --database "$database" init 2>/dev/null
printf '%s\n' "$password" | bash "$setup" --database "$database" add-user "$user" editor 2>/dev/null
export QT_LOGGING_RULES="coopatlas.*.info=false"
# Settings of coopatlas-cli (trusted certificates) stay in the work folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
mkdir -p "$HOME"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$bench_sync" files --store "$work/source.sqlite" --records "$files" \
    --file-bytes "$((mib * 1024 * 1024))" >/dev/null
timeout "$step_timeout" "$bench_sync" push --store "$work/source.sqlite" --database "$database" \
    --batch 1 --expect "$files" >/dev/null \
    || { echo "run-file-pull: the push of $files resources failed" >&2; exit 2; }
echo "database: $files resources with a file of $mib MiB each; client: $cli"

for ((run = 1; run <= runs; run++)); do
    store="$work/pull-$run.sqlite"
    printf '%s\n' "$password" | timeout "$step_timeout" /usr/bin/time -f '%M %e' -o "$work/time" \
        "$cli" sync --database "$store" --server "$COOPATLAS_TEST_URL" \
        --server-database "$database" --user "$user" --ca-file "$COOPATLAS_TEST_CA_FILE" \
        --password-stdin >"$work/out" 2>&1 \
        || { cat "$work/out" >&2; echo "run-file-pull: pull $run failed" >&2; exit 2; }
    stored="$(sqlite3 "$store" 'SELECT count(*), coalesce(sum(length(data)), 0) FROM resource_files')"
    read -r kib seconds <"$work/time"
    echo "pull $run: maximum resident set size $((kib / 1024)) MiB ($kib KiB), $seconds s," \
        "stored files (count|bytes): $stored"
done
