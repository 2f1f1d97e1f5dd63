#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the benchmarks against the build in BUILD_DIR (default: build-bench) and
# prints one RESULT line per target. Exits non-zero when a target is missed.
#
# Usage: run.sh             import, search, start-up and network map frames
#        run.sh sync [N]    sync of N generated records (default 100000) against
#                           PouchDB's replicator, see sync/run-sync.sh
#        run.sh network     network analytics against igraph alone and
#                           Graphviz sfdp, see run-network.sh
#        run.sh network-map [ARGS]  frame times of the network map on 20,000
#                           generated nodes under Xvfb (bench_networkmap --help)
#        run.sh list-export [ARGS]  keyset against OFFSET paging of a generated
#                           list of 1,000,000 organisations (bench_listexport --help)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [[ "${1:-}" == sync ]]; then
    shift
    exec bash "$root/tests/benchmarks/sync/run-sync.sh" "$@"
fi
if [[ "${1:-}" == network ]]; then
    shift
    exec bash "$root/tests/benchmarks/run-network.sh" "$@"
fi
build=${BUILD_DIR:-$root/build-bench}
bench=$build/tests/benchmarks
if [[ "${1:-}" == network-map ]]; then
    shift
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$bench/bench_networkmap" "$@"
fi
if [[ "${1:-}" == list-export ]]; then
    shift
    exec "$bench/bench_listexport" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store=${COOPATLAS_BENCH_STORE:-$work/bench-1m.sqlite}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
status=0
"$bench/bench_import" --rows 100000 --runs 3 || status=1
"$bench/bench_search" --store "$store" --repeats 20 || status=1
"$bench/bench_startup" --program "$build/app/coopatlas" --store "$store" --runs 5 || status=1
xvfb-run -a -s "-screen 0 1400x900x24" "$bench/bench_networkmap" || status=1
exit $status
