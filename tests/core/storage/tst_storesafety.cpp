// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace CoopAtlas::Core;

namespace {

/// Lines of /proc/locks that this process holds on the file at `path`.
QStringList ownLocksOn(const QString &path)
{
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return {};
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    // A line reads "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128": the pid,
    // then the device and inode of the locked file.
    const QString pid = QString::number(::getpid());
    const QString inodeSuffix = u':' + QString::number(status.st_ino);
    QStringList found;
    const QStringList lines = QString::fromLatin1(locks.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() >= 6 && fields.at(4) == pid && fields.at(5).endsWith(inodeSuffix)) {
            found.append(line);
        }
    }
    return found;
}

/// Runs statements through a separate connection that opens the file with the
/// given connect options, and returns the error of the last statement.
QSqlError
errorOfStatements(const QString &path, const QString &options, const QStringList &statements)
{
    QSqlError error;
    const QString name = QStringLiteral("store-safety-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open()) {
            error = db.lastError();
        }
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            query.exec(sql);
            error = query.lastError();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/// Sets or clears the immutable attribute of `path` with chattr, which makes a
/// file or folder read-only also for root. Returns false when chattr failed.
bool setImmutable(const QString &path, bool immutable)
{
    const QString chattr = QStandardPaths::findExecutable(QStringLiteral("chattr"));
    if (chattr.isEmpty()) {
        return false;
    }
    QProcess process;
    process.start(chattr, {immutable ? QStringLiteral("+i") : QStringLiteral("-i"), path});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

/// Clears the immutable attribute again when the test ends, also on failure.
class ImmutableGuard
{
public:
    explicit ImmutableGuard(QString path)
        : m_path(std::move(path))
        , m_set(setImmutable(m_path, true))
    {}
    ~ImmutableGuard()
    {
        if (m_set) {
            setImmutable(m_path, false);
        }
    }
    ImmutableGuard(const ImmutableGuard &) = delete;
    ImmutableGuard &operator=(const ImmutableGuard &) = delete;
    [[nodiscard]] bool isSet() const { return m_set; }

private:
    QString m_path;
    bool m_set;
};

Organisation named(const QString &name)
{
    Organisation org;
    org.name = name;
    return org;
}

} // namespace

class tst_StoreSafety : public QObject
{
    Q_OBJECT

private slots:
    void secondConnectionKeepsLocks();
    void otherProcessKeepsWriteAheadLog();
    void readOnlyFileRejectedAtOpen();
    void readOnlyFolderRejectedAtOpen();
    void readOnlyErrorMessage();
    void fullDiskErrorMessage();
    void notDatabaseMessageNamesPathOnce();
    void updateChangedElsewhereRejected();
    void updateOfFreshRecordAccepted();

private:
    QTemporaryDir m_dir;
};

void tst_StoreSafety::secondConnectionKeepsLocks()
{
    const QString path = m_dir.filePath(QStringLiteral("locks.sqlite"));
    auto first = Database::open(path);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().text()));
    const QStringList before = ownLocksOn(path);
    QVERIFY2(!before.isEmpty(), "SQLite holds no lock on a store in WAL mode");

    // A second connection of the same process, as an import thread opens one.
    auto second = Database::open(path);
    QVERIFY(second.ok());
    QCOMPARE(ownLocksOn(path), before);
    second.value().reset();
    QCOMPARE(ownLocksOn(path), before);
}

void tst_StoreSafety::otherProcessKeepsWriteAheadLog()
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        QSKIP("The sqlite3 command is not installed; secondConnectionKeepsLocks covers the locks");
    }
    const QString path = m_dir.filePath(QStringLiteral("process.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    auto store = std::make_unique<Store>(std::move(opened).value());
    QVERIFY(store->insertOrganisation(named(QStringLiteral("Before"))).ok());
    auto second = Database::open(path);
    QVERIFY(second.ok());
    second.value().reset();

    // A process that believes it is the last connection checkpoints and deletes
    // the -wal file while this process still writes to it.
    QProcess other;
    other.start(sqlite, {path, QStringLiteral("SELECT count(*) FROM organisations;")});
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));

    QVERIFY(store->insertOrganisation(named(QStringLiteral("After"))).ok());
    QProcess reader;
    reader.start(
        sqlite,
        {path, QStringLiteral("SELECT count(*) FROM organisations; PRAGMA integrity_check;")});
    QVERIFY(reader.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()), QStringLiteral("2\nok\n"));
}

void tst_StoreSafety::readOnlyFileRejectedAtOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("immutable.sqlite"));
    QVERIFY(Database::open(path).ok());
    const ImmutableGuard guard(path);
    if (!guard.isSet()) {
        QSKIP("chattr +i failed here (it needs Linux, an ext2/3/4-like file system and root)");
    }
    QVERIFY(!QFileInfo(path).isWritable());
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    const QString text = opened.error().text();
    QCOMPARE(text.count(path), 1);
    QVERIFY2(text.contains(QLatin1String("read-only")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Make it writable or open a copy")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("damaged")), qPrintable(text));
}

void tst_StoreSafety::readOnlyFolderRejectedAtOpen()
{
    const QString folder = m_dir.filePath(QStringLiteral("immutable-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/store.sqlite");
    QVERIFY(Database::open(path).ok());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const ImmutableGuard guard(folder);
    if (!guard.isSet()) {
        QSKIP("chattr +i failed here (it needs Linux, an ext2/3/4-like file system and root)");
    }
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    const QString text = opened.error().text();
    QVERIFY2(text.contains(QLatin1String("folder")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("-wal")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Make the folder writable")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("damaged")), qPrintable(text));
}

void tst_StoreSafety::readOnlyErrorMessage()
{
    // As root, file modes are not enforced, so the file is opened read-only
    // through SQLite to get the real "readonly database" error.
    const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    QVERIFY(Database::open(path).ok());
    const QSqlError error
        = errorOfStatements(path,
                            QStringLiteral("QSQLITE_OPEN_READONLY"),
                            {QStringLiteral("INSERT INTO metadata(key, value) VALUES ('a', 'b')")});
    QVERIFY(error.isValid());
    const QString message = Database::describeError(error);
    QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("open a copy")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("damaged")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Unable to fetch row")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("..")), qPrintable(message));
}

void tst_StoreSafety::fullDiskErrorMessage()
{
    // max_page_count makes SQLite report SQLITE_FULL as on a full disk.
    const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    auto store = std::make_unique<Store>(std::move(opened).value());
    QSqlQuery limit(store->database().connection());
    QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1")));
    QString message;
    for (int i = 0; i < 2000 && message.isEmpty(); ++i) {
        auto inserted = store->insertOrganisation(named(QString(200, u'x') + QString::number(i)));
        if (!inserted) {
            message = inserted.error().text();
        }
    }
    QVERIFY2(message.contains(QLatin1String("disk is full")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Free disk space")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Unable to fetch row")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("..")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("writable")), qPrintable(message));
}

void tst_StoreSafety::notDatabaseMessageNamesPathOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is plain text and no SQLite database at all.\n");
    file.close();
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    const QString text = opened.error().text();
    QCOMPARE(text.count(path), 1);
    QVERIFY2(!text.contains(QLatin1String("write to")), qPrintable(text));
}

void tst_StoreSafety::updateChangedElsewhereRejected()
{
    const QString path = m_dir.filePath(QStringLiteral("two-windows.sqlite"));
    auto firstDb = Database::open(path);
    QVERIFY(firstDb.ok());
    Store first(std::move(firstDb).value());
    auto secondDb = Database::open(path);
    QVERIFY(secondDb.ok());
    Store second(std::move(secondDb).value());

    Organisation org = named(QStringLiteral("Alveus"));
    org.street = QStringLiteral("Chaussée d'Alsemberg");
    const auto id = first.insertOrganisation(org);
    QVERIFY(id.ok());
    Organisation readByFirst = *first.organisation(*id);
    Organisation readBySecond = *second.organisation(*id);
    QTest::qWait(5); // updated_at has millisecond resolution

    readBySecond.street = QStringLiteral("Chaussée d'Alsemberg B-EDIT");
    QVERIFY(second.updateOrganisation(readBySecond).ok());

    readByFirst.country = QStringLiteral("BE");
    const auto updated = first.updateOrganisation(readByFirst);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QLatin1String("changed in another window")),
             qPrintable(updated.error().message));
    QVERIFY2(updated.error().message.contains(QLatin1String("Reload")),
             qPrintable(updated.error().message));
    const Organisation stored = *first.organisation(*id);
    QCOMPARE(stored.street, QStringLiteral("Chaussée d'Alsemberg B-EDIT"));
    QCOMPARE(stored.country, QString());
}

void tst_StoreSafety::updateOfFreshRecordAccepted()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(opened.ok());
    Store store(std::move(opened).value());
    const auto id = store.insertOrganisation(named(QStringLiteral("Alveus")));
    QVERIFY(id.ok());
    Organisation org = *store.organisation(*id);
    org.name = QStringLiteral("Alveus 2");
    QVERIFY(store.updateOrganisation(org).ok());
    QTest::qWait(5);
    org = *store.organisation(*id);
    org.name = QStringLiteral("Alveus 3");
    QVERIFY(store.updateOrganisation(org).ok());
    QCOMPARE(store.organisation(*id)->name, QStringLiteral("Alveus 3"));
}

QTEST_GUILESS_MAIN(tst_StoreSafety)
#include "tst_storesafety.moc"
