// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mouse, wheel and keyboard handling of NetworkCanvas.
#include "networkcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QtMath>

namespace CoopAtlas::Ui {

void NetworkCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(qPow(WheelStep, steps), event->position());
    event->accept();
}

void NetworkCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_lastMouse = event->position();
    m_dragMoved = false;
    m_dragNode = nodeAt(event->position());
    m_panning = m_dragNode < 0;
    if (m_panning)
        setCursor(Qt::ClosedHandCursor);
}

void NetworkCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_lastMouse;
    if (delta.manhattanLength() < 1.0)
        return;
    m_dragMoved = true;
    m_lastMouse = event->position();
    if (m_panning) {
        panBy(delta);
    } else if (m_dragNode >= 0) {
        m_positions[m_dragNode] += delta / m_zoom;
        m_grid.move(m_dragNode, m_positions.at(m_dragNode));
        startInteraction();
        invalidatePicture();
    }
}

void NetworkCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (m_dragNode >= 0 && m_dragMoved) {
        pinNode(m_dragNode, m_positions.at(m_dragNode));
        emit nodePinned(m_snapshot.nodes().at(m_dragNode).id, m_positions.at(m_dragNode));
    } else if (!m_dragMoved) {
        // A click without a move selects, and a click on the background clears.
        selectNode(m_dragNode);
    }
    m_dragNode = -1;
    m_panning = false;
}

void NetworkCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int node = nodeAt(event->position());
    if (node >= 0)
        emit nodeActivated(node);
}

void NetworkCanvas::keyPressEvent(QKeyEvent *event)
{
    constexpr double PanStep = 40.0;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy({PanStep, 0});
        break;
    case Qt::Key_Right:
        panBy({-PanStep, 0});
        break;
    case Qt::Key_Up:
        panBy({0, PanStep});
        break;
    case Qt::Key_Down:
        panBy({0, -PanStep});
        break;
    case Qt::Key_Escape:
        selectNode(-1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace CoopAtlas::Ui
