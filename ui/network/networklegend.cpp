// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networklegend.h"

#include <QPainter>

namespace CoopAtlas::Ui {

namespace {

constexpr int SampleWidth = 28;
constexpr int Gap = 6;
constexpr int EntrySpacing = 16;

} // namespace

NetworkLegend::NetworkLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setAccessibleName(tr("Legend"));
}

void NetworkLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

QList<QRect> NetworkLegend::entryRects(int width) const
{
    QList<QRect> rects;
    const int height = fontMetrics().height();
    int x = 0;
    int y = 0;
    for (const Entry &entry : m_entries) {
        const int entryWidth = SampleWidth + Gap + fontMetrics().horizontalAdvance(entry.label);
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += height + 4;
        }
        rects.append(QRect(x, y, entryWidth, height));
        x += entryWidth + EntrySpacing;
    }
    return rects;
}

QSize NetworkLegend::sizeHint() const
{
    return QSize(400, heightForWidth(400));
}

int NetworkLegend::heightForWidth(int width) const
{
    const QList<QRect> rects = entryRects(width);
    return rects.isEmpty() ? 0 : rects.last().bottom() + 4;
}

void NetworkLegend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = entryRects(width());
    for (int i = 0; i < int(rects.size()); ++i) {
        const Entry &entry = m_entries.at(i);
        const QRect &box = rects.at(i);
        const int middle = box.center().y();
        if (entry.line.style() != Qt::NoPen) {
            QPen pen = entry.line;
            pen.setWidthF(2.0);
            painter.setPen(pen);
            painter.drawLine(box.left(), middle, box.left() + SampleWidth, middle);
        } else {
            painter.setPen(palette().text().color());
            painter.setBrush(entry.swatch);
            painter.drawEllipse(QPointF(box.left() + SampleWidth / 2.0, middle), 5.0, 5.0);
        }
        painter.setPen(palette().text().color());
        painter.drawText(box.adjusted(SampleWidth + Gap, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         entry.label);
    }
}

} // namespace CoopAtlas::Ui
