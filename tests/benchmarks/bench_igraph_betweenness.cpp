// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline of bench_network: igraph alone. Reads an edge list ("nodes edges",
// then one "from to" pair per line), builds the undirected igraph_t and calls
// igraph_betweenness (or igraph_betweenness_cutoff), timing only those two
// calls. Prints "ms=<wall-clock milliseconds> cpu_ms=<processor milliseconds>
// sum=<sum of the betweenness values>".
#include <igraph.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s EDGE-LIST [CUTOFF]\n", argv[0]);
        return 2;
    }
    std::FILE *file = std::fopen(argv[1], "r");
    if (file == nullptr) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 2;
    }
    long long nodes = 0;
    long long edges = 0;
    if (std::fscanf(file, "%lld %lld", &nodes, &edges) != 2 || nodes < 0 || edges < 0) {
        std::fprintf(stderr, "invalid header in %s\n", argv[1]);
        return 2;
    }
    igraph_vector_int_t ends;
    igraph_vector_int_init(&ends, edges * 2);
    for (long long i = 0; i < edges * 2; ++i) {
        long long end = 0;
        if (std::fscanf(file, "%lld", &end) != 1) {
            std::fprintf(stderr, "edge list of %s ends early\n", argv[1]);
            return 2;
        }
        VECTOR(ends)[i] = end;
    }
    std::fclose(file);
    const bool cutoff = argc > 2;
    const double cutoffValue = cutoff ? std::atof(argv[2]) : -1.0;

    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    igraph_t graph;
    igraph_create(&graph, &ends, nodes, IGRAPH_UNDIRECTED);
    igraph_vector_t betweenness;
    igraph_vector_init(&betweenness, 0);
    if (cutoff) {
        igraph_betweenness_cutoff(
            &graph, &betweenness, igraph_vss_all(), IGRAPH_UNDIRECTED, nullptr, cutoffValue);
    } else {
        igraph_betweenness(&graph, &betweenness, igraph_vss_all(), IGRAPH_UNDIRECTED, nullptr);
    }
    const auto stop = std::chrono::steady_clock::now();
    const std::clock_t cpuStop = std::clock();

    double sum = 0;
    for (igraph_integer_t i = 0; i < igraph_vector_size(&betweenness); ++i) {
        sum += VECTOR(betweenness)[i];
    }
    std::printf("ms=%.3f cpu_ms=%.3f sum=%.6e\n",
                std::chrono::duration<double, std::milli>(stop - start).count(),
                1000.0 * double(cpuStop - cpuStart) / CLOCKS_PER_SEC,
                sum);
    igraph_vector_destroy(&betweenness);
    igraph_destroy(&graph);
    igraph_vector_int_destroy(&ends);
    return 0;
}
