// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagedfiles.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

} // namespace

StagedFiles::StagedFiles(const QString &databasePath)
    : m_folder(folderFor(databasePath))
{
    removeLeftovers();
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
        const auto failed = [&](const QString &reason) {
            qCWarning(lcSync) << "Could not stage the file" << sha256 << "of" << resourceId << "in"
                              << m_folder << ":" << reason;
            QFile::remove(pathOf(sha256));
            return Error{StagedFilesText::tr("The file “%1” received from the server could not "
                                             "be written to the folder “%2”: %3. Free space on "
                                             "that disk or make the folder writable, then sync "
                                             "again. Everything received before this file is "
                                             "saved.")
                             .arg(fileName, QDir::toNativeSeparators(m_folder), reason),
                         m_folder};
        };
        if (!QDir().mkpath(m_folder)) {
            return failed(StagedFilesText::tr("the folder could not be created"));
        }
        QFile file(pathOf(sha256));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            return failed(file.errorString());
        }
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
    QFile file(pathOf(sha256));
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
        return Error{StagedFilesText::tr("The file “%1” received from the server changed in "
                                         "the folder “%2” before it was stored. Sync again.")
                         .arg(fileName, QDir::toNativeSeparators(m_folder)),
                     m_folder};
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

void StagedFiles::removeLeftovers()
{
    QDir folder(m_folder);
    if (!folder.exists()) {
        return;
    }
    int removed = 0;
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (isStagedFileName(name) && folder.remove(name)) {
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
