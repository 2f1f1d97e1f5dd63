// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

constexpr qreal MaxLabelWidth = 260;
constexpr qreal IconSize = 16;
constexpr qreal IndentPerDepth = 18;

QDate periodStart(QDate date, TimelineWidget::Zoom zoom)
{
    switch (zoom) {
    case TimelineWidget::Zoom::Month:
        return QDate(date.year(), date.month(), 1);
    case TimelineWidget::Zoom::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case TimelineWidget::Zoom::Year:
        break;
    }
    return QDate(date.year(), 1, 1);
}

int monthsIn(TimelineWidget::Zoom zoom)
{
    switch (zoom) {
    case TimelineWidget::Zoom::Month:
        return 1;
    case TimelineWidget::Zoom::Quarter:
        return 3;
    case TimelineWidget::Zoom::Year:
        break;
    }
    return 12;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_anchor(periodStart(QDate::currentDate(), m_zoom))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Residency timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(false);
}

void TimelineWidget::setZoom(Zoom zoom)
{
    if (m_zoom == zoom)
        return;
    m_zoom = zoom;
    changeRange(m_anchor);
}

void TimelineWidget::setCurrentDate(QDate date)
{
    if (date.isValid())
        changeRange(date);
}

void TimelineWidget::changeRange(QDate anchor)
{
    // The range is announced even when unchanged, because a new zoom keeps the
    // first day but changes the last.
    m_anchor = periodStart(anchor, m_zoom);
    update();
    emit rangeChanged(firstVisibleDay(), lastVisibleDay());
}

QDate TimelineWidget::firstVisibleDay() const
{
    return m_anchor;
}

QDate TimelineWidget::lastVisibleDay() const
{
    return m_anchor.addMonths(monthsIn(m_zoom)).addDays(-1);
}

QString TimelineWidget::periodTitle() const
{
    const QLocale locale;
    switch (m_zoom) {
    case Zoom::Month:
        return tr("%1 %2", "month name, year")
            .arg(locale.standaloneMonthName(m_anchor.month()))
            .arg(m_anchor.year());
    case Zoom::Quarter:
        return tr("Q%1 %2", "quarter number, year")
            .arg((m_anchor.month() - 1) / 3 + 1)
            .arg(m_anchor.year());
    case Zoom::Year:
        break;
    }
    return QString::number(m_anchor.year());
}

void TimelineWidget::showPrevious()
{
    changeRange(m_anchor.addMonths(-monthsIn(m_zoom)));
}

void TimelineWidget::showNext()
{
    changeRange(m_anchor.addMonths(monthsIn(m_zoom)));
}

void TimelineWidget::showToday()
{
    changeRange(QDate::currentDate());
}

void TimelineWidget::setRows(const QList<TimelineRow> &rows)
{
    m_rows = rows;
    const int warnings = int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](auto &row) { return !row.warning.isEmpty(); }));
    setAccessibleDescription(tr("%n row(s)", nullptr, int(m_rows.size())) + u' '
                             + tr("%n double booking(s)", nullptr, warnings));
    updateGeometry();
    update();
}

void TimelineWidget::setSelectedId(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    update();
}

bool TimelineWidget::isRecordVisible(const QString &id) const
{
    const QDate first = firstVisibleDay();
    const QDate last = lastVisibleDay();
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const TimelineRow &row) {
        return row.id == id && row.start <= last && row.end >= first;
    });
}

qreal TimelineWidget::rowHeight() const
{
    return QFontMetricsF(font()).height() + 10;
}

qreal TimelineWidget::headerHeight() const
{
    return 2 * QFontMetricsF(font()).height() + 10;
}

qreal TimelineWidget::labelWidth() const
{
    const QFontMetricsF metrics(font());
    qreal widest = metrics.horizontalAdvance(tr("Residency"));
    for (const TimelineRow &row : m_rows) {
        widest
            = std::max(widest, metrics.horizontalAdvance(row.label) + row.depth * IndentPerDepth);
    }
    return std::min(MaxLabelWidth, widest + IconSize + 16);
}

qreal TimelineWidget::xOf(QDate day) const
{
    const qreal left = labelWidth();
    const qint64 days = firstVisibleDay().daysTo(lastVisibleDay()) + 1;
    const qreal dayWidth = (width() - left - 1) / qreal(days);
    return left + firstVisibleDay().daysTo(day) * dayWidth;
}

QRectF TimelineWidget::spanRect(int row, QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < firstVisibleDay() || from > lastVisibleDay())
        return QRectF();
    const QDate first = std::max(from, firstVisibleDay());
    const QDate last = std::min(to, lastVisibleDay());
    const qreal top = headerHeight() + row * rowHeight();
    const qreal left = xOf(first);
    const qreal right = xOf(last.addDays(1));
    return QRectF(left, top + 4, std::max(2.0, right - left - 1), rowHeight() - 8);
}

QRectF TimelineWidget::barRect(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return QRectF();
    return spanRect(row, m_rows[row].start, m_rows[row].end);
}

QRectF TimelineWidget::warningRect(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].warning.isEmpty())
        return QRectF();
    const qreal top = headerHeight() + row * rowHeight();
    return QRectF(4, top + (rowHeight() - IconSize) / 2, IconSize, IconSize);
}

int TimelineWidget::rowAt(const QPointF &pos) const
{
    if (pos.y() < headerHeight())
        return -1;
    const int row = int((pos.y() - headerHeight()) / rowHeight());
    return row < m_rows.size() ? row : -1;
}

QSize TimelineWidget::sizeHint() const
{
    return {840, int(headerHeight() + std::max<qsizetype>(8, m_rows.size()) * rowHeight()) + 2};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {420, int(headerHeight() + m_rows.size() * rowHeight()) + 2};
}

void TimelineWidget::paintHeader(QPainter &painter) const
{
    const QLocale locale;
    const QFontMetricsF metrics(font());
    const qreal lineHeight = metrics.height() + 5;
    const QColor lineColour = palette().color(QPalette::Mid);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(6, 0, labelWidth() - 8, headerHeight()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     periodTitle());
    // Month names on the first line; days (month zoom) or week starts below.
    for (QDate month = firstVisibleDay(); month <= lastVisibleDay(); month = month.addMonths(1)) {
        const qreal left = xOf(month);
        const qreal right = xOf(month.addMonths(1));
        painter.setPen(lineColour);
        painter.drawLine(QPointF(left, 0), QPointF(left, height()));
        painter.setPen(palette().color(QPalette::Text));
        const QString name = m_zoom == Zoom::Year
                                 ? locale.standaloneMonthName(month.month(), QLocale::ShortFormat)
                                 : locale.standaloneMonthName(month.month());
        painter.drawText(QRectF(left + 3, 2, right - left - 4, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         name);
    }
    if (m_zoom != Zoom::Year) {
        const int step = m_zoom == Zoom::Month ? 1 : 7;
        QDate day = firstVisibleDay();
        if (m_zoom == Zoom::Quarter)
            day = day.addDays((8 - day.dayOfWeek()) % 7); // first Monday
        // A narrow timeline skips the day numbers that would overlap the previous one.
        const qreal numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("30 "));
        qreal freeFrom = 0;
        for (; day <= lastVisibleDay(); day = day.addDays(step)) {
            const qreal x = xOf(day);
            if (x < freeFrom)
                continue;
            freeFrom = x + numberWidth;
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(x, lineHeight, xOf(day.addDays(step)) - x, lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QString::number(day.day()));
        }
    }
    painter.setPen(lineColour);
    painter.drawLine(QPointF(0, headerHeight() - 1), QPointF(width(), headerHeight() - 1));
    const QDate today = QDate::currentDate();
    if (today >= firstVisibleDay() && today <= lastVisibleDay()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawLine(QPointF(xOf(today), headerHeight()), QPointF(xOf(today), height()));
    }
}

void TimelineWidget::paintRow(QPainter &painter, int index) const
{
    const TimelineRow &row = m_rows[index];
    const QFontMetricsF metrics(font());
    const qreal top = headerHeight() + index * rowHeight();
    const QRectF full(0, top, width(), rowHeight());
    if (row.id == m_selectedId && !row.id.isEmpty())
        painter.fillRect(full, palette().color(QPalette::Highlight).lighter(175));
    else if (row.depth == 0)
        painter.fillRect(full, palette().color(QPalette::AlternateBase));

    if (!row.warning.isEmpty()) {
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        icon.paint(&painter, warningRect(index).toRect());
    }
    QFont font = painter.font();
    font.setBold(row.depth == 0);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Text));
    const qreal textLeft = 8 + IconSize + row.depth * IndentPerDepth;
    const QRectF labelRect(textLeft, top, labelWidth() - textLeft - 4, rowHeight());
    painter.drawText(labelRect,
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(font).elidedText(row.label, Qt::ElideRight, labelRect.width()));
    font.setBold(false);
    painter.setFont(font);

    const QRectF bar = barRect(index);
    if (bar.isEmpty())
        return;
    QColor colour = row.color.isValid() ? row.color : palette().color(QPalette::Highlight);
    if (row.depth > 0)
        colour = colour.lighter(140);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRoundedRect(bar, 3, 3);
    for (const auto &[from, to] : row.conflicts) {
        const QRectF clash = spanRect(index, from, to);
        if (clash.isEmpty())
            continue;
        painter.setPen(QPen(QColor(0xc0, 0x1c, 0x28), 1.5));
        painter.setBrush(QBrush(QColor(0xc0, 0x1c, 0x28), Qt::BDiagPattern));
        painter.drawRect(clash);
    }
    if (bar.width() > metrics.averageCharWidth() * 6) {
        painter.setPen(colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
        const QLocale locale;
        const QString dates = tr("%1 – %2", "first and last day")
                                  .arg(locale.toString(row.start, QStringLiteral("d MMM")),
                                       locale.toString(row.end, QStringLiteral("d MMM")));
        painter.drawText(bar.adjusted(4, 0, -2, 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(dates, Qt::ElideRight, bar.width() - 6));
    }
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    for (int row = 0; row < m_rows.size(); ++row)
        paintRow(painter, row);
    paintHeader(painter);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(labelWidth(), 0), QPointF(labelWidth(), height()));
    if (m_rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(0, int(headerHeight()), 0, 0),
                         Qt::AlignCenter,
                         tr("No residency in this period."));
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->position());
    if (event->button() == Qt::LeftButton && row >= 0) {
        setSelectedId(m_rows[row].id);
        emit recordClicked(m_rows[row].id);
    }
    QWidget::mousePressEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (row >= 0)
        emit recordActivated(m_rows[row].id);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        showPrevious();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        showNext();
        return;
    case Qt::Key_Home:
        showToday();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int row = rowAt(help->pos());
    QString text;
    if (row >= 0) {
        const TimelineRow &item = m_rows[row];
        if (warningRect(row).contains(help->pos())
            || (!item.warning.isEmpty() && barRect(row).contains(help->pos())))
            text = item.warning;
        if (barRect(row).contains(help->pos()) && !item.toolTip.isEmpty())
            text = text.isEmpty() ? item.toolTip : item.toolTip + u'\n' + text;
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace CoopAtlas::Ui
