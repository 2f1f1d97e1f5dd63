// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/sync/documentcodec.h>

#include <QJsonArray>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

RecordMeta metaWithId(const char *suffix)
{
    RecordMeta meta;
    meta.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a") + QLatin1String(suffix);
    meta.createdAt = QDateTime(QDate(2026, 1, 31), QTime(9, 30, 0, 125), Qt::UTC);
    meta.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(17, 5, 59, 999), Qt::UTC);
    meta.createdBy = QStringLiteral("Zoë Dupré");
    meta.updatedBy = QStringLiteral("Jan Peeters");
    meta.serverRevision = QStringLiteral("2-def");
    meta.dirty = false;
    return meta;
}

Workshop fullWorkshop()
{
    Workshop workshop;
    workshop.meta = metaWithId("01");
    workshop.title = QStringLiteral("Gouvernance « partagée »");
    workshop.theme = QStringLiteral("cooperative-governance");
    workshop.axis = QStringLiteral("equip");
    workshop.start = QDateTime(QDate(2026, 3, 29), QTime(7, 0), Qt::UTC);
    workshop.end = QDateTime(QDate(2026, 3, 29), QTime(9, 30), Qt::UTC);
    workshop.timeZone = QStringLiteral("Europe/Madrid");
    workshop.allDay = true;
    workshop.venue = QStringLiteral("La Comunificadora");
    workshop.capacity = 0;
    workshop.organiserIds = {QStringLiteral("a"), QStringLiteral("b")};
    workshop.status = QStringLiteral("confirmed");
    workshop.description = QStringLiteral("Deux\nlignes");
    workshop.calendarSequence = 7;
    workshop.extra = {{QStringLiteral("room"), QStringLiteral("2.14")}};
    return workshop;
}

BudgetLine fullBudgetLine()
{
    BudgetLine line;
    line.meta = metaWithId("02");
    line.residencyId = QStringLiteral("r");
    line.label = QStringLiteral("Hostel");
    line.category = QStringLiteral("accommodation");
    line.plannedCents = 4'000'000'000'123LL;
    line.actualCents = 0;
    line.note = QStringLiteral("note");
    return line;
}

Resource fullResource()
{
    Resource resource;
    resource.meta = metaWithId("03");
    resource.title = QStringLiteral("Modèle de statuts");
    resource.kind = QStringLiteral("template");
    resource.url = QStringLiteral("https://example.org/statuts");
    resource.file = {QStringLiteral("statuts.odt"),
                     QStringLiteral("application/vnd.oasis.opendocument.text"),
                     12345,
                     QStringLiteral("ab12")};
    resource.language = QStringLiteral("fr");
    resource.tags = {QStringLiteral("statuts")};
    resource.summary = QStringLiteral("Résumé");
    resource.text = QStringLiteral("Texte");
    resource.relatedIds = {QStringLiteral("x")};
    return resource;
}

QList<SyncRecord> allActivityRecords()
{
    Participation participation;
    participation.meta = metaWithId("04");
    participation.workshopId = QStringLiteral("w");
    participation.participantId = QStringLiteral("p");
    participation.role = QStringLiteral("speaker");
    participation.registeredAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    participation.registration = QStringLiteral("waiting");
    participation.attendance = QStringLiteral("excused");
    Followup followup;
    followup.meta = metaWithId("05");
    followup.workshopId = QStringLiteral("w");
    followup.title = QStringLiteral("Slides");
    followup.due = QDate(2026, 4, 1);
    Residency residency;
    residency.meta = metaWithId("06");
    residency.title = QStringLiteral("Lisboa");
    residency.city = QStringLiteral("other");
    residency.cityName = QStringLiteral("Lisboa");
    residency.hostIds = {QStringLiteral("h")};
    residency.start = QDate(2026, 10, 24);
    residency.end = QDate(2026, 10, 26);
    residency.timeZone = QStringLiteral("Europe/Lisbon");
    residency.calendarSequence = 2;
    Stay stay;
    stay.meta = metaWithId("07");
    stay.residencyId = QStringLiteral("r");
    stay.personId = QStringLiteral("p");
    stay.arrival = QDate(2026, 10, 24);
    stay.departure = QDate(2026, 10, 25);
    Visit visit;
    visit.meta = metaWithId("08");
    visit.residencyId = QStringLiteral("r");
    visit.title = QStringLiteral("Visita");
    visit.kind = QStringLiteral("workshop");
    visit.start = QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC);
    visit.end = QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::UTC);
    Barrier barrier;
    barrier.meta = metaWithId("09");
    barrier.title = QStringLiteral("TVA");
    barrier.kind = QStringLiteral("opportunity");
    barrier.domain = QStringLiteral("tax");
    barrier.evidenceIds = {QStringLiteral("n")};
    barrier.affectedOrganisationIds = {QStringLiteral("o1"), QStringLiteral("o2")};
    barrier.severity = QStringLiteral("critical");
    barrier.status = QStringLiteral("in-progress");
    barrier.raisedOn = QDate(2026, 2, 2);
    return {fullWorkshop(),
            participation,
            followup,
            residency,
            stay,
            visit,
            fullBudgetLine(),
            fullResource(),
            barrier};
}

} // namespace

class tst_ActivityCodec : public QObject
{
    Q_OBJECT

private slots:
    void documentIdUsesKindName();
    void workshopFieldsInSnakeCase();
    void roundTripIsExact();
    void budgetAmountsKeepCents();
    void resourceFileDescriptionTravels();
    void storableNeedsKindFields();
};

void tst_ActivityCodec::documentIdUsesKindName()
{
    const QJsonObject doc = DocumentCodec::encode(fullBudgetLine());
    QCOMPARE(doc.value(QStringLiteral("_id")).toString(),
             QStringLiteral("budgetline:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02"));
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("budgetline"));
    const auto parsed = DocumentCodec::parseDocumentId(
        QStringLiteral("workshop:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a01"));
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->first, RecordKind::Workshop);
}

void tst_ActivityCodec::workshopFieldsInSnakeCase()
{
    const QJsonObject doc = DocumentCodec::encode(fullWorkshop());
    QCOMPARE(doc.value(QStringLiteral("start_at")).toString(),
             QStringLiteral("2026-03-29T07:00:00.000Z"));
    QCOMPARE(doc.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Madrid"));
    QCOMPARE(doc.value(QStringLiteral("all_day")).toBool(), true);
    QCOMPARE(doc.value(QStringLiteral("capacity")).toInt(-1), 0);
    QCOMPARE(doc.value(QStringLiteral("organiser_ids")).toArray().size(), 2);
    QCOMPARE(doc.value(QStringLiteral("calendar_sequence")).toInt(), 7);
}

void tst_ActivityCodec::roundTripIsExact()
{
    for (const SyncRecord &record : allActivityRecords()) {
        const QJsonObject doc = DocumentCodec::encode(record);
        auto decoded = DocumentCodec::decode(doc);
        QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().text()));
        QCOMPARE(kindOf(*decoded), kindOf(record));
        QCOMPARE(metaOf(*decoded).id, metaOf(record).id);
        QCOMPARE(DocumentCodec::encode(*decoded), doc);
        QVERIFY2(DocumentCodec::checkStorable(doc).ok(),
                 qPrintable(doc.value(QStringLiteral("_id")).toString()));
    }
    const auto workshop
        = std::get<Workshop>(*DocumentCodec::decode(DocumentCodec::encode(fullWorkshop())));
    QCOMPARE(workshop.start, fullWorkshop().start);
    QCOMPARE(workshop.capacity, std::optional<int>(0));
    QCOMPARE(workshop.extra, fullWorkshop().extra);
}

void tst_ActivityCodec::budgetAmountsKeepCents()
{
    const auto line
        = std::get<BudgetLine>(*DocumentCodec::decode(DocumentCodec::encode(fullBudgetLine())));
    QCOMPARE(line.plannedCents, 4'000'000'000'123LL);
    QCOMPARE(line.actualCents, std::optional<qint64>(0));
    BudgetLine unknown = fullBudgetLine();
    unknown.actualCents.reset();
    const QJsonObject doc = DocumentCodec::encode(unknown);
    QVERIFY(doc.value(QStringLiteral("actual_cents")).isNull());
    QCOMPARE(std::get<BudgetLine>(*DocumentCodec::decode(doc)).actualCents, std::nullopt);
}

void tst_ActivityCodec::resourceFileDescriptionTravels()
{
    const auto resource
        = std::get<Resource>(*DocumentCodec::decode(DocumentCodec::encode(fullResource())));
    QCOMPARE(resource.file, fullResource().file);
    Resource noFile = fullResource();
    noFile.file = {};
    const QJsonObject doc = DocumentCodec::encode(noFile);
    QVERIFY(doc.value(QStringLiteral("file_size")).isNull());
    QVERIFY(std::get<Resource>(*DocumentCodec::decode(doc)).file.isEmpty());
}

void tst_ActivityCodec::storableNeedsKindFields()
{
    QJsonObject doc = DocumentCodec::encode(fullWorkshop());
    doc.remove(QStringLiteral("start_at"));
    auto storable = DocumentCodec::checkStorable(doc);
    QVERIFY(!storable.ok());
    QVERIFY(storable.error().message.contains(QStringLiteral("\"start_at\"")));

    QJsonObject participation = DocumentCodec::encode(allActivityRecords().at(1));
    participation.insert(QStringLiteral("workshop_id"), QString());
    QVERIFY(!DocumentCodec::checkStorable(participation).ok());

    QJsonObject wrongType = DocumentCodec::encode(fullBudgetLine());
    wrongType.insert(QStringLiteral("planned_cents"), QStringLiteral("12"));
    auto decoded = DocumentCodec::decode(wrongType);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.contains(QStringLiteral("planned_cents")));
}

QTEST_GUILESS_MAIN(tst_ActivityCodec)
#include "tst_activitycodec.moc"
