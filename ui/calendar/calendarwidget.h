// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/calendar/calendarentry.h>

#include <QList>
#include <QRectF>
#include <QWidget>

namespace CoopAtlas::Ui {

/// A month or week calendar that paints CalendarEntry items. The week view
/// has an all-day band on top and one column per day with an hour scale;
/// timed items are placed at their local time in their own zone. The month
/// view has six weeks of day cells with one line per item.
///
/// Keys: Left and Right (or Page Up and Page Down) go to the previous and next
/// period, Home to today, Enter opens the selected item.
class CalendarWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Month, Week };
    Q_ENUM(Mode)

    /// Where an item was drawn, one per item and day.
    struct Placement
    {
        QString id;
        QDate day;
        int startMinute = 0; ///< local minutes since midnight on `day`; 0 for all-day items
        int endMinute = 0;   ///< local minutes since midnight; 1440 at the end of the day
        bool allDay = false;
        QRectF rect;
    };

    explicit CalendarWidget(QWidget *parent = nullptr);

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    /// Shows the month or week that contains `date`.
    void setCurrentDate(QDate date);
    [[nodiscard]] QDate currentDate() const { return m_current; }
    /// Overrides today's date (for tests and screenshots); an invalid date uses the clock.
    void setToday(QDate today) { m_today = today; }
    [[nodiscard]] QDate today() const;

    void showPrevious();
    void showNext();
    void showToday();

    /// First and last day shown (inclusive).
    [[nodiscard]] QDate firstVisibleDay() const;
    [[nodiscard]] QDate lastVisibleDay() const;
    /// Title of the shown period, such as "March 2026" or "9 – 15 March 2026".
    [[nodiscard]] QString periodTitle() const;

    void setEntries(const QList<CalendarEntry> &entries);
    [[nodiscard]] const QList<CalendarEntry> &entries() const { return m_entries; }
    /// Where each visible item is drawn at the widget's current size.
    [[nodiscard]] QList<Placement> placements() const;
    /// Id of the item under a point, or an empty string.
    [[nodiscard]] QString entryAt(const QPointF &pos) const;
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    /// Whether the item `id` is among the entries and falls on a shown day.
    [[nodiscard]] bool isEntryVisible(const QString &id) const;
    /// Column header of `date` in the week view at the widget's current width,
    /// in the default locale's language: the longest of "Monday 19/10",
    /// "Monday 19", "Mon 19/10", "Mon 19", "Mo 19" and "19" that fits. French
    /// short names first lose their trailing period ("lun. 19", "lun 19",
    /// "Lu 19"). One-letter names come before "19" only in a language where
    /// all seven differ, which excludes English, French and Dutch.
    [[nodiscard]] QString dayHeaderText(QDate date) const;
    /// First and last hour row of the week view, after fitting the items.
    [[nodiscard]] QPair<int, int> hourRange() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The shown period changed: the caller sets the entries of the new range.
    void rangeChanged(QDate first, QDate last);
    void entrySelected(const QString &id);
    /// An item was double-clicked or Enter was pressed on the selected item.
    void entryActivated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct WeekGeometry
    {
        QRectF header;
        QRectF allDayBand;
        QRectF hours;
        qreal gutter = 0;
        qreal dayWidth = 0;
        qreal laneHeight = 0;
        int firstHour = 0;
        int lastHour = 24;
    };
    [[nodiscard]] WeekGeometry weekGeometry() const;
    [[nodiscard]] QString dayHeaderText(QDate date, qreal columnWidth) const;
    [[nodiscard]] QList<Placement> weekPlacements() const;
    [[nodiscard]] QList<Placement> monthPlacements() const;
    [[nodiscard]] QRectF monthCell(int index) const;
    [[nodiscard]] int monthLinesPerCell() const;
    [[nodiscard]] const CalendarEntry *entryById(const QString &id) const;
    [[nodiscard]] QDate dayAt(const QPointF &pos) const;
    void paintWeek(QPainter &painter) const;
    void paintMonth(QPainter &painter) const;
    void paintEntry(QPainter &painter, const Placement &placement, const QString &text) const;
    void emitRange();
    void updateAccessibleDescription();

    Mode m_mode = Mode::Month;
    QDate m_current;
    QDate m_today;
    QList<CalendarEntry> m_entries;
    QString m_selectedId;
};

} // namespace CoopAtlas::Ui
