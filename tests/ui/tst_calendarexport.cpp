// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/export/calendarexportdialog.h>
#include <ui/storeopener.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

using namespace CoopAtlas;

/// The calendar export dialog writing .ics files that libical parses back.
class tst_CalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void allItemsWritten();
    void selectionAndRangeWritten();
    void unwritablePathNamed();
    void selectionDisabledWithoutSelectedIds();
    void selectionChoiceCountsItems();
    void fileLabelHasBuddy();

private:
    QString insertWorkshop(const QString &title, const QDateTime &start);
    QString insertResidency(const QString &title, const QString &city, QDate start);
    /// Number of VEVENT components in the file, parsed by libical; 0 when unparsable.
    int eventCount(const QString &path) const;
    /// SUMMARY values of the VEVENT components in the file.
    QStringList summaries(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    QString m_workshopA;
    QString m_workshopB;
    QString m_residency;
};

void tst_CalendarExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("calendar.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    const QTimeZone brussels("Europe/Brussels");
    m_workshopA = insertWorkshop(QStringLiteral("Governance of platform cooperatives"),
                                 QDateTime(QDate(2026, 3, 12), QTime(14, 0), brussels));
    m_workshopB = insertWorkshop(QStringLiteral("Funding a platform cooperative"),
                                 QDateTime(QDate(2026, 10, 22), QTime(9, 30), brussels));
    m_residency = insertResidency(
        QStringLiteral("Cross-residency Berlin"), QStringLiteral("berlin"), QDate(2026, 5, 4));
    QVERIFY(!m_workshopA.isEmpty());
    QVERIFY(!m_workshopB.isEmpty());
    QVERIFY(!m_residency.isEmpty());
}

void tst_CalendarExport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString tst_CalendarExport::insertWorkshop(const QString &title, const QDateTime &start)
{
    Core::Workshop workshop;
    workshop.title = title;
    workshop.axis = QStringLiteral("equip");
    workshop.start = start.toUTC();
    workshop.end = start.addSecs(2 * 3600).toUTC();
    workshop.venue = QStringLiteral("Maison de l'entreprise sociale, Bruxelles");
    workshop.status = QStringLiteral("confirmed");
    auto id = Core::ActivityStore(*m_store).insertWorkshop(workshop);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

QString tst_CalendarExport::insertResidency(const QString &title, const QString &city, QDate start)
{
    Core::Residency residency;
    residency.title = title;
    residency.city = city;
    residency.start = start;
    residency.end = start.addDays(11);
    auto id = Core::ActivityStore(*m_store).insertResidency(residency);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

int tst_CalendarExport::eventCount(const QString &path) const
{
    return int(summaries(path).size());
}

QStringList tst_CalendarExport::summaries(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    icalcomponent *calendar = icalparser_parse_string(text.constData());
    if (!calendar)
        return {};
    QStringList found;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        found << QString::fromUtf8(icalcomponent_get_summary(event));
    icalcomponent_free(calendar);
    return found;
}

void tst_CalendarExport::allItemsWritten()
{
    Ui::CalendarExportDialog dialog(m_store.get(), {});
    const QString path = m_dir->filePath(QStringLiteral("all.ics"));
    dialog.pathEdit()->setText(path);
    QVERIFY(dialog.allButton()->isChecked());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.writtenCount(), 3);
    QCOMPARE(eventCount(path), 3);
    const QStringList titles = summaries(path);
    QVERIFY(titles.contains(QStringLiteral("Governance of platform cooperatives")));
    QVERIFY(titles.contains(QStringLiteral("Cross-residency Berlin")));
}

void tst_CalendarExport::selectionAndRangeWritten()
{
    Ui::CalendarExportDialog dialog(m_store.get(), {m_workshopA, m_residency});
    QVERIFY(dialog.selectionButton()->isEnabled());
    dialog.selectionButton()->setChecked(true);
    const QString selected = m_dir->filePath(QStringLiteral("selected.ics"));
    dialog.pathEdit()->setText(selected);
    dialog.accept();
    QCOMPARE(dialog.writtenCount(), 2);
    QCOMPARE(eventCount(selected), 2);

    Ui::CalendarExportDialog ranged(m_store.get(), {});
    ranged.rangeCheck()->setChecked(true);
    ranged.fromEdit()->setDate(QDate(2026, 4, 1));
    ranged.toEdit()->setDate(QDate(2026, 12, 31));
    const QString inRange = m_dir->filePath(QStringLiteral("range.ics"));
    ranged.pathEdit()->setText(inRange);
    ranged.accept();
    QCOMPARE(ranged.writtenCount(), 2);
    QCOMPARE(summaries(inRange),
             (QStringList{QStringLiteral("Funding a platform cooperative"),
                          QStringLiteral("Cross-residency Berlin")}));
}

void tst_CalendarExport::unwritablePathNamed()
{
    Ui::CalendarExportDialog dialog(m_store.get(), {});
    const QString path = m_dir->filePath(QStringLiteral("missing-folder/all.ics"));
    dialog.pathEdit()->setText(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.writtenCount(), 0);
    const auto labels = dialog.findChildren<QLabel *>();
    bool named = false;
    for (const QLabel *label : labels)
        named = named || label->text().contains(QLatin1String("missing-folder"));
    QVERIFY(named);
    QVERIFY(!QFile::exists(path));
}

void tst_CalendarExport::selectionDisabledWithoutSelectedIds()
{
    Ui::CalendarExportDialog dialog(m_store.get(), {});
    QVERIFY(!dialog.selectionButton()->isEnabled());
    QVERIFY(dialog.selection().ids.isEmpty());
    QVERIFY(!dialog.selection().from.isValid());
    QCOMPARE(dialog.selectionButton()->text(),
             u"Only the items selected in the lists (none is selected)"_qs);
    QVERIFY(!dialog.selectionButton()->text().contains(u'0'));
    QVERIFY(!dialog.selectionButton()->toolTip().isEmpty());
}

void tst_CalendarExport::selectionChoiceCountsItems()
{
    // No translation is loaded, so the English source text shows.
    Ui::CalendarExportDialog one(m_store.get(), {m_workshopA});
    QCOMPARE(one.selectionButton()->text(), u"Only the 1 &selected item(s) in the lists"_qs);
    Ui::CalendarExportDialog two(m_store.get(), {m_workshopA, m_residency});
    QCOMPARE(two.selectionButton()->text(), u"Only the 2 &selected item(s) in the lists"_qs);
    QVERIFY(two.selectionButton()->toolTip().isEmpty());
}

void tst_CalendarExport::fileLabelHasBuddy()
{
    Ui::CalendarExportDialog dialog(m_store.get(), {});
    QLabel *fileLabel = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == u"&File:") {
            fileLabel = label;
        }
    }
    QVERIFY(fileLabel);
    QCOMPARE(fileLabel->buddy(), dialog.pathEdit());
}

QTEST_MAIN(tst_CalendarExport)
#include "tst_calendarexport.moc"
