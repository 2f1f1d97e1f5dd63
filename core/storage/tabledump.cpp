// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tabledump.h"

#include <core/logging.h>
#include <core/storage/database.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

class TableDumpText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::TableDump)
};

/// Suffixes of the shadow tables that FTS5 creates for a virtual table.
const QStringList &fts5ShadowSuffixes()
{
    static const QStringList suffixes{QStringLiteral("_data"),
                                      QStringLiteral("_idx"),
                                      QStringLiteral("_content"),
                                      QStringLiteral("_docsize"),
                                      QStringLiteral("_config")};
    return suffixes;
}

Error queryError(const QSqlQuery &query, const QString &table)
{
    qCWarning(lcDb) << "Table dump query failed on" << table << query.lastError().text();
    return Error{Database::describeError(query.lastError()), table};
}

/// Tables that the body of a trigger that runs on INSERT inserts into, updates
/// or deletes from. A restore only inserts, so triggers that run on UPDATE or
/// DELETE, such as one that touches workshops when a taxonomy label changes,
/// never write during it.
QSet<QString> tablesWrittenByTriggers(const QStringList &triggerSql)
{
    static const QRegularExpression target(
        QStringLiteral("\\b(?:INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO|UPDATE(?:\\s+OR\\s+\\w+)?|"
                       "DELETE\\s+FROM)\\s+[\"`\\[]?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onInsert(QStringLiteral("\\bINSERT\\s+ON\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    QSet<QString> written;
    for (const QString &sql : triggerSql) {
        const auto start = begin.match(sql);
        if (!start.hasMatch()) {
            continue;
        }
        if (!onInsert.match(sql.left(start.capturedStart())).hasMatch()) {
            continue;
        }
        auto matches = target.globalMatch(sql, start.capturedEnd());
        while (matches.hasNext()) {
            written.insert(matches.next().captured(1));
        }
    }
    return written;
}

} // namespace

TableDump::TableDump(Database &db)
    : m_db(db)
{}

TableDump::~TableDump() = default;

QString TableDump::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<void> TableDump::readColumns(DumpTable &table) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("PRAGMA table_info(") + quoteIdentifier(table.name) + u')')) {
        return queryError(query, table.name);
    }
    table.columns.clear();
    table.types.clear();
    if (table.virtualTable) {
        table.columns.append(QStringLiteral("rowid"));
        table.types.append(QString());
    }
    while (query.next()) {
        table.columns.append(query.value(1).toString());
        table.types.append(query.value(2).toString().toUpper());
    }
    return {};
}

Result<QList<DumpTable>> TableDump::tables() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                   "WHERE type IN ('table', 'trigger') ORDER BY name"))) {
        return queryError(query, QStringLiteral("sqlite_master"));
    }
    QList<DumpTable> tables;
    QStringList virtualNames;
    QStringList triggers;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QString sql = query.value(2).toString();
        if (query.value(0).toString() == u"trigger") {
            triggers.append(sql);
            continue;
        }
        if (name.startsWith(QLatin1String("sqlite_"))) {
            continue;
        }
        DumpTable table;
        table.name = name;
        table.virtualTable = sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive);
        if (table.virtualTable) {
            virtualNames.append(name);
        }
        m_createSql.insert(name, sql);
        tables.append(table);
    }
    query.finish();
    const QSet<QString> derived = tablesWrittenByTriggers(triggers);
    QList<DumpTable> kept;
    for (DumpTable &table : tables) {
        const bool shadow = std::any_of(
            virtualNames.cbegin(), virtualNames.cend(), [&table](const QString &owner) {
                return fts5ShadowSuffixes().contains(table.name.mid(owner.size()))
                       && table.name.startsWith(owner) && table.name != owner;
            });
        if (shadow) {
            continue;
        }
        if (auto read = readColumns(table); !read) {
            return read.error();
        }
        table.derived = table.virtualTable || derived.contains(table.name);
        kept.append(table);
    }
    std::stable_partition(
        kept.begin(), kept.end(), [](const DumpTable &table) { return !table.derived; });
    return kept;
}

QString TableDump::orderClause(const DumpTable &table) const
{
    static const QRegularExpression withoutRowid(QStringLiteral("WITHOUT\\s+ROWID\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (!withoutRowid.match(m_createSql.value(table.name).trimmed()).hasMatch()) {
        return QStringLiteral(" ORDER BY rowid");
    }
    // Every column, so that the order is total even without knowing the primary key.
    QStringList columns;
    for (const QString &column : table.columns) {
        columns.append(quoteIdentifier(column));
    }
    return QStringLiteral(" ORDER BY ") + columns.join(QStringLiteral(", "));
}

Result<qint64> TableDump::rowCount(const DumpTable &table) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(table.name))
        || !query.next()) {
        return queryError(query, table.name);
    }
    return query.value(0).toLongLong();
}

Result<qint64>
TableDump::readRows(const DumpTable &table,
                    const std::function<Result<void>(const QVariantList &)> &handler) const
{
    QStringList columns;
    for (const QString &column : table.columns) {
        columns.append(column == u"rowid" && table.virtualTable ? column : quoteIdentifier(column));
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
                    + QStringLiteral(" FROM ") + quoteIdentifier(table.name)
                    + orderClause(table))) {
        return queryError(query, table.name);
    }
    qint64 rows = 0;
    QVariantList values;
    while (query.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i) {
            values.append(query.value(i));
        }
        if (auto handled = handler(values); !handled) {
            return handled.error();
        }
        ++rows;
    }
    if (query.lastError().isValid()) {
        return queryError(query, table.name);
    }
    return rows;
}

Result<void> TableDump::beginSnapshot()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("BEGIN DEFERRED"))) {
        return queryError(query, m_db.path());
    }
    return {};
}

void TableDump::endSnapshot()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcDb) << "Ending the read snapshot failed:" << query.lastError().text();
    }
}

Result<void> TableDump::clear(const DumpTable &table)
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM ") + quoteIdentifier(table.name))) {
        return queryError(query, table.name);
    }
    return {};
}

Result<void>
TableDump::insert(const DumpTable &table, const QStringList &columns, const QVariantList &values)
{
    const QString key = table.name + u'\n' + columns.join(u'\n');
    std::shared_ptr<QSqlQuery> &query = m_inserts[key];
    if (!query) {
        QStringList names;
        for (const QString &column : columns) {
            names.append(column == u"rowid" ? column : quoteIdentifier(column));
        }
        query = std::make_shared<QSqlQuery>(m_db.connection());
        const QString sql = QStringLiteral("INSERT INTO ") + quoteIdentifier(table.name)
                            + QStringLiteral(" (") + names.join(QStringLiteral(", "))
                            + QStringLiteral(") VALUES (")
                            + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
        if (!query->prepare(sql)) {
            auto error = queryError(*query, table.name);
            m_inserts.remove(key);
            return error;
        }
    }
    for (int i = 0; i < values.size(); ++i) {
        query->bindValue(i, values.at(i));
    }
    if (!query->exec()) {
        return Error{query->lastError().driverText().isEmpty() ? query->lastError().text()
                                                               : query->lastError().databaseText(),
                     table.name};
    }
    return {};
}

Result<void> TableDump::deferForeignKeys()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
        return queryError(query, m_db.path());
    }
    return {};
}

Result<QStringList> TableDump::foreignKeyViolations() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return queryError(query, m_db.path());
    }
    QStringList violations;
    while (query.next() && violations.size() < 20) {
        violations.append(TableDumpText::tr("table %1, rowid %2: refers to a missing row of %3")
                              .arg(query.value(0).toString(),
                                   query.value(1).toString(),
                                   query.value(2).toString()));
    }
    return violations;
}

} // namespace CoopAtlas::Core
