// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/calendar/calendarwidget.h>
#include <ui/calendar/timelinewidget.h>

#include <QFontMetricsF>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace CoopAtlas;

/// The calendar and timeline widgets on plain items. CTest runs this binary in
/// Europe/Brussels and again in America/New_York and Asia/Tokyo, so that the
/// placement in the item's own zone is checked away from that zone.
class tst_CalendarWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void weekPlacesBerlinItemAtLocalHour();
    void weekPlacesItemOnLocalDayAcrossMidnightUtc();
    void weekPutsAllDayItemInTopBand();
    void weekPlacesOverlappingItemsSideBySide();
    void monthShowsItemOnItsDay();
    void monthCountsHiddenItems();
    void navigationMovesByPeriod();
    void doubleClickActivatesItem();
    void timelineZoomSetsRange();
    void timelineShowsWarningIcon();
    void timelineClickSelectsRow();
    void weekStartsOnMondayInEveryLanguage();
    void weekHeaderNamesDaysInEveryLanguage();
    void weekHeaderDayNamesDistinctAndFit();
    void entryVisibleOnlyInShownPeriod();
    void timelineRecordVisibleOnlyInWindow();

private:
    /// Width of the week view's hour column, as the widget computes it.
    [[nodiscard]] qreal weekGutter() const;
    static Ui::CalendarEntry
    timed(const QString &id, QDate day, QTime from, QTime to, const char *zone);
    std::unique_ptr<Ui::CalendarWidget> m_calendar;
};

Ui::CalendarEntry
tst_CalendarWidget::timed(const QString &id, QDate day, QTime from, QTime to, const char *zone)
{
    Ui::CalendarEntry entry;
    entry.id = id;
    entry.title = id;
    entry.zone = QTimeZone(zone);
    entry.start = QDateTime(day, from, entry.zone).toUTC();
    entry.end = QDateTime(day, to, entry.zone).toUTC();
    return entry;
}

qreal tst_CalendarWidget::weekGutter() const
{
    const QFontMetricsF metrics(m_calendar->font());
    return std::max(metrics.horizontalAdvance(QStringLiteral("00:00")),
                    metrics.horizontalAdvance(Ui::CalendarWidget::tr("All day")))
           + 12;
}

void tst_CalendarWidget::init()
{
    m_calendar = std::make_unique<Ui::CalendarWidget>();
    m_calendar->resize(840, 600);
    m_calendar->setToday(QDate(2026, 3, 10));
    m_calendar->setCurrentDate(QDate(2026, 3, 10));
}

void tst_CalendarWidget::weekPlacesBerlinItemAtLocalHour()
{
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    m_calendar->setEntries({timed(QStringLiteral("berlin"),
                                  QDate(2026, 3, 10),
                                  QTime(14, 0),
                                  QTime(16, 30),
                                  "Europe/Berlin")});
    const auto placements = m_calendar->placements();
    QCOMPARE(placements.size(), 1);
    QCOMPARE(placements[0].day, QDate(2026, 3, 10));
    QCOMPARE(placements[0].startMinute, 14 * 60);
    QCOMPARE(placements[0].endMinute, 16 * 60 + 30);
    QVERIFY(!placements[0].allDay);

    // The item is hit at the centre of its rectangle, in the Tuesday column (Monday is 0).
    const auto [firstHour, lastHour] = m_calendar->hourRange();
    QCOMPARE(firstHour, 8);
    QCOMPARE(lastHour, 20);
    const QRectF rect = placements[0].rect;
    QCOMPARE(m_calendar->entryAt(rect.center()), QStringLiteral("berlin"));
    const QRectF below = rect.translated(0, rect.height() + 2);
    QVERIFY(m_calendar->entryAt(below.center()).isEmpty());
    const int column = int(QDate(2026, 3, 9).daysTo(placements[0].day));
    QCOMPARE(column, 1);
}

void tst_CalendarWidget::weekPlacesItemOnLocalDayAcrossMidnightUtc()
{
    // 00:30 in Berlin on 11 March is 23:30 UTC on 10 March: the item belongs to the 11th.
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    m_calendar->setEntries({timed(
        QStringLiteral("early"), QDate(2026, 3, 11), QTime(0, 30), QTime(1, 30), "Europe/Berlin")});
    const auto placements = m_calendar->placements();
    QCOMPARE(placements.size(), 1);
    QCOMPARE(placements[0].day, QDate(2026, 3, 11));
    QCOMPARE(placements[0].startMinute, 30);
    QCOMPARE(m_calendar->hourRange().first, 0);
}

void tst_CalendarWidget::weekPutsAllDayItemInTopBand()
{
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    Ui::CalendarEntry allDay;
    allDay.id = QStringLiteral("fair");
    allDay.title = QStringLiteral("Fair");
    allDay.allDay = true;
    allDay.firstDay = QDate(2026, 3, 12);
    allDay.lastDay = QDate(2026, 3, 13);
    allDay.zone = QTimeZone("Europe/Brussels");
    const Ui::CalendarEntry timedEntry = timed(
        QStringLiteral("talk"), QDate(2026, 3, 12), QTime(9, 0), QTime(10, 0), "Europe/Brussels");
    m_calendar->setEntries({allDay, timedEntry});
    const auto placements = m_calendar->placements();
    QCOMPARE(placements.size(), 3);
    QRectF band;
    QRectF talk;
    for (const auto &placement : placements) {
        if (placement.id == QLatin1String("fair")) {
            QVERIFY(placement.allDay);
            band = placement.rect;
        } else {
            talk = placement.rect;
        }
    }
    QVERIFY(band.bottom() < talk.top());
}

void tst_CalendarWidget::weekPlacesOverlappingItemsSideBySide()
{
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    m_calendar->setEntries({timed(QStringLiteral("a"),
                                  QDate(2026, 3, 10),
                                  QTime(10, 0),
                                  QTime(12, 0),
                                  "Europe/Brussels"),
                            timed(QStringLiteral("b"),
                                  QDate(2026, 3, 10),
                                  QTime(11, 0),
                                  QTime(13, 0),
                                  "Europe/Brussels")});
    const auto placements = m_calendar->placements();
    QCOMPARE(placements.size(), 2);
    QVERIFY(!placements[0].rect.intersects(placements[1].rect));
    QVERIFY(placements[0].rect.left() < placements[1].rect.left());
}

void tst_CalendarWidget::monthShowsItemOnItsDay()
{
    m_calendar->setEntries({timed(QStringLiteral("madrid"),
                                  QDate(2026, 3, 20),
                                  QTime(18, 0),
                                  QTime(20, 0),
                                  "Europe/Madrid")});
    QCOMPARE(m_calendar->firstVisibleDay(), QDate(2026, 2, 23));
    QCOMPARE(m_calendar->lastVisibleDay(), QDate(2026, 4, 5));
    const auto placements = m_calendar->placements();
    QCOMPARE(placements.size(), 1);
    QCOMPARE(placements[0].day, QDate(2026, 3, 20));
    QCOMPARE(placements[0].startMinute, 18 * 60);
}

void tst_CalendarWidget::monthCountsHiddenItems()
{
    m_calendar->resize(700, 300);
    QList<Ui::CalendarEntry> entries;
    for (int i = 0; i < 12; ++i) {
        entries.append(timed(QStringLiteral("w%1").arg(i),
                             QDate(2026, 3, 10),
                             QTime(8 + i, 0),
                             QTime(9 + i, 0),
                             "Europe/Brussels"));
    }
    m_calendar->setEntries(entries);
    const auto placements = m_calendar->placements();
    QVERIFY(placements.size() < 12);
    QVERIFY(!placements.isEmpty());
    // The earliest items are the ones shown.
    QCOMPARE(placements[0].id, QStringLiteral("w0"));
}

void tst_CalendarWidget::navigationMovesByPeriod()
{
    QSignalSpy ranges(m_calendar.get(), &Ui::CalendarWidget::rangeChanged);
    m_calendar->showNext();
    QCOMPARE(m_calendar->currentDate(), QDate(2026, 4, 10));
    QCOMPARE(ranges.size(), 1);
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    QCOMPARE(m_calendar->firstVisibleDay(), QDate(2026, 4, 6));
    m_calendar->showPrevious();
    QCOMPARE(m_calendar->firstVisibleDay(), QDate(2026, 3, 30));
    m_calendar->showToday();
    QCOMPARE(m_calendar->firstVisibleDay(), QDate(2026, 3, 9));
    QCOMPARE(ranges.size(), 4);
}

void tst_CalendarWidget::doubleClickActivatesItem()
{
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    m_calendar->setEntries({timed(QStringLiteral("open-me"),
                                  QDate(2026, 3, 10),
                                  QTime(10, 0),
                                  QTime(12, 0),
                                  "Europe/Brussels")});
    QSignalSpy activated(m_calendar.get(), &Ui::CalendarWidget::entryActivated);
    const QPoint centre = m_calendar->placements().first().rect.center().toPoint();
    QTest::mouseDClick(m_calendar.get(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("open-me"));
    QCOMPARE(m_calendar->selectedId(), QStringLiteral("open-me"));
}

void tst_CalendarWidget::timelineZoomSetsRange()
{
    Ui::TimelineWidget timeline;
    timeline.setCurrentDate(QDate(2026, 5, 17));
    QCOMPARE(timeline.firstVisibleDay(), QDate(2026, 4, 1));
    QCOMPARE(timeline.lastVisibleDay(), QDate(2026, 6, 30));
    timeline.setZoom(Ui::TimelineWidget::Zoom::Month);
    QCOMPARE(timeline.firstVisibleDay(), QDate(2026, 4, 1));
    QCOMPARE(timeline.lastVisibleDay(), QDate(2026, 4, 30));
    timeline.setZoom(Ui::TimelineWidget::Zoom::Year);
    QCOMPARE(timeline.firstVisibleDay(), QDate(2026, 1, 1));
    QCOMPARE(timeline.lastVisibleDay(), QDate(2026, 12, 31));
    timeline.showNext();
    QCOMPARE(timeline.firstVisibleDay(), QDate(2027, 1, 1));
}

void tst_CalendarWidget::timelineShowsWarningIcon()
{
    Ui::TimelineWidget timeline;
    timeline.resize(800, 300);
    timeline.setCurrentDate(QDate(2026, 5, 1));
    Ui::TimelineRow residency{QStringLiteral("r1"),
                              QStringLiteral("Berlin spring"),
                              0,
                              QDate(2026, 5, 4),
                              QDate(2026, 5, 15),
                              {},
                              {},
                              {},
                              {}};
    Ui::TimelineRow member = residency;
    member.depth = 1;
    member.label = QStringLiteral("Ana");
    member.warning = QStringLiteral("Also staying in \"Barcelona\".");
    member.conflicts = {{QDate(2026, 5, 10), QDate(2026, 5, 12)}};
    timeline.setRows({residency, member});
    QVERIFY(timeline.warningRect(0).isEmpty());
    QVERIFY(!timeline.warningRect(1).isEmpty());
    QVERIFY(!timeline.barRect(1).isEmpty());
    QVERIFY(timeline.barRect(1).left() > timeline.warningRect(1).right());
}

void tst_CalendarWidget::timelineClickSelectsRow()
{
    Ui::TimelineWidget timeline;
    timeline.resize(800, 300);
    timeline.setCurrentDate(QDate(2026, 5, 1));
    timeline.setRows({{QStringLiteral("r1"),
                       QStringLiteral("One"),
                       0,
                       QDate(2026, 5, 4),
                       QDate(2026, 5, 8),
                       {},
                       {},
                       {},
                       {}},
                      {QStringLiteral("r2"),
                       QStringLiteral("Two"),
                       0,
                       QDate(2026, 5, 6),
                       QDate(2026, 5, 20),
                       {},
                       {},
                       {},
                       {}}});
    QSignalSpy clicked(&timeline, &Ui::TimelineWidget::recordClicked);
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, timeline.barRect(1).center().toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), QStringLiteral("r2"));
    QCOMPARE(timeline.selectedId(), QStringLiteral("r2"));
}

void tst_CalendarWidget::weekStartsOnMondayInEveryLanguage()
{
    const auto restore = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
    // English (United States) and Arabic (Saudi Arabia) start their weeks on another day.
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::French, QLocale::Belgium),
                                  QLocale(QLocale::Dutch, QLocale::Belgium),
                                  QLocale(QLocale::Arabic, QLocale::SaudiArabia)}) {
        QLocale::setDefault(locale);
        m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
        m_calendar->setCurrentDate(QDate(2026, 10, 25)); // a Sunday
        QCOMPARE(m_calendar->firstVisibleDay(), QDate(2026, 10, 19));
        m_calendar->setMode(Ui::CalendarWidget::Mode::Month);
        QCOMPARE(m_calendar->firstVisibleDay(), QDate(2026, 9, 28));
    }
}

void tst_CalendarWidget::weekHeaderNamesDaysInEveryLanguage()
{
    const auto restore = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    m_calendar->setCurrentDate(QDate(2026, 10, 21));
    const QDate wednesday(2026, 10, 21);
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::Belgium),
                                  QLocale(QLocale::French, QLocale::Belgium),
                                  QLocale(QLocale::Dutch, QLocale::Belgium)}) {
        QLocale::setDefault(locale);
        const QString longName = locale.dayName(3, QLocale::LongFormat);
        m_calendar->resize(2400, 600);
        QCOMPARE(m_calendar->dayHeaderText(wednesday), QStringLiteral("%1 21/10").arg(longName));

        // Columns just wide enough for the two-letter day names of the widest week,
        // measured as the widget measures them: in its font, plus 4 pixels of margin.
        const QFontMetricsF metrics(m_calendar->font());
        qreal twoLetterWidth = 0;
        for (int day = 21; day <= 27; ++day) {
            const QString dayName
                = locale.dayName(QDate(2026, 12, day).dayOfWeek(), QLocale::LongFormat);
            const QString label = QStringLiteral("%1 %2")
                                      .arg(locale.toUpper(dayName.left(1)) + dayName.mid(1, 1))
                                      .arg(day);
            twoLetterWidth = std::max(twoLetterWidth, metrics.horizontalAdvance(label) + 4);
        }
        m_calendar->resize(int(std::ceil(weekGutter() + 1 + 7 * (twoLetterWidth + 1))), 600);
        const QString twoLetter = m_calendar->dayHeaderText(wednesday);
        QVERIFY2(twoLetter.endsWith(QStringLiteral(" 21")), qPrintable(twoLetter));
        const QString name = twoLetter.chopped(3);
        const QString shortName = locale.dayName(3, QLocale::ShortFormat);
        QVERIFY2(name == shortName || name + u'.' == shortName || name.size() == 2,
                 qPrintable(twoLetter));

        m_calendar->resize(150, 600);
        QCOMPARE(m_calendar->dayHeaderText(wednesday), QStringLiteral("21"));
    }
}

void tst_CalendarWidget::weekHeaderDayNamesDistinctAndFit()
{
    const auto restore = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    m_calendar->setCurrentDate(QDate(2026, 12, 23));
    const QDate monday(2026, 12, 21);
    struct Case
    {
        QLocale locale;
        /// Names of Wednesday that some width must show, longest first.
        QStringList wednesdayNames;
    };
    // Dutch short names are already two letters, and capitalised ones are wider.
    const Case cases[] = {
        {QLocale(QLocale::French, QLocale::Belgium),
         {QStringLiteral("mercredi"),
          QStringLiteral("mer."),
          QStringLiteral("mer"),
          QStringLiteral("Me")}},
        {QLocale(QLocale::Dutch, QLocale::Belgium),
         {QStringLiteral("woensdag"), QStringLiteral("wo")}},
        {QLocale(QLocale::English, QLocale::UnitedKingdom),
         {QStringLiteral("Wednesday"), QStringLiteral("Wed"), QStringLiteral("We")}},
    };
    const QFontMetricsF metrics(m_calendar->font());
    for (const Case &testCase : cases) {
        QLocale::setDefault(testCase.locale);
        const QString language = testCase.locale.name();
        QSet<QString> wednesdayNames;
        qreal previousWidest = 0;
        // From a column narrower than any name to one wider than the long names.
        for (int width = 140; width <= 1800; width += 10) {
            m_calendar->resize(width, 600);
            const qreal dayWidth = std::max(1.0, (width - weekGutter() - 1) / 7);
            QStringList names;
            qreal widest = 0;
            for (int day = 0; day < 7; ++day) {
                const QString text = m_calendar->dayHeaderText(monday.addDays(day));
                const qreal advance = metrics.horizontalAdvance(text) + 4;
                QVERIFY2(advance <= dayWidth || !text.contains(u' '),
                         qPrintable(QStringLiteral("%1 at %2 px: \"%3\" is %4 px in a %5 px "
                                                   "column")
                                        .arg(language)
                                        .arg(width)
                                        .arg(text)
                                        .arg(advance)
                                        .arg(dayWidth)));
                QVERIFY2(text.endsWith(QString::number(21 + day))
                             || text.endsWith(QStringLiteral("%1/12").arg(21 + day)),
                         qPrintable(text));
                const qsizetype space = text.lastIndexOf(u' ');
                if (space > 0)
                    names.append(text.left(space));
                widest = std::max(widest, advance);
            }
            // Either every column names its day or none does, and no two names are equal.
            QVERIFY2(names.isEmpty() || names.size() == 7,
                     qPrintable(language + u' ' + names.join(u',')));
            QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
            if (!names.isEmpty())
                wednesdayNames.insert(names.at(2));
            // A wider column never gets a shorter header.
            QVERIFY2(widest + 0.01 >= previousWidest,
                     qPrintable(QStringLiteral("%1 at %2 px").arg(language).arg(width)));
            previousWidest = widest;
        }
        const QStringList seen(wednesdayNames.cbegin(), wednesdayNames.cend());
        for (const QString &expected : testCase.wednesdayNames)
            QVERIFY2(wednesdayNames.contains(expected),
                     qPrintable(QStringLiteral("%1: \"%2\" not among %3")
                                    .arg(language, expected, seen.join(u','))));
        QVERIFY(!wednesdayNames.contains(testCase.locale.dayName(3, QLocale::NarrowFormat)));
    }
}

void tst_CalendarWidget::entryVisibleOnlyInShownPeriod()
{
    m_calendar->setMode(Ui::CalendarWidget::Mode::Week);
    m_calendar->setCurrentDate(QDate(2026, 10, 21));
    // Items are placed in their own zone: the Sunday item stays on Sunday 18 in every zone.
    m_calendar->setEntries({timed(QStringLiteral("sunday"),
                                  QDate(2026, 10, 18),
                                  QTime(23, 0),
                                  QTime(23, 30),
                                  "Europe/Brussels"),
                            timed(QStringLiteral("wednesday"),
                                  QDate(2026, 10, 21),
                                  QTime(18, 0),
                                  QTime(20, 0),
                                  "Europe/Brussels")});
    QVERIFY(!m_calendar->isEntryVisible(QStringLiteral("sunday")));
    QVERIFY(m_calendar->isEntryVisible(QStringLiteral("wednesday")));
    QVERIFY(!m_calendar->isEntryVisible(QStringLiteral("unknown")));
    m_calendar->setMode(Ui::CalendarWidget::Mode::Month);
    QVERIFY(m_calendar->isEntryVisible(QStringLiteral("sunday")));
}

void tst_CalendarWidget::timelineRecordVisibleOnlyInWindow()
{
    Ui::TimelineWidget timeline;
    timeline.resize(900, 400);
    timeline.setZoom(Ui::TimelineWidget::Zoom::Quarter);
    timeline.setCurrentDate(QDate(2026, 5, 18));
    Ui::TimelineRow berlin;
    berlin.id = QStringLiteral("berlin");
    berlin.start = QDate(2026, 5, 18);
    berlin.end = QDate(2026, 5, 22);
    Ui::TimelineRow barcelona;
    barcelona.id = QStringLiteral("barcelona");
    barcelona.start = QDate(2026, 10, 5);
    barcelona.end = QDate(2026, 10, 9);
    timeline.setRows({berlin, barcelona});
    QVERIFY(timeline.isRecordVisible(QStringLiteral("berlin")));
    QVERIFY(!timeline.isRecordVisible(QStringLiteral("barcelona")));
    timeline.setCurrentDate(QDate(2026, 10, 5));
    QVERIFY(!timeline.isRecordVisible(QStringLiteral("berlin")));
    QVERIFY(timeline.isRecordVisible(QStringLiteral("barcelona")));
}

QTEST_MAIN(tst_CalendarWidget)
#include "tst_calendarwidget.moc"
