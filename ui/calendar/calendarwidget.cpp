// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarwidget.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QToolTip>

#include <algorithm>
#include <optional>

namespace CoopAtlas::Ui {

namespace {

constexpr int DaysPerWeek = 7;
constexpr int MonthWeeks = 6;
constexpr int MinutesPerDay = 24 * 60;
/// Hours always shown in the week view; items outside them widen the range.
constexpr int DefaultFirstHour = 8;
constexpr int DefaultLastHour = 20;
/// Shortest height an item gets in the week view, so that its title stays readable.
constexpr int MinimumEntryMinutes = 30;

/// The Monday of the week of `date`: weeks start on Monday in Belgium, whatever the
/// language of the interface (English would otherwise mean the United States' Sunday).
QDate weekStart(QDate date)
{
    return date.addDays(-(date.dayOfWeek() - int(Qt::Monday)));
}

/// The first `count` characters of `text` as the reader sees them (grapheme
/// clusters, so that an accent stays with its letter), the first one in upper case.
QString capitalisedGraphemes(const QLocale &locale, const QString &text, int count)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    const qsizetype firstEnd = finder.toNextBoundary();
    if (firstEnd <= 0)
        return text;
    qsizetype end = firstEnd;
    for (int taken = 1; taken < count; ++taken) {
        const qsizetype next = finder.toNextBoundary();
        if (next < 0)
            break;
        end = next;
    }
    return locale.toUpper(text.left(firstEnd)) + text.mid(firstEnd, end - firstEnd);
}

/// Day names of `locale` from Monday to Sunday, one list per form, longest
/// form first: long ("lundi"), short ("lun."), short without its trailing
/// period ("lun"), the first two letters of the long name capitalised ("Lu"),
/// and narrow ("L"). A form is left out when two of its names are equal, such
/// as the narrow "M" of both mardi and mercredi, or when it repeats the form
/// before it.
QList<QStringList> distinctDayNameSets(const QLocale &locale)
{
    QStringList longNames;
    QStringList shortNames;
    QStringList withoutPeriod;
    QStringList twoLetters;
    QStringList narrowNames;
    for (int day = int(Qt::Monday); day <= int(Qt::Sunday); ++day) {
        const QString longName = locale.dayName(day, QLocale::LongFormat);
        longNames.append(longName);
        const QString shortName = locale.dayName(day, QLocale::ShortFormat);
        shortNames.append(shortName);
        withoutPeriod.append(shortName.endsWith(u'.') ? shortName.chopped(1) : shortName);
        twoLetters.append(capitalisedGraphemes(locale, longName, 2));
        narrowNames.append(locale.dayName(day, QLocale::NarrowFormat));
    }
    QList<QStringList> sets;
    for (const QStringList &names :
         {longNames, shortNames, withoutPeriod, twoLetters, narrowNames}) {
        const bool distinct = QSet<QString>(names.cbegin(), names.cend()).size() == names.size();
        if (distinct && (sets.isEmpty() || sets.constLast() != names))
            sets.append(names);
    }
    return sets;
}

/// Number of items a month cell lists when it has room for `lines`; the last line
/// says how many more there are, except in a cell of one line.
qsizetype shownInCell(qsizetype total, int lines)
{
    return total > lines ? std::max(1, lines - 1) : total;
}

int minuteOfDay(const QDateTime &dateTime)
{
    return dateTime.time().msecsSinceStartOfDay() / 60000;
}

/// The part of a timed item on `day` in local minutes, or an empty pair.
std::optional<QPair<int, int>> segmentOn(const CalendarEntry &entry, QDate day)
{
    const QDateTime start = entry.localStart();
    const QDateTime end = entry.localEnd();
    if (day < start.date() || day > end.date())
        return std::nullopt;
    const int from = day == start.date() ? minuteOfDay(start) : 0;
    const int to = day == end.date() ? minuteOfDay(end) : MinutesPerDay;
    if (day != start.date() && to == 0)
        return std::nullopt; // ends at midnight: nothing on that day
    return QPair<int, int>(from, std::max(to, from));
}

QColor textColourOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

CalendarWidget::CalendarWidget(QWidget *parent)
    : QWidget(parent)
    , m_current(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Calendar"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    updateAccessibleDescription();
}

QDate CalendarWidget::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CalendarWidget::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emitRange();
}

void CalendarWidget::setCurrentDate(QDate date)
{
    if (!date.isValid())
        return;
    const QDate oldFirst = firstVisibleDay();
    m_current = date;
    if (firstVisibleDay() != oldFirst)
        emitRange();
    else
        update();
}

void CalendarWidget::showPrevious()
{
    setCurrentDate(m_mode == Mode::Month ? m_current.addMonths(-1) : m_current.addDays(-7));
}

void CalendarWidget::showNext()
{
    setCurrentDate(m_mode == Mode::Month ? m_current.addMonths(1) : m_current.addDays(7));
}

void CalendarWidget::showToday()
{
    setCurrentDate(today());
}

QDate CalendarWidget::firstVisibleDay() const
{
    if (m_mode == Mode::Week)
        return weekStart(m_current);
    return weekStart(QDate(m_current.year(), m_current.month(), 1));
}

QDate CalendarWidget::lastVisibleDay() const
{
    const int days = m_mode == Mode::Week ? DaysPerWeek : DaysPerWeek * MonthWeeks;
    return firstVisibleDay().addDays(days - 1);
}

QString CalendarWidget::periodTitle() const
{
    const QLocale locale;
    if (m_mode == Mode::Month) {
        return tr("%1 %2", "month name, year")
            .arg(locale.standaloneMonthName(m_current.month()))
            .arg(m_current.year());
    }
    const QDate first = firstVisibleDay();
    const QDate last = lastVisibleDay();
    return tr("%1 – %2", "first and last day of a week")
        .arg(locale.toString(first, QStringLiteral("d MMM")),
             locale.toString(last, QStringLiteral("d MMM yyyy")));
}

void CalendarWidget::setEntries(const QList<CalendarEntry> &entries)
{
    m_entries = entries;
    if (!m_selectedId.isEmpty() && !entryById(m_selectedId))
        m_selectedId.clear();
    updateAccessibleDescription();
    update();
}

void CalendarWidget::setSelectedId(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    update();
    emit entrySelected(id);
}

bool CalendarWidget::isEntryVisible(const QString &id) const
{
    const CalendarEntry *entry = entryById(id);
    if (!entry)
        return false;
    const QDate first = firstVisibleDay();
    const QDate last = lastVisibleDay();
    if (entry->allDay)
        return entry->firstDay <= last && entry->lastDay >= first;
    // The month view shows six weeks, so the loop runs at most 42 times.
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (segmentOn(*entry, day))
            return true;
    }
    return false;
}

const CalendarEntry *CalendarWidget::entryById(const QString &id) const
{
    for (const CalendarEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QPair<int, int> CalendarWidget::hourRange() const
{
    int first = DefaultFirstHour;
    int last = DefaultLastHour;
    const QDate firstDay = firstVisibleDay();
    for (const CalendarEntry &entry : m_entries) {
        if (entry.allDay)
            continue;
        for (int day = 0; day < DaysPerWeek; ++day) {
            const auto segment = segmentOn(entry, firstDay.addDays(day));
            if (!segment)
                continue;
            first = std::min(first, segment->first / 60);
            last = std::max(last, (segment->second + 59) / 60);
        }
    }
    return {first, std::max(last, first + 1)};
}

CalendarWidget::WeekGeometry CalendarWidget::weekGeometry() const
{
    WeekGeometry geometry;
    const QFontMetricsF metrics(font());
    // The gutter contains the hour labels and the all-day band's label.
    geometry.gutter = std::max(metrics.horizontalAdvance(QStringLiteral("00:00")),
                               metrics.horizontalAdvance(tr("All day")))
                      + 12;
    geometry.dayWidth = std::max(1.0, (width() - geometry.gutter - 1) / DaysPerWeek);
    geometry.laneHeight = metrics.height() + 6;
    const qreal headerHeight = metrics.height() + 10;
    geometry.header = QRectF(0, 0, width(), headerHeight);
    int lanes = 1;
    for (int day = 0; day < DaysPerWeek; ++day) {
        const QDate date = firstVisibleDay().addDays(day);
        const int count = int(std::count_if(m_entries.cbegin(), m_entries.cend(), [&](auto &e) {
            return e.allDay && e.firstDay <= date && e.lastDay >= date;
        }));
        lanes = std::max(lanes, count);
    }
    geometry.allDayBand = QRectF(0, headerHeight, width(), lanes * geometry.laneHeight + 4);
    const qreal hoursTop = geometry.allDayBand.bottom() + 2;
    geometry.hours = QRectF(0, hoursTop, width(), std::max(1.0, height() - hoursTop - 1));
    const auto range = hourRange();
    geometry.firstHour = range.first;
    geometry.lastHour = range.second;
    return geometry;
}

QList<CalendarWidget::Placement> CalendarWidget::placements() const
{
    return m_mode == Mode::Week ? weekPlacements() : monthPlacements();
}

QList<CalendarWidget::Placement> CalendarWidget::weekPlacements() const
{
    const WeekGeometry g = weekGeometry();
    const QDate firstDay = firstVisibleDay();
    const qreal minuteHeight = g.hours.height() / ((g.lastHour - g.firstHour) * 60.0);
    QList<Placement> result;

    // All-day items: one lane each across the days they cover, lowest free lane first.
    QList<const CalendarEntry *> allDay;
    for (const CalendarEntry &entry : m_entries) {
        if (entry.allDay && entry.lastDay >= firstDay && entry.firstDay <= lastVisibleDay())
            allDay.append(&entry);
    }
    std::stable_sort(
        allDay.begin(), allDay.end(), [](auto *a, auto *b) { return a->firstDay < b->firstDay; });
    QList<QDate> laneFreeFrom;
    for (const CalendarEntry *entry : std::as_const(allDay)) {
        int lane = 0;
        while (lane < laneFreeFrom.size() && laneFreeFrom[lane] > entry->firstDay)
            ++lane;
        if (lane == laneFreeFrom.size())
            laneFreeFrom.append(QDate());
        laneFreeFrom[lane] = entry->lastDay.addDays(1);
        for (int day = 0; day < DaysPerWeek; ++day) {
            const QDate date = firstDay.addDays(day);
            if (date < entry->firstDay || date > entry->lastDay)
                continue;
            const QRectF rect(g.gutter + day * g.dayWidth + 1,
                              g.allDayBand.top() + 2 + lane * g.laneHeight,
                              g.dayWidth - 2,
                              g.laneHeight - 2);
            result.append({entry->id, date, 0, MinutesPerDay, true, rect});
        }
    }

    // Timed items: side by side when they overlap on the same day.
    for (int day = 0; day < DaysPerWeek; ++day) {
        const QDate date = firstDay.addDays(day);
        QList<Placement> dayItems;
        for (const CalendarEntry &entry : m_entries) {
            if (entry.allDay)
                continue;
            if (const auto segment = segmentOn(entry, date))
                dayItems.append({entry.id, date, segment->first, segment->second, false, {}});
        }
        std::stable_sort(dayItems.begin(), dayItems.end(), [](auto &a, auto &b) {
            return a.startMinute < b.startMinute;
        });
        QList<int> laneEnds;
        QList<int> lanes;
        for (const Placement &item : std::as_const(dayItems)) {
            const int shownEnd = std::max(item.endMinute, item.startMinute + MinimumEntryMinutes);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > item.startMinute)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(0);
            laneEnds[lane] = shownEnd;
            lanes.append(lane);
        }
        const qreal laneWidth = (g.dayWidth - 2) / std::max<qsizetype>(1, laneEnds.size());
        for (qsizetype i = 0; i < dayItems.size(); ++i) {
            Placement item = dayItems[i];
            const int shownEnd = std::max(item.endMinute, item.startMinute + MinimumEntryMinutes);
            const qreal top = g.hours.top() + (item.startMinute - g.firstHour * 60) * minuteHeight;
            const qreal bottom = g.hours.top() + (shownEnd - g.firstHour * 60) * minuteHeight;
            item.rect = QRectF(g.gutter + day * g.dayWidth + 1 + lanes[i] * laneWidth,
                               top,
                               laneWidth - 1,
                               std::max(4.0, bottom - top - 1));
            result.append(item);
        }
    }
    return result;
}

QRectF CalendarWidget::monthCell(int index) const
{
    const QFontMetricsF metrics(font());
    const qreal headerHeight = metrics.height() + 10;
    const qreal cellWidth = (width() - 1) / qreal(DaysPerWeek);
    const qreal cellHeight = (height() - headerHeight - 1) / qreal(MonthWeeks);
    return QRectF((index % DaysPerWeek) * cellWidth,
                  headerHeight + (index / DaysPerWeek) * cellHeight,
                  cellWidth,
                  cellHeight);
}

int CalendarWidget::monthLinesPerCell() const
{
    const QFontMetricsF metrics(font());
    const qreal lineHeight = metrics.height() + 3;
    const qreal free = monthCell(0).height() - metrics.height() - 6;
    return std::max(1, int(free / lineHeight));
}

QList<CalendarWidget::Placement> CalendarWidget::monthPlacements() const
{
    const QFontMetricsF metrics(font());
    const qreal lineHeight = metrics.height() + 3;
    const int lines = monthLinesPerCell();
    const QDate firstDay = firstVisibleDay();
    QList<Placement> result;
    for (int index = 0; index < DaysPerWeek * MonthWeeks; ++index) {
        const QDate date = firstDay.addDays(index);
        QList<Placement> dayItems;
        for (const CalendarEntry &entry : m_entries) {
            if (entry.allDay) {
                if (entry.firstDay <= date && entry.lastDay >= date)
                    dayItems.append({entry.id, date, 0, MinutesPerDay, true, {}});
            } else if (const auto segment = segmentOn(entry, date)) {
                dayItems.append({entry.id, date, segment->first, segment->second, false, {}});
            }
        }
        std::stable_sort(dayItems.begin(), dayItems.end(), [](auto &a, auto &b) {
            return a.allDay != b.allDay ? a.allDay : a.startMinute < b.startMinute;
        });
        const qsizetype shown = shownInCell(dayItems.size(), lines);
        const QRectF cell = monthCell(index);
        for (qsizetype i = 0; i < shown; ++i) {
            Placement item = dayItems[i];
            item.rect = QRectF(cell.left() + 2,
                               cell.top() + metrics.height() + 5 + i * lineHeight,
                               cell.width() - 4,
                               lineHeight - 1);
            result.append(item);
        }
    }
    return result;
}

QString CalendarWidget::entryAt(const QPointF &pos) const
{
    const QList<Placement> all = placements();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->rect.contains(pos))
            return it->id;
    }
    return QString();
}

QDate CalendarWidget::dayAt(const QPointF &pos) const
{
    if (m_mode == Mode::Month) {
        for (int index = 0; index < DaysPerWeek * MonthWeeks; ++index) {
            if (monthCell(index).contains(pos))
                return firstVisibleDay().addDays(index);
        }
        return QDate();
    }
    const WeekGeometry g = weekGeometry();
    const int day = int((pos.x() - g.gutter) / g.dayWidth);
    if (pos.x() < g.gutter || day >= DaysPerWeek)
        return QDate();
    return firstVisibleDay().addDays(day);
}

QSize CalendarWidget::sizeHint() const
{
    return {840, 560};
}

QSize CalendarWidget::minimumSizeHint() const
{
    return {420, 300};
}

void CalendarWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (m_mode == Mode::Week)
        paintWeek(painter);
    else
        paintMonth(painter);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void CalendarWidget::paintEntry(QPainter &painter,
                                const Placement &placement,
                                const QString &text) const
{
    const CalendarEntry *entry = entryById(placement.id);
    if (!entry)
        return;
    QColor background
        = entry->color.isValid() ? entry->color : palette().color(QPalette::Highlight).lighter(160);
    if (entry->cancelled)
        background = palette().color(QPalette::Window);
    const bool selected = placement.id == m_selectedId;
    painter.setPen(selected ? QPen(palette().color(QPalette::Highlight).darker(150), 2)
                            : QPen(background.darker(130)));
    painter.setBrush(background);
    painter.drawRoundedRect(placement.rect, 3, 3);
    if (text.isEmpty())
        return;
    QFont font = painter.font();
    font.setStrikeOut(entry->cancelled);
    painter.setFont(font);
    painter.setPen(textColourOn(background));
    const QRectF textRect = placement.rect.adjusted(4, 1, -3, -1);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QFontMetricsF metrics(font);
    const bool oneLine = textRect.height() < 2 * metrics.height();
    painter.drawText(textRect,
                     oneLine ? Qt::AlignLeft | Qt::AlignVCenter : flags,
                     oneLine ? metrics.elidedText(text, Qt::ElideRight, textRect.width()) : text);
    font.setStrikeOut(false);
    painter.setFont(font);
}

QString CalendarWidget::dayHeaderText(QDate date) const
{
    return dayHeaderText(date, weekGeometry().dayWidth);
}

QString CalendarWidget::dayHeaderText(QDate date, qreal columnWidth) const
{
    // Each format is tried on the seven days of a week with two-digit days and
    // months, so that every column of every week uses the same format. Day names
    // differ in width between languages ("Wed", "mer.", "wo"), so the widths are
    // measured on the locale's own names.
    // NOTE: the widths are measured in the regular font, and today's bold label
    // may use up to the 4-pixel margin.
    const QLocale locale;
    const QFontMetricsF metrics(font());
    const QDate widestWeek(2026, 12, 21); // Monday 21 to Sunday 27 December
    struct Format
    {
        QStringList dayNames; ///< Monday to Sunday
        const char *date;
    };
    QList<Format> formats;
    const QList<QStringList> nameSets = distinctDayNameSets(locale);
    for (qsizetype index = 0; index < nameSets.size(); ++index) {
        // Long and short names are tried with the month first, shorter ones with the day only.
        if (index < 2)
            formats.append({nameSets.at(index), "d/M"});
        formats.append({nameSets.at(index), "d"});
    }
    const auto label = [&locale](const Format &format, QDate day) {
        QString text = format.dayNames.at(day.dayOfWeek() - 1);
        text += u' ';
        text += locale.toString(day, QString::fromLatin1(format.date));
        return text;
    };
    for (const Format &format : std::as_const(formats)) {
        bool fits = true;
        for (int day = 0; day < DaysPerWeek && fits; ++day)
            fits = metrics.horizontalAdvance(label(format, widestWeek.addDays(day))) + 4
                   <= columnWidth;
        if (fits)
            return label(format, date);
    }
    return locale.toString(date, QStringLiteral("d"));
}

void CalendarWidget::paintWeek(QPainter &painter) const
{
    const WeekGeometry g = weekGeometry();
    const QLocale locale;
    const QColor lineColour = palette().color(QPalette::Mid);
    const QDate firstDay = firstVisibleDay();
    const qreal hourHeight = g.hours.height() / (g.lastHour - g.firstHour);

    for (int day = 0; day < DaysPerWeek; ++day) {
        const QDate date = firstDay.addDays(day);
        const QRectF column(g.gutter + day * g.dayWidth, 0, g.dayWidth, height() - 1);
        if (date == today())
            painter.fillRect(column, palette().color(QPalette::AlternateBase));
        QFont font = painter.font();
        font.setBold(date == today());
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Text));
        const QString label = dayHeaderText(date, g.dayWidth);
        painter.drawText(
            QRectF(column.left(), 0, column.width(), g.header.height()), Qt::AlignCenter, label);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(lineColour);
        painter.drawLine(QPointF(column.left(), 0), QPointF(column.left(), height()));
    }
    painter.setPen(lineColour);
    painter.drawLine(QPointF(0, g.header.bottom()), QPointF(width(), g.header.bottom()));
    painter.drawLine(QPointF(0, g.allDayBand.bottom()), QPointF(width(), g.allDayBand.bottom()));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(2, g.allDayBand.top(), g.gutter - 4, g.laneHeight),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("All day"));

    for (int hour = g.firstHour; hour <= g.lastHour; ++hour) {
        const qreal y = g.hours.top() + (hour - g.firstHour) * hourHeight;
        painter.setPen(lineColour);
        painter.drawLine(QPointF(g.gutter, y), QPointF(width(), y));
        if (hour == g.lastHour)
            break;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(0, y, g.gutter - 6, hourHeight),
                         Qt::AlignRight | Qt::AlignTop,
                         locale.toString(QTime(hour, 0), QStringLiteral("HH:mm")));
    }

    QSet<QString> titled;
    const QList<Placement> all = weekPlacements();
    for (const Placement &placement : all) {
        const CalendarEntry *entry = entryById(placement.id);
        if (!entry)
            continue;
        QString text = entry->title;
        if (placement.allDay) {
            // The title is written once, on the first day of the item in this week.
            if (titled.contains(placement.id))
                text.clear();
            titled.insert(placement.id);
        } else {
            const QTime from = QTime::fromMSecsSinceStartOfDay(placement.startMinute * 60000);
            text = locale.toString(from, QStringLiteral("HH:mm")) + u' ' + entry->title;
        }
        paintEntry(painter, placement, text);
    }
}

void CalendarWidget::paintMonth(QPainter &painter) const
{
    const QLocale locale;
    const QColor lineColour = palette().color(QPalette::Mid);
    const QFontMetricsF metrics(font());
    const qreal headerHeight = metrics.height() + 10;
    const QDate firstDay = firstVisibleDay();

    for (int day = 0; day < DaysPerWeek; ++day) {
        const QRectF cell = monthCell(day);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(cell.left(), 0, cell.width(), headerHeight),
                         Qt::AlignCenter,
                         locale.dayName(firstDay.addDays(day).dayOfWeek(), QLocale::ShortFormat));
    }
    const int lines = monthLinesPerCell();
    const QList<Placement> all = monthPlacements();
    for (int index = 0; index < DaysPerWeek * MonthWeeks; ++index) {
        const QDate date = firstDay.addDays(index);
        const QRectF cell = monthCell(index);
        if (date == today())
            painter.fillRect(cell, palette().color(QPalette::AlternateBase));
        painter.setPen(lineColour);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
        QFont font = painter.font();
        font.setBold(date == today());
        painter.setFont(font);
        painter.setPen(date.month() == m_current.month()
                           ? palette().color(QPalette::Text)
                           : palette().color(QPalette::PlaceholderText));
        painter.drawText(
            cell.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));
        font.setBold(false);
        painter.setFont(font);

        const auto total = std::count_if(m_entries.cbegin(), m_entries.cend(), [&](auto &e) {
            return e.allDay ? (e.firstDay <= date && e.lastDay >= date)
                            : segmentOn(e, date).has_value();
        });
        if (total > lines) {
            const qsizetype hidden = total - shownInCell(total, lines);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(cell.adjusted(4, 2, -4, -2),
                             Qt::AlignRight | Qt::AlignBottom,
                             tr("+%n more", nullptr, int(hidden)));
        }
    }
    for (const Placement &placement : all) {
        const CalendarEntry *entry = entryById(placement.id);
        if (!entry)
            continue;
        QString text = entry->title;
        if (!placement.allDay) {
            const QTime from = QTime::fromMSecsSinceStartOfDay(placement.startMinute * 60000);
            text = locale.toString(from, QStringLiteral("HH:mm")) + u' ' + text;
        }
        paintEntry(painter, placement, text);
    }
}

void CalendarWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton)
        setSelectedId(entryAt(event->position()));
    QWidget::mousePressEvent(event);
}

void CalendarWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = entryAt(event->position());
    if (!id.isEmpty()) {
        setSelectedId(id);
        emit entryActivated(id);
        return;
    }
    // A double click on a free spot of a month day opens that day's week.
    const QDate day = dayAt(event->position());
    if (m_mode == Mode::Month && day.isValid()) {
        m_current = day;
        setMode(Mode::Week);
    }
}

void CalendarWidget::keyPressEvent(QKeyEvent *event)
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
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedId.isEmpty()) {
            emit entryActivated(m_selectedId);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool CalendarWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const CalendarEntry *entry = entryById(entryAt(help->pos()));
        if (entry && !entry->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), entry->toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarWidget::emitRange()
{
    update();
    updateAccessibleDescription();
    emit rangeChanged(firstVisibleDay(), lastVisibleDay());
}

void CalendarWidget::updateAccessibleDescription()
{
    setAccessibleDescription(
        tr("%1, %n item(s)", nullptr, int(m_entries.size())).arg(periodTitle()));
}

} // namespace CoopAtlas::Ui
