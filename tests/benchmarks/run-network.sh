#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Network analytics benchmarks (bench_network), started by `run.sh network`:
#   1. betweenness on 10,000 nodes / 50,000 links, exact, against igraph alone;
#   2. betweenness on 100,000 nodes / 500,000 links with paths of at most
#      CUTOFF links (default 3) on both sides, against igraph alone;
#   3. a layout of 20,000 nodes / 100,000 links against Graphviz sfdp.
# Every run of one side is bounded by TIMEOUT seconds (default 1800).
# Exits non-zero when a target is missed or a run fails.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
bench=$build/tests/benchmarks
cutoff=${CUTOFF:-3}
timeout=${TIMEOUT:-1800}
sfdp=$(command -v sfdp) || { echo "sfdp not found: install the Debian package graphviz" >&2; exit 2; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$bench/bench_network" betweenness --nodes 10000 --links 50000 --runs 3 \
    --baseline "$bench/bench_igraph_betweenness" --timeout "$timeout" || status=1
"$bench/bench_network" betweenness --nodes 100000 --links 500000 --runs 3 --cutoff "$cutoff" \
    --baseline "$bench/bench_igraph_betweenness" --timeout "$timeout" || status=1
"$bench/bench_network" layout --nodes 20000 --links 100000 --runs 3 --sfdp "$sfdp" \
    --timeout "$timeout" || status=1
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
