// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include <core/logging.h>
#include <core/storage/store_p.h>
#include <core/uuid.h>

#include <QSqlError>

namespace CoopAtlas::Core {

using namespace RecordRows;

namespace {

QString nowText()
{
    return timestampText(QDateTime::currentDateTimeUtc());
}

} // namespace

Error invalidRecord(const QString &label, const QList<FieldError> &errors)
{
    return Error{Store::tr("%1 was not saved because of these problems:\n%2")
                     .arg(label, joinMessages(errors)),
                 errors.isEmpty() ? QString() : errors.constFirst().field};
}

QString nextUpdatedAtSql()
{
    // Timestamps are stored as Qt::ISODateWithMs text in UTC, the format this
    // strftime() call writes, so max() compares them as text. An unreadable
    // stored value gives a null strftime(), and coalesce() keeps the new time.
    return QStringLiteral("max(?, coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, "
                          "'+0.001 seconds'), ''))");
}

QString tableFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organisation:
        return QStringLiteral("organisations");
    case RecordKind::Person:
        return QStringLiteral("persons");
    case RecordKind::Link:
        return QStringLiteral("links");
    case RecordKind::Note:
        return QStringLiteral("notes");
    case RecordKind::Taxonomy:
        return QStringLiteral("taxonomy");
    case RecordKind::Workshop:
        return QStringLiteral("workshops");
    case RecordKind::Participation:
        return QStringLiteral("participations");
    case RecordKind::Followup:
        return QStringLiteral("followups");
    case RecordKind::Residency:
        return QStringLiteral("residencies");
    case RecordKind::Stay:
        return QStringLiteral("stays");
    case RecordKind::Visit:
        return QStringLiteral("visits");
    case RecordKind::BudgetLine:
        return QStringLiteral("budget_lines");
    case RecordKind::Resource:
        return QStringLiteral("resources");
    case RecordKind::Barrier:
        return QStringLiteral("barriers");
    }
    return {};
}

Store::Store(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , d(std::make_unique<Private>(*m_db))
{
    m_db->setTransactionFinishedHandler([this](bool committed) { finishTransaction(committed); });
}

Store::~Store()
{
    m_db->setTransactionFinishedHandler({});
}

void Store::finishTransaction(bool committed)
{
    const auto changes = std::exchange(d->pendingChanges, {});
    if (!committed || changes.isEmpty()) {
        return;
    }
    if (changes.size() > 100) {
        emit reloaded();
        return;
    }
    for (const auto &[kind, id] : changes) {
        emit changed(kind, id);
    }
}

// --- Statement helpers -------------------------------------------------------

Result<QSqlQuery *> Store::Private::run(const QString &sql, const QVariantList &values)
{
    auto it = statements.find(sql);
    if (it == statements.end()) {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcDb) << "Could not prepare" << sql << query.lastError().text();
            return Error{
                tr("Could not prepare a database query: %1.").arg(query.lastError().text()),
                db.path()};
        }
        it = statements.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        const QSqlError failure = query.lastError();
        query.finish();
        qCWarning(lcDb) << "Statement failed:" << failure.text() << sql.left(120);
        return Error{tr("A database statement failed. %1").arg(Database::describeError(failure)),
                     db.path()};
    }
    return &query;
}

Result<int> Store::Private::execute(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query) {
        return query.error();
    }
    const int affected = (*query)->numRowsAffected();
    (*query)->finish();
    return affected;
}

Result<QList<QSqlRecord>> Store::Private::records(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query) {
        return query.error();
    }
    QList<QSqlRecord> rows;
    while ((*query)->next()) {
        rows.append((*query)->record());
    }
    (*query)->finish();
    return rows;
}

Result<QVariant> Store::Private::scalar(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query) {
        return query.error();
    }
    QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
    (*query)->finish();
    return value;
}

Result<void> Store::Private::insertRow(const QString &table, const Row &row, const RecordMeta &meta)
{
    QString &sql = insertSql[table];
    if (sql.isEmpty()) {
        QStringList names;
        for (const Column &column : row) {
            names.append(column.name);
        }
        names << QStringLiteral("id") << QStringLiteral("created_at")
              << QStringLiteral("updated_at") << QStringLiteral("created_by")
              << QStringLiteral("updated_by");
        sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
              + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (?")
              + QStringLiteral(", ?").repeated(names.size() - 1) + QLatin1Char(')');
    }
    QVariantList values;
    values.reserve(row.size() + 5);
    for (const Column &column : row) {
        values.append(column.value);
    }
    values << meta.id << timestampText(meta.createdAt) << timestampText(meta.updatedAt)
           << meta.createdBy << meta.updatedBy;
    if (auto inserted = execute(sql, values); !inserted) {
        if (inserted.error().message.contains(QLatin1String("UNIQUE"))) {
            return Error{tr("A record with id %1 already exists. Import it as an update or "
                            "give it a new id.")
                             .arg(meta.id),
                         meta.id};
        }
        return inserted.error();
    }
    return {};
}

Result<void> Store::Private::updateRow(const QString &table,
                                       const Row &row,
                                       const QString &id,
                                       const QString &label)
{
    QString &sql = updateSql[table];
    if (sql.isEmpty()) {
        QStringList assignments;
        for (const Column &column : row) {
            assignments.append(column.name + QStringLiteral(" = ?"));
        }
        sql = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
              + assignments.join(QStringLiteral(", ")) + QStringLiteral(", updated_at = ")
              + nextUpdatedAtSql()
              + QStringLiteral(", updated_by = ?, dirty = 1 WHERE id = ? AND deleted = 0");
    }
    QVariantList values;
    values.reserve(row.size() + 3);
    for (const Column &column : row) {
        values.append(column.value);
    }
    values << nowText() << db.author() << id;
    auto updated = execute(sql, values);
    if (!updated) {
        return updated.error();
    }
    if (*updated == 0) {
        auto existing = recordById(table, id, label);
        if (!existing) {
            return existing.error();
        }
        return Error{tr("%1 was deleted, so it cannot be changed. Restore it first.").arg(label),
                     id};
    }
    return {};
}

Result<QSqlRecord>
Store::Private::recordById(const QString &table, const QString &id, const QString &label)
{
    auto rows
        = records(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return Error{tr("%1 with id %2 was not found. It may have been removed by an import or "
                        "a sync; reload the list.")
                         .arg(label, id),
                     id};
    }
    return rows->constFirst();
}

bool Store::Private::isKnownTerm(const QString &vocabulary, const QString &key)
{
    const auto load = [this, &vocabulary] {
        auto rows = records(QStringLiteral("SELECT key FROM taxonomy "
                                           "WHERE vocabulary = ? AND deleted = 0"),
                            {vocabulary});
        if (!rows) {
            qCWarning(lcDb) << "Could not read the terms of" << vocabulary << rows.error().message;
            return;
        }
        QSet<QString> keys;
        for (const QSqlRecord &row : *rows) {
            keys.insert(row.value(0).toString());
        }
        termKeys.insert(vocabulary, keys);
    };
    if (!termKeys.value(vocabulary).contains(key)) {
        load();
    }
    return termKeys.value(vocabulary).contains(key);
}

void Store::Private::checkTerm(const QString &vocabulary,
                               const QString &key,
                               const QString &field,
                               QList<FieldError> &errors)
{
    if (key.isEmpty() || isKnownTerm(vocabulary, key)) {
        return;
    }
    errors.append({field,
                   tr("\"%1\" is not a term of the vocabulary \"%2\". Choose a listed term or "
                      "add it to the vocabulary first.")
                       .arg(key, vocabulary)});
}

Result<QPair<RecordKind, QString>> Store::Private::liveEndpoint(const QString &id)
{
    auto name = scalar(
        QStringLiteral("SELECT name FROM organisations WHERE id = ? AND deleted = 0"), {id});
    if (name && !name->isNull()) {
        return qMakePair(RecordKind::Organisation, name->toString());
    }
    name = scalar(QStringLiteral("SELECT formatted_name FROM persons WHERE id = ? AND deleted = 0"),
                  {id});
    if (name && !name->isNull()) {
        return qMakePair(RecordKind::Person, name->toString());
    }
    return Error{tr("No organisation or person with id %1 exists (it may have been deleted). "
                    "Choose another record for the link.")
                     .arg(id),
                 id};
}

} // namespace CoopAtlas::Core
