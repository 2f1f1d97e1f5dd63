// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace CoopAtlas::Ui {

/// One row of the timeline: a bar from `start` to `end` (both days included).
struct TimelineRow
{
    QString id;    ///< record selected by a click on the row
    QString label; ///< text of the label column
    int depth = 0; ///< 0 for a residency, 1 for a participant under it
    QDate start;
    QDate end;
    QColor color;    ///< bar colour; invalid for the palette's highlight colour
    QString toolTip; ///< shown over the bar
    /// Non-empty when the person is booked in two places at once: the row shows
    /// a warning icon with this text as its tooltip.
    QString warning;
    /// Days of the bar that clash with another booking, drawn hatched.
    QList<QPair<QDate, QDate>> conflicts;
};

/// A Gantt-like view of residencies and their cohort: one row per residency,
/// then one row per participant with a bar from arrival to departure. The
/// window shows a month, a quarter or a year; Left and Right move it by that span.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Zoom { Month, Quarter, Year };
    Q_ENUM(Zoom)

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setZoom(Zoom zoom);
    [[nodiscard]] Zoom zoom() const { return m_zoom; }
    /// Shows the month, quarter or year that contains `date`.
    void setCurrentDate(QDate date);
    [[nodiscard]] QDate firstVisibleDay() const;
    [[nodiscard]] QDate lastVisibleDay() const;
    [[nodiscard]] QString periodTitle() const;
    void showPrevious();
    void showNext();
    void showToday();

    void setRows(const QList<TimelineRow> &rows);
    [[nodiscard]] const QList<TimelineRow> &rows() const { return m_rows; }
    /// Index of the row under a point, or -1.
    [[nodiscard]] int rowAt(const QPointF &pos) const;
    /// Rectangle of a row's bar inside the visible window; empty when outside it.
    [[nodiscard]] QRectF barRect(int row) const;
    /// Rectangle of a row's warning icon; empty when the row has no warning.
    [[nodiscard]] QRectF warningRect(int row) const;
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    /// Whether a row of record `id` has days inside the shown window.
    [[nodiscard]] bool isRecordVisible(const QString &id) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rangeChanged(QDate first, QDate last);
    /// A row was clicked: the window selects its record.
    void recordClicked(const QString &id);
    void recordActivated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] qreal labelWidth() const;
    [[nodiscard]] qreal rowHeight() const;
    [[nodiscard]] qreal headerHeight() const;
    [[nodiscard]] qreal xOf(QDate day) const;
    [[nodiscard]] QRectF spanRect(int row, QDate from, QDate to) const;
    void paintHeader(QPainter &painter) const;
    void paintRow(QPainter &painter, int row) const;
    void changeRange(QDate anchor);

    Zoom m_zoom = Zoom::Quarter;
    QDate m_anchor;
    QList<TimelineRow> m_rows;
    QString m_selectedId;
};

} // namespace CoopAtlas::Ui
