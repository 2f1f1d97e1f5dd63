// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "igraphsession.h"

#include <core/analytics/analyticslogging.h>

#include <QCoreApplication>
#include <QMutex>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

QMutex &igraphMutex()
{
    static QMutex mutex;
    return mutex;
}

/// The session that holds the mutex; read only by igraph's handlers, which
/// run on the thread of that session.
IgraphSession *currentSession = nullptr;

void logError(const char *reason, const char *file, int line, igraph_error_t code)
{
    if (code != IGRAPH_INTERRUPTED) {
        qCWarning(lcAnalytics) << "igraph error" << igraph_strerror(code) << ":" << reason << "at"
                               << file << line;
    }
    // Frees what igraph allocated before the failure and returns the code to the caller.
    igraph_error_handler_ignore(reason, file, line, code);
}

void logWarning(const char *reason, const char *file, int line)
{
    qCDebug(lcAnalytics) << "igraph warning:" << reason << "at" << file << line;
}

} // namespace

IgraphSession::IgraphSession(const RunControl &control)
    : m_lock(&igraphMutex())
    , m_control(control)
{
    currentSession = this;
    igraph_set_error_handler(logError);
    igraph_set_warning_handler(logWarning);
    igraph_set_interruption_handler(interruptionHandler);
    igraph_set_progress_handler(progressHandler);
}

IgraphSession::~IgraphSession()
{
    igraph_set_interruption_handler(nullptr);
    igraph_set_progress_handler(nullptr);
    currentSession = nullptr;
}

void IgraphSession::seed(quint64 seed)
{
    igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed));
}

void IgraphSession::beginPhase(int phase, int phaseCount)
{
    m_phase = phase;
    m_phaseCount = std::max(phaseCount, 1);
    m_iterationTotal = 0;
    m_control.report(qint64(phase) * 100, qint64(m_phaseCount) * 100);
}

void IgraphSession::countIterations(qint64 iterations)
{
    m_iterationTotal = iterations;
    m_iterationsDone = 0;
}

Error IgraphSession::cancelledError()
{
    return Error{QCoreApplication::translate("CoopAtlas::Core::NetworkAnalytics",
                                             "The network analysis was cancelled."),
                 {}};
}

Result<void> IgraphSession::check(igraph_error_t code, const QString &step) const
{
    if (code == IGRAPH_SUCCESS) {
        return {};
    }
    if (code == IGRAPH_INTERRUPTED || m_control.isCancelled()) {
        return cancelledError();
    }
    return Error{QCoreApplication::translate("CoopAtlas::Core::NetworkAnalytics",
                                             "The network analysis failed: %1 (%2). Try again "
                                             "with fewer records, or report the error.")
                     .arg(QString::fromUtf8(igraph_strerror(code)), step),
                 step};
}

igraph_error_t IgraphSession::interruptionHandler(void * /*data*/)
{
    IgraphSession *session = currentSession;
    if (session == nullptr) {
        return IGRAPH_SUCCESS;
    }
    if (session->m_iterationTotal > 0) {
        session->m_iterationsDone
            = std::min(session->m_iterationsDone + 1, session->m_iterationTotal);
        session->m_control.report(session->m_iterationsDone, session->m_iterationTotal);
    }
    return session->m_control.isCancelled() ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

igraph_error_t
IgraphSession::progressHandler(const char * /*message*/, igraph_real_t percent, void * /*data*/)
{
    IgraphSession *session = currentSession;
    if (session == nullptr || session->m_iterationTotal > 0) {
        return IGRAPH_SUCCESS;
    }
    const qint64 total = qint64(session->m_phaseCount) * 100;
    const qint64 done = qint64(session->m_phase) * 100 + qint64(std::clamp(percent, 0.0, 100.0));
    session->m_control.report(std::min(done, total), total);
    return session->m_control.isCancelled() ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

IgraphGraph::~IgraphGraph()
{
    if (m_built) {
        igraph_destroy(&m_graph);
    }
}

Result<void>
IgraphGraph::build(const IgraphSession &session, const NetworkSnapshot &snapshot, bool directed)
{
    IgraphIntVector ends(igraph_integer_t(snapshot.edgeCount()) * 2);
    igraph_integer_t i = 0;
    for (const NetworkEdge &edge : snapshot.edges()) {
        VECTOR(*ends.get())[i++] = edge.from;
        VECTOR(*ends.get())[i++] = edge.to;
    }
    auto created = session.check(
        igraph_create(&m_graph, ends.get(), igraph_integer_t(snapshot.nodeCount()), directed),
        QStringLiteral("igraph_create"));
    m_built = created.ok();
    return created;
}

QList<double> IgraphVector::toList() const
{
    const igraph_integer_t size = igraph_vector_size(&m_vector);
    QList<double> values;
    values.reserve(size);
    for (igraph_integer_t i = 0; i < size; ++i) {
        values.append(VECTOR(m_vector)[i]);
    }
    return values;
}

QList<int> IgraphIntVector::toList() const
{
    const igraph_integer_t size = igraph_vector_int_size(&m_vector);
    QList<int> values;
    values.reserve(size);
    for (igraph_integer_t i = 0; i < size; ++i) {
        values.append(int(VECTOR(m_vector)[i]));
    }
    return values;
}

} // namespace CoopAtlas::Core
