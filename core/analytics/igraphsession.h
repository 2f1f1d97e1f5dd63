// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/analytics/runcontrol.h>
#include <core/result.h>

#include <QMutexLocker>

#include <igraph.h>

namespace CoopAtlas::Core {

/// Exclusive use of igraph by one analytics run.
///
/// igraph 0.10 in Debian 12 is built with IGRAPH_THREAD_SAFE 0: its error
/// handlers, random number generator and interruption state are process-wide.
/// A session therefore holds one process-wide mutex for its lifetime, installs
/// CoopAtlas's error, warning, interruption and progress handlers, and routes
/// the interruption checks and progress reports of igraph to its RunControl.
class IgraphSession
{
public:
    explicit IgraphSession(const RunControl &control);
    ~IgraphSession();
    IgraphSession(const IgraphSession &) = delete;
    IgraphSession &operator=(const IgraphSession &) = delete;

    /// Seeds igraph's default random number generator.
    void seed(quint64 seed);
    /// Starts phase `phase` of `phaseCount`: igraph's percentages of this phase
    /// are reported as done = phase * 100 + percent, total = phaseCount * 100.
    void beginPhase(int phase, int phaseCount);
    /// Reports every interruption check of igraph as one iteration of
    /// `iterations` (layouts check once per iteration).
    void countIterations(qint64 iterations);
    [[nodiscard]] qint64 iterationsDone() const { return m_iterationsDone; }

    /// Maps an igraph return code to an Error that names `step`, or to the
    /// cancel error when the run control's flag stopped igraph.
    [[nodiscard]] Result<void> check(igraph_error_t code, const QString &step) const;
    [[nodiscard]] bool isCancelled() const { return m_control.isCancelled(); }
    [[nodiscard]] static Error cancelledError();

private:
    static igraph_error_t interruptionHandler(void *data);
    static igraph_error_t progressHandler(const char *message, igraph_real_t percent, void *data);

    QMutexLocker<QMutex> m_lock;
    const RunControl &m_control;
    int m_phase = 0;
    int m_phaseCount = 1;
    qint64 m_iterationTotal = 0;
    qint64 m_iterationsDone = 0;
};

/// An igraph_t built from a snapshot: vertex i is node i, edge e is edge e.
class IgraphGraph
{
public:
    IgraphGraph() = default;
    ~IgraphGraph();
    IgraphGraph(const IgraphGraph &) = delete;
    IgraphGraph &operator=(const IgraphGraph &) = delete;

    /// Builds the graph; needs a live IgraphSession.
    [[nodiscard]] Result<void>
    build(const IgraphSession &session, const NetworkSnapshot &snapshot, bool directed);
    [[nodiscard]] const igraph_t *get() const { return &m_graph; }

private:
    igraph_t m_graph{};
    bool m_built = false;
};

/// An igraph_vector_t owned by this object.
class IgraphVector
{
public:
    explicit IgraphVector(igraph_integer_t size = 0) { igraph_vector_init(&m_vector, size); }
    ~IgraphVector() { igraph_vector_destroy(&m_vector); }
    IgraphVector(const IgraphVector &) = delete;
    IgraphVector &operator=(const IgraphVector &) = delete;

    igraph_vector_t *get() { return &m_vector; }
    [[nodiscard]] QList<double> toList() const;

private:
    igraph_vector_t m_vector{};
};

/// An igraph_vector_int_t owned by this object.
class IgraphIntVector
{
public:
    explicit IgraphIntVector(igraph_integer_t size = 0) { igraph_vector_int_init(&m_vector, size); }
    ~IgraphIntVector() { igraph_vector_int_destroy(&m_vector); }
    IgraphIntVector(const IgraphIntVector &) = delete;
    IgraphIntVector &operator=(const IgraphIntVector &) = delete;

    igraph_vector_int_t *get() { return &m_vector; }
    [[nodiscard]] QList<int> toList() const;

private:
    igraph_vector_int_t m_vector{};
};

} // namespace CoopAtlas::Core
