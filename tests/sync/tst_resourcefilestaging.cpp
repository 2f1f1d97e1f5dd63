// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files of resources that a pull stages on disk before the page's transaction
// stores them: the staged files are gone after a pull that succeeded, failed
// or was cancelled, and the stored bytes are the ones sent. Symbolic links in
// the folder, or at its path, are removed and their targets left unchanged.
#include "support/twodesktops.h"

#include <core/domain/activities.h>
#include <core/storage/activitystore.h>
#include <core/sync/couchclient.h>
#include <core/sync/stagedfiles.h>
#include <core/sync/tlstrust.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <sys/resource.h>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

/// A resource with its file, as alice attached it.
struct SentFile
{
    QString resourceId;
    QByteArray data;
};

QJsonObject fileRule(const QString &action, int times)
{
    return {{QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("pathRegex"), QStringLiteral("/file\\?rev=")},
            {QStringLiteral("action"), action},
            {QStringLiteral("times"), times}};
}

/// Files in the staging folder of the store file at `databasePath`, or an
/// empty list when the folder does not exist.
QStringList stagedFileNames(const QString &databasePath)
{
    return QDir(StagedFiles::folderFor(databasePath)).entryList(QDir::Files | QDir::Hidden);
}

/// Writes `data` to a new file at `path`.
bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(data) == data.size()
           && file.flush();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Lowers the largest file size that this process may write (RLIMIT_FSIZE)
/// for its lifetime, and restores the previous limit when it ends, also when
/// a check failed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        if (getrlimit(RLIMIT_FSIZE, &m_previous) != 0) {
            return;
        }
        rlimit lowered = m_previous;
        lowered.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_active) {
            setrlimit(RLIMIT_FSIZE, &m_previous);
        }
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }

private:
    rlimit m_previous{};
    bool m_active = false;
};

} // namespace

class tst_ResourceFileStaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stagedFilesGoneAfterPull();
    void stagedFilesGoneAfterFailedPull();
    void stagedFilesGoneAfterCancel();
    void failedStagingWriteNamesFolder();
    void symlinksInFolderNotFollowed();
    void symlinkAtStagedPathNotFollowed();
    void folderThatIsSymlinkNotFollowed();

private:
    /// Attaches one file of `size` bytes to each of `count` new resources of
    /// alice, and syncs them to the server.
    QList<SentFile> sendFiles(int count, qsizetype size);
    /// Checks that bob stores each file of `sent` with the same bytes.
    void verifyReceived(const QList<SentFile> &sent);
    /// Runs one sync of bob, as SyncTestDesktop::sync() does, with `cancel` as
    /// the engine's cancel flag.
    Result<SyncSummary> syncBob(const std::atomic_bool &cancel);

    std::unique_ptr<TwoDesktops> m_desktops;
    std::unique_ptr<FaultProxy> m_proxy;
};

void tst_ResourceFileStaging::initTestCase()
{
    // A write over the size limit then fails with EFBIG instead of ending the process.
    std::signal(SIGXFSZ, SIG_IGN);
}

void tst_ResourceFileStaging::init()
{
    auto desktops = TwoDesktops::create(QStringLiteral("staging"));
    QVERIFY2(desktops.ok(), qPrintable(desktops ? QString() : desktops.error().text()));
    m_desktops = std::move(desktops).value();
    m_proxy = std::make_unique<FaultProxy>(m_desktops->env());
    QVERIFY(m_proxy->clearRules().ok());
    QVERIFY(m_proxy->clearLog().ok());
}

void tst_ResourceFileStaging::cleanup()
{
    QVERIFY(m_proxy->clearRules().ok());
    m_proxy.reset();
    m_desktops.reset();
}

QList<SentFile> tst_ResourceFileStaging::sendFiles(int count, qsizetype size)
{
    QList<SentFile> sent;
    ActivityStore &activities = m_desktops->aliceActivities();
    for (int i = 0; i < count; ++i) {
        SentFile file{addResource(activities, QStringLiteral("Guide %1").arg(i + 1)),
                      patternBytes(size, 100 + static_cast<quint32>(i))};
        if (file.resourceId.isEmpty()
            || !activities
                    .attachResourceFile(file.resourceId,
                                        QStringLiteral("guide-%1.pdf").arg(i + 1),
                                        QStringLiteral("application/pdf"),
                                        file.data)
                    .ok()) {
            return {};
        }
        sent.append(file);
    }
    auto synced = m_desktops->alice().sync();
    if (!synced || synced->pushed < count) {
        return {};
    }
    return sent;
}

void tst_ResourceFileStaging::verifyReceived(const QList<SentFile> &sent)
{
    ActivityStore &activities = m_desktops->bobActivities();
    for (const SentFile &file : sent) {
        auto stored = activities.resourceFileData(file.resourceId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), file.data.size());
        QCOMPARE(sha256Hex(*stored), sha256Hex(file.data));
        QCOMPARE(activities.resource(file.resourceId)->file.sha256, sha256Hex(file.data));
    }
}

Result<SyncSummary> tst_ResourceFileStaging::syncBob(const std::atomic_bool &cancel)
{
    SyncTestDesktop &bob = m_desktops->bob();
    auto db = Database::open(bob.path());
    if (!db) {
        return db.error();
    }
    (*db)->setAuthor(bob.config().user);
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(bob.config(), bob.password(), &trust);
    SyncEngine engine(**db, client);
    engine.setCancelFlag(&cancel);
    auto summary = engine.run();
    bob.store().notifyReloaded();
    return summary;
}

void tst_ResourceFileStaging::stagedFilesGoneAfterPull()
{
    SyncTestDesktop &bob = m_desktops->bob();
    const QList<SentFile> sent = sendFiles(3, 2 * 1024 * 1024);
    QCOMPARE(sent.size(), 3);
    // A file with the same bytes as another, which is staged once.
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    const QString copyId = addResource(aliceActivities, QStringLiteral("Guide 1, copy"));
    QVERIFY(aliceActivities
                .attachResourceFile(copyId,
                                    QStringLiteral("guide-1-copy.pdf"),
                                    QStringLiteral("application/pdf"),
                                    sent.at(0).data)
                .ok());
    QVERIFY(m_desktops->alice().sync().ok());
    // A file that a killed sync left behind, named as staged files are.
    const QString folder = StagedFiles::folderFor(bob.path());
    QVERIFY(QDir().mkpath(folder));
    QFile leftover(folder + QLatin1Char('/') + sha256Hex("left behind"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    QCOMPARE(leftover.write("left behind"), qint64(11));
    leftover.close();

    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QCOMPARE(pulled->missingFiles, 0);
    verifyReceived(sent);
    verifyReceived({{copyId, sent.at(0).data}});
    QVERIFY(bob.recordErrors().isEmpty());
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(stagedFileNames(bob.path()).join(u' ')));
}

void tst_ResourceFileStaging::stagedFilesGoneAfterFailedPull()
{
    SyncTestDesktop &bob = m_desktops->bob();
    m_desktops->routeThroughProxy(bob);
    bob.setMaxAttempts(1);
    const QList<SentFile> sent = sendFiles(3, 1024 * 1024);
    QCOMPARE(sent.size(), 3);

    // The first file arrives, and the connection of each later file request
    // breaks before its reply. Qt sends a GET once more by itself when the
    // connection closes before the reply, so one broken request is not enough.
    QVERIFY(m_proxy
                ->setRules(QJsonArray{fileRule(QStringLiteral("pass"), 1),
                                      fileRule(QStringLiteral("drop-after-commit"), 10)})
                .ok());
    auto failed = bob.sync();
    QVERIFY(!failed.ok());
    auto log = m_proxy->log();
    QVERIFY(log.ok());
    int dropped = 0;
    for (const QJsonValue &entry : std::as_const(*log)) {
        if (entry.toObject().value(QStringLiteral("action")).toString()
            == QLatin1String("drop-after-commit")) {
            ++dropped;
        }
    }
    QVERIFY(dropped >= 1);
    QVERIFY2(failed.error().text().contains(QLatin1String("connection")),
             qPrintable(failed.error().text()));
    QVERIFY2(!QFileInfo::exists(StagedFiles::folderFor(bob.path())),
             qPrintable(stagedFileNames(bob.path()).join(u' ')));
    // The page with the resources was not applied, so nothing names a file.
    QCOMPARE(bob.rowCount(QStringLiteral("resources")), 0);
    QCOMPARE(bob.rowCount(QStringLiteral("resource_files")), 0);

    QVERIFY(m_proxy->clearRules().ok());
    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QCOMPARE(pulled->missingFiles, 0);
    verifyReceived(sent);
    QVERIFY(!QFileInfo::exists(StagedFiles::folderFor(bob.path())));
}

void tst_ResourceFileStaging::stagedFilesGoneAfterCancel()
{
    SyncTestDesktop &bob = m_desktops->bob();
    m_desktops->routeThroughProxy(bob);
    const QList<SentFile> sent = sendFiles(3, 1024 * 1024);
    QCOMPARE(sent.size(), 3);

    // The second file request waits at the proxy, and the sync is cancelled
    // once the first file is staged.
    QJsonObject stall = fileRule(QStringLiteral("stall"), 1);
    stall.insert(QStringLiteral("seconds"), 20);
    QVERIFY(m_proxy->setRules(QJsonArray{fileRule(QStringLiteral("pass"), 1), stall}).ok());
    std::atomic_bool cancel{false};
    bool sawStagedFile = false;
    QTimer watch;
    watch.setInterval(20);
    connect(&watch, &QTimer::timeout, this, [&] {
        if (!stagedFileNames(bob.path()).isEmpty()) {
            sawStagedFile = true;
            cancel = true;
            watch.stop();
        }
    });
    watch.start();
    auto cancelled = syncBob(cancel);
    watch.stop();
    QVERIFY(sawStagedFile);
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().message.contains(QLatin1String("cancelled")),
             qPrintable(cancelled.error().text()));
    QVERIFY2(!QFileInfo::exists(StagedFiles::folderFor(bob.path())),
             qPrintable(stagedFileNames(bob.path()).join(u' ')));
    QCOMPARE(bob.rowCount(QStringLiteral("resources")), 0);
    QCOMPARE(bob.rowCount(QStringLiteral("resource_files")), 0);

    QVERIFY(m_proxy->clearRules().ok());
    const std::atomic_bool notCancelled{false};
    auto pulled = syncBob(notCancelled);
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    verifyReceived(sent);
    QVERIFY(!QFileInfo::exists(StagedFiles::folderFor(bob.path())));
}

void tst_ResourceFileStaging::failedStagingWriteNamesFolder()
{
    SyncTestDesktop &bob = m_desktops->bob();
    constexpr qsizetype FileBytes = 6 * 1024 * 1024;
    constexpr rlim_t LimitBytes = 4 * 1024 * 1024;
    const QList<SentFile> sent = sendFiles(1, FileBytes);
    QCOMPARE(sent.size(), 1);
    // Every file of bob's store stays below the limit, so that only the staged
    // file reaches it, as on a disk that fills up.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo(bob.path() + suffix).size() < static_cast<qint64>(LimitBytes) / 2,
                 qPrintable(bob.path() + suffix));
    }

    Result<SyncSummary> failed = Error{};
    {
        const FileSizeLimit limit(LimitBytes);
        QVERIFY(limit.isActive());
        failed = bob.sync();
    }
    QVERIFY(!failed.ok());
    const QString folder = QDir::toNativeSeparators(StagedFiles::folderFor(bob.path()));
    QVERIFY2(failed.error().message.contains(folder), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QLatin1String("guide-1.pdf")),
             qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QLatin1String("The earlier pages are saved")),
             qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QLatin1String("about twice the size")),
             qPrintable(failed.error().message));
    QVERIFY2(!QFileInfo::exists(StagedFiles::folderFor(bob.path())),
             qPrintable(stagedFileNames(bob.path()).join(u' ')));
    QCOMPARE(bob.rowCount(QStringLiteral("resources")), 0);

    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    verifyReceived(sent);
    QVERIFY(!QFileInfo::exists(StagedFiles::folderFor(bob.path())));
}

void tst_ResourceFileStaging::symlinksInFolderNotFollowed()
{
    SyncTestDesktop &bob = m_desktops->bob();
    const QList<SentFile> sent = sendFiles(2, 256 * 1024);
    QCOMPARE(sent.size(), 2);
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString missingTarget = outside.filePath(QStringLiteral("not-there.bin"));
    const QString existingTarget = outside.filePath(QStringLiteral("kept.bin"));
    const QByteArray keptBytes = patternBytes(4096, 7);
    QVERIFY(writeFile(existingTarget, keptBytes));

    // Links named like the files that bob receives: a dangling one, and one to
    // a file outside the folder.
    const QString folder = StagedFiles::folderFor(bob.path());
    QVERIFY(QDir().mkpath(folder));
    const QString danglingLink = folder + QLatin1Char('/') + sha256Hex(sent.at(0).data);
    const QString existingLink = folder + QLatin1Char('/') + sha256Hex(sent.at(1).data);
    QVERIFY(QFile::link(missingTarget, danglingLink));
    QVERIFY(QFile::link(existingTarget, existingLink));
    QVERIFY(QFileInfo(danglingLink).isSymLink());
    QVERIFY(!QFileInfo::exists(danglingLink));

    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QCOMPARE(pulled->missingFiles, 0);
    verifyReceived(sent);
    QVERIFY(!QFileInfo(missingTarget).isSymLink());
    QVERIFY(!QFileInfo::exists(missingTarget));
    QCOMPARE(readFile(existingTarget), keptBytes);
    QCOMPARE(QDir(outside.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("kept.bin")});
    QVERIFY(!QFileInfo(folder).isSymLink());
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(stagedFileNames(bob.path()).join(u' ')));
}

void tst_ResourceFileStaging::symlinkAtStagedPathNotFollowed()
{
    // Links that appear in the folder after the leftovers were removed.
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString databasePath = outside.filePath(QStringLiteral("store.sqlite"));
    const QString missingTarget = outside.filePath(QStringLiteral("not-there.bin"));
    const QString existingTarget = outside.filePath(QStringLiteral("kept.bin"));
    const QByteArray first = patternBytes(8192, 11);
    const QByteArray second = patternBytes(8192, 12);
    const QByteArray keptBytes = patternBytes(4096, 13);
    QVERIFY(writeFile(existingTarget, keptBytes));
    const QString folder = StagedFiles::folderFor(databasePath);
    {
        StagedFiles staged(databasePath);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::link(missingTarget, folder + QLatin1Char('/') + sha256Hex(first)));
        QVERIFY(QFile::link(existingTarget, folder + QLatin1Char('/') + sha256Hex(second)));

        QVERIFY(staged.stage(QStringLiteral("r1"), sha256Hex(first), first, QStringLiteral("a.pdf"))
                    .ok());
        QVERIFY(
            staged.stage(QStringLiteral("r2"), sha256Hex(second), second, QStringLiteral("b.pdf"))
                .ok());
        QVERIFY(!QFileInfo(missingTarget).isSymLink());
        QVERIFY(!QFileInfo::exists(missingTarget));
        QCOMPARE(readFile(existingTarget), keptBytes);
        const QString firstPath = folder + QLatin1Char('/') + sha256Hex(first);
        QVERIFY(!QFileInfo(firstPath).isSymLink());
        QCOMPARE(readFile(firstPath), first);
        auto readFirst = staged.read(QStringLiteral("r1"), sha256Hex(first));
        QVERIFY(readFirst.ok());
        QVERIFY(readFirst->has_value());
        QCOMPARE(**readFirst, first);

        // A staged file replaced by a link to a file with the same bytes is
        // not read back through the link.
        const QString copyOutside = outside.filePath(QStringLiteral("copy.bin"));
        QVERIFY(writeFile(copyOutside, first));
        QVERIFY(QFile::remove(firstPath));
        QVERIFY(QFile::link(copyOutside, firstPath));
        auto readLink = staged.read(QStringLiteral("r1"), sha256Hex(first));
        QVERIFY(!readLink.ok());
        QVERIFY2(readLink.error().message.contains(QLatin1String("changed in the folder")),
                 qPrintable(readLink.error().message));
        QCOMPARE(readFile(copyOutside), first);
    }
    QVERIFY(!QFileInfo::exists(missingTarget));
    QCOMPARE(readFile(existingTarget), keptBytes);
    QCOMPARE(readFile(outside.filePath(QStringLiteral("copy.bin"))), first);
    QVERIFY(!QFileInfo::exists(folder));
}

void tst_ResourceFileStaging::folderThatIsSymlinkNotFollowed()
{
    SyncTestDesktop &bob = m_desktops->bob();
    const QList<SentFile> sent = sendFiles(1, 256 * 1024);
    QCOMPARE(sent.size(), 1);
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString otherFile = other.filePath(QString(64, u'0'));
    const QString sameNameFile = other.filePath(sha256Hex(sent.at(0).data));
    const QByteArray otherBytes = patternBytes(4096, 21);
    QVERIFY(writeFile(otherFile, otherBytes));
    QVERIFY(writeFile(sameNameFile, otherBytes));
    const QString folder = StagedFiles::folderFor(bob.path());
    QVERIFY(QFile::link(other.path(), folder));
    QVERIFY(QFileInfo(folder).isSymLink());

    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QCOMPARE(pulled->missingFiles, 0);
    verifyReceived(sent);
    QCOMPARE(readFile(otherFile), otherBytes);
    QCOMPARE(readFile(sameNameFile), otherBytes);
    QCOMPARE(
        QDir(other.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size(),
        2);
    QVERIFY(!QFileInfo(folder).isSymLink());
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_GUILESS_MAIN(tst_ResourceFileStaging)
#include "tst_resourcefilestaging.moc"
