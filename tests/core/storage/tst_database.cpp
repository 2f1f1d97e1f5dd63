// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activityschema.h>
#include <core/storage/database.h>
#include <core/storage/seedterms.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

/// Runs statements on a file through a separate plain connection and returns
/// the first value of the last statement.
QVariant rawQuery(const QString &path, const QStringList &statements)
{
    QVariant value;
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning() << "Could not open" << path << db.lastError().text();
        }
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning() << "Statement failed:" << sql << query.lastError().text();
            }
            value = query.next() ? query.value(0) : QVariant();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        return {};
    }
    return query.value(0);
}

Migration createTableStep(int version, const QString &table)
{
    return {version, QStringLiteral("create ") + table, [table](QSqlDatabase &db) {
                return executeStatements(
                    db, {QStringLiteral("CREATE TABLE ") + table + QStringLiteral(" (x INTEGER)")});
            }};
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsLatestVersion();
    void newFileUsesWalAndForeignKeys();
    void newFileHasSeededTaxonomy();
    void reopenedFileIsNotNew();
    void versionZeroFileIsMigrated();
    void versionOneFileIsMigrated();
    void newerFileIsRejectedUnchanged();
    void textFileIsRejectedUnchanged();
    void foreignSqliteFileIsRejected();
    void missingFolderIsRejected();
    void failingStepKeepsOldVersion();
    void nestedTransactionRollsBackToSavepoint();
    void transactionRollsBackWithoutCommit();
    void cancelFlagStopsStatements();

private:
    QTemporaryDir m_dir;
    int m_fileNumber = 0;
    QString newPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.coopatlas").arg(++m_fileNumber));
    }
};

void tst_Database::newFileGetsLatestVersion()
{
    auto db = Database::open(newPath());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Database::latestSchemaVersion(), 6);
    QVERIFY((*db)->isNew());
}

void tst_Database::newFileUsesWalAndForeignKeys()
{
    auto db = Database::open(newPath());
    QVERIFY(db.ok());
    QCOMPARE(pragma(**db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(**db, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(pragma(**db, QStringLiteral("busy_timeout")).toInt(), 5000);
    QCOMPARE(pragma(**db, QStringLiteral("application_id")).toInt(), CoopAtlasApplicationId);
}

void tst_Database::newFileHasSeededTaxonomy()
{
    auto db = Database::open(newPath());
    QVERIFY(db.ok());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM taxonomy")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), seedTerms().size() + activitySeedTerms().size());

    QVERIFY(query.exec(QStringLiteral("SELECT id, label_fr, label_nl, position FROM taxonomy "
                                      "WHERE vocabulary = 'link-type' AND key = 'funds'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             seedTermId(QStringLiteral("link-type"), QStringLiteral("funds")));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Finance"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("Financiert"));
    QCOMPARE(query.value(3).toInt(), 1);
    // Seeded ids are name-based version 5 UUIDs, the same on every desktop.
    QCOMPARE(seedTermId(QStringLiteral("link-type"), QStringLiteral("funds")).at(14),
             QLatin1Char('5'));
}

void tst_Database::reopenedFileIsNotNew()
{
    const QString path = newPath();
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY(!(*db)->isNew());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void tst_Database::versionZeroFileIsMigrated()
{
    const QString path = newPath();
    // An SQLite file with no tables and user_version 0, as an older build left it.
    rawQuery(path,
             {QStringLiteral("CREATE TABLE scratch (x)"), QStringLiteral("DROP TABLE scratch")});
    QVERIFY(QFile::exists(path));
    QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 0);

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM organisations")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_Database::versionOneFileIsMigrated()
{
    const QString path = newPath();
    const QString indexColumns = QStringLiteral(
        "SELECT group_concat(name, ',') FROM pragma_index_info('organisations_by_founded')");
    {
        auto db = Database::open(path, {schemaMigrations().constFirst()});
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 1);
    }
    QCOMPARE(rawQuery(path, {indexColumns}).toString(), QStringLiteral("founded,sort_name"));

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!(*db)->isNew());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(indexColumns));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("founded,sort_name,kind"));
}

void tst_Database::newerFileIsRejectedUnchanged()
{
    const QString path = newPath();
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    const int newer = Database::latestSchemaVersion() + 1;
    rawQuery(path,
             {QStringLiteral("PRAGMA user_version = %1").arg(newer),
              QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileBytes(path);

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().context, path);
    QVERIFY2(db.error().message.contains(QString::number(newer)), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QString::number(Database::latestSchemaVersion())),
             qPrintable(db.error().message));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).toInt(), newer);
}

void tst_Database::textFileIsRejectedUnchanged()
{
    const QString path = newPath();
    const QByteArray text("name;kind\nÉnergiris;project-holder\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().context, path);
    QVERIFY2(db.error().message.contains(QLatin1String("not an SQLite database")),
             qPrintable(db.error().message));
    QCOMPARE(fileBytes(path), text);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_Database::foreignSqliteFileIsRejected()
{
    const QString path = newPath();
    rawQuery(path, {QStringLiteral("CREATE TABLE invoices (amount INTEGER)")});
    const QByteArray before = fileBytes(path);

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QLatin1String("another application")),
             qPrintable(db.error().message));
    QCOMPARE(fileBytes(path), before);
}

void tst_Database::missingFolderIsRejected()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/store.coopatlas"));
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().context, path);
    QVERIFY2(db.error().message.contains(QLatin1String("Could not open")),
             qPrintable(db.error().message));
    QVERIFY(!QFile::exists(path));
}

void tst_Database::failingStepKeepsOldVersion()
{
    const QString path = newPath();
    const Migration first = createTableStep(1, QStringLiteral("first_table"));
    {
        auto db = Database::open(path, {first});
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), 1);
    }
    const Migration failing{3, QStringLiteral("failing step"), [](QSqlDatabase &db) {
                                return executeStatements(db,
                                                         {QStringLiteral("CREATE TABLE broken (")});
                            }};
    auto db = Database::open(path,
                             {first, createTableStep(2, QStringLiteral("second_table")), failing});
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QLatin1String("left at version 1")),
             qPrintable(db.error().message));
    QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 1);
    QCOMPARE(rawQuery(path,
                      {QStringLiteral("SELECT count(*) FROM sqlite_master "
                                      "WHERE name = 'second_table'")})
                 .toInt(),
             0);
}

void tst_Database::nestedTransactionRollsBackToSavepoint()
{
    auto opened = Database::open(newPath());
    QVERIFY(opened.ok());
    Database &db = **opened;
    QSqlQuery query(db.connection());
    {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(db.inTransaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO metadata VALUES ('outer', '1')")));
        {
            Transaction inner(db);
            QVERIFY(inner.isActive());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO metadata VALUES ('inner', '1')")));
        }
        QVERIFY(outer.commit().ok());
    }
    QVERIFY(!db.inTransaction());
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(key) FROM metadata")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("outer"));
}

void tst_Database::transactionRollsBackWithoutCommit()
{
    auto opened = Database::open(newPath());
    QVERIFY(opened.ok());
    Database &db = **opened;
    QList<bool> finished;
    db.setTransactionFinishedHandler([&finished](bool committed) { finished.append(committed); });
    QSqlQuery query(db.connection());
    {
        Transaction outer(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO metadata VALUES ('a', '1')")));
        Transaction inner(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO metadata VALUES ('b', '1')")));
        QVERIFY(inner.commit().ok());
        QVERIFY(finished.isEmpty());
    }
    QCOMPARE(finished, QList<bool>{false});
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM metadata")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_Database::cancelFlagStopsStatements()
{
    auto db = Database::open(newPath());
    QVERIFY(db.ok());
    auto flag = std::make_shared<std::atomic_bool>(true);
    QVERIFY((*db)->setCancelFlag(flag));
    // A recursive count runs many more than 1000 virtual machine instructions.
    const QString slowSql = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                           "SELECT i + 1 FROM n WHERE i < 100000) "
                                           "SELECT count(*) FROM n");
    QSqlQuery query((*db)->connection());
    QVERIFY(!query.exec(slowSql));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("interrupt")),
             qPrintable(query.lastError().text()));

    flag->store(false);
    QVERIFY(query.exec(slowSql));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 100000);

    flag->store(true);
    QVERIFY((*db)->setCancelFlag(nullptr));
    QVERIFY(query.exec(slowSql));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 100000);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
