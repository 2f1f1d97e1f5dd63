// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkimagecache.h"

#include <ui/network/networkcanvas.h>
#include <ui/network/networklogging.h>
#include <ui/network/networkpainter.h>
#include <ui/network/networkscene.h>
#include <ui/network/networkscenepainter.h>

#include <QPainter>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace CoopAtlas::Ui {

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

QSize pictureSize(const QRectF &bounds, double zoom)
{
    return QSize(int(std::ceil(bounds.width() * zoom)) + 2 * MarginPixels + 2,
                 int(std::ceil(bounds.height() * zoom)) + 2 * MarginPixels + 2);
}

/// Fraction of the view's width and height added on each side of the view
/// for a picture that cannot show the whole layout. The picture is then 1.8 x
/// 1.8 views, within MaxAreaRatio.
constexpr double RegionMargin = 0.4;

/// Layout rectangle that `view` shows, grown by `margin` times its size on
/// each side.
QRectF layoutArea(const NetworkView &view, double margin)
{
    const QRectF area(view.mapToLayout(QPointF(0, 0)),
                      view.mapToLayout(QPointF(view.size.width(), view.size.height())));
    const QRectF normal = area.normalized();
    return normal.adjusted(-margin * normal.width(),
                           -margin * normal.height(),
                           margin * normal.width(),
                           margin * normal.height());
}

bool withinZoomRatio(double ratio)
{
    return ratio <= NetworkImageCache::MaxZoomRatio
           && ratio >= 1.0 / NetworkImageCache::MaxZoomRatio;
}

/// Draws `view` of `scene` into a new image in full quality, like
/// NetworkPainter: links and square points when the view is zoomed out, the
/// links alone, antialiased, when it is detailed. Runs in a worker thread.
/// Returns a null image when `cancel` is set before the end.
QImage drawPicture(const NetworkScene &scene,
                   const NetworkView &view,
                   double devicePixelRatio,
                   const std::atomic_bool &cancel)
{
    if (cancel.load())
        return {};
    const QSize size = view.size.toSize();
    QImage image(size * devicePixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    painter.fillRect(QRectF(QPointF(0, 0), view.size), scene.background);
    const bool detailed = NetworkPainter::isDetailed(view);
    painter.setRenderHint(QPainter::Antialiasing, detailed);
    NetworkScenePainter scenePainter;
    const NetworkScenePainter::LineStyles styles
        = NetworkPainter::lineStyles(view, NetworkPainter::Quality::Full);
    if (!scenePainter.paintEdges(painter, scene, view, styles, &cancel))
        return {};
    if (!detailed) {
        // The raster engine clips the squares outside the picture, which
        // costs less than finding the nodes inside it without the grid.
        QList<int> nodes(scene.positions.size());
        std::iota(nodes.begin(), nodes.end(), 0);
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
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &NetworkImageCache::takePicture);
}

NetworkImageCache::~NetworkImageCache()
{
    // The worker reads only its own copy of the scene, but waiting here makes
    // sure that no thread of this pool outlives the canvas.
    cancelPending();
    m_pool.waitForDone();
}

bool NetworkImageCache::paint(QPainter &painter,
                              const NetworkCanvas &canvas,
                              const NetworkPainter &networkPainter,
                              const NetworkView &view)
{
    const QList<QPointF> &positions = canvas.positions();
    if (positions.isEmpty())
        return false;
    const QRectF bounds = boundsOf(positions);
    const bool detailed = NetworkPainter::isDetailed(view);
    const double devicePixelRatio = painter.device()->devicePixelRatioF();
    // A picture drawn on the other side of the detail threshold has square
    // points, or lacks them, so it is not shown.
    const bool usable = !m_image.isNull() && m_image.devicePixelRatio() == devicePixelRatio
                        && NetworkPainter::isDetailed(pictureView()) == detailed;
    const bool current = usable && m_version == canvas.pictureVersion();
    const double ratio = usable ? view.zoom / m_zoom : 1.0;
    const bool settledElsewhere = ratio != 1.0 && !canvas.isInteracting();
    if (!current || !withinZoomRatio(ratio) || settledElsewhere
        || !covers(m_area, view, bounds, PrefetchMargin))
        request(canvas, view, bounds, devicePixelRatio);

    const NetworkPainter::Quality quality
        = canvas.isInteracting() ? NetworkPainter::Quality::Draft : NetworkPainter::Quality::Full;
    if (!usable) {
        // Until the first picture is ready, frames show the nodes alone:
        // drawing every link here would cost as much as the picture itself.
        networkPainter.paint(painter, view, NetworkPainter::Quality::NodesOnly);
        return true;
    }
    // A picture of other data is not shown: the view is drawn directly until
    // the new picture is ready.
    if (!current)
        return false;
    // Otherwise the picture is shown scaled, or in part when the view has
    // moved past its area, until the new picture is ready. Detailed nodes and
    // labels are drawn over the links in every frame.
    drawImage(painter, canvas, view);
    if (detailed)
        networkPainter.paintNodes(painter, view, quality);
    return true;
}

NetworkView NetworkImageCache::pictureView() const
{
    const QSizeF size = QSizeF(m_image.size()) / m_image.devicePixelRatio();
    return NetworkView{
        m_origin + QPointF(size.width(), size.height()) / (2.0 * m_zoom), m_zoom, size};
}

void NetworkImageCache::drawImage(QPainter &painter,
                                  const NetworkCanvas &canvas,
                                  const NetworkView &view) const
{
    const QRectF widget(QPointF(0, 0), view.size);
    const QSizeF logicalSize = QSizeF(m_image.size()) / m_image.devicePixelRatio();
    const QPointF corner = view.mapFromLayout(m_origin);
    if (view.zoom == m_zoom) {
        // The picture starts on a whole pixel, so this copies pixels unchanged.
        const QPointF pixel(std::round(corner.x()), std::round(corner.y()));
        if (!QRectF(pixel, logicalSize).contains(widget))
            painter.fillRect(widget, canvas.palette().base());
        painter.drawImage(pixel, m_image);
    } else {
        const QRectF target(corner, logicalSize * (view.zoom / m_zoom));
        if (!target.contains(widget))
            painter.fillRect(widget, canvas.palette().base());
        painter.drawImage(target, m_image);
    }
}

void NetworkImageCache::clear()
{
    cancelPending();
    m_image = QImage();
    m_area = QRectF();
    m_zoom = 0.0;
    m_version = 0;
}

bool NetworkImageCache::pendingIsCurrent(const NetworkCanvas &canvas,
                                         const NetworkView &view,
                                         double devicePixelRatio) const
{
    const NetworkView pending{QPointF(), m_pending.zoom, view.size};
    return isDrawing() && m_pending.version == canvas.pictureVersion()
           && m_pending.devicePixelRatio == devicePixelRatio
           && NetworkPainter::isDetailed(pending) == NetworkPainter::isDetailed(view);
}

bool NetworkImageCache::covers(const QRectF &pictureArea,
                               const NetworkView &view,
                               const QRectF &bounds,
                               double margin)
{
    // Nothing is drawn outside the bounds of the layout, so only the part
    // of the view inside them needs to be in the picture.
    const QRectF needed = layoutArea(view, margin).intersected(bounds);
    return needed.isEmpty() || pictureArea.contains(needed);
}

void NetworkImageCache::request(const NetworkCanvas &canvas,
                                const NetworkView &view,
                                const QRectF &bounds,
                                double devicePixelRatio)
{
    // A picture in progress of the current data is finished even when the
    // view has moved on: cancelling it at every frame of a long zoom would
    // never let a picture finish on a busy machine. The first paint after
    // pictureReady() requests the next one when it is still needed.
    if (pendingIsCurrent(canvas, view, devicePixelRatio))
        return;
    cancelPending();
    // The whole layout when it fits within MaxAreaRatio, else the view and
    // its surroundings.
    QRectF area = bounds;
    const QSize wholeSize = pictureSize(bounds, view.zoom);
    const double wholeArea = double(wholeSize.width()) * double(wholeSize.height());
    if (wholeArea > MaxAreaRatio * view.size.width() * view.size.height()) {
        area = layoutArea(view, RegionMargin).intersected(bounds);
        if (area.isEmpty())
            area = layoutArea(view, 0.0);
    }
    // Put the top-left corner of the picture on a whole pixel of the canvas,
    // so that at this zoom the picture matches a direct painting.
    const QPointF corner = view.mapFromLayout(area.topLeft()) - QPointF(MarginPixels, MarginPixels);
    const QPointF origin
        = view.mapToLayout(QPointF(std::floor(corner.x()), std::floor(corner.y())));
    const QSize size = pictureSize(area, view.zoom);
    const NetworkView pictureView{
        origin + QPointF(size.width(), size.height()) / (2.0 * view.zoom), view.zoom, QSizeF(size)};
    m_pending = Request{++m_lastGeneration,
                        canvas.pictureVersion(),
                        view.zoom,
                        devicePixelRatio,
                        QRectF(origin, QSizeF(size) / view.zoom)};
    m_cancel = std::make_shared<std::atomic_bool>(false);
    qCDebug(lcUiNetwork) << "Drawing the map picture" << m_pending.generation << "at zoom"
                         << view.zoom << "size" << size;
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool,
        [scene = canvas.scene(), pictureView, origin, request = m_pending, cancel = m_cancel] {
            Picture picture;
            picture.image = drawPicture(scene, pictureView, request.devicePixelRatio, *cancel);
            picture.origin = origin;
            picture.request = request;
            return picture;
        }));
}

void NetworkImageCache::cancelPending()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_pending = Request{};
}

void NetworkImageCache::takePicture()
{
    const QFuture<Picture> future = m_watcher.future();
    if (!future.isFinished() || future.resultCount() == 0)
        return;
    Picture picture = future.result();
    // A picture cancelled or superseded since its request is dropped.
    if (!isDrawing() || picture.request.generation != m_pending.generation) {
        qCDebug(lcUiNetwork) << "Dropped the map picture" << picture.request.generation;
        return;
    }
    m_pending = Request{};
    m_cancel.reset();
    if (picture.image.isNull()) {
        qCDebug(lcUiNetwork) << "The map picture" << picture.request.generation << "was cancelled";
        return;
    }
    qCDebug(lcUiNetwork) << "Map picture" << picture.request.generation << "ready";
    m_image = std::move(picture.image);
    m_origin = picture.origin;
    m_area = picture.request.area;
    m_zoom = picture.request.zoom;
    m_version = picture.request.version;
    emit pictureReady();
}

} // namespace CoopAtlas::Ui
