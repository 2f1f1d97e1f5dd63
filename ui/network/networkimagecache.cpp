// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkimagecache.h"

#include <ui/network/networkcanvas.h>
#include <ui/network/networklogging.h>
#include <ui/network/networkpainter.h>
#include <ui/network/networkscene.h>
#include <ui/network/networkscenepainter.h>
#include <ui/network/spatialgrid.h>

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace CoopAtlas::Ui {

/// A uniform grid over the layout that lists each link in every cell that
/// its segment crosses, and a SpatialGrid of the nodes. It finds the links
/// and nodes that a tile must draw without scanning all of them. The grids
/// are built once, by the first worker that needs them, and are read-only
/// afterwards, so several workers may query them at once.
class LinkIndex
{
public:
    LinkIndex(QList<QPointF> positions, QList<Core::NetworkEdge> edges)
        : m_positions(std::move(positions))
        , m_edges(std::move(edges))
    {}

    /// True when the index was made from these lists. Implicitly shared
    /// lists that were not changed since share their data.
    [[nodiscard]] bool isFor(const QList<QPointF> &positions,
                             const QList<Core::NetworkEdge> &edges) const
    {
        return positions.constData() == m_positions.constData()
               && positions.size() == m_positions.size() && edges.constData() == m_edges.constData()
               && edges.size() == m_edges.size();
    }

    /// Replaces `found` with the links whose segments may cross `rect`, in
    /// increasing order of index, without repeats.
    void edgesIn(const QRectF &rect, std::vector<int> &found) const
    {
        build();
        found.clear();
        if (m_edges.isEmpty())
            return;
        const int firstColumn = column(rect.left());
        const int lastColumn = column(rect.right());
        const int firstRow = row(rect.top());
        const int lastRow = row(rect.bottom());
        for (int r = firstRow; r <= lastRow; ++r) {
            for (int c = firstColumn; c <= lastColumn; ++c) {
                const std::vector<int> &cell = m_cells[size_t(r * m_columns + c)];
                found.insert(found.end(), cell.begin(), cell.end());
            }
        }
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
    }

    /// Replaces `found` with the nodes inside `rect`.
    void nodesIn(const QRectF &rect, QList<int> &found) const
    {
        build();
        m_nodes.pointsIn(rect, found);
    }

private:
    /// Cells per side at most. Long links are listed in up to twice this
    /// many cells, which bounds the memory of the grid.
    static constexpr int MaxCellsPerSide = 64;

    void build() const
    {
        std::call_once(m_built, [this] { buildGrids(); });
    }

    void buildGrids() const
    {
        m_nodes.build(m_positions);
        m_bounds = m_nodes.bounds();
        // About 8 links per cell for short links.
        const int side
            = std::clamp(int(std::sqrt(double(m_edges.size()) / 8.0)), 1, MaxCellsPerSide);
        m_cellSize = std::max({m_bounds.width() / side, m_bounds.height() / side, 1e-9});
        m_columns = std::clamp(int(std::ceil(m_bounds.width() / m_cellSize)), 1, side);
        m_rows = std::clamp(int(std::ceil(m_bounds.height() / m_cellSize)), 1, side);
        m_cells.assign(size_t(m_columns) * size_t(m_rows), {});
        for (int edge = 0; edge < int(m_edges.size()); ++edge)
            insert(edge);
    }

    /// Lists `edge` in each cell of each column that its segment crosses,
    /// between the rows of the segment's ends within that column.
    void insert(int edge) const
    {
        const Core::NetworkEdge &data = m_edges.at(edge);
        QPointF from = m_positions.at(data.from);
        QPointF to = m_positions.at(data.to);
        if (from.x() > to.x())
            std::swap(from, to);
        const int firstColumn = column(from.x());
        const int lastColumn = column(to.x());
        const double dx = to.x() - from.x();
        for (int c = firstColumn; c <= lastColumn; ++c) {
            const double left = std::max(from.x(), m_bounds.left() + c * m_cellSize);
            const double right = std::min(to.x(), m_bounds.left() + (c + 1) * m_cellSize);
            double top = from.y();
            double bottom = to.y();
            if (dx > 0.0) {
                top = from.y() + (to.y() - from.y()) * (left - from.x()) / dx;
                bottom = from.y() + (to.y() - from.y()) * (right - from.x()) / dx;
            }
            if (top > bottom)
                std::swap(top, bottom);
            const int lastRow = row(bottom);
            for (int r = row(top); r <= lastRow; ++r)
                m_cells[size_t(r * m_columns + c)].push_back(edge);
        }
    }

    [[nodiscard]] int column(double x) const
    {
        return std::clamp(int(std::floor((x - m_bounds.left()) / m_cellSize)), 0, m_columns - 1);
    }
    [[nodiscard]] int row(double y) const
    {
        return std::clamp(int(std::floor((y - m_bounds.top()) / m_cellSize)), 0, m_rows - 1);
    }

    const QList<QPointF> m_positions;
    const QList<Core::NetworkEdge> m_edges;
    mutable std::once_flag m_built;
    mutable SpatialGrid m_nodes;
    mutable QRectF m_bounds;
    mutable double m_cellSize = 1.0;
    mutable int m_columns = 1;
    mutable int m_rows = 1;
    mutable std::vector<std::vector<int>> m_cells; ///< links per cell, row after row
};

/// The scene that a set of tiles is drawn from, shared by its workers.
struct TileScene
{
    NetworkScene scene;
    std::shared_ptr<const LinkIndex> index;
};

/// Tiles of one zoom and one picture version. Tile (i, j) covers the pixels
/// from (i, j) * TileSize to (i + 1, j + 1) * TileSize of `origin`, the view
/// that started the set. Tiles are drawn with the same mapping as a direct
/// painting of that view, so at its zoom they match one pixel for pixel.
struct NetworkImageCache::TileSet
{
    quint64 id = 0;
    quint64 version = 0;
    double devicePixelRatio = 1.0;
    bool detailed = false;
    NetworkView origin; ///< view that started the set
    std::shared_ptr<const TileScene> data;
    std::shared_ptr<std::atomic_bool> cancel; ///< set to stop the tiles in progress
    QHash<QPoint, QImage> tiles;
    QSet<QPoint> running; ///< tiles that a worker draws

    TileSet() = default;
    TileSet(const TileSet &) = delete;
    TileSet &operator=(const TileSet &) = delete;
    /// Stops the workers that draw tiles of this set.
    ~TileSet()
    {
        if (cancel)
            cancel->store(true);
    }

    [[nodiscard]] double zoom() const { return origin.zoom; }
    [[nodiscard]] QPointF toPixel(const QPointF &layoutPoint) const
    {
        return origin.mapFromLayout(layoutPoint);
    }
    [[nodiscard]] QPointF toLayout(const QPointF &pixel) const { return origin.mapToLayout(pixel); }
    /// Rectangle of `view` in the plane of the tiles.
    [[nodiscard]] QRectF pixelRect(const NetworkView &view) const
    {
        return QRectF(toPixel(view.mapToLayout(QPointF(0, 0))),
                      toPixel(view.mapToLayout(QPointF(view.size.width(), view.size.height()))))
            .normalized();
    }
    /// Pixels of `origin` that tile `key` covers.
    [[nodiscard]] static QRectF tileRect(QPoint key)
    {
        return QRectF(QPointF(key * TileSize), QSizeF(TileSize, TileSize));
    }
    /// Squared distance in pixels from the centre of tile `key` to `point`.
    [[nodiscard]] static double distance(QPoint key, const QPointF &point)
    {
        const QPointF delta
            = QPointF((key.x() + 0.5) * TileSize, (key.y() + 0.5) * TileSize) - point;
        return QPointF::dotProduct(delta, delta);
    }
};

namespace {

/// Pixels around the outermost nodes, more than half the largest square
/// point (6 pixels at the detail threshold).
constexpr int MarginPixels = 4;

QRectF boundsOf(const QList<QPointF> &positions)
{
    double left = positions.first().x();
    double right = left;
    double top = positions.first().y();
    double bottom = top;
    for (const QPointF &point : positions) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

bool withinZoomRatio(double ratio)
{
    return ratio <= NetworkImageCache::MaxZoomRatio
           && ratio >= 1.0 / NetworkImageCache::MaxZoomRatio;
}

/// Tiles that intersect `rect`, a rectangle in the plane of the tiles.
QList<QPoint> tilesIn(const QRectF &rect)
{
    QList<QPoint> keys;
    if (rect.isEmpty())
        return keys;
    const int size = NetworkImageCache::TileSize;
    const int firstColumn = int(std::floor(rect.left() / size));
    const int lastColumn = int(std::ceil(rect.right() / size)) - 1;
    const int firstRow = int(std::floor(rect.top() / size));
    const int lastRow = int(std::ceil(rect.bottom() / size)) - 1;
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column)
            keys.append(QPoint(column, row));
    }
    return keys;
}

/// Draws the pixels `tile` of `view` of `data` into a new image in full
/// quality, like NetworkPainter: links and square points when the view is
/// zoomed out, the links alone, antialiased, when it is detailed. Runs in a
/// worker thread. Returns a null image when `cancel` is set before the end.
QImage drawTile(const TileScene &data,
                const NetworkView &view,
                const QRectF &tile,
                double devicePixelRatio,
                const std::atomic_bool &cancel)
{
    if (cancel.load())
        return {};
    const NetworkScene &scene = data.scene;
    // Links and squares that reach into the tile from outside it: half a
    // square and the width of a highlighted link.
    const double square = std::max(2.0, 2.0 * view.zoom * NetworkPainter::BaseRadius);
    const double reach = square / 2.0 + 2.0;
    const QRectF area = tile.adjusted(-reach, -reach, reach, reach);
    const QRectF layoutArea
        = QRectF(view.mapToLayout(area.topLeft()), view.mapToLayout(area.bottomRight()))
              .normalized();
    std::vector<int> edges;
    data.index->edgesIn(layoutArea, edges);

    QImage image(tile.size().toSize() * devicePixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    painter.fillRect(QRectF(QPointF(0, 0), tile.size()), scene.background);
    // A translation by whole pixels keeps the mapping of a direct painting
    // of `view`, so the tiles match it pixel for pixel.
    // NOTE: where the tile's edge cuts a dashed link, the raster engine
    // starts its dash pattern again, so a few pixels of those dashes differ
    // from a direct painting.
    painter.translate(-tile.topLeft());
    const bool detailed = NetworkPainter::isDetailed(view);
    painter.setRenderHint(QPainter::Antialiasing, detailed);
    NetworkScenePainter scenePainter;
    const NetworkScenePainter::LineStyles styles
        = NetworkPainter::lineStyles(view, NetworkPainter::Quality::Full);
    if (!scenePainter.paintEdges(painter, scene, view, styles, &cancel, &edges, &area))
        return {};
    if (!detailed) {
        QList<int> nodes;
        data.index->nodesIn(layoutArea, nodes);
        scenePainter.paintSquares(painter, scene, view, nodes);
    }
    painter.end();
    if (cancel.load())
        return {};
    return image;
}

} // namespace

NetworkImageCache::NetworkImageCache(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(WorkerThreads);
}

NetworkImageCache::~NetworkImageCache()
{
    // Workers read only their own copy of the scene, but waiting here makes
    // sure that no thread of this pool outlives the canvas.
    dropAll();
    m_pool.waitForDone();
}

bool NetworkImageCache::isDrawing() const
{
    if (!m_current)
        return false;
    if (!m_current->running.isEmpty())
        return true;
    return std::any_of(m_region.cbegin(), m_region.cend(), [this](QPoint key) {
        return !m_current->tiles.contains(key);
    });
}

double NetworkImageCache::imageZoom() const
{
    return m_current ? m_current->zoom() : 0.0;
}

quint64 NetworkImageCache::imageVersion() const
{
    return m_current ? m_current->version : 0;
}

int NetworkImageCache::tileCount() const
{
    return int((m_current ? m_current->tiles.size() : 0)
               + (m_previous ? m_previous->tiles.size() : 0));
}

bool NetworkImageCache::paint(QPainter &painter,
                              const NetworkCanvas &canvas,
                              const NetworkPainter &networkPainter,
                              const NetworkView &view)
{
    m_readyEmitted = false;
    m_viewSharp = false;
    const QList<QPointF> &positions = canvas.positions();
    if (positions.isEmpty())
        return false;
    const bool detailed = NetworkPainter::isDetailed(view);
    const double devicePixelRatio = painter.device()->devicePixelRatioF();
    // Tiles of other data are not shown: the view is drawn directly until
    // the tiles of the new data cover it.
    if (m_current
        && (m_current->version != canvas.pictureVersion()
            || m_current->devicePixelRatio != devicePixelRatio)) {
        dropAll();
        m_drawDirectly = true;
    }
    if (needsNewSet(canvas, view, detailed, devicePixelRatio))
        startSet(canvas, view, detailed, devicePixelRatio);
    updateRegion(view, boundsOf(positions));
    trimTiles();
    startTiles();

    const bool ready = viewTilesReady();
    m_viewSharp = ready && m_current->zoom() == view.zoom;
    if (ready) {
        m_drawDirectly = false;
        m_previous.reset();
    }
    if (m_drawDirectly)
        return false;

    const NetworkPainter::Quality quality
        = canvas.isInteracting() ? NetworkPainter::Quality::Draft : NetworkPainter::Quality::Full;
    painter.fillRect(QRectF(QPointF(0, 0), view.size), canvas.palette().base());
    if (!ready) {
        // Until the tiles of the view are ready, the parts that they do not
        // cover show the previous tiles scaled, or the nodes alone when there
        // are none. Drawing every link here would cost as much as the tiles
        // themselves. Tiles drawn on the other side of the detail threshold
        // have square points, or lack them, so they are not shown.
        if (m_previous && m_previous->detailed == detailed)
            drawTiles(painter, *m_previous, view);
        else if (!detailed)
            networkPainter.paintNodes(painter, view, NetworkPainter::Quality::NodesOnly);
    }
    drawTiles(painter, *m_current, view);
    if (detailed)
        networkPainter.paintNodes(painter, view, quality);
    return true;
}

bool NetworkImageCache::needsNewSet(const NetworkCanvas &canvas,
                                    const NetworkView &view,
                                    bool detailed,
                                    double devicePixelRatio) const
{
    if (!m_current || m_current->detailed != detailed
        || m_current->devicePixelRatio != devicePixelRatio)
        return true;
    const double ratio = view.zoom / m_current->zoom();
    return !withinZoomRatio(ratio) || (ratio != 1.0 && !canvas.isInteracting());
}

void NetworkImageCache::startSet(const NetworkCanvas &canvas,
                                 const NetworkView &view,
                                 bool detailed,
                                 double devicePixelRatio)
{
    auto set = std::make_unique<TileSet>();
    set->id = ++m_lastSetId;
    set->version = canvas.pictureVersion();
    set->devicePixelRatio = devicePixelRatio;
    set->detailed = detailed;
    set->origin = view;
    NetworkScene scene = canvas.scene();
    if (!m_linkIndex || !m_linkIndex->isFor(scene.positions, scene.edges))
        m_linkIndex = std::make_shared<LinkIndex>(scene.positions, scene.edges);
    set->data = std::make_shared<const TileScene>(TileScene{std::move(scene), m_linkIndex});
    set->cancel = std::make_shared<std::atomic_bool>(false);

    // The tiles of the old set that the view shows stay as the previous set,
    // shown scaled until the new ones cover the view, and the tiles in
    // progress finish into it. An old set without such tiles is dropped,
    // which cancels its tiles in progress, unless there is no other.
    if (m_current) {
        const QRectF visible = m_current->pixelRect(view);
        for (auto it = m_current->tiles.begin(); it != m_current->tiles.end();) {
            const QRectF tile = TileSet::tileRect(it.key());
            it = tile.intersects(visible) ? std::next(it) : m_current->tiles.erase(it);
        }
        if (!m_current->tiles.isEmpty() || !m_previous)
            m_previous = std::move(m_current);
    }
    qCDebug(lcUiNetwork) << "Starting map tiles" << set->id << "at zoom" << view.zoom;
    m_current = std::move(set);
}

void NetworkImageCache::updateRegion(const NetworkView &view, const QRectF &bounds)
{
    const TileSet &set = *m_current;
    const QRectF visible = set.pixelRect(view);
    const QRectF layout = QRectF(set.toPixel(bounds.topLeft()), set.toPixel(bounds.bottomRight()))
                              .adjusted(-MarginPixels, -MarginPixels, MarginPixels, MarginPixels);
    const double marginX = RegionMargin * visible.width();
    const double marginY = RegionMargin * visible.height();
    const QRectF region
        = visible.adjusted(-marginX, -marginY, marginX, marginY).intersected(layout);
    m_viewTiles = tilesIn(visible.intersected(layout));
    m_region = tilesIn(region);
    m_viewCentre = visible.center();
    const QPointF centre = m_viewCentre;
    const auto nearer = [&centre](QPoint a, QPoint b) {
        return TileSet::distance(a, centre) < TileSet::distance(b, centre);
    };
    std::sort(m_viewTiles.begin(), m_viewTiles.end(), nearer);
    // The tiles of the view come first, then the others of the region.
    const auto firstOutside
        = std::stable_partition(m_region.begin(), m_region.end(), [&visible](QPoint key) {
              return TileSet::tileRect(key).intersects(visible);
          });
    std::sort(m_region.begin(), firstOutside, nearer);
    std::sort(firstOutside, m_region.end(), nearer);
}

void NetworkImageCache::trimTiles()
{
    TileSet &set = *m_current;
    const qsizetype maxTiles = std::max<qsizetype>(m_region.size() * 3 / 2, 1);
    if (set.tiles.size() <= maxTiles)
        return;
    const QSet<QPoint> region(m_region.cbegin(), m_region.cend());
    QList<QPoint> outside;
    for (auto it = set.tiles.cbegin(); it != set.tiles.cend(); ++it) {
        if (!region.contains(it.key()))
            outside.append(it.key());
    }
    std::sort(outside.begin(), outside.end(), [this](QPoint a, QPoint b) {
        return TileSet::distance(a, m_viewCentre) > TileSet::distance(b, m_viewCentre);
    });
    for (QPoint key : std::as_const(outside)) {
        if (set.tiles.size() <= maxTiles)
            break;
        set.tiles.remove(key);
    }
}

void NetworkImageCache::startTiles()
{
    if (!m_current)
        return;
    TileSet &set = *m_current;
    for (QPoint key : std::as_const(m_region)) {
        if (m_running >= WorkerThreads)
            return;
        if (set.tiles.contains(key) || set.running.contains(key))
            continue;
        set.running.insert(key);
        ++m_running;
        const quint64 setId = set.id;
        const std::shared_ptr<const TileScene> data = set.data;
        const std::shared_ptr<const std::atomic_bool> cancel = set.cancel;
        const NetworkView origin = set.origin;
        const double devicePixelRatio = set.devicePixelRatio;
        m_pool.start([this, setId, key, data, cancel, origin, devicePixelRatio] {
            QImage image
                = drawTile(*data, origin, TileSet::tileRect(key), devicePixelRatio, *cancel);
            // The cache outlives its workers, and an event queued to it is
            // dropped if it is destroyed first.
            QMetaObject::invokeMethod(
                this,
                [this, setId, key, image = std::move(image)] { takeTile(setId, key, image); },
                Qt::QueuedConnection);
        });
    }
}

void NetworkImageCache::takeTile(quint64 setId, QPoint key, QImage image)
{
    --m_running;
    TileSet *set = nullptr;
    if (m_current && m_current->id == setId)
        set = m_current.get();
    else if (m_previous && m_previous->id == setId)
        set = m_previous.get();
    if (set) {
        set->running.remove(key);
        if (!image.isNull()) {
            set->tiles.insert(key, std::move(image));
            ++m_tilesDrawn;
        }
    }
    if (set && set == m_current.get())
        trimTiles();
    // A tile of the view changes the next frame, unless the canvas draws
    // the view directly until all of them are ready.
    const bool shown = set && set == m_current.get() && m_viewTiles.contains(key)
                       && set->tiles.contains(key) && (!m_drawDirectly || viewTilesReady());
    if (shown && !m_readyEmitted) {
        m_readyEmitted = true;
        emit pictureReady();
    }
    startTiles();
}

bool NetworkImageCache::viewTilesReady() const
{
    return m_current && std::all_of(m_viewTiles.cbegin(), m_viewTiles.cend(), [this](QPoint key) {
               return m_current->tiles.contains(key);
           });
}

void NetworkImageCache::drawTiles(QPainter &painter,
                                  const TileSet &set,
                                  const NetworkView &view) const
{
    const QRectF widget(QPointF(0, 0), view.size);
    const QPointF origin = view.mapFromLayout(set.toLayout(QPointF(0, 0)));
    if (view.zoom == set.zoom()) {
        // The tiles start on whole pixels, so this copies pixels unchanged.
        const QPointF pixel(std::round(origin.x()), std::round(origin.y()));
        for (auto it = set.tiles.cbegin(); it != set.tiles.cend(); ++it) {
            const QPointF corner = pixel + QPointF(it.key() * TileSize);
            if (QRectF(corner, QSizeF(TileSize, TileSize)).intersects(widget))
                painter.drawImage(corner, it.value());
        }
        return;
    }
    const double side = TileSize * view.zoom / set.zoom();
    for (auto it = set.tiles.cbegin(); it != set.tiles.cend(); ++it) {
        const QRectF target(origin + QPointF(it.key()) * side, QSizeF(side, side));
        if (target.intersects(widget))
            painter.drawImage(target, it.value());
    }
}

void NetworkImageCache::dropAll()
{
    m_current.reset();
    m_previous.reset();
    m_region.clear();
    m_viewTiles.clear();
    m_viewSharp = false;
}

void NetworkImageCache::clear()
{
    dropAll();
    m_linkIndex.reset();
    m_drawDirectly = false;
}

} // namespace CoopAtlas::Ui
