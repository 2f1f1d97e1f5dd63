// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QPainter;

namespace CoopAtlas::Ui {

class NetworkCanvas;
class NetworkPainter;
struct NetworkView;
class LinkIndex;
struct TileScene;

/// Square tiles of the links of the layout at one zoom, with the square
/// points of the zoomed-out views. Panning copies the tiles instead of drawing
/// every link again, and zooming scales them. Detailed nodes and labels are
/// drawn over them in every frame.
///
/// Worker threads draw the tiles from a NetworkScene copied from the canvas,
/// so no frame waits for them. Each paint() lists the tiles of the region
/// around the view, which is the view with RegionMargin times its width and
/// height on each side, clipped to the layout. Tiles that intersect the view
/// come first, nearest to its centre first, then the others of the region.
/// Tiles already drawn at the same zoom and data are reused, so a pan draws
/// only the tiles that it uncovers. Each tile draws only the links that
/// cross it and the points inside it, found through a grid of the layout
/// (LinkIndex), so a tile costs in proportion to its content.
///
/// A new set of tiles is started when the canvas changes what it shows (its
/// picture version), when the zoom has settled at another value than the
/// tiles', and during a zoom when the scale passes MaxZoomRatio. Until the
/// tiles of the view are ready, frames show the previous set scaled, or the
/// nodes alone when there is none. After a change of the picture version the
/// canvas draws the view directly until the tiles of the view are ready. The
/// cache emits pictureReady() when tiles that the next frame shows arrive,
/// at most once per painted frame.
///
/// A change of the picture version cancels the tiles in progress. A pan lets
/// them finish. A zoom that starts a new set lets them finish into the
/// previous set when the old set has tiles of the view, and cancels them
/// otherwise.
///
/// Memory: the current set keeps at most 1.5 times the tiles of the region
/// (tiles farthest from the view centre are dropped first). The previous set
/// keeps only the tiles that intersected the view when it was replaced, plus
/// the at most WorkerThreads tiles then in progress.
/// For a 1280 x 800 view at a device pixel ratio of 1 that is at most 105
/// tiles (27 MB) in the current set and 30 tiles (8 MB) in the previous one.
class NetworkImageCache : public QObject
{
    Q_OBJECT

public:
    /// Side of a tile in logical pixels.
    static constexpr int TileSize = 256;
    /// Largest ratio between the view's zoom and the tiles' before a zoom in
    /// progress starts a new set. Scaled further, points and lines look
    /// blocky or thin.
    static constexpr double MaxZoomRatio = 1.5;
    /// Fraction of the view's width and height on each side of the view
    /// that the tiles of the region cover, so that a short pan shows tiles
    /// drawn before it.
    static constexpr double RegionMargin = 0.4;
    /// Worker threads drawing tiles.
    static constexpr int WorkerThreads = 2;

    explicit NetworkImageCache(QObject *parent = nullptr);
    /// Cancels the tiles in progress and waits for the workers to stop.
    ~NetworkImageCache() override;

    /// Draws `view` of `canvas` from the tiles, requesting the missing ones,
    /// and draws detailed nodes and labels over them. Returns false without
    /// drawing when the canvas has no nodes, or when the data changed and the
    /// tiles of the view are not all drawn yet. The caller then paints the
    /// view directly.
    bool paint(QPainter &painter,
               const NetworkCanvas &canvas,
               const NetworkPainter &networkPainter,
               const NetworkView &view);
    /// Frees the tiles and cancels the ones in progress, for a new network.
    void clear();
    /// True while tiles of the region around the last painted view are
    /// missing at the current zoom, queued or being drawn.
    [[nodiscard]] bool isDrawing() const;
    /// Zoom of the current set of tiles; 0 when there is none.
    [[nodiscard]] double imageZoom() const;
    /// Picture version of the canvas when the current set was started.
    [[nodiscard]] quint64 imageVersion() const;
    /// True when the last paint() drew every part of the view from tiles of
    /// the current data at the view's zoom.
    [[nodiscard]] bool isViewSharp() const { return m_viewSharp; }
    /// Tiles in memory, in both sets.
    [[nodiscard]] int tileCount() const;
    /// Tiles of the region around the last painted view.
    [[nodiscard]] int regionTileCount() const { return int(m_region.size()); }
    /// Tiles drawn by the workers since the cache was made.
    [[nodiscard]] quint64 tilesDrawn() const { return m_tilesDrawn; }

signals:
    /// Tiles that the next paint() shows have arrived.
    void pictureReady();

private:
    struct TileSet;

    [[nodiscard]] bool needsNewSet(const NetworkCanvas &canvas,
                                   const NetworkView &view,
                                   bool detailed,
                                   double devicePixelRatio) const;
    void startSet(const NetworkCanvas &canvas,
                  const NetworkView &view,
                  bool detailed,
                  double devicePixelRatio);
    void updateRegion(const NetworkView &view, const QRectF &bounds);
    void trimTiles();
    void startTiles();
    void takeTile(quint64 setId, QPoint key, QImage image);
    [[nodiscard]] bool viewTilesReady() const;
    void drawTiles(QPainter &painter, const TileSet &set, const NetworkView &view) const;
    void dropAll();

    QThreadPool m_pool; ///< WorkerThreads threads, destroyed last
    std::unique_ptr<TileSet> m_current;
    std::unique_ptr<TileSet> m_previous;
    std::shared_ptr<LinkIndex> m_linkIndex; ///< index of the last set's positions
    QList<QPoint> m_region;                 ///< tiles of the region, in drawing order
    QList<QPoint> m_viewTiles;              ///< tiles of the region that intersect the view
    QPointF m_viewCentre; ///< centre of the last painted view, in pixels of the current set
    int m_running = 0;    ///< tiles being drawn, of any set
    quint64 m_lastSetId = 0;
    quint64 m_tilesDrawn = 0;
    bool m_drawDirectly = false; ///< the data changed and the view's tiles are not ready
    bool m_readyEmitted = false; ///< pictureReady() was emitted since the last paint()
    bool m_viewSharp = false;
};

} // namespace CoopAtlas::Ui
