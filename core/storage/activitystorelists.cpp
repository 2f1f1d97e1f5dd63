// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityStore: lists for lazy models and the calendar, and resource files.
#include <core/storage/activitystore.h>
#include <core/storage/activitystore_p.h>
#include <core/storage/searchexpression.h>

#include <QCryptographicHash>

namespace CoopAtlas::Core {

using namespace ActivityRows;
using namespace ActivityWrite;
using RecordRows::dateValue;
using RecordRows::timestampText;

namespace {

struct ListSpec
{
    QString table;
    QStringList columns; ///< SQL expressions, one per listed column
    QString termColumn;
    QString order;
};

std::optional<ListSpec> listSpec(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Workshop:
        return ListSpec{QStringLiteral("workshops"),
                        {QStringLiteral("title"),
                         QStringLiteral("start_at"),
                         QStringLiteral("end_at"),
                         QStringLiteral("theme"),
                         QStringLiteral("axis"),
                         QStringLiteral("status"),
                         QStringLiteral("venue")},
                        QStringLiteral("theme"),
                        QStringLiteral("start_at, id")};
    case RecordKind::Residency:
        return ListSpec{QStringLiteral("residencies"),
                        {QStringLiteral("title"),
                         QStringLiteral("CASE WHEN city = 'other' THEN city_name ELSE city END"),
                         QStringLiteral("start_date"),
                         QStringLiteral("end_date"),
                         QStringLiteral("status")},
                        QString(),
                        QStringLiteral("start_date, id")};
    case RecordKind::Resource:
        return ListSpec{QStringLiteral("resources"),
                        {QStringLiteral("title"),
                         QStringLiteral("kind"),
                         QStringLiteral("language"),
                         QStringLiteral("url"),
                         QStringLiteral("file_name")},
                        QStringLiteral("kind"),
                        QStringLiteral("sort_title, id")};
    case RecordKind::Barrier:
        return ListSpec{QStringLiteral("barriers"),
                        {QStringLiteral("title"),
                         QStringLiteral("kind"),
                         QStringLiteral("domain"),
                         QStringLiteral("severity"),
                         QStringLiteral("status"),
                         QStringLiteral("raised_on")},
                        QStringLiteral("domain"),
                        QStringLiteral("sort_title, id")};
    default:
        return std::nullopt;
    }
}

/// SQL condition, with two placeholders for the same instant, that a workshop
/// ends after that instant. An all-day workshop's end_at is the local midnight
/// that starts its last day, so its day ends 24 hours later.
// NOTE: on the day of a clock change the local day lasts 23 or 25 hours, so an
// all-day workshop may match a range that starts up to one hour after its end.
QString workshopEndsAfterSql()
{
    return QStringLiteral("(end_at > ? OR (all_day = 1 AND "
                          "strftime('%Y-%m-%dT%H:%M:%fZ', end_at, '+1 day') > ?))");
}

struct Statement
{
    QString where;
    QVariantList values;
};

Statement whereClause(const ActivityListQuery &query, const ListSpec &spec)
{
    Statement statement{QStringLiteral(" WHERE deleted = 0"), {}};
    if (query.kind == RecordKind::Workshop && query.from.isValid()) {
        statement.where += QStringLiteral(" AND ") + workshopEndsAfterSql();
        statement.values << timestampText(query.from) << timestampText(query.from);
    }
    if (query.kind == RecordKind::Workshop && query.to.isValid()) {
        statement.where += QStringLiteral(" AND start_at < ?");
        statement.values.append(timestampText(query.to));
    }
    if (query.kind == RecordKind::Residency && query.from.isValid()) {
        statement.where += QStringLiteral(" AND end_date >= ?");
        statement.values.append(dateValue(query.from.toUTC().date()));
    }
    if (query.kind == RecordKind::Residency && query.to.isValid()) {
        statement.where += QStringLiteral(" AND start_date <= ?");
        statement.values.append(dateValue(query.to.toUTC().date()));
    }
    if (!query.termFilter.isEmpty() && !spec.termColumn.isEmpty()) {
        statement.where += QStringLiteral(" AND ") + spec.termColumn + QStringLiteral(" = ?");
        statement.values.append(query.termFilter);
    }
    if (!query.status.isEmpty() && query.kind != RecordKind::Resource) {
        statement.where += QStringLiteral(" AND status = ?");
        statement.values.append(query.status);
    }
    if (!query.city.isEmpty() && query.kind == RecordKind::Residency) {
        statement.where += QStringLiteral(" AND city = ?");
        statement.values.append(query.city);
    }
    if (!query.language.isEmpty() && query.kind == RecordKind::Resource) {
        statement.where += QStringLiteral(" AND language = ?");
        statement.values.append(query.language);
    }
    if (const QString tag = query.tag.trimmed();
        !tag.isEmpty() && query.kind == RecordKind::Resource) {
        statement.where += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(tags) "
                                          "WHERE value = ? COLLATE NOCASE)");
        statement.values.append(tag);
    }
    if (!query.barrierKind.isEmpty() && query.kind == RecordKind::Barrier) {
        statement.where += QStringLiteral(" AND kind = ?");
        statement.values.append(query.barrierKind);
    }
    const QString match = ftsMatchExpression(query.filterText);
    if (!match.isEmpty()) {
        statement.where += QStringLiteral(" AND id IN (SELECT record_id FROM search_index "
                                          "WHERE search_index MATCH ? AND kind = ?)");
        statement.values << match << recordKindName(query.kind);
    }
    return statement;
}

Error notListed(RecordKind kind)
{
    return Error{Text::tr("Records of the kind \"%1\" have no list. Choose workshops, "
                          "residencies, resources or barriers.")
                     .arg(recordKindName(kind)),
                 recordKindName(kind)};
}

QVariant displayValue(const QString &column, const QVariant &value)
{
    if (value.isNull()) {
        return value;
    }
    if (column.endsWith(QLatin1String("_at"))) {
        return RecordRows::timestampFromText(value.toString());
    }
    if (column.endsWith(QLatin1String("_date")) || column == QLatin1String("raised_on")) {
        return QDate::fromString(value.toString(), Qt::ISODate);
    }
    return value;
}

} // namespace

QStringList ActivityStore::listColumns(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Workshop:
        return {Text::tr("Title"),
                Text::tr("Start"),
                Text::tr("End"),
                Text::tr("Theme"),
                Text::tr("Axis"),
                Text::tr("Status"),
                Text::tr("Venue")};
    case RecordKind::Residency:
        return {Text::tr("Title"),
                Text::tr("City"),
                Text::tr("First day"),
                Text::tr("Last day"),
                Text::tr("Status")};
    case RecordKind::Resource:
        return {Text::tr("Title"),
                Text::tr("Kind"),
                Text::tr("Language"),
                Text::tr("Web address"),
                Text::tr("File")};
    case RecordKind::Barrier:
        return {Text::tr("Title"),
                Text::tr("Kind"),
                Text::tr("Domain"),
                Text::tr("Severity"),
                Text::tr("Status"),
                Text::tr("Raised on")};
    default:
        return {};
    }
}

Result<qint64> ActivityStore::count(const ActivityListQuery &query) const
{
    const auto spec = listSpec(query.kind);
    if (!spec) {
        return notListed(query.kind);
    }
    const Statement statement = whereClause(query, *spec);
    auto value = d().scalar(QStringLiteral("SELECT count(*) FROM ") + spec->table + statement.where,
                            statement.values);
    if (!value) {
        return value.error();
    }
    return value->toLongLong();
}

Result<QList<ListRow>>
ActivityStore::page(const ActivityListQuery &query, qint64 offset, int limit) const
{
    const auto spec = listSpec(query.kind);
    if (!spec) {
        return notListed(query.kind);
    }
    Statement statement = whereClause(query, *spec);
    statement.values << limit << offset;
    auto rows = d().records(QStringLiteral("SELECT id, ") + spec->columns.join(QStringLiteral(", "))
                                + QStringLiteral(" FROM ") + spec->table + statement.where
                                + QStringLiteral(" ORDER BY ") + spec->order
                                + QStringLiteral(" LIMIT ? OFFSET ?"),
                            statement.values);
    if (!rows) {
        return rows.error();
    }
    QList<ListRow> page;
    page.reserve(rows->size());
    for (const QSqlRecord &row : *rows) {
        ListRow listRow{row.value(0).toString(), {}};
        for (int column = 0; column < spec->columns.size(); ++column) {
            listRow.values.append(displayValue(spec->columns.at(column), row.value(column + 1)));
        }
        page.append(listRow);
    }
    return page;
}

Result<QList<Barrier>> ActivityStore::barriers(const ActivityListQuery &query,
                                               const std::optional<QString> &domain,
                                               qint64 offset,
                                               int limit) const
{
    if (query.kind != RecordKind::Barrier) {
        return notListed(query.kind);
    }
    const auto spec = listSpec(query.kind);
    Statement statement = whereClause(query, *spec);
    if (domain && domain->isEmpty()) {
        statement.where += QStringLiteral(" AND (domain IS NULL OR domain = '')");
    } else if (domain) {
        // Plain equality, which the barriers_by_domain index can serve.
        statement.where += QStringLiteral(" AND domain = ?");
        statement.values.append(*domain);
    }
    // Severities rank from 0 up in ActivityKeys::barrierSeverities() order, and a
    // key that this version does not know ranks last.
    QString rank = QStringLiteral("CASE severity");
    const QStringList severities = ActivityKeys::barrierSeverities();
    for (qsizetype index = 0; index < severities.size(); ++index) {
        rank += QStringLiteral(" WHEN ? THEN %1").arg(index);
        statement.values.append(severities.at(index));
    }
    rank += QStringLiteral(" ELSE -1 END");
    statement.values << limit << offset;
    auto rows = d().records(QStringLiteral("SELECT * FROM barriers") + statement.where
                                + QStringLiteral(" ORDER BY ") + rank
                                + QStringLiteral(" DESC, sort_title, id LIMIT ? OFFSET ?"),
                            statement.values);
    if (!rows) {
        return rows.error();
    }
    QList<Barrier> barriers;
    barriers.reserve(rows->size());
    for (const QSqlRecord &row : *rows) {
        barriers.append(readBarrier(row));
    }
    return barriers;
}

Result<QList<Workshop>> ActivityStore::workshopsBetween(const QDateTime &from,
                                                        const QDateTime &to) const
{
    auto rows = d().records(QStringLiteral("SELECT * FROM workshops WHERE deleted = 0 "
                                           "AND start_at < ? AND ")
                                + workshopEndsAfterSql() + QStringLiteral(" ORDER BY start_at, id"),
                            {timestampText(to), timestampText(from), timestampText(from)});
    if (!rows) {
        return rows.error();
    }
    QList<Workshop> workshops;
    for (const QSqlRecord &row : *rows) {
        workshops.append(readWorkshop(row));
    }
    return workshops;
}

Result<QList<Residency>> ActivityStore::residenciesBetween(QDate from, QDate to) const
{
    auto rows = d().records(QStringLiteral("SELECT * FROM residencies WHERE deleted = 0 "
                                           "AND start_date <= ? AND end_date >= ? "
                                           "ORDER BY start_date, id"),
                            {dateValue(to), dateValue(from)});
    if (!rows) {
        return rows.error();
    }
    QList<Residency> residencies;
    for (const QSqlRecord &row : *rows) {
        residencies.append(readResidency(row));
    }
    return residencies;
}

// --- Resource files ----------------------------------------------------------

Result<ResourceFile> ActivityStore::attachResourceFile(const QString &resourceId,
                                                       const QString &fileName,
                                                       const QString &mimeType,
                                                       const QByteArray &data)
{
    if (auto tooLarge = checkResourceFileSize(fileName, data.size())) {
        return Error{tooLarge->message, fileName};
    }
    ResourceFile file{
        fileName,
        mimeType,
        data.size(),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())};
    return transact(db(), [&]() -> Result<ResourceFile> {
        const QString now = timestampText(QDateTime::currentDateTimeUtc());
        auto updated = d().execute(
            QStringLiteral("UPDATE resources SET file_name = ?, file_mime_type = ?, file_size = ?, "
                           "file_sha256 = ?, updated_at = ")
                + nextUpdatedAtSql()
                + QStringLiteral(", updated_by = ?, dirty = 1 WHERE id = ? AND deleted = 0"),
            {file.name, file.mimeType, file.size, file.sha256, now, db().author(), resourceId});
        if (!updated) {
            return updated.error();
        }
        if (*updated == 0) {
            return Error{Text::tr("The resource with id %1 was not found or is deleted, so the "
                                  "file \"%2\" was not attached. Reload the list.")
                             .arg(resourceId, fileName),
                         resourceId};
        }
        auto stored = d().execute(QStringLiteral("INSERT INTO resource_files (resource_id, data) "
                                                 "VALUES (?, coalesce(?, zeroblob(0))) "
                                                 "ON CONFLICT (resource_id) DO "
                                                 "UPDATE SET data = excluded.data"),
                                  {resourceId, data});
        if (!stored) {
            return stored.error();
        }
        d().queueChange(RecordKind::Resource, resourceId);
        return file;
    });
}

Result<void> ActivityStore::detachResourceFile(const QString &resourceId)
{
    return transact(db(), [&]() -> Result<void> {
        const QString now = timestampText(QDateTime::currentDateTimeUtc());
        auto updated = d().execute(
            QStringLiteral("UPDATE resources SET file_name = NULL, file_mime_type = NULL, "
                           "file_size = NULL, file_sha256 = NULL, updated_at = ")
                + nextUpdatedAtSql()
                + QStringLiteral(", updated_by = ?, dirty = 1 WHERE id = ? AND deleted = 0"),
            {now, db().author(), resourceId});
        if (!updated) {
            return updated.error();
        }
        if (*updated == 0) {
            return Error{Text::tr("The resource with id %1 was not found or is deleted. Reload "
                                  "the list.")
                             .arg(resourceId),
                         resourceId};
        }
        auto removed = d().execute(
            QStringLiteral("DELETE FROM resource_files WHERE resource_id = ?"), {resourceId});
        if (!removed) {
            return removed.error();
        }
        d().queueChange(RecordKind::Resource, resourceId);
        return {};
    });
}

Result<QByteArray> ActivityStore::resourceFileData(const QString &resourceId) const
{
    auto data = d().scalar(QStringLiteral("SELECT data FROM resource_files WHERE resource_id = ?"),
                           {resourceId});
    if (!data) {
        return data.error();
    }
    return data->toByteArray();
}

} // namespace CoopAtlas::Core
