// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_syncengine_desktop.h"

#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/tlstrust.h>

#include <QSqlQuery>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

SyncTestDesktop::SyncTestDesktop(const TestDatabase &database,
                                 const QString &userLabel,
                                 bool viaProxy)
{
    m_path = m_dir.filePath(userLabel + QStringLiteral(".coopatlas"));
    const TestUser user = database.user(userLabel);
    m_password = user.password;
    m_config.url = viaProxy ? database.env().proxyUrl : database.env().url;
    m_config.database = database.name();
    m_config.user = user.name;
    m_config.caFile = database.env().caFile;
    m_config.timeoutMs = 10000;
    m_config.maxAttempts = 3;
    auto db = Database::open(m_path);
    if (!db) {
        qWarning() << "Could not open" << m_path << db.error().text();
        return;
    }
    (*db)->setAuthor(user.name);
    m_store = std::make_unique<Store>(std::move(db).value());
}

Result<SyncSummary> SyncTestDesktop::sync()
{
    auto db = Database::open(m_path);
    if (!db) {
        return db.error();
    }
    (*db)->setAuthor(m_config.user);
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(m_config, m_password, &trust);
    SyncEngine engine(**db, client);
    auto summary = engine.run();
    m_store->notifyReloaded();
    return summary;
}

Result<void> SyncTestDesktop::resolveConflict(const QString &recordId, const QJsonObject &chosen)
{
    auto db = Database::open(m_path);
    if (!db) {
        return db.error();
    }
    (*db)->setAuthor(m_config.user);
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(m_config, m_password, &trust);
    SyncEngine engine(**db, client);
    auto resolved = engine.resolveConflict(recordId, chosen);
    m_store->notifyReloaded();
    return resolved;
}

QMap<QString, QJsonObject> SyncTestDesktop::documents() const
{
    QMap<QString, QJsonObject> documents;
    auto db = Database::open(m_path);
    if (!db) {
        return documents;
    }
    SyncStore store(**db);
    for (RecordKind kind : {RecordKind::Organisation,
                            RecordKind::Person,
                            RecordKind::Link,
                            RecordKind::Note,
                            RecordKind::Taxonomy}) {
        QSqlQuery query((*db)->connection());
        const QString table = kind == RecordKind::Organisation ? QStringLiteral("organisations")
                              : kind == RecordKind::Person     ? QStringLiteral("persons")
                              : kind == RecordKind::Link       ? QStringLiteral("links")
                              : kind == RecordKind::Note       ? QStringLiteral("notes")
                                                               : QStringLiteral("taxonomy");
        query.exec(QStringLiteral("SELECT id FROM ") + table);
        QStringList ids;
        while (query.next()) {
            ids.append(query.value(0).toString());
        }
        for (const QString &id : ids) {
            auto local = store.localDocument(kind, id);
            if (local && local->has_value()) {
                QJsonObject document = (*local)->document;
                document.remove(QStringLiteral("_rev"));
                documents.insert(DocumentCodec::documentId(kind, id), document);
            }
        }
    }
    return documents;
}

QList<SyncConflict> SyncTestDesktop::conflicts() const
{
    auto db = Database::open(m_path);
    if (!db) {
        return {};
    }
    SyncStore store(**db);
    auto list = store.conflicts();
    return list ? *list : QList<SyncConflict>();
}

QList<SyncRecordError> SyncTestDesktop::recordErrors() const
{
    auto db = Database::open(m_path);
    if (!db) {
        return {};
    }
    SyncStore store(**db);
    auto list = store.recordErrors();
    return list ? *list : QList<SyncRecordError>();
}

qint64 SyncTestDesktop::rowCount(const QString &table) const
{
    auto db = Database::open(m_path);
    if (!db) {
        return -1;
    }
    QSqlQuery query((*db)->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

QString addOrganisation(Store &store, const QString &name)
{
    Organisation org;
    org.name = name;
    org.kind = QStringLiteral("project-holder");
    auto id = store.insertOrganisation(org);
    if (!id) {
        qWarning() << "Could not insert" << name << id.error().text();
        return {};
    }
    return *id;
}
