// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/interchange/jsonbackup.h>
#include <core/sample/sampledata.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/store.h>
#include <core/storage/tabledump.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace CoopAtlas::Core;

namespace {

QString errorText(const Error &error)
{
    return error.text();
}

/// Every row of every table, as text, table by table.
QMap<QString, QList<QVariantList>> allRows(Database &db)
{
    QMap<QString, QList<QVariantList>> rows;
    TableDump dump(db);
    auto tables = dump.tables();
    if (!tables) {
        qWarning() << tables.error().text();
        return rows;
    }
    for (const DumpTable &table : *tables) {
        QList<QVariantList> &tableRows = rows[table.name];
        auto read = dump.readRows(table, [&tableRows](const QVariantList &values) {
            tableRows.append(values);
            return Result<void>();
        });
        if (!read) {
            qWarning() << read.error().text();
        }
    }
    return rows;
}

/// A backup as text, with "tables" before the other top-level keys and each
/// table's keys in the order `tableKeys`, which JsonBackup never writes.
QByteArray reorderedBackup(const QJsonObject &backup, const QStringList &tableKeys)
{
    QByteArray text = "{\"tables\": [";
    const QJsonArray tables = backup.value(QStringLiteral("tables")).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QJsonObject table = tables.at(i).toObject();
        text += i == 0 ? "\n{" : ",\n{";
        for (qsizetype k = 0; k < tableKeys.size(); ++k) {
            const QJsonArray wrapped{table.value(tableKeys.at(k))};
            const QByteArray value = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
            text += (k == 0 ? "\"" : ", \"") + tableKeys.at(k).toUtf8()
                    + "\": " + value.mid(1, value.size() - 2);
        }
        text += '}';
    }
    text += "\n]";
    for (auto it = backup.begin(); it != backup.end(); ++it) {
        if (it.key() != u"tables") {
            const QByteArray value
                = QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
            text += ",\n\"" + it.key().toUtf8() + "\": " + value.mid(1, value.size() - 2);
        }
    }
    return text + "}\n";
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

} // namespace

class tst_JsonBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testRoundTrip();
    void testRestoredStoreSearches();
    void testSecretsLeftOut();
    void testExistingTargetRejected();
    void testTruncatedBackup();
    void testWrongFormatVersion();
    void testNewerSchemaRejected();
    void testConstraintViolation();
    void testUnknownTable();
    void damagedBackupIsRejected_data();
    void damagedBackupIsRejected();
    void unusableValueIsRejected_data();
    void unusableValueIsRejected();
    void restoredNameIsFoundAndSorted();
    void testOlderSchemaMigrated();
    void testCancelledBackupWritesNothing();
    void testKeysInAnyOrderRestored();
    void testDerivedTableFirstRestored();
    void testRowsBeforeColumnsRejected();
    void testTextAfterDocumentRejected();

private:
    void fillStore();
    QString backUp();
    QJsonObject readJson(const QString &path);
    void writeJson(const QString &path, const QJsonObject &backup);
    void verifyNoFilesBesides(const QStringList &names);
    void verifyRestoredEqualsOriginal(const QString &backup);
    QString
    backUpWithValue(const QString &tableName, const QString &column, const QJsonValue &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_JsonBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("original.coopatlas")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : errorText(db.error())));
    m_store = std::make_unique<Store>(std::move(db).value());
}

void tst_JsonBackup::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_JsonBackup::fillStore()
{
    auto loaded = loadSampleData(*m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : errorText(loaded.error())));
    QVERIFY(*loaded > 10);

    Person person;
    person.formattedName = QStringLiteral("Zoë \"Z\" Dupont");
    person.emails.append(
        ContactValue{QStringLiteral("zoe@example.org"), {QStringLiteral("work")}, {}, false});
    person.photo = QByteArray("\x00\x01\x02\xFF\xFE", 5);
    person.photoMimeType = QStringLiteral("image/png");
    person.notes = QStringLiteral("Line one\nLine two ☕");
    person.extra.insert(QStringLiteral("badge"), 42);
    auto personId = m_store->insertPerson(person);
    QVERIFY2(personId.ok(), qPrintable(personId.ok() ? QString() : errorText(personId.error())));

    ListQuery query;
    auto organisations = m_store->page(query, 0, 2);
    QVERIFY(organisations.ok());
    QCOMPARE(organisations->size(), 2);
    Link link;
    link.fromId = organisations->at(0).id;
    link.toId = organisations->at(1).id;
    link.type = QStringLiteral("supports");
    link.start = QDate(2024, 3, 1);
    QVERIFY(m_store->insertLink(link).ok());

    Note note;
    note.recordId = *personId;
    note.recordKind = RecordKind::Person;
    note.at = QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC);
    note.kind = QStringLiteral("call");
    note.text = QStringLiteral("Called about the residency");
    QVERIFY(m_store->insertNote(note).ok());

    // A removed record stays as a tombstone, which the backup must keep.
    auto removed = m_store->remove(RecordKind::Organisation, organisations->at(0).id);
    QVERIFY(removed.ok());
    QVERIFY(m_store
                ->setMetadata(QStringLiteral("sync.server_url"),
                              QStringLiteral("https://127.0.0.1:6984"))
                .ok());
}

QString tst_JsonBackup::backUp()
{
    const QString path = m_dir->filePath(QStringLiteral("backup.json"));
    auto rows = JsonBackup().write(m_store->database(), path);
    if (!rows) {
        qWarning() << rows.error().text();
        return {};
    }
    return path;
}

QJsonObject tst_JsonBackup::readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

void tst_JsonBackup::writeJson(const QString &path, const QJsonObject &backup)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(backup).toJson());
}

void tst_JsonBackup::verifyNoFilesBesides(const QStringList &names)
{
    QStringList present
        = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    present.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(present, expected);
}

void tst_JsonBackup::verifyRestoredEqualsOriginal(const QString &backup)
{
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : errorText(restored.error())));
    auto copy = Database::open(target);
    QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : errorText(copy.error())));
    const auto originalDigest = JsonBackup::canonicalDigest(m_store->database());
    const auto copyDigest = JsonBackup::canonicalDigest(**copy);
    QVERIFY(originalDigest.ok());
    QVERIFY(copyDigest.ok());
    QCOMPARE(copyDigest->toHex(), originalDigest->toHex());
}

void tst_JsonBackup::testRoundTrip()
{
    fillStore();
    const QString backup = backUp();
    QVERIFY(!backup.isEmpty());
    const QJsonObject json = readJson(backup);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("coopatlas-backup"));
    QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), JsonBackup::FormatVersion);
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), Database::latestSchemaVersion());

    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : errorText(restored.error())));
    QVERIFY(*restored > 10);

    auto copy = Database::open(target);
    QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : errorText(copy.error())));
    QCOMPARE((*copy)->schemaVersion(), Database::latestSchemaVersion());
    const auto originalRows = allRows(m_store->database());
    const auto restoredRows = allRows(**copy);
    QCOMPARE(restoredRows.keys(), originalRows.keys());
    QVERIFY(originalRows.contains(QStringLiteral("organisations")));
    QVERIFY(originalRows.contains(QStringLiteral("search_index")));
    for (auto it = originalRows.cbegin(); it != originalRows.cend(); ++it) {
        const QList<QVariantList> &other = restoredRows.value(it.key());
        QVERIFY2(other.size() == it.value().size(), qPrintable(it.key()));
        if (it.key().startsWith(QLatin1String("search_"))) {
            continue; // rebuilt with new FTS row numbers; the digest compares them without
        }
        for (qsizetype row = 0; row < other.size(); ++row) {
            QVERIFY2(other.at(row) == it.value().at(row),
                     qPrintable(QStringLiteral("%1 row %2").arg(it.key()).arg(row + 1)));
        }
    }
    const auto originalDigest = JsonBackup::canonicalDigest(m_store->database());
    const auto restoredDigest = JsonBackup::canonicalDigest(**copy);
    QVERIFY(originalDigest.ok());
    QVERIFY(restoredDigest.ok());
    QCOMPARE(originalDigest->size(), 32);
    QCOMPARE(restoredDigest->toHex(), originalDigest->toHex());
}

void tst_JsonBackup::testRestoredStoreSearches()
{
    fillStore();
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    QVERIFY(JsonBackup().restore(backUp(), target).ok());
    auto db = Database::open(target);
    QVERIFY(db.ok());
    Store restored(std::move(db).value());
    auto hits = restored.search(QStringLiteral("residency"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    auto people = restored.totalCount(RecordKind::Person);
    QVERIFY(people.ok());
    auto originalPeople = m_store->totalCount(RecordKind::Person);
    QVERIFY(originalPeople.ok());
    QCOMPARE(*people, *originalPeople);
    auto person = restored.person(hits->constFirst().id);
    QVERIFY(!person.ok()); // the hit is the note, not the person
    auto note = restored.note(hits->constFirst().id);
    QVERIFY(note.ok());
    auto about = restored.person(note->recordId);
    QVERIFY(about.ok());
    QCOMPARE(about->photo, QByteArray("\x00\x01\x02\xFF\xFE", 5));
    QCOMPARE(about->notes, QStringLiteral("Line one\nLine two ☕"));
    QCOMPARE(about->extra.value(QStringLiteral("badge")).toInt(), 42);
}

void tst_JsonBackup::testSecretsLeftOut()
{
    QVERIFY(m_store->setMetadata(QStringLiteral("sync.password"), QStringLiteral("hunter2")).ok());
    QVERIFY(m_store->setMetadata(QStringLiteral("sync.user"), QStringLiteral("anne")).ok());
    const QString backup = backUp();
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("hunter2"));
    QVERIFY(!text.contains("sync.password"));
    QVERIFY(text.contains("sync.user"));
}

void tst_JsonBackup::testExistingTargetRejected()
{
    const QString backup = backUp();
    const QString target = m_dir->filePath(QStringLiteral("taken.coopatlas"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QVERIFY(restored.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(restored.error().context, target);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void tst_JsonBackup::testTruncatedBackup()
{
    fillStore();
    const QString backup = backUp();
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(QStringLiteral("not valid JSON")),
             qPrintable(restored.error().text()));
    QCOMPARE(restored.error().context, backup);
    verifyNoFilesBesides({QStringLiteral("original.coopatlas"),
                          QStringLiteral("original.coopatlas-shm"),
                          QStringLiteral("original.coopatlas-wal"),
                          QStringLiteral("backup.json")});
}

void tst_JsonBackup::testWrongFormatVersion()
{
    const QString backup = backUp();
    QJsonObject json = readJson(backup);
    json.insert(QStringLiteral("formatVersion"), 99);
    writeJson(backup, json);
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(QStringLiteral("format version 99")),
             qPrintable(restored.error().text()));
    QVERIFY(!QFile::exists(target));
}

void tst_JsonBackup::testNewerSchemaRejected()
{
    const QString backup = backUp();
    QJsonObject json = readJson(backup);
    json.insert(QStringLiteral("schemaVersion"), Database::latestSchemaVersion() + 1);
    writeJson(backup, json);
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(QStringLiteral("Update CoopAtlas")),
             qPrintable(restored.error().text()));
    QVERIFY(!QFile::exists(target));
}

void tst_JsonBackup::testConstraintViolation()
{
    fillStore();
    const QString backup = backUp();
    QJsonObject json = readJson(backup);
    QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QJsonObject table = tables.at(i).toObject();
        if (table.value(QStringLiteral("name")).toString() != u"organisations") {
            continue;
        }
        const QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
        const qsizetype nameColumn = columns.toVariantList().indexOf(QStringLiteral("name"));
        QVERIFY(nameColumn > 0);
        QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
        QJsonArray second = rows.at(1).toArray();
        second.replace(nameColumn, QJsonValue::Null); // name is NOT NULL
        rows.replace(1, second);
        table.insert(QStringLiteral("rows"), rows);
        tables.replace(i, table);
        changed = true;
    }
    QVERIFY(changed);
    json.insert(QStringLiteral("tables"), tables);
    writeJson(backup, json);

    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    const QString message = restored.error().message;
    QVERIFY2(message.contains(QStringLiteral("Table \"organisations\", row 2")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("NOT NULL")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Correct or remove that row")), qPrintable(message));
    QCOMPARE(restored.error().context, QStringLiteral("backup.json"));
    verifyNoFilesBesides({QStringLiteral("original.coopatlas"),
                          QStringLiteral("original.coopatlas-shm"),
                          QStringLiteral("original.coopatlas-wal"),
                          QStringLiteral("backup.json")});
}

void tst_JsonBackup::damagedBackupIsRejected_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no tables") << QStringLiteral("no tables")
                               << QStringLiteral("The backup contains no tables.");
    QTest::newRow("table missing")
        << QStringLiteral("table missing")
        << QStringLiteral("The backup lacks table \"links\" of schema version");
    QTest::newRow("column missing")
        << QStringLiteral("column missing")
        << QStringLiteral("Table \"organisations\" of the backup lacks column \"member_count\".");
    QTest::newRow("text in integer column")
        << QStringLiteral("member_count lots")
        << QStringLiteral("Table \"organisations\", row 2: column \"member_count\" takes an "
                          "integer, not \"lots\"");
    QTest::newRow("boolean out of range")
        << QStringLiteral("deleted 7")
        << QStringLiteral("Table \"organisations\", row 2: column \"deleted\" takes 0 or 1, not 7");
    QTest::newRow("invalid date")
        << QStringLiteral("updated_at junk")
        << QStringLiteral("Table \"organisations\", row 2: column \"updated_at\" takes a date");
    QTest::newRow("dangling reference")
        << QStringLiteral("dangling link")
        << QStringLiteral("Table \"links\", row 1: column \"from_id\" refers to "
                          "\"0190ffff-0000-7000-8000-000000000000\", which the backup does not "
                          "contain.");
}

void tst_JsonBackup::damagedBackupIsRejected()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    fillStore();
    const QString backup = backUp();
    QJsonObject json = readJson(backup);
    QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    if (damage == u"no tables") {
        tables = QJsonArray();
    }
    for (qsizetype i = tables.size() - 1; i >= 0; --i) {
        QJsonObject table = tables.at(i).toObject();
        const QString name = table.value(QStringLiteral("name")).toString();
        if (damage == u"table missing" && name == u"links") {
            tables.removeAt(i);
            continue;
        }
        const QString target = damage == u"dangling link" ? QStringLiteral("links")
                                                          : QStringLiteral("organisations");
        if (name != target || damage == u"table missing") {
            continue;
        }
        QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
        QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
        const QString column = damage.section(u' ', 0, 0) == u"column"
                                   ? QStringLiteral("member_count")
                               : damage == u"dangling link" ? QStringLiteral("from_id")
                                                            : damage.section(u' ', 0, 0);
        const qsizetype index = columns.toVariantList().indexOf(column);
        QVERIFY(index >= 0);
        const QJsonValue value
            = damage == u"member_count lots" ? QJsonValue(QStringLiteral("lots"))
              : damage == u"deleted 7"       ? QJsonValue(7)
              : damage == u"updated_at junk"
                  ? QJsonValue(QStringLiteral("2026-10-01 junk"))
                  : QJsonValue(QStringLiteral("0190ffff-0000-7000-8000-000000000000"));
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QJsonArray row = rows.at(r).toArray();
            if (damage == u"column missing") {
                row.removeAt(index);
            } else if (r == (damage == u"dangling link" ? 0 : 1)) {
                row.replace(index, value);
            }
            rows.replace(r, row);
        }
        if (damage == u"column missing") {
            columns.removeAt(index);
        }
        table.insert(QStringLiteral("columns"), columns);
        table.insert(QStringLiteral("rows"), rows);
        tables.replace(i, table);
    }
    json.insert(QStringLiteral("tables"), tables);
    writeJson(backup, json);

    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(expected), qPrintable(restored.error().message));
    QCOMPARE(restored.error().context, QStringLiteral("backup.json"));
    QVERIFY(!QFileInfo::exists(target));
    verifyNoFilesBesides({QStringLiteral("original.coopatlas"),
                          QStringLiteral("original.coopatlas-shm"),
                          QStringLiteral("original.coopatlas-wal"),
                          QStringLiteral("backup.json")});
}

QString tst_JsonBackup::backUpWithValue(const QString &tableName,
                                        const QString &column,
                                        const QJsonValue &value)
{
    const QString backup = backUp();
    QJsonObject json = readJson(backup);
    QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QJsonObject table = tables.at(i).toObject();
        if (table.value(QStringLiteral("name")).toString() != tableName) {
            continue;
        }
        const qsizetype index
            = table.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(column);
        if (index < 0) {
            return {};
        }
        QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
        QJsonArray row = rows.at(1).toArray();
        row.replace(index, value);
        rows.replace(1, row);
        table.insert(QStringLiteral("rows"), rows);
        tables.replace(i, table);
    }
    json.insert(QStringLiteral("tables"), tables);
    writeJson(backup, json);
    return backup;
}

void tst_JsonBackup::unusableValueIsRejected_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const QString row = QStringLiteral("Table \"organisations\", row 2: ");
    QTest::newRow("unknown kind")
        << QStringLiteral("organisations") << QStringLiteral("kind")
        << QJsonValue(QStringLiteral("dragon"))
        << row
               + QStringLiteral("column \"kind\" takes a key of the vocabulary "
                                "\"organisation-kind\", and \"dragon\" is not one of the "
                                "backup's taxonomy rows");
    QTest::newRow("unknown sector")
        << QStringLiteral("organisations") << QStringLiteral("sectors")
        << QJsonValue(QStringLiteral("[\"mobility\",\"dragons\"]"))
        << row
               + QStringLiteral("column \"sectors\" takes a key of the vocabulary \"sector\", "
                                "and \"dragons\" is not one");
    QTest::newRow("invalid JSON")
        << QStringLiteral("organisations") << QStringLiteral("websites")
        << QJsonValue(QStringLiteral("not json ["))
        << row
               + QStringLiteral("column \"websites\" takes a JSON array written as text, not "
                                "\"not json [\"");
    QTest::newRow("object for array")
        << QStringLiteral("organisations") << QStringLiteral("emails")
        << QJsonValue(QStringLiteral("{}"))
        << row + QStringLiteral("column \"emails\" takes a JSON array written as text");
    QTest::newRow("array for object")
        << QStringLiteral("organisations") << QStringLiteral("extra")
        << QJsonValue(QStringLiteral("[1]"))
        << row
               + QStringLiteral("column \"extra\" takes a JSON object written as text, not "
                                "\"[1]\"");
    QTest::newRow("number as name")
        << QStringLiteral("organisations") << QStringLiteral("name") << QJsonValue(42)
        << row + QStringLiteral("column \"name\" takes text, not the number 42");
    QTest::newRow("oversized description")
        << QStringLiteral("organisations") << QStringLiteral("description")
        << QJsonValue(QString(1024 * 1024 + 1, u'x'))
        << row
               + QStringLiteral("the value of column \"description\" has 1048577 characters, "
                                "more than the limit of 1048576 for one value");
    QTest::newRow("unknown workshop status")
        << QStringLiteral("workshops") << QStringLiteral("status")
        << QJsonValue(QStringLiteral("postponed"))
        << QStringLiteral("Table \"workshops\", row 2: column \"status\" takes one of the keys "
                          "planned, confirmed, held, cancelled, not \"postponed\"");
    QTest::newRow("unknown barrier severity")
        << QStringLiteral("barriers") << QStringLiteral("severity")
        << QJsonValue(QStringLiteral("dire"))
        << QStringLiteral("Table \"barriers\", row 2: column \"severity\" takes one of the keys "
                          "low, medium, high, critical, not \"dire\"");
}

void tst_JsonBackup::unusableValueIsRejected()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    fillStore();
    const QString backup = backUpWithValue(table, column, value);
    QVERIFY(!backup.isEmpty());

    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.startsWith(expected), qPrintable(restored.error().message));
    QVERIFY(restored.error().message.contains(QStringLiteral(" (row id \"")));
    QVERIFY(restored.error().message.endsWith(
        QStringLiteral("Correct or remove that row in the backup file and restore again; "
                       "nothing was restored.")));
    QVERIFY(!QFileInfo::exists(target));
    verifyNoFilesBesides({QStringLiteral("original.coopatlas"),
                          QStringLiteral("original.coopatlas-shm"),
                          QStringLiteral("original.coopatlas-wal"),
                          QStringLiteral("backup.json")});
}

void tst_JsonBackup::restoredNameIsFoundAndSorted()
{
    fillStore();
    ListQuery query;
    const QString backup = backUpWithValue(
        QStringLiteral("organisations"), QStringLiteral("name"), QStringLiteral("AAAA Qwertzuiop"));
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restoredRows = JsonBackup().restore(backup, target);
    QVERIFY2(restoredRows.ok(),
             qPrintable(restoredRows.ok() ? QString() : errorText(restoredRows.error())));
    auto db = Database::open(target);
    QVERIFY(db.ok());
    Store restored(std::move(db).value());
    auto hits = restored.search(QStringLiteral("Qwertzuiop"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    auto renamed = restored.organisation(hits->constFirst().id);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->name, QStringLiteral("AAAA Qwertzuiop"));
    // The list sorts by sort_name, which the restore sets from the new name.
    auto first = restored.page(query, 0, 1);
    QVERIFY(first.ok());
    QCOMPARE(first->constFirst().id, hits->constFirst().id);
    query.filterText = QStringLiteral("Qwertzuiop");
    auto filtered = restored.page(query, 0, 10);
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->size(), 1);
}

void tst_JsonBackup::testUnknownTable()
{
    const QString backup = backUp();
    QJsonObject json = readJson(backup);
    QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    tables.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("imaginary")},
                              {QStringLiteral("columns"), QJsonArray{QStringLiteral("id")}},
                              {QStringLiteral("rows"), QJsonArray{}},
                              {QStringLiteral("rowCount"), 0}});
    json.insert(QStringLiteral("tables"), tables);
    writeJson(backup, json);
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().message.contains(QStringLiteral("\"imaginary\"")),
             qPrintable(restored.error().text()));
    QVERIFY(!QFile::exists(target));
}

void tst_JsonBackup::testOlderSchemaMigrated()
{
    const QString oldPath = m_dir->filePath(QStringLiteral("old.coopatlas"));
    const QList<Migration> firstThree = schemaMigrations().mid(0, 3);
    QString backup;
    {
        auto db = Database::open(oldPath, firstThree);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 3);
        Store old(std::move(db).value());
        Organisation org;
        org.name = QStringLiteral("Coopcycle");
        QVERIFY(old.insertOrganisation(org).ok());
        backup = m_dir->filePath(QStringLiteral("old.json"));
        QVERIFY(JsonBackup().write(old.database(), backup).ok());
    }
    QCOMPARE(readJson(backup).value(QStringLiteral("schemaVersion")).toInt(), 3);
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : errorText(restored.error())));
    auto db = Database::open(target);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    Store store(std::move(db).value());
    auto hits = store.search(QStringLiteral("coopcycle"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
}

void tst_JsonBackup::testCancelledBackupWritesNothing()
{
    fillStore();
    JsonBackup backup;
    backup.setCancelFlag(std::make_shared<std::atomic_bool>(true));
    const QString path = m_dir->filePath(QStringLiteral("cancelled.json"));
    auto rows = backup.write(m_store->database(), path);
    QVERIFY(!rows.ok());
    QVERIFY(rows.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
}

void tst_JsonBackup::testKeysInAnyOrderRestored()
{
    fillStore();
    const QString backup = backUp();
    const QByteArray text = reorderedBackup(readJson(backup),
                                            {QStringLiteral("rowCount"),
                                             QStringLiteral("columns"),
                                             QStringLiteral("name"),
                                             QStringLiteral("rows")});
    QVERIFY(text.startsWith("{\"tables\": [\n{\"rowCount\": "));
    QVERIFY(writeBytes(backup, text));
    verifyRestoredEqualsOriginal(backup);
}

void tst_JsonBackup::testDerivedTableFirstRestored()
{
    fillStore();
    const QString backup = backUp();
    QJsonObject json = readJson(backup);
    QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    const QJsonValue last = tables.last();
    // The writer puts the derived tables, which triggers fill, last.
    const auto dumpTables = TableDump(m_store->database()).tables();
    QVERIFY(dumpTables.ok());
    const QString lastName = last.toObject().value(QStringLiteral("name")).toString();
    const auto lastTable
        = std::find_if(dumpTables->cbegin(), dumpTables->cend(), [&](const DumpTable &table) {
              return table.name == lastName;
          });
    QVERIFY(lastTable != dumpTables->cend());
    QVERIFY(lastTable->derived);
    tables.removeLast();
    tables.prepend(last);
    json.insert(QStringLiteral("tables"), tables);
    writeJson(backup, json);
    verifyRestoredEqualsOriginal(backup);
}

void tst_JsonBackup::testRowsBeforeColumnsRejected()
{
    fillStore();
    const QString backup = backUp();
    QVERIFY(writeBytes(backup,
                       reorderedBackup(readJson(backup),
                                       {QStringLiteral("name"),
                                        QStringLiteral("rows"),
                                        QStringLiteral("columns"),
                                        QStringLiteral("rowCount")})));
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().message,
             QStringLiteral("Table 1 of the backup lists its rows before its \"name\" and "
                            "\"columns\", but a restore reads them first. Move \"rows\" after "
                            "them in the file, or use another backup."));
    QCOMPARE(restored.error().context, backup);
    QVERIFY(!QFile::exists(target));
}

void tst_JsonBackup::testTextAfterDocumentRejected()
{
    fillStore();
    const QString backup = backUp();
    QFile file(backup);
    QVERIFY(file.open(QIODevice::Append));
    const qint64 size = file.size();
    QCOMPARE(file.write("x\n"), qint64(2));
    file.close();
    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    auto restored = JsonBackup().restore(backup, target);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().message,
             QStringLiteral("The backup is not valid JSON at byte %1 (text follows the end of "
                            "the JSON document). The file is damaged or incomplete; use another "
                            "backup.")
                 .arg(size));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(tst_JsonBackup)
#include "tst_jsonbackup.moc"
