// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networklayout.h"

#include <core/analytics/analyticslogging.h>
#include <core/analytics/igraphsession.h>

#include <QElapsedTimer>

#include <cmath>

namespace CoopAtlas::Core {

QHash<QString, QPointF> NetworkLayout::byId(const NetworkSnapshot &snapshot) const
{
    QHash<QString, QPointF> result;
    result.reserve(positions.size());
    for (int i = 0; i < positions.size() && i < snapshot.nodeCount(); ++i) {
        result.insert(snapshot.nodes().at(i).id, positions.at(i));
    }
    return result;
}

namespace {

/// An igraph_matrix_t owned by this object.
class IgraphMatrix
{
public:
    IgraphMatrix(igraph_integer_t rows, igraph_integer_t columns)
    {
        igraph_matrix_init(&m_matrix, rows, columns);
    }
    ~IgraphMatrix() { igraph_matrix_destroy(&m_matrix); }
    IgraphMatrix(const IgraphMatrix &) = delete;
    IgraphMatrix &operator=(const IgraphMatrix &) = delete;

    igraph_matrix_t *get() { return &m_matrix; }

private:
    igraph_matrix_t m_matrix{};
};

/// Start positions: pinned, then previous, then near the placed neighbours,
/// then at random (igraph's seeded generator) in a square of side sqrt(n).
/// Returns the number of nodes that had a pinned or previous position.
int placeStart(const NetworkSnapshot &snapshot,
               const LayoutOptions &options,
               igraph_matrix_t &start)
{
    const qsizetype count = snapshot.nodeCount();
    QList<bool> placed(count, false);
    int known = 0;
    for (int i = 0; i < count; ++i) {
        const QString &id = snapshot.nodes().at(i).id;
        const auto pinned = options.pinned.constFind(id);
        const auto previous = options.previous.constFind(id);
        if (pinned == options.pinned.cend() && previous == options.previous.cend()) {
            continue;
        }
        const QPointF point = pinned != options.pinned.cend() ? *pinned : *previous;
        MATRIX(start, i, 0) = point.x();
        MATRIX(start, i, 1) = point.y();
        placed[i] = true;
        ++known;
    }
    const double half = std::sqrt(double(count)) / 2.0;
    igraph_rng_t *rng = igraph_rng_default();
    for (int i = 0; i < count; ++i) {
        if (placed.at(i)) {
            continue;
        }
        double x = 0;
        double y = 0;
        int neighbours = 0;
        for (const int e : snapshot.edgesOf(i)) {
            const NetworkEdge &edge = snapshot.edges().at(e);
            const int other = edge.from == i ? edge.to : edge.from;
            if (other != i && placed.at(other)) {
                x += MATRIX(start, other, 0);
                y += MATRIX(start, other, 1);
                ++neighbours;
            }
        }
        if (neighbours > 0) {
            MATRIX(start, i, 0) = x / neighbours + igraph_rng_get_unif(rng, -0.5, 0.5);
            MATRIX(start, i, 1) = y / neighbours + igraph_rng_get_unif(rng, -0.5, 0.5);
        } else {
            MATRIX(start, i, 0) = igraph_rng_get_unif(rng, -half, half);
            MATRIX(start, i, 1) = igraph_rng_get_unif(rng, -half, half);
        }
    }
    return known;
}

/// Bounds that keep the pinned nodes where they are; the others are free.
struct PinBounds
{
    explicit PinBounds(igraph_integer_t count)
        : minX(count)
        , maxX(count)
        , minY(count)
        , maxY(count)
    {}

    IgraphVector minX;
    IgraphVector maxX;
    IgraphVector minY;
    IgraphVector maxY;
};

void fillBounds(const NetworkSnapshot &snapshot, const LayoutOptions &options, PinBounds &bounds)
{
    for (int i = 0; i < snapshot.nodeCount(); ++i) {
        const auto pinned = options.pinned.constFind(snapshot.nodes().at(i).id);
        const bool isPinned = pinned != options.pinned.cend();
        VECTOR(*bounds.minX.get())[i] = isPinned ? pinned->x() : -IGRAPH_INFINITY;
        VECTOR(*bounds.maxX.get())[i] = isPinned ? pinned->x() : IGRAPH_INFINITY;
        VECTOR(*bounds.minY.get())[i] = isPinned ? pinned->y() : -IGRAPH_INFINITY;
        VECTOR(*bounds.maxY.get())[i] = isPinned ? pinned->y() : IGRAPH_INFINITY;
    }
}

bool hasPinnedNode(const NetworkSnapshot &snapshot, const LayoutOptions &options)
{
    for (auto it = options.pinned.cbegin(); it != options.pinned.cend(); ++it) {
        if (snapshot.indexOf(it.key()) >= 0) {
            return true;
        }
    }
    return false;
}

Result<NetworkLayout>
runLayout(IgraphSession &session, const NetworkSnapshot &snapshot, const LayoutOptions &options)
{
    const auto count = igraph_integer_t(snapshot.nodeCount());
    IgraphGraph graph;
    if (auto built = graph.build(session, snapshot, false); !built) {
        return built.error();
    }
    IgraphMatrix positions(count, 2);
    const bool incremental = placeStart(snapshot, options, *positions.get()) > 0;
    const int iterations = std::max(1, incremental ? options.iterations / 4 : options.iterations);
    // A cooler start keeps an earlier picture recognisable.
    const double startTemperature = std::sqrt(double(count)) / (incremental ? 10.0 : 1.0);
    PinBounds bounds(hasPinnedNode(snapshot, options) ? count : 0);
    const bool pinned = igraph_vector_size(bounds.minX.get()) == count;
    if (pinned) {
        fillBounds(snapshot, options, bounds);
    }
    session.countIterations(iterations);
    const igraph_error_t code
        = igraph_layout_fruchterman_reingold(graph.get(),
                                             positions.get(),
                                             true,
                                             iterations,
                                             startTemperature,
                                             IGRAPH_LAYOUT_AUTOGRID,
                                             nullptr,
                                             pinned ? bounds.minX.get() : nullptr,
                                             pinned ? bounds.maxX.get() : nullptr,
                                             pinned ? bounds.minY.get() : nullptr,
                                             pinned ? bounds.maxY.get() : nullptr);
    if (auto checked = session.check(code, QStringLiteral("igraph_layout_fruchterman_reingold"));
        !checked) {
        return checked.error();
    }
    NetworkLayout layout;
    layout.iterationsRun = iterations;
    layout.positions.reserve(count);
    for (igraph_integer_t i = 0; i < count; ++i) {
        layout.positions.append(
            QPointF(MATRIX(*positions.get(), i, 0), MATRIX(*positions.get(), i, 1)));
    }
    return layout;
}

} // namespace

Result<NetworkLayout> computeNetworkLayout(const NetworkSnapshot &snapshot,
                                           const LayoutOptions &options,
                                           const RunControl &control)
{
    qCInfo(lcAnalytics) << "Computing a layout of" << snapshot.nodeCount() << "nodes,"
                        << options.pinned.size() << "pinned";
    if (snapshot.nodeCount() == 0) {
        return NetworkLayout{};
    }
    QElapsedTimer timer;
    timer.start();
    IgraphSession session(control);
    if (session.isCancelled()) {
        return IgraphSession::cancelledError();
    }
    session.seed(options.seed);
    auto layout = runLayout(session, snapshot, options);
    if (!layout) {
        if (!control.isCancelled()) {
            qCWarning(lcAnalytics) << "Layout failed:" << layout.error().text();
        }
        return layout;
    }
    qCInfo(lcAnalytics) << "Layout computed in" << timer.elapsed() << "ms";
    return layout;
}

} // namespace CoopAtlas::Core
