// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activityperiods.h>
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace CoopAtlas::Core;

class tst_ActivityPeriods : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void periodStartOfQuarterAndYear();
    void workshopParticipantsPerQuarter();
    void workshopParticipantsPerYear();
    void workshopDayIsBrusselsDay();
    void emptyOrReversedRangeReturnsNothing();
    void residenciesPerQuarter();
    void residenciesPerYear();

private:
    QString addOrganisation(const QString &name);
    QString addPerson(const QString &name);
    QString addWorkshop(const QString &title, const QDateTime &start, const QString &status);
    void addParticipation(const QString &workshopId,
                          const QString &participantId,
                          const QString &registration,
                          const QString &attendance);
    QString addResidency(const QString &title, QDate start, QDate end, const QString &status);
    QString addStay(const QString &residencyId, const QString &personId, QDate day);
    /// Adds held workshops in 2024 and 2025, with the participants that its comments list.
    void addWorkshops();
    void addResidencies();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ActivityStore> m_activities;
};

namespace {

const QTimeZone Brussels(QByteArrayLiteral("Europe/Brussels"));

QDateTime brusselsTime(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Brussels);
}

} // namespace

void tst_ActivityPeriods::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("periods.coopatlas")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
    m_activities = std::make_unique<ActivityStore>(*m_store);
}

void tst_ActivityPeriods::cleanup()
{
    m_activities.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_ActivityPeriods::addOrganisation(const QString &name)
{
    Organisation org;
    org.name = name;
    org.kind = QStringLiteral("other");
    auto id = m_store->insertOrganisation(org);
    return id ? *id : QString();
}

QString tst_ActivityPeriods::addPerson(const QString &name)
{
    Person person;
    person.formattedName = name;
    auto id = m_store->insertPerson(person);
    return id ? *id : QString();
}

QString tst_ActivityPeriods::addWorkshop(const QString &title,
                                         const QDateTime &start,
                                         const QString &status)
{
    Workshop workshop;
    workshop.title = title;
    workshop.theme = QStringLiteral("legal-forms");
    workshop.axis = QStringLiteral("equip");
    workshop.start = start;
    workshop.end = start.addSecs(2 * 3600);
    workshop.status = status;
    auto id = m_activities->insertWorkshop(workshop);
    if (!id)
        qWarning() << "insertWorkshop failed:" << id.error().text();
    return id ? *id : QString();
}

void tst_ActivityPeriods::addParticipation(const QString &workshopId,
                                           const QString &participantId,
                                           const QString &registration,
                                           const QString &attendance)
{
    Participation participation;
    participation.workshopId = workshopId;
    participation.participantId = participantId;
    participation.registration = registration;
    participation.attendance = attendance;
    auto written = m_activities->insertParticipation(participation);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
}

QString tst_ActivityPeriods::addResidency(const QString &title,
                                          QDate start,
                                          QDate end,
                                          const QString &status)
{
    Residency residency;
    residency.title = title;
    residency.city = QStringLiteral("berlin");
    residency.start = start;
    residency.end = end;
    residency.status = status;
    auto id = m_activities->insertResidency(residency);
    if (!id)
        qWarning() << "insertResidency failed:" << id.error().text();
    return id ? *id : QString();
}

QString tst_ActivityPeriods::addStay(const QString &residencyId, const QString &personId, QDate day)
{
    Stay stay;
    stay.residencyId = residencyId;
    stay.personId = personId;
    stay.arrival = day;
    stay.departure = day;
    auto id = m_activities->insertStay(stay);
    if (!id)
        qWarning() << "insertStay failed:" << id.error().text();
    return id ? *id : QString();
}

void tst_ActivityPeriods::addWorkshops()
{
    const QString coop = addOrganisation(QStringLiteral("Coop"));
    const QString ana = addPerson(QStringLiteral("Ana"));
    const QString ben = addPerson(QStringLiteral("Ben"));
    const QString chloe = addPerson(QStringLiteral("Chloé"));
    const QString held = QStringLiteral("held");
    const QString registered = QStringLiteral("registered");
    const QString cancelled = QStringLiteral("cancelled");
    const QString unknown = QStringLiteral("unknown");

    // 2024 Q2: two held workshops. Ana takes part in both and counts once. Ben
    // attended, and Chloé cancelled and does not count.
    const QString first = addWorkshop(QStringLiteral("First"), brusselsTime(2024, 4, 12, 10), held);
    addParticipation(first, ana, registered, unknown);
    addParticipation(first, coop, registered, QStringLiteral("attended"));
    const QString second
        = addWorkshop(QStringLiteral("Second"), brusselsTime(2024, 5, 3, 14), held);
    addParticipation(second, ana, registered, QStringLiteral("absent"));
    addParticipation(second, ben, registered, QStringLiteral("attended"));
    addParticipation(second, chloe, cancelled, unknown);
    // A planned workshop and a removed held one do not count.
    const QString planned = addWorkshop(
        QStringLiteral("Planned"), brusselsTime(2024, 5, 20, 9), QStringLiteral("planned"));
    addParticipation(planned, chloe, registered, unknown);
    const QString removed
        = addWorkshop(QStringLiteral("Removed"), brusselsTime(2024, 6, 1, 9), held);
    addParticipation(removed, chloe, registered, unknown);
    QVERIFY(m_store->remove(RecordKind::Workshop, removed).ok());
    // 2024 Q3: one held workshop without participants.
    addWorkshop(QStringLiteral("Empty"), brusselsTime(2024, 8, 20, 9), held);
    // 2025 Q1: Chloé.
    const QString later = addWorkshop(QStringLiteral("Later"), brusselsTime(2025, 2, 1, 9), held);
    addParticipation(later, chloe, registered, unknown);
}

void tst_ActivityPeriods::periodStartOfQuarterAndYear()
{
    QCOMPARE(periodStartOf(QDate(2024, 5, 17), PeriodLength::Quarter), QDate(2024, 4, 1));
    QCOMPARE(periodStartOf(QDate(2024, 12, 31), PeriodLength::Quarter), QDate(2024, 10, 1));
    QCOMPARE(periodStartOf(QDate(2024, 1, 1), PeriodLength::Quarter), QDate(2024, 1, 1));
    QCOMPARE(periodStartOf(QDate(2024, 5, 17), PeriodLength::Year), QDate(2024, 1, 1));
    QVERIFY(!periodStartOf(QDate(), PeriodLength::Year).isValid());
}

void tst_ActivityPeriods::workshopParticipantsPerQuarter()
{
    addWorkshops();
    const auto counts = m_activities->workshopParticipantsPerPeriod(
        QDate(2024, 1, 1), QDate(2024, 12, 31), PeriodLength::Quarter);
    QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().text()));
    QCOMPARE(counts->size(), 2);
    QCOMPARE(counts->at(0).period, QDate(2024, 4, 1));
    QCOMPARE(counts->at(0).workshops, 2);
    QCOMPARE(counts->at(0).people, 2);
    QCOMPARE(counts->at(0).organisations, 1);
    QCOMPARE(counts->at(1).period, QDate(2024, 7, 1));
    QCOMPARE(counts->at(1).workshops, 1);
    QCOMPARE(counts->at(1).people, 0);
    QCOMPARE(counts->at(1).organisations, 0);
}

void tst_ActivityPeriods::workshopParticipantsPerYear()
{
    addWorkshops();
    const auto counts = m_activities->workshopParticipantsPerPeriod(
        QDate(2024, 1, 1), QDate(2025, 12, 31), PeriodLength::Year);
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), 2);
    QCOMPARE(counts->at(0).period, QDate(2024, 1, 1));
    QCOMPARE(counts->at(0).workshops, 3);
    QCOMPARE(counts->at(0).people, 2);
    QCOMPARE(counts->at(0).organisations, 1);
    QCOMPARE(counts->at(1).period, QDate(2025, 1, 1));
    QCOMPARE(counts->at(1).workshops, 1);
    QCOMPARE(counts->at(1).people, 1);
    QCOMPARE(counts->at(1).organisations, 0);
}

void tst_ActivityPeriods::workshopDayIsBrusselsDay()
{
    const QString ana = addPerson(QStringLiteral("Ana"));
    // 00:30 in Brussels on 1 April is still 31 March in UTC.
    const QString early = addWorkshop(
        QStringLiteral("Early"), brusselsTime(2024, 4, 1, 0, 30), QStringLiteral("held"));
    addParticipation(early, ana, QStringLiteral("registered"), QStringLiteral("unknown"));

    const auto secondQuarter = m_activities->workshopParticipantsPerPeriod(
        QDate(2024, 4, 1), QDate(2024, 4, 1), PeriodLength::Quarter);
    QVERIFY(secondQuarter.ok());
    QCOMPARE(secondQuarter->size(), 1);
    QCOMPARE(secondQuarter->at(0).period, QDate(2024, 4, 1));
    QCOMPARE(secondQuarter->at(0).people, 1);
    const auto march = m_activities->workshopParticipantsPerPeriod(
        QDate(2024, 3, 1), QDate(2024, 3, 31), PeriodLength::Quarter);
    QVERIFY(march.ok());
    QCOMPARE(march->size(), 0);
}

void tst_ActivityPeriods::emptyOrReversedRangeReturnsNothing()
{
    addWorkshops();
    addResidencies();
    const auto reversed = m_activities->workshopParticipantsPerPeriod(
        QDate(2024, 12, 31), QDate(2024, 1, 1), PeriodLength::Quarter);
    QVERIFY(reversed.ok());
    QCOMPARE(reversed->size(), 0);
    const auto invalid
        = m_activities->residenciesPerPeriod(QDate(), QDate(2024, 1, 1), PeriodLength::Year);
    QVERIFY(invalid.ok());
    QCOMPARE(invalid->size(), 0);
    const auto quiet = m_activities->workshopParticipantsPerPeriod(
        QDate(2020, 1, 1), QDate(2020, 12, 31), PeriodLength::Year);
    QVERIFY(quiet.ok());
    QCOMPARE(quiet->size(), 0);
}

void tst_ActivityPeriods::addResidencies()
{
    const QString ana = addPerson(QStringLiteral("Ana R"));
    const QString ben = addPerson(QStringLiteral("Ben R"));
    const QString chloe = addPerson(QStringLiteral("Chloé R"));
    const QString planned = QStringLiteral("planned");
    // 2024 Q1: two residencies, Ana in both counts once.
    const QString february
        = addResidency(QStringLiteral("February"), QDate(2024, 2, 10), QDate(2024, 2, 20), planned);
    addStay(february, ana, QDate(2024, 2, 10));
    addStay(february, ben, QDate(2024, 2, 12));
    const QString march = addResidency(QStringLiteral("March"),
                                       QDate(2024, 3, 1),
                                       QDate(2024, 3, 10),
                                       QStringLiteral("completed"));
    addStay(march, ana, QDate(2024, 3, 2));
    // A cancelled residency does not count.
    const QString cancelled = addResidency(QStringLiteral("Cancelled"),
                                           QDate(2024, 3, 5),
                                           QDate(2024, 3, 9),
                                           QStringLiteral("cancelled"));
    addStay(cancelled, chloe, QDate(2024, 3, 5));
    // 2024 Q4: a residency whose only stay was removed.
    const QString november
        = addResidency(QStringLiteral("November"), QDate(2024, 11, 1), QDate(2024, 11, 8), planned);
    const QString stay = addStay(november, chloe, QDate(2024, 11, 2));
    QVERIFY(m_store->remove(RecordKind::Stay, stay).ok());
    // Starts in 2023: counts there, not in 2024.
    const QString winter
        = addResidency(QStringLiteral("Winter"), QDate(2023, 12, 20), QDate(2024, 1, 10), planned);
    addStay(winter, chloe, QDate(2024, 1, 5));
}

void tst_ActivityPeriods::residenciesPerQuarter()
{
    addResidencies();
    const auto counts = m_activities->residenciesPerPeriod(
        QDate(2024, 1, 1), QDate(2024, 12, 31), PeriodLength::Quarter);
    QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().text()));
    QCOMPARE(counts->size(), 2);
    QCOMPARE(counts->at(0).period, QDate(2024, 1, 1));
    QCOMPARE(counts->at(0).residencies, 2);
    QCOMPARE(counts->at(0).participants, 2);
    QCOMPARE(counts->at(1).period, QDate(2024, 10, 1));
    QCOMPARE(counts->at(1).residencies, 1);
    QCOMPARE(counts->at(1).participants, 0);
}

void tst_ActivityPeriods::residenciesPerYear()
{
    addResidencies();
    const auto counts = m_activities->residenciesPerPeriod(
        QDate(2023, 1, 1), QDate(2024, 12, 31), PeriodLength::Year);
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), 2);
    QCOMPARE(counts->at(0).period, QDate(2023, 1, 1));
    QCOMPARE(counts->at(0).residencies, 1);
    QCOMPARE(counts->at(0).participants, 1);
    QCOMPARE(counts->at(1).period, QDate(2024, 1, 1));
    QCOMPARE(counts->at(1).residencies, 3);
    QCOMPARE(counts->at(1).participants, 2);
}

QTEST_GUILESS_MAIN(tst_ActivityPeriods)
#include "tst_activityperiods.moc"
