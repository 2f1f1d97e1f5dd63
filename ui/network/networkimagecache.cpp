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

bool withinZoomRatio(double ratio)
{
    return ratio <= NetworkImageCache::MaxZoomRatio
           && ratio >= 1.0 / NetworkImageCache::MaxZoomRatio;
}

/// Draws `view` of `scene` into a new image, like NetworkPainter draws a
/// zoomed-out view in full quality. Runs in a worker thread. Returns a null
/// image when `cancel` is set before the end.
QImage drawPicture(const NetworkScene &scene,
                   const NetworkView &view,
                   double devicePixelRatio,
                   const std::atomic_bool &cancel)
{
    const QSize size = view.size.toSize();
    QImage image(size * devicePixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    painter.fillRect(QRectF(QPointF(0, 0), view.size), scene.background);
    NetworkScenePainter scenePainter;
    NetworkScenePainter::LineStyles styles;
    styles.dashedLinks = false;
    styles.dashedHighlights = true;
    if (!scenePainter.paintEdges(painter, scene, view, styles, &cancel))
        return {};
    // The picture contains the whole layout, so every node is inside it.
    QList<int> nodes(scene.positions.size());
    std::iota(nodes.begin(), nodes.end(), 0);
    scenePainter.paintSquares(painter, scene, view, nodes);
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
    // The picture is kept when it is not used, so that zooming back out within
    // MaxZoomRatio of its zoom finds it again.
    if (positions.isEmpty() || NetworkPainter::isDetailed(view))
        return false;
    const QRectF bounds = boundsOf(positions);
    const QSize size = pictureSize(bounds, view.zoom);
    const double area = double(size.width()) * double(size.height());
    const bool fits = area <= MaxAreaRatio * view.size.width() * view.size.height();
    const double devicePixelRatio = painter.device()->devicePixelRatioF();
    const bool usable = !m_image.isNull() && m_image.devicePixelRatio() == devicePixelRatio;
    const bool current = usable && m_version == canvas.pictureVersion();
    const double ratio = usable ? view.zoom / m_zoom : 1.0;
    const bool interacting = canvas.isInteracting();
    if (fits && (!current || !withinZoomRatio(ratio) || (ratio != 1.0 && !interacting)))
        request(canvas, view, bounds, devicePixelRatio);

    if (!usable) {
        // Until the first picture is ready, frames show the nodes alone:
        // drawing every link here would cost as much as the picture itself.
        if (!fits || !isDrawing())
            return false;
        networkPainter.paint(painter, view, NetworkPainter::Quality::NodesOnly);
        return true;
    }
    // A picture of other data is not shown: the view is drawn directly until
    // the new picture is ready.
    if (!current)
        return false;
    // During a zoom past the largest picture, the current picture is scaled
    // while it stays within MaxZoomRatio, or while a new picture is drawn.
    // The view is drawn directly once the zoom settles or leaves that range.
    if (!fits && (!interacting || !(withinZoomRatio(ratio) || isDrawing())))
        return false;
    drawImage(painter, canvas, view);
    return true;
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
    m_zoom = 0.0;
    m_version = 0;
}

bool NetworkImageCache::pendingCovers(const NetworkCanvas &canvas,
                                      const NetworkView &view,
                                      double devicePixelRatio) const
{
    if (!isDrawing() || m_pending.version != canvas.pictureVersion()
        || m_pending.devicePixelRatio != devicePixelRatio)
        return false;
    // During a zoom the picture in progress will be scaled; once the zoom
    // has settled only a picture at its exact zoom will do.
    const double ratio = view.zoom / m_pending.zoom;
    return canvas.isInteracting() ? withinZoomRatio(ratio) : ratio == 1.0;
}

void NetworkImageCache::request(const NetworkCanvas &canvas,
                                const NetworkView &view,
                                const QRectF &bounds,
                                double devicePixelRatio)
{
    if (pendingCovers(canvas, view, devicePixelRatio))
        return;
    cancelPending();
    // Put the top-left corner of the picture on a whole pixel of the canvas,
    // so that at this zoom the picture matches a direct painting.
    const QPointF corner
        = view.mapFromLayout(bounds.topLeft()) - QPointF(MarginPixels, MarginPixels);
    const QPointF origin
        = view.mapToLayout(QPointF(std::floor(corner.x()), std::floor(corner.y())));
    const QSize size = pictureSize(bounds, view.zoom);
    const NetworkView pictureView{
        origin + QPointF(size.width(), size.height()) / (2.0 * view.zoom), view.zoom, QSizeF(size)};
    m_pending = Request{++m_lastGeneration, canvas.pictureVersion(), view.zoom, devicePixelRatio};
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
    if (!isDrawing() || picture.request.generation != m_pending.generation)
        return;
    m_pending = Request{};
    m_cancel.reset();
    if (picture.image.isNull())
        return;
    m_image = std::move(picture.image);
    m_origin = picture.origin;
    m_zoom = picture.request.zoom;
    m_version = picture.request.version;
    emit pictureReady();
}

} // namespace CoopAtlas::Ui
