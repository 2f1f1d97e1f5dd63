// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncStore: records that a pull inserts many at a time.
#include "syncstore.h"

#include <core/logging.h>
#include <core/storage/syncstore_p.h>

#include <QLibrary>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace CoopAtlas::Core {

using namespace SyncStoreText;

namespace {

// Result codes and destructor value of sqlite3.h.
constexpr int SqliteOk = 0;
constexpr int SqliteDone = 101;
using SqliteDestructor = void (*)(void *);
// SQLITE_STATIC: the bound text stays valid until the statement has run.
constexpr SqliteDestructor SqliteStatic = nullptr;
// SQLITE_MAX_VARIABLE_NUMBER of SQLite 3.32 and later, when not set at compile time.
constexpr qsizetype MaxBoundValues = 32766;

/// The C functions of the SQLite library that the QSQLITE driver uses,
/// resolved at run time as Database::setCancelFlag() does, so that the build
/// needs no SQLite headers. Each is null when it was not found.
struct SqliteFunctions
{
    int (*prepare)(void *, const char *, int, void **, const char **) = nullptr;
    int (*bindText16)(void *, int, const void *, int, SqliteDestructor) = nullptr;
    int (*bindInt64)(void *, int, qint64) = nullptr;
    int (*bindNull)(void *, int) = nullptr;
    int (*step)(void *) = nullptr;
    int (*reset)(void *) = nullptr;
    int (*clearBindings)(void *) = nullptr;
    int (*finalize)(void *) = nullptr;
    int (*extendedErrorCode)(void *) = nullptr;
    const char *(*errorMessage)(void *) = nullptr;

    [[nodiscard]] bool isComplete() const
    {
        return prepare && bindText16 && bindInt64 && bindNull && step && reset && clearBindings
               && finalize && extendedErrorCode && errorMessage;
    }
};

template <typename Function> void resolveSqlite(Function &function, const char *name)
{
    function = reinterpret_cast<Function>(QLibrary::resolve(QStringLiteral("sqlite3"), 0, name));
}

const SqliteFunctions &sqliteFunctions()
{
    static const SqliteFunctions functions = [] {
        SqliteFunctions resolved;
        resolveSqlite(resolved.prepare, "sqlite3_prepare_v2");
        resolveSqlite(resolved.bindText16, "sqlite3_bind_text16");
        resolveSqlite(resolved.bindInt64, "sqlite3_bind_int64");
        resolveSqlite(resolved.bindNull, "sqlite3_bind_null");
        resolveSqlite(resolved.step, "sqlite3_step");
        resolveSqlite(resolved.reset, "sqlite3_reset");
        resolveSqlite(resolved.clearBindings, "sqlite3_clear_bindings");
        resolveSqlite(resolved.finalize, "sqlite3_finalize");
        resolveSqlite(resolved.extendedErrorCode, "sqlite3_extended_errcode");
        resolveSqlite(resolved.errorMessage, "sqlite3_errmsg");
        if (!resolved.isComplete()) {
            qCWarning(lcSync) << "The SQLite functions of the QSQLITE driver were not found, so "
                                 "pulled rows are bound through QtSql";
        }
        return resolved;
    }();
    return functions;
}

/// Binds `value` to parameter `index` (from 1) as QSQLITE would: null, an
/// integer or a UTF-16 text. Returns false for other types, such as bytes.
bool bindValue(void *statement, int index, const QVariant &value)
{
    const SqliteFunctions &sqlite = sqliteFunctions();
    if (value.isNull()) {
        return sqlite.bindNull(statement, index) == SqliteOk;
    }
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.isNull()) {
            return sqlite.bindNull(statement, index) == SqliteOk;
        }
        return sqlite.bindText16(statement,
                                 index,
                                 text.constData(),
                                 static_cast<int>(text.size() * 2),
                                 SqliteStatic)
               == SqliteOk;
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite.bindInt64(statement, index, value.toLongLong()) == SqliteOk;
    default:
        return false;
    }
}

/// The error of the last failed call on `connection`, worded as SyncStore
/// words a failed QtSql statement.
Error statementError(void *connection, const QString &sql, const QString &path)
{
    const SqliteFunctions &sqlite = sqliteFunctions();
    const QSqlError failure(QString(),
                            QString::fromUtf8(sqlite.errorMessage(connection)),
                            QSqlError::StatementError,
                            QString::number(sqlite.extendedErrorCode(connection)));
    qCWarning(lcSync) << "Statement failed:" << failure.text() << sql.left(120);
    return Error{SyncStoreMessages::tr("A database statement failed. %1")
                     .arg(Database::describeError(failure)),
                 path};
}

} // namespace

/// Statements prepared on the connection's SQLite handle, by SQL text. An
/// INSERT of n rows binds n times as many values, so each row count is its own
/// statement, and only the MaxStatements used last are kept.
struct SyncStore::DirectStatements
{
    static constexpr qsizetype MaxStatements = 8;

    void *connection = nullptr;
    QHash<QString, void *> statements;
    /// SQL texts of `statements`, the one used last at the end.
    QStringList recentlyUsed;

    DirectStatements() = default;
    DirectStatements(const DirectStatements &) = delete;
    DirectStatements &operator=(const DirectStatements &) = delete;
    ~DirectStatements()
    {
        for (void *statement : std::as_const(statements)) {
            sqliteFunctions().finalize(statement);
        }
    }

    /// Marks `sql` as used last, and finalizes the statements used least
    /// recently beyond MaxStatements.
    void markUsed(const QString &sql)
    {
        recentlyUsed.removeOne(sql);
        recentlyUsed.append(sql);
        while (recentlyUsed.size() > MaxStatements) {
            const QString oldest = recentlyUsed.takeFirst();
            if (void *statement = statements.take(oldest)) {
                sqliteFunctions().finalize(statement);
            }
        }
    }
};

Result<int> SyncStore::checkpointPages()
{
    auto found = rows(QStringLiteral("PRAGMA wal_autocheckpoint"), {});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? 0 : found->constFirst().value(0).toInt();
}

Result<void> SyncStore::setCheckpointPages(int pages)
{
    // PRAGMA takes no bound values, and the number is formatted by the code.
    return execute(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(qMax(0, pages)), {});
}

Result<QSet<QString>> SyncStore::existingRecordIds(RecordKind kind, const QStringList &ids)
{
    // Every query has ExistenceQueryIds parameters, the last ones repeating an
    // id, so that one prepared statement serves every chunk.
    const QString sql = QStringLiteral("SELECT id FROM ") + tableOf(kind)
                        + QStringLiteral(" WHERE id IN (?")
                        + QStringLiteral(", ?").repeated(ExistenceQueryIds - 1) + QLatin1Char(')');
    QSet<QString> existing;
    for (qsizetype start = 0; start < ids.size(); start += ExistenceQueryIds) {
        QVariantList values;
        values.reserve(ExistenceQueryIds);
        for (qsizetype i = start; i < start + ExistenceQueryIds; ++i) {
            values.append(ids.at(qMin(i, ids.size() - 1)));
        }
        auto found = rows(sql, values);
        if (!found) {
            return found.error();
        }
        for (const QSqlRecord &record : std::as_const(*found)) {
            existing.insert(record.value(0).toString());
        }
    }
    return existing;
}

Result<bool> SyncStore::insertRemoteBatch(const QList<QJsonObject> &documents,
                                          const QList<QByteArray> &texts)
{
    if (documents.isEmpty()) {
        return true;
    }
    const bool hasTexts = texts.size() == documents.size();
    QList<SyncDocumentRow> batch;
    batch.reserve(documents.size());
    for (qsizetype index = 0; index < documents.size(); ++index) {
        const QJsonObject &document = documents.at(index);
        auto decoded = DocumentCodec::decode(document);
        if (!decoded) {
            return false;
        }
        auto row = documentRow(*decoded,
                               false,
                               document,
                               document.value(QLatin1String("_rev")).toString(),
                               hasTexts ? texts.at(index) : QByteArray());
        if (!row) {
            return row.error();
        }
        if (!batch.isEmpty()
            && (row->kind != batch.first().kind || row->names != batch.first().names)) {
            return false;
        }
        batch.append(std::move(*row));
    }
    // Each statement binds one value per column and row, and SQLite 3.32 and
    // later accept at most 32,766 bound values per statement by default.
    const qsizetype rowsPerStatement
        = qMin<qsizetype>(InsertBatchRows, MaxBoundValues / (batch.first().names.size() + 1));
    for (qsizetype start = 0; start < batch.size(); start += rowsPerStatement) {
        if (auto inserted = insertRows(batch.first().kind, batch.mid(start, rowsPerStatement));
            !inserted) {
            return inserted.error();
        }
    }
    if (batch.first().displayName.isNull()) {
        return true;
    }
    if (auto updated = updateLinkEndsOf(batch); !updated) {
        return updated.error();
    }
    return true;
}

/// Inserts rows with the same columns in one statement. Plain INSERT, never
/// INSERT OR REPLACE, because the row count triggers would not see the
/// implicit delete.
Result<void> SyncStore::insertRows(RecordKind kind, const QList<SyncDocumentRow> &batch)
{
    const QStringList &names = batch.first().names;
    const QString placeholders
        = QStringLiteral("(?") + QStringLiteral(", ?").repeated(names.size()) + QLatin1Char(')');
    QStringList tuples;
    tuples.fill(placeholders, batch.size());
    const QString sql = QStringLiteral("INSERT INTO %1 (%2, id) VALUES %3")
                            .arg(tableOf(kind),
                                 names.join(QStringLiteral(", ")),
                                 tuples.join(QStringLiteral(", ")));
    auto direct = insertRowsDirectly(sql, batch);
    if (!direct || *direct) {
        return !direct ? Result<void>(Error{direct.error().message,
                                            DocumentCodec::documentId(kind, batch.first().id)
                                                + QStringLiteral(" ...")})
                       : Result<void>();
    }
    QVariantList values;
    values.reserve(batch.size() * (names.size() + 1));
    for (const SyncDocumentRow &row : batch) {
        values += row.values;
    }
    auto written = execute(sql, values);
    // Such a statement serves one row count only, so it is not kept prepared.
    m_statements.remove(sql);
    if (!written) {
        return Error{written.error().message,
                     DocumentCodec::documentId(kind, batch.first().id) + QStringLiteral(" ...")};
    }
    return {};
}

/// Runs `sql` with the values of `batch` bound through SQLite's C functions,
/// because QtSql spends more time binding thousands of values one by one than
/// SQLite spends inserting them. Returns false without writing when those
/// functions are missing or a value has a type that bindValue() rejects, so
/// that the caller binds through QtSql.
Result<bool> SyncStore::insertRowsDirectly(const QString &sql, const QList<SyncDocumentRow> &batch)
{
    const SqliteFunctions &sqlite = sqliteFunctions();
    const QVariant handle = m_db.connection().driver()->handle();
    if (!sqlite.isComplete() || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return false;
    }
    void *connection = *static_cast<void *const *>(handle.constData());
    if (!m_directStatements || m_directStatements->connection != connection) {
        m_directStatements = std::make_shared<DirectStatements>();
        m_directStatements->connection = connection;
    }
    m_directStatements->markUsed(sql);
    void *&statement = m_directStatements->statements[sql];
    if (!statement) {
        const QByteArray text = sql.toUtf8();
        if (sqlite.prepare(connection, text.constData(), int(text.size()), &statement, nullptr)
            != SqliteOk) {
            m_directStatements->statements.remove(sql);
            m_directStatements->recentlyUsed.removeOne(sql);
            return statementError(connection, sql, m_db.path());
        }
    }
    int index = 1;
    for (const SyncDocumentRow &row : batch) {
        for (const QVariant &value : row.values) {
            if (!bindValue(statement, index++, value)) {
                sqlite.clearBindings(statement);
                return false;
            }
        }
    }
    std::optional<Error> failure;
    if (sqlite.step(statement) != SqliteDone) {
        failure = statementError(connection, sql, m_db.path());
    }
    sqlite.reset(statement);
    sqlite.clearBindings(statement);
    if (failure) {
        return *failure;
    }
    return true;
}

/// Writes the names of newly inserted organisations or people into the links
/// that already refer to them, such as a link pulled before its organisation.
Result<void> SyncStore::updateLinkEndsOf(const QList<SyncDocumentRow> &batch)
{
    QHash<QString, QString> names;
    for (const SyncDocumentRow &row : batch) {
        names.insert(row.id, row.displayName);
    }
    // As in existingRecordIds(), every query has ExistenceQueryIds ids, the
    // last ones repeated, so that one prepared statement serves every chunk.
    const QString list
        = QStringLiteral("?") + QStringLiteral(", ?").repeated(ExistenceQueryIds - 1);
    const QString sql = QStringLiteral("SELECT from_id FROM links WHERE from_id IN (%1) "
                                       "UNION SELECT to_id FROM links WHERE to_id IN (%1)")
                            .arg(list);
    for (qsizetype start = 0; start < batch.size(); start += ExistenceQueryIds) {
        QVariantList ids;
        ids.reserve(ExistenceQueryIds);
        for (qsizetype i = start; i < start + ExistenceQueryIds; ++i) {
            ids.append(batch.at(qMin(i, batch.size() - 1)).id);
        }
        auto linked = rows(sql, ids + ids);
        if (!linked) {
            return linked.error();
        }
        for (const QSqlRecord &record : *linked) {
            const QString id = record.value(0).toString();
            if (auto updated = updateLinkEnds(id, names.value(id)); !updated) {
                return updated;
            }
        }
    }
    return {};
}

} // namespace CoopAtlas::Core
