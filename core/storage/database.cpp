// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace CoopAtlas::Core {

namespace {

class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("coopatlas-db-%1").arg(++counter);
}

/// Runs a statement that returns one value, such as a PRAGMA.
Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return Error{Database::describeError(query.lastError()), sql};
    }
    return query.value(0);
}

Result<void> execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Error{Database::describeError(query.lastError()), sql};
    }
    return {};
}

/// `text` without the full stops at its end, so that it can be put in a sentence.
QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}

/// True for the extended SQLite I/O result codes of a failed write (sqlite3.h:
/// SQLITE_IOERR_WRITE, _FSYNC, _TRUNCATE, _SHMOPEN, _SHMSIZE, _SHMMAP). The
/// QSQLITE driver may report only the primary code, SQLITE_IOERR (10).
bool isWriteIoError(int code)
{
    constexpr int IoError = 10;
    for (const int extended : {3, 4, 6, 18, 19, 21}) {
        if (code == (IoError | (extended << 8))) {
            return true;
        }
    }
    return false;
}

using ProgressCallback = int (*)(void *);
using ProgressHandlerFunction = void (*)(void *, int, ProgressCallback, void *);

/// sqlite3_progress_handler() of the SQLite library that the QSQLITE driver
/// uses, or nullptr. It is resolved at run time, so the build needs no SQLite
/// headers. On Debian 12 the driver links the system libsqlite3.so.0, which
/// this resolves to the same loaded library.
ProgressHandlerFunction progressHandlerFunction()
{
    static const auto function = reinterpret_cast<ProgressHandlerFunction>(
        QLibrary::resolve(QStringLiteral("sqlite3"), 0, "sqlite3_progress_handler"));
    return function;
}

/// Progress handler: a non-zero return makes SQLite stop the statement.
int isCancelled(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

/// VM instructions between two checks of the cancel flag.
constexpr int CancelCheckInterval = 1000;

/// Store files that a Database of this process has open (or is opening),
/// with the number of such connections, by canonical path. While a file is
/// listed, nothing may open and close another descriptor on it: on POSIX
/// systems closing any descriptor of a file drops every lock the process
/// holds on it, including the locks that SQLite relies on.
class OpenFiles
{
public:
    /// Adds one connection to `key`. For the first one, `check` runs while the
    /// mutex is held, so no other thread can open the file through SQLite
    /// meanwhile, and a failed check removes the connection again.
    Result<void> acquire(const QString &key, const std::function<Result<void>()> &check)
    {
        const QMutexLocker locker(&m_mutex);
        if (++m_counts[key] > 1) {
            return {};
        }
        auto checked = check();
        if (!checked) {
            m_counts.remove(key);
        }
        return checked;
    }

    void release(const QString &key)
    {
        const QMutexLocker locker(&m_mutex);
        auto it = m_counts.find(key);
        if (it != m_counts.end() && --it.value() <= 0) {
            m_counts.erase(it);
        }
    }

private:
    QMutex m_mutex;
    QHash<QString, int> m_counts;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

/// The key of `path` in OpenFiles: the canonical path of the file, or of its
/// folder followed by the file name when the file does not exist yet.
QString openFileKey(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

Database::~Database()
{
    if (m_transactionDepth > 0) {
        qCWarning(lcDb) << "Closing" << m_path << "with an open transaction; it is rolled back";
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
            qCInfo(lcDb) << "Closed" << m_path;
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_openFileKey.isEmpty()) {
        openFiles().release(m_openFileKey);
    }
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, schemaMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 const QList<Migration> &migrations)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = nextConnectionName();
    if (auto checked = db->checkFileOnce(); !checked) {
        qCWarning(lcDb) << "Rejected" << path << checked.error().message;
        return checked.error();
    }

    if (auto writable = checkWritable(path); !writable) {
        qCWarning(lcDb) << "Rejected" << path << writable.error().message;
        return writable.error();
    }

    QSqlDatabase connection
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open()) {
        const QString reason = describeError(connection.lastError());
        qCWarning(lcDb) << "Could not open" << path << connection.lastError().text();
        return Error{DatabaseText::tr("Could not open the data file. %1").arg(reason), path};
    }
    const int latestVersion = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (auto checked = db->checkContents(latestVersion); !checked) {
        qCWarning(lcDb) << "Rejected" << path << checked.error().message;
        return checked.error();
    }
    if (auto configured = db->configure(); !configured) {
        qCWarning(lcDb) << "Rejected" << path << configured.error().message;
        return configured.error();
    }
    if (auto migrated = db->migrate(migrations); !migrated) {
        return migrated.error();
    }
    qCInfo(lcDb) << "Opened" << path << "at schema version" << db->schemaVersion()
                 << (db->m_isNew ? "(new file)" : "");
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    if (auto exists = checkExistingFile(path); !exists) {
        qCWarning(lcDb) << "Rejected" << path << exists.error().message;
        return exists.error();
    }
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = nextConnectionName();
    if (auto checked = db->checkFileOnce(); !checked) {
        qCWarning(lcDb) << "Rejected" << path << checked.error().message;
        return checked.error();
    }
    QSqlDatabase connection
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    // A WAL file needs its -shm file: in a read-only folder without a -wal file no
    // writer can exist, so the file is read as immutable and no -shm is created.
    const QFileInfo info(path);
    const bool immutable = !QFileInfo(info.absolutePath()).isWritable()
                           && !QFileInfo::exists(path + QStringLiteral("-wal"));
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
    QString name = path;
    if (immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        name = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
               + QStringLiteral("?immutable=1");
    }
    connection.setDatabaseName(name);
    connection.setConnectOptions(options);
    if (!connection.open()) {
        const QString reason = describeError(connection.lastError());
        qCWarning(lcDb) << "Could not open" << path << connection.lastError().text();
        return Error{DatabaseText::tr("Could not open the data file. %1").arg(reason), path};
    }
    if (auto checked = db->checkContents(latestSchemaVersion()); !checked) {
        qCWarning(lcDb) << "Rejected" << path << checked.error().message;
        return checked.error();
    }
    if (auto checked = db->checkReadOnlyVersion(); !checked) {
        qCWarning(lcDb) << "Rejected" << path << checked.error().message;
        return checked.error();
    }
    qCInfo(lcDb) << "Opened" << path << "read-only at schema version" << db->schemaVersion();
    return db;
}

Result<void> Database::checkExistingFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty()) {
        return Error{DatabaseText::tr("No data file was given. Give an existing CoopAtlas file."),
                     QString()};
    }
    if (!info.exists()) {
        return Error{DatabaseText::tr("The file is missing, not a CoopAtlas file. Give an "
                                      "existing CoopAtlas file."),
                     path};
    }
    if (info.isFile() && info.size() == 0) {
        return Error{DatabaseText::tr("The file is empty, not a CoopAtlas file. Give an existing "
                                      "CoopAtlas file."),
                     path};
    }
    return {};
}

Result<void> Database::checkReadOnlyVersion()
{
    const int version = schemaVersion();
    if (m_isNew || version <= 0) {
        return Error{DatabaseText::tr("The file has no CoopAtlas tables, so it is not a CoopAtlas "
                                      "file. Give an existing CoopAtlas file."),
                     m_path};
    }
    if (version < latestSchemaVersion()) {
        return Error{DatabaseText::tr("This file uses data format version %1, and this command "
                                      "reads only version %2 without changing the file. Open it "
                                      "once in the CoopAtlas window, or run a command that writes "
                                      "(such as import or sync), to upgrade it; then try again.")
                         .arg(version)
                         .arg(latestSchemaVersion()),
                     m_path};
    }
    return {};
}

Result<void> Database::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable()) {
        return Error{
            DatabaseText::tr("The data file is read-only, so CoopAtlas cannot save changes in it. "
                             "Make it writable or open a copy."),
            path};
    }
    // SQLite creates the -wal and -shm files next to the data file.
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isWritable()) {
        return Error{
            DatabaseText::tr("The folder %1 is read-only, so CoopAtlas cannot create the -wal and "
                             "-shm files that SQLite keeps next to the data file. Make the folder "
                             "writable, or copy the file to a writable folder and open the copy.")
                .arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
            path};
    }
    return {};
}

QString Database::describeError(const QSqlError &error)
{
    // QSQLITE puts the SQLite result code in nativeErrorCode(). The low byte is
    // the primary code also when the driver reports an extended one.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    const QString sqliteText
        = withoutFinalStop(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    if (!isNumber) {
        return sqliteText + u'.';
    }
    switch (code) {
    case SqliteReadOnly:
        return DatabaseText::tr(
                   "The data file or its folder is read-only (SQLite reports \"%1\"). Make the "
                   "file and its folder writable, or open a copy in a writable folder.")
            .arg(sqliteText);
    case SqliteFull:
        return DatabaseText::tr(
            "The disk is full, so the change could not be written. Free disk space and "
            "try again.");
    case SqliteIoError:
        // SQLite also writes the -wal and -shm files next to the data file when it only reads.
        return isWriteIoError(error.nativeErrorCode().toInt())
                   ? DatabaseText::tr("Writing the data file or the -wal and -shm files next to "
                                      "it failed (SQLite reports \"%1\"). Check that the disk "
                                      "is not full, that no file size limit applies and that "
                                      "you may write to the folder.")
                         .arg(sqliteText)
                   : DatabaseText::tr("Reading or writing the data file or the -wal and -shm "
                                      "files next to it failed (SQLite reports \"%1\"). Check "
                                      "that the disk is not full, that no file size limit "
                                      "applies and that you may write to the folder.")
                         .arg(sqliteText);
    case SqlitePermission:
    case SqliteCannotOpen:
        return DatabaseText::tr(
                   "The data file could not be opened (SQLite reports \"%1\"). Check that the "
                   "file and its folder exist and that you may read and write them.")
            .arg(sqliteText);
    case SqliteBusy:
    case SqliteLocked:
        return DatabaseText::tr(
                   "The data file is locked by another program (SQLite reports \"%1\"). Wait "
                   "until that program is done with it, then try again.")
            .arg(sqliteText);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return DatabaseText::tr(
                   "The data file is damaged or is not an SQLite database (SQLite reports "
                   "\"%1\"). Open a backup copy of the file.")
            .arg(sqliteText);
    default:
        return sqliteText + u'.';
    }
}

Result<void> Database::checkFileOnce()
{
    // When another connection of this process has the file open, its header was
    // checked then, and reading it again here would drop that connection's locks.
    const QString key = openFileKey(m_path);
    auto checked = openFiles().acquire(key, [this] { return checkFile(); });
    if (checked) {
        m_openFileKey = key;
    }
    return checked;
}

Result<void> Database::checkFile() const
{
    const QFileInfo info(m_path);
    if (info.isDir()) {
        return Error{
            DatabaseText::tr("This is a folder, not a CoopAtlas data file. Choose a file."),
            m_path};
    }
    if (!info.exists() || info.size() == 0) {
        return {};
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{DatabaseText::tr("Could not read the data file: %1.").arg(file.errorString()),
                     m_path};
    }
    // Every SQLite 3 file starts with this 16-byte header string.
    static const QByteArray Magic("SQLite format 3\0", 16);
    if (file.read(Magic.size()) != Magic) {
        return Error{DatabaseText::tr(
                         "This file is not a CoopAtlas data file (it is not an SQLite "
                         "database) and was left unchanged. Choose a CoopAtlas file (.coopatlas "
                         "or .sqlite)."),
                     m_path};
    }
    return {};
}

Result<void> Database::checkContents(int latestVersion)
{
    // Read-only checks: a rejected file must stay byte-identical.
    const QSqlDatabase db = connection();
    const auto applicationId = queryValue(db, QStringLiteral("PRAGMA application_id"));
    const auto version = queryValue(db, QStringLiteral("PRAGMA user_version"));
    const auto tables = queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!applicationId || !version || !tables) {
        const Error &failed = !applicationId ? applicationId.error()
                              : !version     ? version.error()
                                             : tables.error();
        return Error{DatabaseText::tr("Could not open the data file. %1").arg(failed.message),
                     m_path};
    }
    const int appId = applicationId->toInt();
    const bool foreign = appId != CoopAtlasApplicationId && (appId != 0 || tables->toInt() > 0);
    if (foreign) {
        return Error{
            DatabaseText::tr("This SQLite database belongs to another application and was left "
                             "unchanged. Choose a CoopAtlas data file."),
            m_path};
    }
    if (version->toInt() > latestVersion) {
        return Error{
            DatabaseText::tr("This file uses data format version %1, but this version of CoopAtlas "
                             "reads only up to version %2. The file was left unchanged. Update "
                             "CoopAtlas to open it.")
                .arg(version->toInt())
                .arg(latestVersion),
            m_path};
    }
    m_isNew = tables->toInt() == 0;
    return {};
}

Result<void> Database::configure()
{
    const QSqlDatabase db = connection();
    const auto journal = queryValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal) {
        return Error{DatabaseText::tr("Could not switch the data file to write-ahead logging. %1")
                         .arg(journal.error().message),
                     m_path};
    }
    if (journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{DatabaseText::tr(
                         "Could not switch the data file to write-ahead logging. Check that you "
                         "may write to the file and its folder."),
                     m_path};
    }
    for (const auto &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                               QStringLiteral("PRAGMA synchronous = NORMAL"),
                               QStringLiteral("PRAGMA busy_timeout = 5000"),
                               // 32 MiB of page cache instead of the default 2 MiB,
                               // because bulk imports touch many index pages per row.
                               QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (auto done = execute(db, pragma); !done) {
            return Error{
                DatabaseText::tr("Could not configure the data file. %1").arg(done.error().message),
                m_path};
        }
    }
    return {};
}

Result<void> Database::migrate(const QList<Migration> &migrations)
{
    const int from = schemaVersion();
    const int to = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (from >= to) {
        return {};
    }
    qCInfo(lcDb) << "Migrating" << m_path << "from schema version" << from << "to" << to;
    Transaction transaction(*this);
    if (!transaction.isActive()) {
        return Error{DatabaseText::tr(
                         "Could not upgrade the data file: %1. Close other programs that use it "
                         "and try again.")
                         .arg(withoutFinalStop(transaction.beginError().message)),
                     m_path};
    }
    QSqlDatabase db = connection();
    for (const Migration &step : migrations) {
        if (step.version <= from) {
            continue;
        }
        qCInfo(lcDb) << "Applying schema step" << step.version << step.description;
        auto applied = step.apply(db);
        if (applied) {
            applied = execute(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        }
        if (applied) {
            // Marks the file as a CoopAtlas store, so that later opens can tell it
            // from the SQLite files of other applications.
            applied = execute(
                db, QStringLiteral("PRAGMA application_id = %1").arg(CoopAtlasApplicationId));
        }
        if (!applied) {
            qCWarning(lcDb) << "Schema step" << step.version << "failed on" << m_path
                            << applied.error().text();
            return Error{
                DatabaseText::tr("Could not upgrade the data file from version %1 to %2: step %3 "
                                 "failed (%4). The file was left at version %1.")
                    .arg(from)
                    .arg(to)
                    .arg(step.version)
                    .arg(applied.error().text()),
                m_path};
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return Error{DatabaseText::tr("Could not save the upgraded data file: %1.")
                         .arg(withoutFinalStop(committed.error().message)),
                     m_path};
    }
    return {};
}

bool Database::setCancelFlag(std::shared_ptr<const std::atomic_bool> flag)
{
    const QVariant handle = connection().driver()->handle();
    const ProgressHandlerFunction setHandler = progressHandlerFunction();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !setHandler) {
        qCWarning(lcDb) << "Cannot watch a cancel flag on" << m_path
                        << "because the SQLite library of the QSQLITE driver was not found";
        return false;
    }
    void *sqlite = *static_cast<void *const *>(handle.constData());
    if (flag) {
        // The flag is kept in m_cancelFlag, so it outlives the handler's use of it.
        setHandler(
            sqlite, CancelCheckInterval, isCancelled, const_cast<std::atomic_bool *>(flag.get()));
    } else {
        setHandler(sqlite, 0, nullptr, nullptr);
    }
    m_cancelFlag = std::move(flag);
    return true;
}

int Database::schemaVersion() const
{
    const auto version = queryValue(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::finishTransaction(bool committed)
{
    if (m_transactionFinished) {
        m_transactionFinished(committed);
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    const bool nested = m_db.m_transactionDepth > 0;
    m_savepoint = QStringLiteral("coopatlas_%1").arg(m_db.m_transactionDepth);
    const QString sql
        = nested ? QStringLiteral("SAVEPOINT ") + m_savepoint : QStringLiteral("BEGIN IMMEDIATE");
    if (auto begun = execute(m_db.connection(), sql); !begun) {
        m_beginError = begun.error();
        qCWarning(lcDb) << "Could not begin a transaction on" << m_db.path()
                        << m_beginError.message;
        return;
    }
    ++m_db.m_transactionDepth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active || m_done) {
        return;
    }
    const bool outermost = m_db.m_transactionDepth == 1;
    const QStringList statements = outermost
                                       ? QStringList{QStringLiteral("ROLLBACK")}
                                       : QStringList{QStringLiteral("ROLLBACK TO ") + m_savepoint,
                                                     QStringLiteral("RELEASE ") + m_savepoint};
    for (const QString &sql : statements) {
        if (auto done = execute(m_db.connection(), sql); !done) {
            qCWarning(lcDb) << "Rollback failed on" << m_db.path() << done.error().message;
        }
    }
    --m_db.m_transactionDepth;
    if (outermost) {
        m_db.finishTransaction(false);
    }
}

Result<void> Transaction::commit()
{
    if (!m_active || m_done) {
        return Error{
            DatabaseText::tr("The transaction is not active, so there is nothing to commit."),
            m_db.path()};
    }
    Q_ASSERT(m_db.m_transactionDepth > 0);
    const bool outermost = m_db.m_transactionDepth == 1;
    const QString sql
        = outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (auto done = execute(m_db.connection(), sql); !done) {
        qCWarning(lcDb) << "Commit failed on" << m_db.path() << done.error().message;
        return Error{DatabaseText::tr("Could not save the changes: %1.")
                         .arg(withoutFinalStop(done.error().message)),
                     m_db.path()};
    }
    m_done = true;
    --m_db.m_transactionDepth;
    if (outermost) {
        m_db.finishTransaction(true);
    }
    return {};
}

} // namespace CoopAtlas::Core
