// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkimagecache.h"

#include <ui/network/networkcanvas.h>
#include <ui/network/networkpainter.h>

#include <QPainter>

#include <algorithm>
#include <cmath>

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

} // namespace

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
    const bool stale = m_image.isNull() || m_version != canvas.pictureVersion()
                       || m_image.devicePixelRatio() != devicePixelRatio;
    const double ratio = stale ? 1.0 : view.zoom / m_zoom;
    const bool scalable = ratio <= MaxZoomRatio && ratio >= 1.0 / MaxZoomRatio;
    // During a zoom past the largest picture, the current picture is scaled
    // while it stays within MaxZoomRatio. The view is drawn directly once the
    // zoom settles or leaves that range.
    if (!fits && (stale || !scalable || !canvas.isInteracting()))
        return false;
    if (fits && (stale || (ratio != 1.0 && !canvas.isInteracting()) || !scalable))
        rebuild(canvas, networkPainter, view, bounds, devicePixelRatio);

    const QRectF widget(QPointF(0, 0), view.size);
    const QSizeF logicalSize = QSizeF(m_image.size()) / devicePixelRatio;
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
    return true;
}

void NetworkImageCache::clear()
{
    m_image = QImage();
    m_zoom = 0.0;
}

void NetworkImageCache::rebuild(const NetworkCanvas &canvas,
                                const NetworkPainter &networkPainter,
                                const NetworkView &view,
                                const QRectF &bounds,
                                double devicePixelRatio)
{
    // Put the top-left corner of the picture on a whole pixel of the canvas,
    // so that at this zoom the picture matches a direct painting.
    const QPointF corner
        = view.mapFromLayout(bounds.topLeft()) - QPointF(MarginPixels, MarginPixels);
    m_origin = view.mapToLayout(QPointF(std::floor(corner.x()), std::floor(corner.y())));
    m_zoom = view.zoom;
    m_version = canvas.pictureVersion();
    const QSize size = pictureSize(bounds, view.zoom);
    m_image = QImage(size * devicePixelRatio, QImage::Format_RGB32);
    m_image.setDevicePixelRatio(devicePixelRatio);
    const NetworkView pictureView{m_origin
                                      + QPointF(size.width(), size.height()) / (2.0 * view.zoom),
                                  view.zoom,
                                  QSizeF(size)};
    QPainter imagePainter(&m_image);
    networkPainter.paint(imagePainter, pictureView, NetworkPainter::Quality::Full);
}

} // namespace CoopAtlas::Ui
