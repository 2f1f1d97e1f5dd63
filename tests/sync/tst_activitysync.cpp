// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_syncengine_desktop.h"

#include <core/storage/activitystore.h>

#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

class tst_ActivitySync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workshopWithParticipationsArrives();

private:
    TestServerEnv m_env;
};

void tst_ActivitySync::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
}

void tst_ActivitySync::workshopWithParticipationsArrives()
{
    auto database = TestDatabase::create(m_env,
                                         QStringLiteral("activities"),
                                         {{QStringLiteral("alice"), {QStringLiteral("editor")}},
                                          {QStringLiteral("bob"), {QStringLiteral("editor")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    SyncTestDesktop alice(**database, QStringLiteral("alice"));
    SyncTestDesktop bob(**database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    QVERIFY(bob.isValid());

    ActivityStore aliceActivities(alice.store());
    const QString organiser = addOrganisation(alice.store(), QStringLiteral("Febecoop"));
    Person person;
    person.formattedName = QStringLiteral("Nora Vermeulen");
    const QString personId = alice.store().insertPerson(person).value();
    Workshop workshop;
    workshop.title = QStringLiteral("Financer sa coopérative");
    workshop.theme = QStringLiteral("funding");
    workshop.axis = QStringLiteral("equip");
    workshop.start = QDateTime(QDate(2026, 10, 25), QTime(8, 0), Qt::UTC);
    workshop.end = QDateTime(QDate(2026, 10, 25), QTime(11, 0), Qt::UTC);
    workshop.capacity = 1;
    workshop.organiserIds = {organiser};
    const QString workshopId = aliceActivities.insertWorkshop(workshop).value();
    Participation participation;
    participation.workshopId = workshopId;
    participation.participantId = personId;
    participation.registeredAt = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(aliceActivities.insertParticipation(participation).ok());
    participation.participantId = organiser;
    participation.registeredAt = participation.registeredAt.addSecs(60);
    participation.role = QStringLiteral("speaker");
    QCOMPARE(aliceActivities.insertParticipation(participation)->registration,
             QStringLiteral("waiting"));

    auto pushed = alice.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(alice.recordErrors().isEmpty());
    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));

    ActivityStore bobActivities(bob.store());
    auto arrived = bobActivities.workshop(workshopId);
    QVERIFY2(arrived.ok(), qPrintable(arrived ? QString() : arrived.error().text()));
    QCOMPARE(arrived->title, workshop.title);
    QCOMPARE(arrived->start, workshop.start);
    QCOMPARE(arrived->organiserIds, QStringList{organiser});
    QCOMPARE(arrived->meta.dirty, false);
    const auto participations = bobActivities.participationsOf(workshopId).value();
    QCOMPARE(participations.size(), 2);
    QCOMPARE(participations.at(0).participantId, personId);
    QCOMPARE(participations.at(0).registration, QStringLiteral("registered"));
    QCOMPARE(participations.at(1).participantId, organiser);
    QCOMPARE(participations.at(1).registration, QStringLiteral("waiting"));
    QCOMPARE(participations.at(1).role, QStringLiteral("speaker"));
    QCOMPARE(bob.store().search(QStringLiteral("financer")).value().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ActivitySync)
#include "tst_activitysync.moc"
