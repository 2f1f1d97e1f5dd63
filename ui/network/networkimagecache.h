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

/// A picture of the whole layout at one zoom, for the zoomed-out views where
/// nodes are square points: panning copies part of it instead of drawing
/// every link again, and zooming scales it.
///
/// A worker thread draws the picture from a NetworkScene copied from the
/// canvas, so no frame waits for it. A new picture is requested when the
/// canvas changes what it shows (its picture version), when the zoom has
/// settled at another value than the picture's, and during a zoom when the
/// scale passes MaxZoomRatio. Until the new picture is ready, frames show the
/// previous picture scaled, or the nodes alone when there is none. The cache
/// emits pictureReady() when it has the new picture, and a newer request
/// cancels an older one.
///
/// A zoom past the largest picture (MaxAreaRatio) requests none. It keeps
/// scaling the last current picture within MaxZoomRatio, or further while a
/// new picture is drawn, until the zoom settles. The canvas draws the view
/// directly after that. The picture stays in memory while the view is zoomed
/// in, until clear() or the next picture.
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

    explicit NetworkImageCache(QObject *parent = nullptr);
    /// Cancels the picture in progress and waits for the worker to stop.
    ~NetworkImageCache() override;

    /// Draws `view` of `canvas` from the picture, requesting a new picture
    /// when needed. Returns false without drawing when the view is detailed,
    /// when the whole layout at this zoom exceeds MaxAreaRatio and no current
    /// picture can be scaled for a zoom in progress, or when there is no
    /// picture and none is being drawn. The caller then paints the view
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
    /// What a requested picture shows. generation is 0 when none is pending.
    struct Request
    {
        quint64 generation = 0;
        quint64 version = 0;
        double zoom = 0.0;
        double devicePixelRatio = 1.0;
    };
    /// A finished picture with the request that it answers.
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
    [[nodiscard]] bool pendingCovers(const NetworkCanvas &canvas,
                                     const NetworkView &view,
                                     double devicePixelRatio) const;
    void cancelPending();
    void takePicture();
    void drawImage(QPainter &painter, const NetworkCanvas &canvas, const NetworkView &view) const;

    QThreadPool m_pool; ///< one worker thread, destroyed last
    QImage m_image;
    QPointF m_origin; ///< layout point at the top-left corner of the picture
    double m_zoom = 0.0;
    quint64 m_version = 0;
    Request m_pending;
    quint64 m_lastGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< set to stop the pending picture
    QFutureWatcher<Picture> m_watcher;
};

} // namespace CoopAtlas::Ui
