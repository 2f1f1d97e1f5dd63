// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA table_info(") + table + QLatin1Char(')'));
    while (query.next()) {
        columns.append(query.value(1).toString());
    }
    return columns;
}

QStringList indexesOf(Database &db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name = '%1' AND sql IS NOT NULL ORDER BY name")
                   .arg(table));
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    return names;
}

QString queryPlan(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    QStringList steps;
    while (query.next()) {
        steps.append(query.value(3).toString());
    }
    return steps.join(QLatin1Char('\n'));
}

} // namespace

class tst_MigrationSync : public QObject
{
    Q_OBJECT

private slots:
    void versionThreeFileGetsSyncTables();
    void conflictTableHasEveryColumn();
    void errorTableHasEveryColumn();
    void dirtyRowsUseIndex();
};

void tst_MigrationSync::versionThreeFileGetsSyncTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    QString id;
    {
        auto db = Database::open(path, schemaMigrations().mid(0, 3));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), 3);
        Store store(std::move(db).value());
        Organisation org;
        org.name = QStringLiteral("Coopérative Lumière");
        auto inserted = store.insertOrganisation(org);
        QVERIFY(inserted.ok());
        id = *inserted;
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!columnsOf(**db, QStringLiteral("sync_conflicts")).isEmpty());
    QVERIFY(!columnsOf(**db, QStringLiteral("sync_errors")).isEmpty());
    QVERIFY(!columnsOf(**db, QStringLiteral("sync_obsolete_revisions")).isEmpty());

    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT name, dirty FROM organisations WHERE id = '%1'").arg(id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Coopérative Lumière"));
    QCOMPARE(query.value(1).toInt(), 1);
}

void tst_MigrationSync::conflictTableHasEveryColumn()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY(db.ok());
    const QStringList expected{
        QStringLiteral("record_id"),
        QStringLiteral("kind"),
        QStringLiteral("local_json"),
        QStringLiteral("remote_json"),
        QStringLiteral("base_json"),
        QStringLiteral("remote_rev"),
        QStringLiteral("remote_author"),
        QStringLiteral("losing_revs"),
        QStringLiteral("fields"),
        QStringLiteral("detected_at"),
    };
    QCOMPARE(columnsOf(**db, QStringLiteral("sync_conflicts")), expected);
    QCOMPARE(indexesOf(**db, QStringLiteral("sync_conflicts")),
             QStringList{QStringLiteral("sync_conflicts_by_detected")});
}

void tst_MigrationSync::errorTableHasEveryColumn()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY(db.ok());
    const QStringList expected{
        QStringLiteral("record_id"),
        QStringLiteral("code"),
        QStringLiteral("message"),
        QStringLiteral("size_limit"),
        QStringLiteral("record_updated_at"),
        QStringLiteral("at"),
    };
    QCOMPARE(columnsOf(**db, QStringLiteral("sync_errors")), expected);
    QCOMPARE(indexesOf(**db, QStringLiteral("sync_errors")),
             QStringList{QStringLiteral("sync_errors_by_code")});
}

void tst_MigrationSync::dirtyRowsUseIndex()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY(db.ok());
    for (const QString &table : {QStringLiteral("organisations"),
                                 QStringLiteral("persons"),
                                 QStringLiteral("links"),
                                 QStringLiteral("notes"),
                                 QStringLiteral("taxonomy")}) {
        const QString plan = queryPlan(
            **db,
            QStringLiteral("SELECT * FROM %1 WHERE dirty = 1 AND id > '' ORDER BY id LIMIT 10")
                .arg(table));
        QVERIFY2(plan.contains(table + QStringLiteral("_dirty")), qPrintable(plan));
    }
}

QTEST_GUILESS_MAIN(tst_MigrationSync)
#include "tst_migrationsync.moc"
