// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace CoopAtlas::Ui {

class NetworkCanvas;
class NetworkPainter;
struct NetworkView;

/// A picture of the whole layout at one zoom, for the zoomed-out views where
/// nodes are square points: panning copies part of it instead of drawing
/// every link again, and zooming scales it until the zoom settles.
///
/// The picture is drawn again when the canvas changes what it shows (its
/// picture version), when the zoom has settled at another value than the
/// picture's, and during a zoom when the scale reaches MaxZoomRatio. A zoom
/// past the largest picture (MaxAreaRatio) keeps scaling the last one within
/// MaxZoomRatio until the zoom settles. The picture stays in memory while the
/// view is zoomed in, until clear() or the next picture.
class NetworkImageCache
{
public:
    /// Largest picture, in multiples of the canvas area: drawing it again
    /// then costs a few frames' worth of filling and no more memory than
    /// a few window-sized images.
    static constexpr double MaxAreaRatio = 4.0;
    /// Largest ratio between the view's zoom and the picture's before a zoom
    /// in progress draws the picture again. Scaled further, points and lines
    /// would look blocky or thin.
    static constexpr double MaxZoomRatio = 1.5;

    /// Draws `view` of `canvas` from the picture, drawing the picture first
    /// when needed. Returns false without drawing when the view is detailed,
    /// or when the whole layout at this zoom exceeds MaxAreaRatio and no
    /// current picture can be scaled for a zoom in progress. The caller then
    /// paints the view directly.
    bool paint(QPainter &painter,
               const NetworkCanvas &canvas,
               const NetworkPainter &networkPainter,
               const NetworkView &view);
    /// Frees the picture, for a new network.
    void clear();
    /// Size of the picture in device pixels; empty when there is none.
    [[nodiscard]] QSize imageSize() const { return m_image.size(); }
    /// Zoom at which the picture was drawn; 0 when there is none.
    [[nodiscard]] double imageZoom() const { return m_image.isNull() ? 0.0 : m_zoom; }

private:
    void rebuild(const NetworkCanvas &canvas,
                 const NetworkPainter &networkPainter,
                 const NetworkView &view,
                 const QRectF &bounds,
                 double devicePixelRatio);

    QImage m_image;
    QPointF m_origin; ///< layout point at the top-left corner of the picture
    double m_zoom = 0.0;
    quint64 m_version = 0;
};

} // namespace CoopAtlas::Ui
