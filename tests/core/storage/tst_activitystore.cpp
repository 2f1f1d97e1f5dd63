// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/activityvalidation.h>
#include <core/domain/amounts.h>
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/store.h>
#include <core/storage/syncstore.h>
#include <core/sync/documentcodec.h>
#include <core/uuid.h>

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace CoopAtlas::Core;

class tst_ActivityStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void workshopRoundTrip();
    void workshopValidationNamesFields();
    void workshopUnknownThemeRejected();
    void allDayWorkshopKeptAtLocalMidnight();
    void calendarSequenceRisesOnShownFields();
    void capacityBelowRegisteredRejected();
    void removeWorkshopCascadesAndRestores();
    void restoreChildWithoutParentFails();
    void participantAddedTwiceRejected();
    void registrationPastCapacityWaits();
    void cancellationPromotesFirstWaiting();
    void raisedCapacityPromotesWaiting();
    void removalPromotesFirstWaiting();
    void removalUndoRestoresWaitingList();
    void removalOfWaitingPromotesNobody();
    void restoreAfterPlaceTakenWaits();
    void restoreAfterPlaceTakenResetsAttendance();
    void personRemovalFreesPlacesAndStays();
    void personRemovalUndoRestoresPlaces();
    void personRemovalUndoResetsAttendance();
    void participationsListedInWaitingOrder();
    void attendanceRatesOfHeldWorkshops();
    void attendanceWithoutRegistrationsHasNoRate();
    void attendanceOnlyForRegistered();
    void attendanceRejectedWhenFullWorkshopWaits();
    void pulledAttendanceOffListReset();
    void followupRoundTripAndOrder();
    void residencyZoneFollowsCity();
    void residencyOtherCityNeedsName();
    void endBeforeStartShowsWallTimes();
    void stayOutsideResidencyWarns();
    void stayOverlapNamesOtherResidency();
    void staysBetweenDates();
    void budgetTotalsAndVariance();
    void negativeAmountRejected();
    void visitRoundTrip();
    void resourceRejectsNonHttpUrl();
    void resourceFileStoredApart();
    void resourceFileOverLimitRejected();
    void emptyResourceFileStored();
    void barrierDomainCountsProjectHolders();
    void barrierEvidenceMustExist();
    void searchFindsActivityKinds();
    void listPagesByDateRangeAndDomain();
    void changedSignalCarriesKind();
    void noteOnResidencyAccepted();
    void termRenameRewritesWorkshopTheme();
    void participantChangeChecked();
    void versionFourFileGetsActivityTables();

private:
    QString addOrganisation(const QString &name, const QString &kind = QString());
    QString addPerson(const QString &name);
    Workshop workshopAt(const QString &title, const QDateTime &start, int hours = 2);
    QString addWorkshop(Workshop workshop);
    QString addParticipant(const QString &workshopId,
                           const QString &participantId,
                           const QDateTime &registeredAt);
    QString addResidency(const QString &title, QDate start, QDate end);
    /// Sets the attendance of a registered participation through the store.
    void setAttendance(const QString &participationId, const QString &attendance);
    /// Clears the dirty flag of every participation, as a successful push does.
    void markParticipationsSynced();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ActivityStore> m_activities;
    int m_fileNumber = 0;
};

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QString errorText(const Error &error)
{
    return error.text();
}

} // namespace

void tst_ActivityStore::init()
{
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("activities-%1.coopatlas").arg(++m_fileNumber)));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    (*db)->setAuthor(QStringLiteral("alice@saw-b"));
    m_store = std::make_unique<Store>(std::move(db).value());
    m_activities = std::make_unique<ActivityStore>(*m_store);
}

void tst_ActivityStore::cleanup()
{
    m_activities.reset();
    m_store.reset();
}

QString tst_ActivityStore::addOrganisation(const QString &name, const QString &kind)
{
    Organisation org;
    org.name = name;
    org.kind = kind;
    auto id = m_store->insertOrganisation(org);
    return id ? *id : QString();
}

QString tst_ActivityStore::addPerson(const QString &name)
{
    Person person;
    person.formattedName = name;
    auto id = m_store->insertPerson(person);
    return id ? *id : QString();
}

Workshop tst_ActivityStore::workshopAt(const QString &title, const QDateTime &start, int hours)
{
    Workshop workshop;
    workshop.title = title;
    workshop.theme = QStringLiteral("legal-forms");
    workshop.axis = QStringLiteral("equip");
    workshop.start = start;
    workshop.end = start.addSecs(hours * 3600);
    return workshop;
}

QString tst_ActivityStore::addWorkshop(Workshop workshop)
{
    auto id = m_activities->insertWorkshop(std::move(workshop));
    if (!id) {
        qWarning() << "insertWorkshop failed:" << id.error().text();
        return {};
    }
    return *id;
}

QString tst_ActivityStore::addParticipant(const QString &workshopId,
                                          const QString &participantId,
                                          const QDateTime &registeredAt)
{
    Participation participation;
    participation.workshopId = workshopId;
    participation.participantId = participantId;
    participation.registeredAt = registeredAt;
    auto written = m_activities->insertParticipation(participation);
    if (!written) {
        qWarning() << "insertParticipation failed:" << written.error().text();
        return {};
    }
    return written->id;
}

void tst_ActivityStore::setAttendance(const QString &participationId, const QString &attendance)
{
    Participation participation = m_activities->participation(participationId).value();
    participation.attendance = attendance;
    const auto written = m_activities->updateParticipation(participation);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().text()));
    QCOMPARE(m_activities->participation(participationId)->attendance, attendance);
}

void tst_ActivityStore::markParticipationsSynced()
{
    QSqlQuery query(m_store->database().connection());
    QVERIFY2(query.exec(QStringLiteral("UPDATE participations SET dirty = 0")),
             qPrintable(query.lastError().text()));
}

QString tst_ActivityStore::addResidency(const QString &title, QDate start, QDate end)
{
    Residency residency;
    residency.title = title;
    residency.city = QStringLiteral("berlin");
    residency.start = start;
    residency.end = end;
    auto id = m_activities->insertResidency(residency);
    if (!id) {
        qWarning() << "insertResidency failed:" << id.error().text();
        return {};
    }
    return *id;
}

void tst_ActivityStore::workshopRoundTrip()
{
    const QString smart = addOrganisation(QStringLiteral("SMart"));
    Workshop workshop = workshopAt(QStringLiteral("Statuts coopératifs"), utc(2026, 3, 12, 13));
    workshop.venue = QStringLiteral("MundoB, Rue d'Edimbourg 26");
    workshop.capacity = 20;
    workshop.organiserIds = {smart};
    workshop.description = QStringLiteral("Choisir une forme juridique.");
    const QString id = addWorkshop(workshop);
    QVERIFY(!id.isEmpty());

    auto stored = m_activities->workshop(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->title, workshop.title);
    QCOMPARE(stored->theme, QStringLiteral("legal-forms"));
    QCOMPARE(stored->start, utc(2026, 3, 12, 13));
    QCOMPARE(stored->end, utc(2026, 3, 12, 15));
    QCOMPARE(stored->timeZone, QStringLiteral("Europe/Brussels"));
    QCOMPARE(stored->capacity, std::optional<int>(20));
    QCOMPARE(stored->organiserIds, QStringList{smart});
    QCOMPARE(stored->status, QStringLiteral("planned"));
    QCOMPARE(stored->calendarSequence, 0);
    QCOMPARE(stored->meta.createdBy, QStringLiteral("alice@saw-b"));

    Workshop edited = *stored;
    edited.venue = QStringLiteral("Maison des Associations");
    QVERIFY2(m_activities->updateWorkshop(edited).ok(), "update failed");
    auto reread = m_activities->workshop(id);
    QCOMPARE(reread->venue, QStringLiteral("Maison des Associations"));
    QVERIFY(reread->meta.updatedAt > stored->meta.updatedAt);

    // The first read is stale now, so writing it again must fail.
    QVERIFY(!m_activities->updateWorkshop(*stored).ok());
}

void tst_ActivityStore::workshopValidationNamesFields()
{
    Workshop workshop = workshopAt(QString(), utc(2026, 3, 12, 13));
    workshop.end = workshop.start.addSecs(-60);
    workshop.axis = QStringLiteral("educate");
    workshop.timeZone = QStringLiteral("Europe/Atlantis");
    workshop.capacity = -1;
    auto id = m_activities->insertWorkshop(workshop);
    QVERIFY(!id.ok());
    const QString text = errorText(id.error());
    QVERIFY2(text.contains(QStringLiteral("no title")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("before it starts")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\"educate\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Europe/Atlantis")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("capacity -1")), qPrintable(text));
    QCOMPARE(m_store->totalCount(RecordKind::Workshop).value(), 0);
}

void tst_ActivityStore::workshopUnknownThemeRejected()
{
    Workshop workshop = workshopAt(QStringLiteral("Atelier"), utc(2026, 3, 12, 13));
    workshop.theme = QStringLiteral("astrology");
    auto id = m_activities->insertWorkshop(workshop);
    QVERIFY(!id.ok());
    QVERIFY(id.error().message.contains(QStringLiteral("workshop-theme")));
    QCOMPARE(id.error().context, QStringLiteral("theme"));
}

void tst_ActivityStore::allDayWorkshopKeptAtLocalMidnight()
{
    Workshop workshop = workshopAt(QStringLiteral("Journée"), utc(2026, 6, 10, 9));
    workshop.allDay = true;
    workshop.end = utc(2026, 6, 11, 15);
    const QString id = addWorkshop(workshop);
    auto stored = m_activities->workshop(id);
    QVERIFY(stored.ok());
    // Midnight in Brussels in June is 22:00 UTC the day before.
    QCOMPARE(stored->start, utc(2026, 6, 9, 22));
    QCOMPARE(stored->end, utc(2026, 6, 10, 22));
    QVERIFY(stored->allDay);
}

void tst_ActivityStore::calendarSequenceRisesOnShownFields()
{
    const QString id = addWorkshop(workshopAt(QStringLiteral("Gouvernance"), utc(2026, 4, 2, 8)));
    auto stored = m_activities->workshop(id);

    Workshop edited = *stored;
    edited.capacity = 30; // not shown in calendars
    QVERIFY(m_activities->updateWorkshop(edited).ok());
    stored = m_activities->workshop(id);
    QCOMPARE(stored->calendarSequence, 0);

    edited = *stored;
    edited.start = edited.start.addSecs(3600);
    edited.end = edited.end.addSecs(3600);
    QVERIFY(m_activities->updateWorkshop(edited).ok());
    stored = m_activities->workshop(id);
    QCOMPARE(stored->calendarSequence, 1);

    edited = *stored;
    edited.status = QStringLiteral("cancelled");
    edited.calendarSequence = 99; // callers cannot set it
    QVERIFY(m_activities->updateWorkshop(edited).ok());
    stored = m_activities->workshop(id);
    QCOMPARE(stored->calendarSequence, 2);
}

void tst_ActivityStore::capacityBelowRegisteredRejected()
{
    const QString id = addWorkshop(workshopAt(QStringLiteral("Données"), utc(2026, 4, 2, 8)));
    const QDateTime at = utc(2026, 3, 1, 10);
    QVERIFY(!addParticipant(id, addPerson(QStringLiteral("Anna")), at).isEmpty());
    QVERIFY(!addParticipant(id, addPerson(QStringLiteral("Bruno")), at.addSecs(60)).isEmpty());
    Workshop edited = m_activities->workshop(id).value();
    edited.capacity = 1;
    auto updated = m_activities->updateWorkshop(edited);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QStringLiteral("capacity 1 is below the 2")),
             qPrintable(updated.error().message));
    QCOMPARE(m_activities->workshop(id)->capacity, std::nullopt);
}

void tst_ActivityStore::removeWorkshopCascadesAndRestores()
{
    const QString id = addWorkshop(workshopAt(QStringLiteral("Financement"), utc(2026, 5, 5, 8)));
    const QString participation
        = addParticipant(id, addPerson(QStringLiteral("Chloé")), utc(2026, 4, 1, 8));
    Followup followup;
    followup.workshopId = id;
    followup.title = QStringLiteral("Envoyer les slides");
    const QString followupId = m_activities->insertFollowup(followup).value();
    Note note;
    note.recordId = id;
    note.recordKind = RecordKind::Workshop;
    note.text = QStringLiteral("Bonne participation");
    const QString noteId = m_store->insertNote(note).value();

    auto removed = m_store->remove(RecordKind::Workshop, id);
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().text()));
    QCOMPARE(removed->size(), 4);
    QVERIFY(removed->contains(participation));
    QVERIFY(removed->contains(followupId));
    QVERIFY(removed->contains(noteId));
    QVERIFY(m_activities->workshop(id)->meta.deleted);
    QVERIFY(m_activities->participation(participation)->meta.deleted);
    QVERIFY(m_activities->participationsOf(id)->isEmpty());
    QVERIFY(m_activities->followupsOf(id)->isEmpty());

    QVERIFY(m_store->restore(*removed).ok());
    QVERIFY(!m_activities->workshop(id)->meta.deleted);
    QCOMPARE(m_activities->participationsOf(id)->size(), 1);
    QCOMPARE(m_activities->followupsOf(id)->size(), 1);
    QCOMPARE(m_store->notesOf(id)->size(), 1);
}

void tst_ActivityStore::restoreChildWithoutParentFails()
{
    const QString residency
        = addResidency(QStringLiteral("Berlin 2026"), QDate(2026, 5, 4), QDate(2026, 5, 8));
    BudgetLine line;
    line.residencyId = residency;
    line.label = QStringLiteral("Train");
    line.category = QStringLiteral("travel");
    line.plannedCents = 25000;
    const QString lineId = m_activities->insertBudgetLine(line).value();
    QVERIFY(m_store->remove(RecordKind::Residency, residency).ok());

    auto restored = m_store->restore({lineId});
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(QStringLiteral("Restore the residency first")),
             qPrintable(restored.error().message));
    QVERIFY(m_activities->budgetLine(lineId)->meta.deleted);
}

void tst_ActivityStore::participantAddedTwiceRejected()
{
    const QString id = addWorkshop(workshopAt(QStringLiteral("Tech"), utc(2026, 5, 5, 8)));
    const QString person = addPerson(QStringLiteral("Dirk"));
    QVERIFY(!addParticipant(id, person, utc(2026, 4, 1, 8)).isEmpty());
    Participation again;
    again.workshopId = id;
    again.participantId = person;
    auto written = m_activities->insertParticipation(again);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().context, QStringLiteral("participantId"));

    Participation ghost;
    ghost.workshopId = id;
    ghost.participantId = QStringLiteral("0190aaaa-0000-7000-8000-000000000000");
    QVERIFY(!m_activities->insertParticipation(ghost).ok());
}

void tst_ActivityStore::registrationPastCapacityWaits()
{
    Workshop workshop = workshopAt(QStringLiteral("Petit groupe"), utc(2026, 5, 5, 8));
    workshop.capacity = 2;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    Participation participation;
    participation.workshopId = id;
    QStringList registrations;
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        participation.participantId = addPerson(name);
        participation.registeredAt = at.addSecs(registrations.size() * 60);
        auto written = m_activities->insertParticipation(participation);
        QVERIFY(written.ok());
        registrations.append(written->registration);
    }
    QCOMPARE(registrations,
             (QStringList{QStringLiteral("registered"),
                          QStringLiteral("registered"),
                          QStringLiteral("waiting")}));
    QCOMPARE(m_activities->registeredCount(id).value(), 2);
}

void tst_ActivityStore::cancellationPromotesFirstWaiting()
{
    Workshop workshop = workshopAt(QStringLiteral("Complet"), utc(2026, 5, 5, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString first = addParticipant(id, addPerson(QStringLiteral("Eva")), at);
    // Registered later but inserted earlier: the order is by registeredAt.
    const QString third = addParticipant(id, addPerson(QStringLiteral("Gilles")), at.addSecs(7200));
    const QString second = addParticipant(id, addPerson(QStringLiteral("Fatou")), at.addSecs(60));
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->participation(third)->registration, QStringLiteral("waiting"));

    Participation cancelled = m_activities->participation(first).value();
    cancelled.registration = QStringLiteral("cancelled");
    QSignalSpy changed(m_store.get(), &Store::changed);
    auto written = m_activities->updateParticipation(cancelled);
    QVERIFY(written.ok());
    QCOMPARE(written->promotedId, second);
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(third)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
    QCOMPARE(changed.count(), 2);
}

void tst_ActivityStore::raisedCapacityPromotesWaiting()
{
    Workshop workshop = workshopAt(QStringLiteral("Extensible"), utc(2026, 5, 5, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    addParticipant(id, addPerson(QStringLiteral("Hana")), at);
    const QString waiting = addParticipant(id, addPerson(QStringLiteral("Ivo")), at.addSecs(60));
    Workshop edited = m_activities->workshop(id).value();
    edited.capacity = 3;
    QVERIFY(m_activities->updateWorkshop(edited).ok());
    QCOMPARE(m_activities->participation(waiting)->registration, QStringLiteral("registered"));
}

void tst_ActivityStore::removalPromotesFirstWaiting()
{
    Workshop workshop = workshopAt(QStringLiteral("Plein"), utc(2026, 5, 5, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString first = addParticipant(id, addPerson(QStringLiteral("Eva")), at);
    const QString third = addParticipant(id, addPerson(QStringLiteral("Gilles")), at.addSecs(7200));
    const QString second = addParticipant(id, addPerson(QStringLiteral("Fatou")), at.addSecs(60));
    Note note;
    note.recordId = first;
    note.recordKind = RecordKind::Participation;
    note.text = QStringLiteral("Vient avec un collègue");
    const QString noteId = m_store->insertNote(note).value();

    QSignalSpy changed(m_store.get(), &Store::changed);
    auto removal = m_activities->removeParticipation(first);
    QVERIFY2(removal.ok(), qPrintable(removal ? QString() : errorText(removal.error())));
    QCOMPARE(removal->id, first);
    QCOMPARE(removal->workshopId, id);
    QCOMPARE(removal->removedIds, (QStringList{first, noteId}));
    QCOMPARE(removal->promotedIds, QStringList{second});
    QVERIFY(m_activities->participation(first)->meta.deleted);
    QVERIFY(m_store->note(noteId)->meta.deleted);
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(third)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
    // One transaction: the tombstones and the promotion are announced together.
    QCOMPARE(changed.count(), 3);
}

void tst_ActivityStore::removalUndoRestoresWaitingList()
{
    Workshop workshop = workshopAt(QStringLiteral("Annulé puis rétabli"), utc(2026, 5, 5, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString first = addParticipant(id, addPerson(QStringLiteral("Hana")), at);
    const QString second = addParticipant(id, addPerson(QStringLiteral("Ivo")), at.addSecs(60));
    const QString third = addParticipant(id, addPerson(QStringLiteral("Jef")), at.addSecs(120));
    const auto removal = m_activities->removeParticipation(first).value();

    QVERIFY(m_activities->restoreParticipation(removal).ok());
    const Participation restored = m_activities->participation(first).value();
    QVERIFY(!restored.meta.deleted);
    QCOMPARE(restored.registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->participation(third)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
    const auto listed = m_activities->participationsOf(id).value();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).meta.id, first);
    QCOMPARE(listed.at(1).meta.id, second);
    QCOMPARE(listed.at(2).meta.id, third);

    // Removing again after the undo behaves as the first time.
    QCOMPARE(m_activities->removeParticipation(first)->promotedIds, QStringList{second});
}

void tst_ActivityStore::removalOfWaitingPromotesNobody()
{
    Workshop workshop = workshopAt(QStringLiteral("Liste d'attente"), utc(2026, 5, 5, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString first = addParticipant(id, addPerson(QStringLiteral("Kim")), at);
    const QString second = addParticipant(id, addPerson(QStringLiteral("Lou")), at.addSecs(60));
    const QString third = addParticipant(id, addPerson(QStringLiteral("Max")), at.addSecs(120));

    const auto removal = m_activities->removeParticipation(second);
    QVERIFY(removal.ok());
    QVERIFY(removal->promotedIds.isEmpty());
    QCOMPARE(m_activities->participation(first)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(third)->registration, QStringLiteral("waiting"));
    QVERIFY(m_activities->restoreParticipation(removal.value()).ok());
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
}

void tst_ActivityStore::restoreAfterPlaceTakenWaits()
{
    Workshop workshop = workshopAt(QStringLiteral("Place reprise"), utc(2026, 5, 5, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString first = addParticipant(id, addPerson(QStringLiteral("Noor")), at);
    const QString second = addParticipant(id, addPerson(QStringLiteral("Omar")), at.addSecs(60));
    const auto removal = m_activities->removeParticipation(first).value();
    QCOMPARE(removal.promotedIds, QStringList{second});
    // The moved-up registration is cancelled, and a newcomer takes the place.
    Participation cancelled = m_activities->participation(second).value();
    cancelled.registration = QStringLiteral("cancelled");
    QVERIFY(m_activities->updateParticipation(cancelled).ok());
    const QString newcomer = addParticipant(id, addPerson(QStringLiteral("Pia")), at.addSecs(3600));
    QCOMPARE(m_activities->participation(newcomer)->registration, QStringLiteral("registered"));

    QVERIFY(m_activities->restoreParticipation(removal).ok());
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("cancelled"));
    QCOMPARE(m_activities->participation(newcomer)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(first)->registration, QStringLiteral("waiting"));
    QVERIFY(!m_activities->participation(first)->meta.deleted);
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
}

void tst_ActivityStore::restoreAfterPlaceTakenResetsAttendance()
{
    Workshop workshop = workshopAt(QStringLiteral("Atelier complet"), utc(2026, 5, 6, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString attended = addParticipant(id, addPerson(QStringLiteral("Lea")), at);
    setAttendance(attended, QStringLiteral("attended"));
    const auto removal = m_activities->removeParticipation(attended).value();
    QVERIFY(removal.promotedIds.isEmpty());
    const QString newcomer = addParticipant(id, addPerson(QStringLiteral("Milan")), at.addSecs(60));
    QCOMPARE(m_activities->participation(newcomer)->registration, QStringLiteral("registered"));
    markParticipationsSynced();
    const QDateTime removedAt = m_activities->participation(attended)->meta.updatedAt;

    QVERIFY(m_activities->restoreParticipation(removal).ok());
    const Participation restored = m_activities->participation(attended).value();
    QVERIFY(!restored.meta.deleted);
    QCOMPARE(restored.registration, QStringLiteral("waiting"));
    QCOMPARE(restored.attendance, QStringLiteral("unknown"));
    QVERIFY(restored.meta.dirty);
    QVERIFY(restored.meta.updatedAt > removedAt);
    QCOMPARE(m_activities->participation(newcomer)->registration, QStringLiteral("registered"));
    QVERIFY(!m_activities->participation(newcomer)->meta.dirty);
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
}

void tst_ActivityStore::personRemovalFreesPlacesAndStays()
{
    Workshop workshop = workshopAt(QStringLiteral("Liste d'attente"), utc(2026, 7, 1, 8));
    workshop.capacity = 2;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString anna = addPerson(QStringLiteral("Anna"));
    const QString annaPlace = addParticipant(id, anna, at);
    const QString bert = addParticipant(id, addPerson(QStringLiteral("Bert")), at.addSecs(60));
    const QString carl = addParticipant(id, addPerson(QStringLiteral("Carl")), at.addSecs(120));
    const QString dora = addParticipant(id, addPerson(QStringLiteral("Dora")), at.addSecs(180));
    QCOMPARE(m_activities->participation(carl)->registration, QStringLiteral("waiting"));
    Stay stay;
    stay.residencyId
        = addResidency(QStringLiteral("Berlin"), QDate(2026, 4, 1), QDate(2026, 4, 30));
    stay.personId = anna;
    stay.arrival = QDate(2026, 4, 6);
    stay.departure = QDate(2026, 4, 10);
    const QString stayId = m_activities->insertStay(stay).value();
    Note note;
    note.recordId = annaPlace;
    note.recordKind = RecordKind::Participation;
    note.text = QStringLiteral("Vient en train");
    const QString noteId = m_store->insertNote(note).value();

    auto removed = m_store->remove(RecordKind::Person, anna);
    QVERIFY2(removed.ok(), qPrintable(removed ? QString() : errorText(removed.error())));
    QVERIFY(removed->contains(annaPlace));
    QVERIFY(removed->contains(stayId));
    QVERIFY(removed->contains(noteId));
    QVERIFY(m_activities->participation(annaPlace)->meta.deleted);
    QVERIFY(m_activities->stay(stayId)->meta.deleted);
    QVERIFY(m_store->note(noteId)->meta.deleted);
    QCOMPARE(m_activities->participation(bert)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(carl)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(dora)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->registeredCount(id).value(), 2);
    QCOMPARE(m_activities->participationsOf(id)->size(), 3);
    QCOMPARE(m_activities->staysBetween(QDate(2026, 4, 1), QDate(2026, 4, 30))->size(), 0);
}

void tst_ActivityStore::personRemovalUndoRestoresPlaces()
{
    Workshop workshop = workshopAt(QStringLiteral("Retour"), utc(2026, 7, 2, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString organisation = addOrganisation(QStringLiteral("Coop Nord"));
    const QString first = addParticipant(id, organisation, at);
    const QString second = addParticipant(id, addPerson(QStringLiteral("Eva")), at.addSecs(60));
    const QStringList removed = m_store->remove(RecordKind::Organisation, organisation).value();
    QCOMPARE(removed, (QStringList{organisation, first}));
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("registered"));

    QVERIFY(m_store->restore(removed).ok());
    QVERIFY(!m_activities->participation(first)->meta.deleted);
    QCOMPARE(m_activities->participation(first)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->registeredCount(id).value(), 1);

    // Redo, then a newcomer takes the freed place: undo puts the restored one on the waiting list.
    const QStringList again = m_store->remove(RecordKind::Organisation, organisation).value();
    Participation moved = m_activities->participation(second).value();
    moved.registration = QStringLiteral("cancelled");
    QVERIFY(m_activities->updateParticipation(moved).ok());
    const QString newcomer = addParticipant(id, addPerson(QStringLiteral("Finn")), at.addSecs(600));
    QVERIFY(m_store->restore(again).ok());
    QCOMPARE(m_activities->participation(newcomer)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(first)->registration, QStringLiteral("waiting"));
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
}

void tst_ActivityStore::personRemovalUndoResetsAttendance()
{
    Workshop workshop = workshopAt(QStringLiteral("Retour complet"), utc(2026, 7, 3, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString organisation = addOrganisation(QStringLiteral("Coop Sud"));
    const QString first = addParticipant(id, organisation, at);
    const QString second = addParticipant(id, addPerson(QStringLiteral("Gil")), at.addSecs(60));
    const QStringList removed = m_store->remove(RecordKind::Organisation, organisation).value();
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("registered"));

    // The participant who moved up attends, and undoing the removal gives the place back.
    setAttendance(second, QStringLiteral("attended"));
    markParticipationsSynced();
    QVERIFY(m_store->restore(removed).ok());
    QCOMPARE(m_activities->participation(first)->registration, QStringLiteral("registered"));
    const Participation demoted = m_activities->participation(second).value();
    QCOMPARE(demoted.registration, QStringLiteral("waiting"));
    QCOMPARE(demoted.attendance, QStringLiteral("unknown"));
    QVERIFY(demoted.meta.dirty);

    // An attended registration restored after a newcomer took its place goes to the
    // waiting list without its attendance.
    setAttendance(first, QStringLiteral("attended"));
    const QStringList again = m_store->remove(RecordKind::Organisation, organisation).value();
    QCOMPARE(m_activities->participation(second)->registration, QStringLiteral("registered"));
    Participation cancelled = m_activities->participation(second).value();
    cancelled.registration = QStringLiteral("cancelled");
    QVERIFY(m_activities->updateParticipation(cancelled).ok());
    const QString newcomer = addParticipant(id, addPerson(QStringLiteral("Hana")), at.addSecs(600));
    QCOMPARE(m_activities->participation(newcomer)->registration, QStringLiteral("registered"));
    markParticipationsSynced();
    QVERIFY(m_store->restore(again).ok());
    const Participation waiting = m_activities->participation(first).value();
    QCOMPARE(waiting.registration, QStringLiteral("waiting"));
    QCOMPARE(waiting.attendance, QStringLiteral("unknown"));
    QVERIFY(waiting.meta.dirty);
    QCOMPARE(m_activities->registeredCount(id).value(), 1);
}

void tst_ActivityStore::participationsListedInWaitingOrder()
{
    Workshop workshop = workshopAt(QStringLiteral("Ordre"), utc(2026, 5, 5, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 4, 1, 8);
    const QString late = addParticipant(id, addPerson(QStringLiteral("Late")), at.addSecs(600));
    const QString early = addParticipant(id, addPerson(QStringLiteral("Early")), at);
    const QString first = addParticipant(id, addPerson(QStringLiteral("First")), at.addSecs(-60));
    // "late" registered while the workshop had room, so it keeps its place.
    const auto list = m_activities->participationsOf(id).value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).meta.id, late);
    QCOMPARE(list.at(1).meta.id, first);
    QCOMPARE(list.at(2).meta.id, early);
}

void tst_ActivityStore::attendanceRatesOfHeldWorkshops()
{
    Workshop held = workshopAt(QStringLiteral("Tenu"), utc(2026, 2, 5, 8));
    held.status = QStringLiteral("held");
    const QString heldId = addWorkshop(held);
    Workshop planned = workshopAt(QStringLiteral("Prévu"), utc(2026, 9, 5, 8));
    const QString plannedId = addWorkshop(planned);
    const QDateTime at = utc(2026, 1, 1, 8);
    const QStringList attendance{QStringLiteral("attended"),
                                 QStringLiteral("attended"),
                                 QStringLiteral("absent"),
                                 QStringLiteral("excused")};
    for (int i = 0; i < attendance.size(); ++i) {
        const QString id
            = addParticipant(heldId, addPerson(QStringLiteral("P%1").arg(i)), at.addSecs(i));
        Participation participation = m_activities->participation(id).value();
        participation.attendance = attendance.at(i);
        QVERIFY(m_activities->updateParticipation(participation).ok());
    }
    addParticipant(plannedId, addPerson(QStringLiteral("Q")), at);
    const auto byWorkshop = m_activities->attendanceByWorkshop().value();
    QCOMPARE(byWorkshop.size(), 1);
    QCOMPARE(byWorkshop.at(0).key, heldId);
    QCOMPARE(byWorkshop.at(0).registered, 4);
    QCOMPARE(byWorkshop.at(0).attended, 2);
    QCOMPARE(byWorkshop.at(0).rate(), std::optional<double>(0.5));
    const auto byTheme = m_activities->attendanceByTheme().value();
    QCOMPARE(byTheme.size(), 1);
    QCOMPARE(byTheme.at(0).key, QStringLiteral("legal-forms"));
    QCOMPARE(byTheme.at(0).heldWorkshops, 1);
    QCOMPARE(byTheme.at(0).attended, 2);
}

void tst_ActivityStore::attendanceWithoutRegistrationsHasNoRate()
{
    Workshop held = workshopAt(QStringLiteral("Vide"), utc(2026, 2, 5, 8));
    held.status = QStringLiteral("held");
    addWorkshop(held);
    const auto byWorkshop = m_activities->attendanceByWorkshop().value();
    QCOMPARE(byWorkshop.size(), 1);
    QCOMPARE(byWorkshop.at(0).registered, 0);
    QCOMPARE(byWorkshop.at(0).rate(), std::nullopt);
}

void tst_ActivityStore::attendanceOnlyForRegistered()
{
    Workshop workshop = workshopAt(QStringLiteral("Une place"), utc(2026, 7, 8, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QDateTime at = utc(2026, 6, 1, 8);
    const QString registered = addParticipant(id, addPerson(QStringLiteral("Jo")), at);
    const QString waiting = addParticipant(id, addPerson(QStringLiteral("Sam")), at.addSecs(60));
    QCOMPARE(m_activities->participation(waiting)->registration, QStringLiteral("waiting"));

    Participation onWaitingList = m_activities->participation(waiting).value();
    onWaitingList.attendance = QStringLiteral("attended");
    const auto waitingWrite = m_activities->updateParticipation(onWaitingList);
    QVERIFY(!waitingWrite.ok());
    QVERIFY2(waitingWrite.error().message.contains(
                 QStringLiteral("Attendance is recorded only for registered participants")),
             qPrintable(waitingWrite.error().message));
    QVERIFY2(waitingWrite.error().message.contains(QStringLiteral("\"Waiting list\"")),
             qPrintable(waitingWrite.error().message));
    QCOMPARE(m_activities->participation(waiting)->attendance, QStringLiteral("unknown"));

    // Cancelling with the attendance kept is rejected, and with it cleared is accepted.
    Participation attended = m_activities->participation(registered).value();
    attended.attendance = QStringLiteral("attended");
    QVERIFY(m_activities->updateParticipation(attended).ok());
    Participation cancelled = m_activities->participation(registered).value();
    cancelled.registration = QStringLiteral("cancelled");
    const auto cancelWrite = m_activities->updateParticipation(cancelled);
    QVERIFY(!cancelWrite.ok());
    QVERIFY2(cancelWrite.error().message.contains(QStringLiteral("\"Cancelled\"")),
             qPrintable(cancelWrite.error().message));
    QCOMPARE(m_activities->participation(registered)->registration, QStringLiteral("registered"));
    QCOMPARE(m_activities->participation(registered)->attendance, QStringLiteral("attended"));
    QCOMPARE(m_activities->participation(waiting)->registration, QStringLiteral("waiting"));

    cancelled.attendance = QStringLiteral("unknown");
    QVERIFY(m_activities->updateParticipation(cancelled).ok());
    QCOMPARE(m_activities->participation(registered)->registration, QStringLiteral("cancelled"));
    QCOMPARE(m_activities->participation(waiting)->registration, QStringLiteral("registered"));

    Participation inserted;
    inserted.workshopId = id;
    inserted.participantId = addPerson(QStringLiteral("Camille"));
    inserted.registration = QStringLiteral("cancelled");
    inserted.attendance = QStringLiteral("absent");
    QVERIFY(!m_activities->insertParticipation(inserted).ok());
    QCOMPARE(m_activities->participationsOf(id)->size(), 2);
}

void tst_ActivityStore::attendanceRejectedWhenFullWorkshopWaits()
{
    Workshop workshop = workshopAt(QStringLiteral("Complet d'avance"), utc(2026, 7, 8, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    addParticipant(id, addPerson(QStringLiteral("Jo")), utc(2026, 6, 1, 8));
    Participation late;
    late.workshopId = id;
    late.participantId = addPerson(QStringLiteral("Sam"));
    late.attendance = QStringLiteral("attended");
    const auto written = m_activities->insertParticipation(late);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("waiting list")),
             qPrintable(written.error().message));
    QCOMPARE(m_activities->participationsOf(id)->size(), 1);
}

void tst_ActivityStore::pulledAttendanceOffListReset()
{
    Workshop workshop = workshopAt(QStringLiteral("Atelier synchronisé"), utc(2026, 9, 1, 8));
    workshop.capacity = 1;
    const QString id = addWorkshop(workshop);
    const QString registered
        = addParticipant(id, addPerson(QStringLiteral("Ines")), utc(2026, 8, 1, 8));
    const Participation local = m_activities->participation(registered).value();
    // Documents as another desktop pushes them, with a waiting or cancelled
    // registration that kept its attendance, as earlier versions allowed.
    const auto document = [&](const QString &recordId,
                              const QString &participantId,
                              const QString &registration,
                              const QString &attendance,
                              const QString &revision) {
        Participation pulled = local;
        pulled.meta.id = recordId;
        pulled.meta.serverRevision = revision;
        pulled.participantId = participantId;
        pulled.registration = registration;
        pulled.attendance = attendance;
        return DocumentCodec::encode(pulled);
    };
    const QString waiting = createUuidV7();
    const QString cancelled = createUuidV7();
    const QString unknownState = createUuidV7();
    SyncStore sync(m_store->database());
    QVERIFY(sync.applyRemote(document(waiting,
                                      addPerson(QStringLiteral("Jan")),
                                      QStringLiteral("waiting"),
                                      QStringLiteral("attended"),
                                      QStringLiteral("1-a")))
                .ok());
    // The batch insert of a page of new records takes the same rule.
    const auto batch = sync.insertRemoteBatch({document(cancelled,
                                                        addPerson(QStringLiteral("Kim")),
                                                        QStringLiteral("cancelled"),
                                                        QStringLiteral("absent"),
                                                        QStringLiteral("1-b")),
                                               document(unknownState,
                                                        addPerson(QStringLiteral("Lou")),
                                                        QStringLiteral("standby"),
                                                        QStringLiteral("attended"),
                                                        QStringLiteral("1-c"))},
                                              {});
    QVERIFY2(batch.ok(), qPrintable(batch ? QString() : batch.error().text()));
    QVERIFY(*batch);
    // A registered participation keeps the attendance it arrives with.
    QVERIFY(sync.applyRemote(document(registered,
                                      local.participantId,
                                      QStringLiteral("registered"),
                                      QStringLiteral("attended"),
                                      QStringLiteral("2-d")))
                .ok());

    const Participation waitingRow = m_activities->participation(waiting).value();
    QCOMPARE(waitingRow.registration, QStringLiteral("waiting"));
    QCOMPARE(waitingRow.attendance, QStringLiteral("unknown"));
    QVERIFY(waitingRow.meta.dirty);
    QCOMPARE(waitingRow.meta.serverRevision, QStringLiteral("1-a"));
    const Participation cancelledRow = m_activities->participation(cancelled).value();
    QCOMPARE(cancelledRow.registration, QStringLiteral("cancelled"));
    QCOMPARE(cancelledRow.attendance, QStringLiteral("unknown"));
    QVERIFY(cancelledRow.meta.dirty);
    // A registration that this version does not know is stored as received.
    const Participation unknownRow = m_activities->participation(unknownState).value();
    QCOMPARE(unknownRow.registration, QStringLiteral("standby"));
    QCOMPARE(unknownRow.attendance, QStringLiteral("attended"));
    QVERIFY(!unknownRow.meta.dirty);
    const Participation registeredRow = m_activities->participation(registered).value();
    QCOMPARE(registeredRow.attendance, QStringLiteral("attended"));
    QVERIFY(!registeredRow.meta.dirty);
}

void tst_ActivityStore::followupRoundTripAndOrder()
{
    const QString id = addWorkshop(workshopAt(QStringLiteral("Suivi"), utc(2026, 5, 5, 8)));
    const QString owner = addPerson(QStringLiteral("Jana"));
    Followup done;
    done.workshopId = id;
    done.title = QStringLiteral("Compte rendu");
    done.due = QDate(2026, 5, 1);
    done.done = QDate(2026, 5, 2);
    Followup open = done;
    open.title = QStringLiteral("Relancer les partenaires");
    open.ownerId = owner;
    open.due = QDate(2026, 5, 20);
    open.done = QDate();
    const QString doneId = m_activities->insertFollowup(done).value();
    const QString openId = m_activities->insertFollowup(open).value();
    const auto list = m_activities->followupsOf(id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).meta.id, openId);
    QCOMPARE(list.at(0).ownerId, owner);
    QCOMPARE(list.at(1).meta.id, doneId);
    QCOMPARE(list.at(1).done, QDate(2026, 5, 2));

    Followup noOwner = open;
    noOwner.meta = {};
    noOwner.ownerId = id; // a workshop is not a person
    QVERIFY(!m_activities->insertFollowup(noOwner).ok());
}

void tst_ActivityStore::residencyZoneFollowsCity()
{
    Residency residency;
    residency.title = QStringLiteral("Barcelona 2026");
    residency.city = QStringLiteral("barcelona");
    residency.start = QDate(2026, 10, 19);
    residency.end = QDate(2026, 10, 23);
    residency.timeZone = QStringLiteral("Europe/Brussels");
    const QString id = m_activities->insertResidency(residency).value();
    QCOMPARE(m_activities->residency(id)->timeZone, QStringLiteral("Europe/Madrid"));
    Residency edited = m_activities->residency(id).value();
    edited.city = QStringLiteral("berlin");
    QVERIFY(m_activities->updateResidency(edited).ok());
    QCOMPARE(m_activities->residency(id)->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(m_activities->residency(id)->calendarSequence, 1);
}

void tst_ActivityStore::residencyOtherCityNeedsName()
{
    Residency residency;
    residency.title = QStringLiteral("Lisboa");
    residency.city = QStringLiteral("other");
    residency.start = QDate(2026, 10, 23);
    residency.end = QDate(2026, 10, 19);
    auto id = m_activities->insertResidency(residency);
    QVERIFY(!id.ok());
    QVERIFY(id.error().message.contains(QStringLiteral("name of the city")));
    QVERIFY(
        id.error().message.contains(QLocale().toString(QDate(2026, 10, 19), QLocale::ShortFormat)));
    QVERIFY2(id.error().message.contains(QStringLiteral("last day")),
             qPrintable(id.error().message));
    QVERIFY(!id.error().message.contains(QStringLiteral("\"end\"")));
}

void tst_ActivityStore::endBeforeStartShowsWallTimes()
{
    Workshop workshop = workshopAt(QStringLiteral("Atelier à l'envers"),
                                   QDateTime(QDate(2026, 6, 1), QTime(13, 0), QTimeZone::utc()));
    workshop.end = workshop.start.addSecs(-3600);
    workshop.timeZone = QStringLiteral("America/New_York");
    auto id = m_activities->insertWorkshop(workshop);
    QVERIFY(!id.ok());
    const QLocale locale;
    const QTimeZone newYork("America/New_York");
    // 13:00 UTC is 09:00 in New York on that day.
    const QString start
        = locale.toString(QDateTime(QDate(2026, 6, 1), QTime(9, 0), newYork), QLocale::ShortFormat);
    const QString end
        = locale.toString(QDateTime(QDate(2026, 6, 1), QTime(8, 0), newYork), QLocale::ShortFormat);
    QVERIFY2(id.error().message.contains(start), qPrintable(id.error().message));
    QVERIFY2(id.error().message.contains(end), qPrintable(id.error().message));
    QVERIFY(!id.error().message.contains(QStringLiteral("Z")));
}

void tst_ActivityStore::stayOutsideResidencyWarns()
{
    Stay stay;
    stay.arrival = QDate(2025, 1, 1);
    stay.departure = QDate(2027, 1, 1);
    const QDate first(2026, 4, 10);
    const QDate last(2026, 4, 30);
    const QString warning = stayOutsideResidency(stay, first, last);
    QVERIFY(warning.contains(QLocale().toString(stay.arrival, QLocale::ShortFormat)));
    QVERIFY(warning.contains(QLocale().toString(last, QLocale::ShortFormat)));
    stay.arrival = first;
    stay.departure = last;
    QCOMPARE(stayOutsideResidency(stay, first, last), QString());
    stay.departure = last.addDays(1);
    QVERIFY(!stayOutsideResidency(stay, first, last).isEmpty());
    stay.arrival = first.addDays(-1);
    stay.departure = last;
    QVERIFY(!stayOutsideResidency(stay, first, last).isEmpty());
}

void tst_ActivityStore::stayOverlapNamesOtherResidency()
{
    const QString berlin
        = addResidency(QStringLiteral("Berlin printemps"), QDate(2026, 4, 6), QDate(2026, 4, 10));
    const QString other
        = addResidency(QStringLiteral("Berlin bis"), QDate(2026, 4, 9), QDate(2026, 4, 12));
    const QString person = addPerson(QStringLiteral("Karim"));
    Stay stay;
    stay.residencyId = berlin;
    stay.personId = person;
    stay.arrival = QDate(2026, 4, 6);
    stay.departure = QDate(2026, 4, 10);
    const QString first = m_activities->insertStay(stay).value();

    Stay second = stay;
    second.meta = {};
    second.residencyId = other;
    second.arrival = QDate(2026, 4, 10);
    second.departure = QDate(2026, 4, 12);
    const auto overlaps = m_activities->stayOverlaps(second).value();
    QCOMPARE(overlaps.size(), 1);
    QCOMPARE(overlaps.at(0).otherStayId, first);
    QCOMPARE(overlaps.at(0).residencyTitle, QStringLiteral("Berlin printemps"));
    QVERIFY(overlaps.at(0).message.contains(QStringLiteral("Karim")));
    QVERIFY(overlaps.at(0).message.contains(QStringLiteral("Berlin printemps")));
    // A warning only: the user may confirm and save.
    const QString secondId = m_activities->insertStay(second).value();
    QVERIFY(!secondId.isEmpty());

    Stay stored = m_activities->stay(first).value();
    QCOMPARE(m_activities->stayOverlaps(stored)->size(), 1);
    stored.departure = QDate(2026, 4, 9);
    QVERIFY(m_activities->stayOverlaps(stored)->isEmpty());
}

void tst_ActivityStore::staysBetweenDates()
{
    const QString residency
        = addResidency(QStringLiteral("Berlin"), QDate(2026, 4, 1), QDate(2026, 4, 30));
    Stay stay;
    stay.residencyId = residency;
    stay.personId = addPerson(QStringLiteral("Lea"));
    stay.arrival = QDate(2026, 4, 6);
    stay.departure = QDate(2026, 4, 10);
    QVERIFY(m_activities->insertStay(stay).ok());
    QCOMPARE(m_activities->staysBetween(QDate(2026, 4, 10), QDate(2026, 4, 20))->size(), 1);
    QCOMPARE(m_activities->staysBetween(QDate(2026, 4, 11), QDate(2026, 4, 20))->size(), 0);
    QCOMPARE(m_activities->staysBetween(QDate(2026, 4, 1), QDate(2026, 4, 6))->size(), 1);
    QCOMPARE(m_activities->staysOf(residency)->size(), 1);
}

void tst_ActivityStore::budgetTotalsAndVariance()
{
    const QString residency
        = addResidency(QStringLiteral("Berlin"), QDate(2026, 4, 1), QDate(2026, 4, 5));
    struct Line
    {
        const char *label;
        const char *category;
        qint64 planned;
        std::optional<qint64> actual;
    };
    const Line lines[] = {{"Train Bruxelles-Berlin", "travel", 40000, 45050},
                          {"Train retour", "travel", 40000, std::nullopt},
                          {"Hostel", "accommodation", 60000, 52000},
                          {"Salle", "venue", 0, 0}};
    for (const Line &data : lines) {
        BudgetLine line;
        line.residencyId = residency;
        line.label = QString::fromUtf8(data.label);
        line.category = QString::fromLatin1(data.category);
        line.plannedCents = data.planned;
        line.actualCents = data.actual;
        QVERIFY(m_activities->insertBudgetLine(line).ok());
    }
    const ResidencyBudget budget = m_activities->residencyBudget(residency).value();
    QCOMPARE(budget.total.plannedCents, 140000);
    QCOMPARE(budget.total.actualCents, 97050);
    QCOMPARE(budget.total.linesWithoutActual, 1);
    QCOMPARE(budget.total.varianceCents, 5050 - 8000);
    QCOMPARE(budget.byCategory.size(), 3);
    QCOMPARE(budget.byCategory.at(0).category, QStringLiteral("travel"));
    QCOMPARE(budget.byCategory.at(0).plannedCents, 80000);
    QCOMPARE(budget.byCategory.at(0).varianceCents, 5050);
    QCOMPARE(budget.byCategory.at(1).category, QStringLiteral("accommodation"));
    QCOMPARE(budget.byCategory.at(2).category, QStringLiteral("venue"));
    QCOMPARE(m_activities->budgetLinesOf(residency)->size(), 4);

    const ResidencyBudget empty = m_activities->residencyBudget(QStringLiteral("none")).value();
    QCOMPARE(empty.total.plannedCents, 0);
    QVERIFY(empty.byCategory.isEmpty());
}

void tst_ActivityStore::negativeAmountRejected()
{
    BudgetLine line;
    line.residencyId = addResidency(QStringLiteral("Berlin"), QDate(2026, 4, 1), QDate(2026, 4, 5));
    line.label = QStringLiteral("Remboursement");
    line.plannedCents = -1250;
    auto id = m_activities->insertBudgetLine(line);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().context, QStringLiteral("plannedCents"));
    QVERIFY2(id.error().message.contains(QStringLiteral("12.50")), qPrintable(id.error().message));
    QVERIFY2(id.error().message.contains(QStringLiteral("the planned amount")),
             qPrintable(id.error().message));
    QVERIFY(!id.error().message.contains(QStringLiteral("plannedCents")));
    line.plannedCents = MaxAmountCents + 1;
    auto tooLarge = m_activities->insertBudgetLine(line);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().context, QStringLiteral("plannedCents"));
    QVERIFY2(tooLarge.error().message.contains(QStringLiteral("above the largest amount")),
             qPrintable(tooLarge.error().message));
}

void tst_ActivityStore::visitRoundTrip()
{
    const QString residency
        = addResidency(QStringLiteral("Berlin"), QDate(2026, 4, 1), QDate(2026, 4, 5));
    const QString host = addOrganisation(QStringLiteral("Platform Coop Berlin"));
    Visit visit;
    visit.residencyId = residency;
    visit.title = QStringLiteral("Besuch");
    visit.kind = QStringLiteral("meeting");
    visit.start = utc(2026, 4, 2, 8);
    visit.end = utc(2026, 4, 2, 10);
    visit.timeZone = QStringLiteral("Europe/Berlin");
    visit.hostOrganisationId = host;
    const QString id = m_activities->insertVisit(visit).value();
    const Visit stored = m_activities->visit(id).value();
    QCOMPARE(stored.kind, QStringLiteral("meeting"));
    QCOMPARE(stored.start, utc(2026, 4, 2, 8));
    QCOMPARE(stored.hostOrganisationId, host);
    QCOMPARE(m_activities->visitsOf(residency)->size(), 1);
    QVERIFY(m_store->remove(RecordKind::Residency, residency).ok());
    QVERIFY(m_activities->visit(id)->meta.deleted);
}

void tst_ActivityStore::resourceRejectsNonHttpUrl()
{
    Resource resource;
    resource.title = QStringLiteral("Guide");
    resource.kind = QStringLiteral("guide");
    resource.url = QStringLiteral("ftp://example.org/guide.pdf");
    auto id = m_activities->insertResource(resource);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().context, QStringLiteral("url"));
    resource.url = QStringLiteral("https://example.org/guide.pdf");
    QVERIFY(m_activities->insertResource(resource).ok());
}

void tst_ActivityStore::resourceFileStoredApart()
{
    Resource resource;
    resource.title = QStringLiteral("Modèle de statuts");
    resource.kind = QStringLiteral("template");
    resource.tags = {QStringLiteral("statuts"), QStringLiteral("scrl")};
    const QString id = m_activities->insertResource(resource).value();
    const QByteArray data("statuts\n");
    auto file = m_activities->attachResourceFile(
        id, QStringLiteral("statuts.txt"), QStringLiteral("text/plain"), data);
    QVERIFY(file.ok());
    QCOMPARE(file->size, 8);
    QCOMPARE(
        file->sha256,
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    const Resource stored = m_activities->resource(id).value();
    QCOMPARE(stored.file, *file);
    QCOMPARE(stored.tags, resource.tags);
    QCOMPARE(m_activities->resourceFileData(id).value(), data);

    // Updating the other fields keeps the file.
    Resource edited = stored;
    edited.summary = QStringLiteral("Un modèle");
    edited.file = {};
    QVERIFY(m_activities->updateResource(edited).ok());
    QCOMPARE(m_activities->resource(id)->file, *file);

    QVERIFY(m_activities->detachResourceFile(id).ok());
    QVERIFY(m_activities->resource(id)->file.isEmpty());
    QVERIFY(m_activities->resourceFileData(id)->isEmpty());
}

void tst_ActivityStore::resourceFileOverLimitRejected()
{
    Resource resource;
    resource.title = QStringLiteral("Vidéo");
    const QString id = m_activities->insertResource(resource).value();
    const QByteArray data(MaxResourceFileBytes + 1, 'x');
    auto file = m_activities->attachResourceFile(
        id, QStringLiteral("film.mp4"), QStringLiteral("video/mp4"), data);
    QVERIFY(!file.ok());
    QVERIFY2(file.error().message.contains(QStringLiteral("film.mp4")),
             qPrintable(file.error().message));
    QVERIFY2(file.error().message.contains(QStringLiteral("20 MiB")),
             qPrintable(file.error().message));
    QVERIFY(m_activities->resource(id)->file.isEmpty());
    QVERIFY(!checkResourceFileSize(QStringLiteral("ok.pdf"), MaxResourceFileBytes).has_value());
}

void tst_ActivityStore::emptyResourceFileStored()
{
    Resource resource;
    resource.title = QStringLiteral("Formulaire vide");
    const QString id = m_activities->insertResource(resource).value();
    const QString emptySha256
        = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
    for (const QByteArray &data : {QByteArray(), QByteArray("")}) {
        auto file = m_activities->attachResourceFile(
            id, QStringLiteral("empty.pdf"), QStringLiteral("application/pdf"), data);
        QVERIFY2(file.ok(), qPrintable(file ? QString() : file.error().text()));
        QCOMPARE(file->size, 0);
        QCOMPARE(file->sha256, emptySha256);
        QCOMPARE(m_activities->resource(id)->file.name, QStringLiteral("empty.pdf"));
        QCOMPARE(m_activities->resourceFileData(id)->size(), 0);
    }
    // Sync compares the stored bytes with the SHA-256 of no bytes, so the file counts as present.
    SyncStore sync(m_store->database());
    QCOMPARE(sync.storedResourceFileSha256(id).value(), emptySha256);
    QCOMPARE(sync.settleResourceFile(id, {}).value(), true);
    QVERIFY(m_activities->detachResourceFile(id).ok());
    QCOMPARE(sync.storedResourceFileSha256(id).value(), QString());
}

void tst_ActivityStore::barrierDomainCountsProjectHolders()
{
    const QString holderA
        = addOrganisation(QStringLiteral("Coop A"), QStringLiteral("project-holder"));
    const QString holderB
        = addOrganisation(QStringLiteral("Coop B"), QStringLiteral("project-holder"));
    const QString funder = addOrganisation(QStringLiteral("Fonds"), QStringLiteral("funder"));
    Barrier barrier;
    barrier.title = QStringLiteral("Statut d'agrément CNC");
    barrier.domain = QStringLiteral("legal");
    barrier.affectedOrganisationIds = {holderA, funder};
    QVERIFY(m_activities->insertBarrier(barrier).ok());
    barrier.title = QStringLiteral("TVA des plateformes");
    barrier.affectedOrganisationIds = {holderA, holderB};
    QVERIFY(m_activities->insertBarrier(barrier).ok());
    barrier.title = QStringLiteral("Marchés publics");
    barrier.domain = QStringLiteral("public-procurement");
    barrier.kind = QStringLiteral("opportunity");
    barrier.affectedOrganisationIds = {};
    QVERIFY(m_activities->insertBarrier(barrier).ok());

    const auto counts = m_activities->barrierDomainCounts().value();
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.at(0).domain, QStringLiteral("legal"));
    QCOMPARE(counts.at(0).barriers, 2);
    QCOMPARE(counts.at(0).projectHolders, 2);
    QCOMPARE(counts.at(1).domain, QStringLiteral("public-procurement"));
    QCOMPARE(counts.at(1).projectHolders, 0);
}

void tst_ActivityStore::barrierEvidenceMustExist()
{
    Barrier barrier;
    barrier.title = QStringLiteral("Accès au crédit");
    barrier.evidenceIds = {QStringLiteral("0190aaaa-0000-7000-8000-000000000001")};
    auto id = m_activities->insertBarrier(barrier);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().context, QStringLiteral("evidenceIds"));
    Resource study;
    study.title = QStringLiteral("Étude");
    barrier.evidenceIds = {m_activities->insertResource(study).value()};
    QVERIFY(m_activities->insertBarrier(barrier).ok());
}

void tst_ActivityStore::searchFindsActivityKinds()
{
    addWorkshop(workshopAt(QStringLiteral("Gouvernance partagée"), utc(2026, 5, 5, 8)));
    Residency residency;
    residency.title = QStringLiteral("Barcelona");
    residency.city = QStringLiteral("barcelona");
    residency.objectives = QStringLiteral("Rencontrer des coopératives de livreurs");
    residency.start = QDate(2026, 6, 1);
    residency.end = QDate(2026, 6, 5);
    QVERIFY(m_activities->insertResidency(residency).ok());
    Resource resource;
    resource.title = QStringLiteral("Boîte à outils");
    resource.tags = {QStringLiteral("gouvernance")};
    QVERIFY(m_activities->insertResource(resource).ok());
    Barrier barrier;
    barrier.title = QStringLiteral("Accès aux marchés");
    barrier.recommendation = QStringLiteral("Clauses sociales pour les livreurs");
    QVERIFY(m_activities->insertBarrier(barrier).ok());

    const auto governance = m_store->search(QStringLiteral("gouvernance")).value();
    QCOMPARE(governance.size(), 2);
    QSet<RecordKind> kinds;
    for (const SearchHit &hit : governance) {
        kinds.insert(hit.kind);
    }
    QVERIFY(kinds.contains(RecordKind::Workshop));
    QVERIFY(kinds.contains(RecordKind::Resource));
    // Accent-insensitive, and the body of residencies and barriers is indexed.
    const auto couriers = m_store->search(QStringLiteral("LIVREURS")).value();
    QCOMPARE(couriers.size(), 2);
    QCOMPARE(m_store->search(QStringLiteral("boite")).value().size(), 1);
}

void tst_ActivityStore::listPagesByDateRangeAndDomain()
{
    for (int day = 1; day <= 5; ++day) {
        addWorkshop(workshopAt(QStringLiteral("Atelier %1").arg(day), utc(2026, 3, day, 9)));
    }
    ActivityListQuery query;
    query.kind = RecordKind::Workshop;
    QCOMPARE(m_activities->count(query).value(), 5);
    query.from = utc(2026, 3, 2, 10); // inside the workshop of 2 March
    query.to = utc(2026, 3, 4, 9);    // the workshop of 4 March starts then
    QCOMPARE(m_activities->count(query).value(), 2);
    const auto page = m_activities->page(query, 1, 10).value();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).values.at(0).toString(), QStringLiteral("Atelier 3"));
    QCOMPARE(page.at(0).values.at(1).toDateTime(), utc(2026, 3, 3, 9));
    QCOMPARE(page.at(0).values.size(), ActivityStore::listColumns(RecordKind::Workshop).size());
    QCOMPARE(m_activities->workshopsBetween(query.from, query.to)->size(), 2);

    Barrier barrier;
    barrier.title = QStringLiteral("Fiscalité");
    barrier.domain = QStringLiteral("tax");
    QVERIFY(m_activities->insertBarrier(barrier).ok());
    barrier.title = QStringLiteral("Compétences");
    barrier.domain = QStringLiteral("skills");
    QVERIFY(m_activities->insertBarrier(barrier).ok());
    ActivityListQuery barriers;
    barriers.kind = RecordKind::Barrier;
    barriers.termFilter = QStringLiteral("tax");
    QCOMPARE(m_activities->count(barriers).value(), 1);
    barriers.termFilter.clear();
    barriers.filterText = QStringLiteral("compet");
    QCOMPARE(m_activities->page(barriers, 0, 10)->at(0).values.at(0).toString(),
             QStringLiteral("Compétences"));

    ActivityListQuery people;
    people.kind = RecordKind::Person;
    QVERIFY(!m_activities->count(people).ok());
}

void tst_ActivityStore::changedSignalCarriesKind()
{
    QSignalSpy changed(m_store.get(), &Store::changed);
    const QString id = addWorkshop(workshopAt(QStringLiteral("Signal"), utc(2026, 5, 5, 8)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<RecordKind>(), RecordKind::Workshop);
    QCOMPARE(changed.at(0).at(1).toString(), id);
    // A rejected write announces nothing.
    QVERIFY(!m_activities->insertWorkshop(Workshop()).ok());
    QCOMPARE(changed.count(), 1);
}

void tst_ActivityStore::noteOnResidencyAccepted()
{
    const QString residency
        = addResidency(QStringLiteral("Berlin"), QDate(2026, 4, 1), QDate(2026, 4, 5));
    Note note;
    note.recordId = residency;
    note.recordKind = RecordKind::Residency;
    note.text = QStringLiteral("Trois partenariats noués");
    const QString id = m_store->insertNote(note).value();
    QCOMPARE(m_store->note(id)->recordKind, RecordKind::Residency);
    QCOMPARE(m_store->describe(residency)->first, RecordKind::Residency);
    QCOMPARE(m_store->describe(residency)->second, QStringLiteral("Berlin"));
}

void tst_ActivityStore::termRenameRewritesWorkshopTheme()
{
    const QString id = addWorkshop(workshopAt(QStringLiteral("Thème"), utc(2026, 5, 5, 8)));
    QCOMPARE(
        m_store->termUsage(QLatin1String(Vocabulary::WorkshopTheme), QStringLiteral("legal-forms"))
            .value(),
        1);
    TaxonomyTerm term;
    for (const TaxonomyTerm &candidate :
         m_store->terms(QLatin1String(Vocabulary::WorkshopTheme)).value()) {
        if (candidate.key == QLatin1String("legal-forms")) {
            term = candidate;
        }
    }
    QCOMPARE(term.labelFr, QStringLiteral("Formes juridiques"));
    term.key = QStringLiteral("legal-structures");
    QVERIFY(m_store->updateTerm(term).ok());
    QCOMPARE(m_activities->workshop(id)->theme, QStringLiteral("legal-structures"));
}

void tst_ActivityStore::participantChangeChecked()
{
    const QString id = addWorkshop(workshopAt(QStringLiteral("Change"), utc(2026, 5, 5, 8)));
    const QString participation
        = addParticipant(id, addPerson(QStringLiteral("Mia")), utc(2026, 4, 1, 8));
    Participation edited = m_activities->participation(participation).value();
    edited.participantId = id; // a workshop cannot take part
    auto written = m_activities->updateParticipation(edited);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().context, QStringLiteral("participantId"));
    edited.participantId = addOrganisation(QStringLiteral("Coop Mia"));
    QVERIFY(m_activities->updateParticipation(edited).ok());
}

void tst_ActivityStore::versionFourFileGetsActivityTables()
{
    const QString path = m_dir.filePath(QStringLiteral("v4.coopatlas"));
    {
        auto db = Database::open(path, schemaMigrations().mid(0, 4));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), 4);
        Store store(std::move(db).value());
        Organisation org;
        org.name = QStringLiteral("Coopérative d'avant");
        QVERIFY(store.insertOrganisation(org).ok());
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    Store store(std::move(db).value());
    ActivityStore activities(store);
    QCOMPARE(store.totalCount(RecordKind::Organisation).value(), 1);
    QCOMPARE(store.terms(QLatin1String(Vocabulary::WorkshopTheme))->size(), 7);
    QCOMPARE(store.terms(QLatin1String(Vocabulary::ResourceKind))->size(), 7);
    QCOMPARE(store.terms(QLatin1String(Vocabulary::BarrierDomain))->size(), 9);
    Barrier barrier;
    barrier.title = QStringLiteral("Après la migration");
    barrier.domain = QStringLiteral("regulation");
    QVERIFY(activities.insertBarrier(barrier).ok());
}

QTEST_GUILESS_MAIN(tst_ActivityStore)
#include "tst_activitystore.moc"
