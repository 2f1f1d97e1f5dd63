// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/sample/sampleactivities.h>
#include <core/sample/sampledata.h>
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

class tst_SampleActivities : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadAddsEveryKind();
    void residenciesInBerlinAndBarcelona();
    void waitingListAndAttendanceShow();
    void idsAreNameBased();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_fileNumber = 0;
};

void tst_SampleActivities::init()
{
    auto db
        = Database::open(m_dir.filePath(QStringLiteral("sample-%1.coopatlas").arg(++m_fileNumber)));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
    const Result<int> loaded = loadSampleData(*m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
}

void tst_SampleActivities::cleanup()
{
    m_store.reset();
}

void tst_SampleActivities::loadAddsEveryKind()
{
    QCOMPARE(m_store->totalCount(RecordKind::Person).value(), 3);
    QCOMPARE(m_store->totalCount(RecordKind::Workshop).value(), 5);
    QCOMPARE(m_store->totalCount(RecordKind::Participation).value(), 7);
    QCOMPARE(m_store->totalCount(RecordKind::Followup).value(), 1);
    QCOMPARE(m_store->totalCount(RecordKind::Residency).value(), 2);
    QCOMPARE(m_store->totalCount(RecordKind::Stay).value(), 4);
    QCOMPARE(m_store->totalCount(RecordKind::Visit).value(), 1);
    QCOMPARE(m_store->totalCount(RecordKind::BudgetLine).value(), 6);
    QCOMPARE(m_store->totalCount(RecordKind::Resource).value(), 4);
    QCOMPARE(m_store->totalCount(RecordKind::Barrier).value(), 3);
}

void tst_SampleActivities::residenciesInBerlinAndBarcelona()
{
    ActivityStore activities(*m_store);
    const auto residencies
        = activities.residenciesBetween(QDate(2026, 1, 1), QDate(2026, 12, 31)).value();
    QCOMPARE(residencies.size(), 2);
    QCOMPARE(residencies.at(0).timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(residencies.at(1).timeZone, QStringLiteral("Europe/Madrid"));
    const ResidencyBudget berlin = activities.residencyBudget(residencies.at(0).meta.id).value();
    QCOMPARE(berlin.total.plannedCents, 118000);
    QCOMPARE(berlin.total.linesWithoutActual, 1);
    QCOMPARE(berlin.total.varianceCents, (38950 - 42000) + (61200 - 56000));
}

void tst_SampleActivities::waitingListAndAttendanceShow()
{
    ActivityStore activities(*m_store);
    const QString legalForms
        = sampleRecordId(RecordKind::Workshop, QStringLiteral("legal-forms-2026"));
    const auto participations = activities.participationsOf(legalForms).value();
    QCOMPARE(participations.size(), 3);
    QCOMPARE(participations.at(2).registration, QStringLiteral("waiting"));
    const auto rates = activities.attendanceByWorkshop().value();
    QCOMPARE(rates.size(), 3);
    QCOMPARE(rates.at(0).key, legalForms);
    QCOMPARE(rates.at(0).registered, 2);
    QCOMPARE(rates.at(0).attended, 1);
}

void tst_SampleActivities::idsAreNameBased()
{
    const QString id = sampleRecordId(RecordKind::Barrier, QStringLiteral("procurement"));
    QCOMPARE(id, sampleRecordId(RecordKind::Barrier, QStringLiteral("procurement")));
    QVERIFY(id != sampleRecordId(RecordKind::Resource, QStringLiteral("procurement")));
    ActivityStore activities(*m_store);
    QVERIFY(activities.barrier(id).ok());
}

QTEST_GUILESS_MAIN(tst_SampleActivities)
#include "tst_sampleactivities.moc"
