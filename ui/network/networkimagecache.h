// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QPainter;

namespace CoopAtlas::Ui {

class NetworkCanvas;
class NetworkPainter;
struct NetworkView;

/// A picture of the links of the layout at one zoom, with the square points
/// of the zoomed-out views: panning copies part of it instead of drawing every
/// link again, and zooming scales it. Detailed nodes and labels are drawn
/// over it in every frame. The picture shows the whole layout when that fits
/// within MaxAreaRatio, and otherwise the view with 0.4 times its width and
/// height on each side.
///
/// A worker thread draws the picture from a NetworkScene copied from the
/// canvas, so no frame waits for it. A new picture is requested when the
/// canvas changes what it shows (its picture version) and when the zoom has
/// settled at another value than the picture's. During a zoom, one is also
/// requested when the scale passes MaxZoomRatio, and during a pan when the
/// view comes within PrefetchMargin of the picture's edge. Until the new
/// picture is ready, frames show the previous picture, scaled or in part, or
/// the nodes alone when there is none. After a change of the picture version
/// the canvas draws the view directly instead. The cache emits
/// pictureReady() when it has the new picture. One picture is drawn at a
/// time: a change of the picture version cancels the one in progress, while
/// a pan or zoom lets it finish and requests the next one after it.
///
/// The picture stays in memory until clear() or the next picture.
class NetworkImageCache : public QObject
{
    Q_OBJECT

public:
    /// Largest picture, in multiples of the canvas area: drawing it again
    /// then costs a few frames' worth of filling and no more memory than
    /// a few window-sized images.
    static constexpr double MaxAreaRatio = 4.0;
    /// Largest ratio between the view's zoom and the picture's before a zoom
    /// in progress requests a new picture. Scaled further, points and lines
    /// look blocky or thin.
    static constexpr double MaxZoomRatio = 1.5;
    /// Fraction of the view's width and height on each side of the view that
    /// the picture must still contain: a pan closer to the picture's edge
    /// requests the picture of the area around the new view.
    static constexpr double PrefetchMargin = 0.15;

    explicit NetworkImageCache(QObject *parent = nullptr);
    /// Cancels the picture in progress and waits for the worker to stop.
    ~NetworkImageCache() override;

    /// Draws `view` of `canvas` from the picture, requesting a new picture
    /// when needed, and draws detailed nodes and labels over it. Returns
    /// false without drawing when the canvas has no nodes or the picture
    /// shows other data than the canvas. The caller then paints the view
    /// directly.
    bool paint(QPainter &painter,
               const NetworkCanvas &canvas,
               const NetworkPainter &networkPainter,
               const NetworkView &view);
    /// Frees the picture and cancels the one in progress, for a new network.
    void clear();
    /// True while a worker draws a picture that has not been shown yet.
    [[nodiscard]] bool isDrawing() const { return m_pending.generation != 0; }
    /// Size of the picture in device pixels; empty when there is none.
    [[nodiscard]] QSize imageSize() const { return m_image.size(); }
    /// Zoom at which the picture was drawn; 0 when there is none.
    [[nodiscard]] double imageZoom() const { return m_image.isNull() ? 0.0 : m_zoom; }
    /// Picture version of the canvas when the picture was requested.
    [[nodiscard]] quint64 imageVersion() const { return m_version; }

signals:
    /// A worker has finished a picture and the next paint() shows it.
    void pictureReady();

private:
    /// Parameters of a requested picture. generation is 0 when none is pending.
    struct Request
    {
        quint64 generation = 0;
        quint64 version = 0;
        double zoom = 0.0;
        double devicePixelRatio = 1.0;
        QRectF area; ///< layout rectangle of the picture
    };
    /// A finished picture and the request it was drawn for.
    struct Picture
    {
        QImage image;
        QPointF origin;
        Request request;
    };

    void request(const NetworkCanvas &canvas,
                 const NetworkView &view,
                 const QRectF &bounds,
                 double devicePixelRatio);
    [[nodiscard]] bool pendingIsCurrent(const NetworkCanvas &canvas,
                                        const NetworkView &view,
                                        double devicePixelRatio) const;
    /// Centre, zoom and size of the current picture.
    [[nodiscard]] NetworkView pictureView() const;
    /// True when `pictureArea` contains the part of `view`, grown by `margin`
    /// times its size on each side, that lies within the layout `bounds`.
    [[nodiscard]] static bool
    covers(const QRectF &pictureArea, const NetworkView &view, const QRectF &bounds, double margin);
    void cancelPending();
    void takePicture();
    void drawImage(QPainter &painter, const NetworkCanvas &canvas, const NetworkView &view) const;

    QThreadPool m_pool; ///< one worker thread, destroyed last
    QImage m_image;
    QPointF m_origin; ///< layout point at the top-left corner of the picture
    QRectF m_area;    ///< layout rectangle of the picture
    double m_zoom = 0.0;
    quint64 m_version = 0;
    Request m_pending;
    quint64 m_lastGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< set to stop the pending picture
    QFutureWatcher<Picture> m_watcher;
};

} // namespace CoopAtlas::Ui
