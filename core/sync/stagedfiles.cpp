// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagedfiles.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <utility>

namespace CoopAtlas::Core {

namespace {

class StagedFilesText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::SyncEngine)
};

/// Name of a staged file: the SHA-256 of its bytes, in lowercase hex.
bool isStagedFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(name).hasMatch();
}

/// Whether `path` names a regular file itself, not a symbolic link to one.
bool isRegularFile(const QString &path)
{
    const QFileInfo info(path);
    return !info.isSymLink() && info.isFile();
}

} // namespace

StagedFiles::StagedFiles(const QString &databasePath)
    : m_folder(folderFor(databasePath))
{
    if (removeFolderLink()) {
        removeLeftovers();
    }
}

StagedFiles::StagedFiles(StagedFiles &&other) noexcept
    : m_folder(other.m_folder)
    , m_sha256sByResource(std::exchange(other.m_sha256sByResource, {}))
    , m_written(std::exchange(other.m_written, {}))
    , m_fileNames(std::exchange(other.m_fileNames, {}))
{}

StagedFiles::~StagedFiles()
{
    removeStagedFiles();
}

QString StagedFiles::folderFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".sync-files");
}

QString StagedFiles::pathOf(const QString &sha256) const
{
    return m_folder + QLatin1Char('/') + sha256;
}

Result<void> StagedFiles::stage(const QString &resourceId,
                                const QString &sha256,
                                const QByteArray &data,
                                const QString &fileName)
{
    if (!isStagedFileName(sha256)) {
        // The caller checked the bytes against this value, which comes from
        // the server, so it must not name a path outside the folder.
        return Error{StagedFilesText::tr("The server named the file “%1” with the invalid "
                                         "SHA-256 “%2”.")
                         .arg(fileName, sha256),
                     resourceId};
    }
    if (!m_written.contains(sha256)) {
        const QString path = pathOf(sha256);
        // Whether this call created the file at `path`, which a failure then
        // removes. Before that, the path may lead through a link to elsewhere.
        bool created = false;
        const auto failed = [&](const QString &reason) {
            qCWarning(lcSync) << "Could not stage the file" << sha256 << "of" << resourceId << "in"
                              << m_folder << ":" << reason;
            if (created) {
                QFile::remove(path);
            }
            return Error{StagedFilesText::tr("The file “%1” received from the server could not "
                                             "be written to the folder “%2”: %3. The earlier "
                                             "pages are saved, and this page is received again "
                                             "at the next sync once the folder is writable and "
                                             "its disk has free space of about twice the size "
                                             "of the page's files, which are staged there and "
                                             "then stored.")
                             .arg(fileName, QDir::toNativeSeparators(m_folder), reason),
                         m_folder};
        };
        if (!removeFolderLink()) {
            return failed(StagedFilesText::tr("the folder is a symbolic link that could not be "
                                              "removed"));
        }
        if (!QDir().mkpath(m_folder)) {
            return failed(StagedFilesText::tr("the folder could not be created"));
        }
        // Removing an entry at the path removes a symbolic link, not its
        // target. NewOnly (O_EXCL) then creates the file only where no entry
        // exists, so a link that appears meanwhile, even a dangling one, makes
        // the open fail instead of writing through it.
        const QFileInfo existing(path);
        if (existing.isSymLink() || existing.exists()) {
            QFile::remove(path);
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            return failed(file.errorString());
        }
        created = true;
        // QFile returns a short count without an error when the disk fills up
        // during a write, and the error with its reason at the next write.
        qint64 written = 0;
        while (written < data.size()) {
            const qint64 count = file.write(data.constData() + written, data.size() - written);
            if (count <= 0) {
                return failed(file.errorString());
            }
            written += count;
        }
        file.close();
        if (file.error() != QFileDevice::NoError) {
            return failed(file.errorString());
        }
        m_written.insert(sha256);
        m_fileNames.insert(sha256, fileName);
        qCDebug(lcSync) << "Staged the file" << sha256 << "of" << resourceId << "with"
                        << data.size() << "bytes";
    }
    m_sha256sByResource[resourceId].insert(sha256);
    return {};
}

bool StagedFiles::contains(const QString &resourceId, const QString &sha256) const
{
    return m_sha256sByResource.value(resourceId).contains(sha256);
}

Result<std::optional<QByteArray>> StagedFiles::read(const QString &resourceId,
                                                    const QString &sha256) const
{
    if (!contains(resourceId, sha256)) {
        return std::optional<QByteArray>();
    }
    const QString fileName = m_fileNames.value(sha256);
    const auto changed = [&] {
        return Error{StagedFilesText::tr("The file “%1” received from the server changed in "
                                         "the folder “%2” before it was stored. Sync again.")
                         .arg(fileName, QDir::toNativeSeparators(m_folder)),
                     m_folder};
    };
    QFile file(pathOf(sha256));
    if (!isRegularFile(file.fileName())) {
        // Another program replaced the staged file, for example by a symbolic
        // link, whose target is not read.
        qCWarning(lcSync) << "The staged file" << file.fileName() << "is no longer a regular file";
        return changed();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSync) << "Could not read the staged file" << file.fileName() << ":"
                          << file.errorString();
        return Error{StagedFilesText::tr("The file “%1” received from the server could not be "
                                         "read from the folder “%2”: %3. Sync again.")
                         .arg(fileName, QDir::toNativeSeparators(m_folder), file.errorString()),
                     m_folder};
    }
    const qint64 size = file.size();
    // readAll() reserves the file's size once, so the bytes are in memory once.
    QByteArray data = file.readAll();
    const QString readSha256
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (file.error() != QFileDevice::NoError || data.size() != size || readSha256 != sha256) {
        // Another program changed or truncated the file since stage().
        qCWarning(lcSync) << "The staged file" << file.fileName()
                          << "no longer matches its SHA-256";
        return changed();
    }
    return std::optional<QByteArray>(std::move(data));
}

void StagedFiles::removeStagedFiles()
{
    for (const QString &sha256 : std::as_const(m_written)) {
        if (!QFile::remove(pathOf(sha256)) && QFile::exists(pathOf(sha256))) {
            qCWarning(lcSync) << "Could not remove the staged file" << pathOf(sha256);
        }
    }
    m_written.clear();
    m_sha256sByResource.clear();
    // Fails, as it should, while the folder contains other files.
    QDir().rmdir(m_folder);
}

bool StagedFiles::removeFolderLink() const
{
    if (!QFileInfo(m_folder).isSymLink()) {
        return true;
    }
    // Files would otherwise be listed, written and removed in the link's
    // target, outside the folder beside the store file. Removing the link
    // leaves its target alone.
    if (QFile::remove(m_folder)) {
        qCWarning(lcSync) << "Removed the symbolic link" << m_folder
                          << "at the path of the staging folder";
        return true;
    }
    qCWarning(lcSync) << "Could not remove the symbolic link" << m_folder
                      << "at the path of the staging folder";
    return false;
}

void StagedFiles::removeLeftovers()
{
    QDir folder(m_folder);
    if (QFileInfo(m_folder).isSymLink() || !folder.exists()) {
        return;
    }
    int removed = 0;
    // QDir::System lists dangling symbolic links too. Removing a link leaves
    // its target alone. Folders and other special entries are kept.
    const QStringList names
        = folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (!isStagedFileName(name)) {
            continue;
        }
        const QString path = folder.filePath(name);
        if ((QFileInfo(path).isSymLink() || isRegularFile(path)) && QFile::remove(path)) {
            ++removed;
        }
    }
    if (removed > 0) {
        qCInfo(lcSync) << "Removed" << removed << "staged files that an earlier sync left in"
                       << m_folder;
    }
    QDir().rmdir(m_folder);
}

} // namespace CoopAtlas::Core
