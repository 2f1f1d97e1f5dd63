// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace CoopAtlas::Core {

/// Files of resources read from the server that a transaction has not stored
/// yet, each written to a file of its own in a folder beside the store file.
/// A pull then keeps one received file in memory at a time, not every file of
/// a page. The destructor removes the staged files, and the folder when it is
/// empty, whether the page committed or failed. Files that a killed process
/// left in the folder are removed when the next StagedFiles for the same store
/// file is created.
///
/// Symbolic links are never followed. A link at the folder's path or at the
/// path of a staged file is removed, and only regular files are read back.
///
/// Only SyncEngine::run() stages files, under the sync lock of the store file,
/// so one StagedFiles at a time uses a folder.
class StagedFiles
{
public:
    explicit StagedFiles(const QString &databasePath);
    ~StagedFiles();
    /// Takes over the files of `other`, which then removes none.
    StagedFiles(StagedFiles &&other) noexcept;
    StagedFiles(const StagedFiles &) = delete;
    StagedFiles &operator=(const StagedFiles &) = delete;
    StagedFiles &operator=(StagedFiles &&) = delete;

    /// The folder of the staged files of the store file at `databasePath`:
    /// "<databasePath>.sync-files".
    [[nodiscard]] static QString folderFor(const QString &databasePath);
    [[nodiscard]] QString folder() const { return m_folder; }

    /// Writes `data`, whose SHA-256 (lowercase hex) the caller has checked to
    /// be `sha256`, to the folder as a file of `resourceId`. Bytes with the
    /// same SHA-256 are written once. On failure, such as a full disk, the
    /// returned error names `fileName`, the folder and the fix.
    [[nodiscard]] Result<void> stage(const QString &resourceId,
                                     const QString &sha256,
                                     const QByteArray &data,
                                     const QString &fileName);
    [[nodiscard]] bool contains(const QString &resourceId, const QString &sha256) const;
    [[nodiscard]] bool isEmpty() const { return m_sha256sByResource.isEmpty(); }

    /// Reads the bytes with `sha256` staged for `resourceId`, or nothing when
    /// none are staged. Fails when the staged file cannot be read or its bytes
    /// no longer match `sha256`.
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString &resourceId,
                                                         const QString &sha256) const;

private:
    [[nodiscard]] QString pathOf(const QString &sha256) const;
    void removeStagedFiles();
    /// Removes a symbolic link at the folder's path. Returns whether that path
    /// is no symbolic link now.
    [[nodiscard]] bool removeFolderLink() const;
    /// Removes the staged files, and the symbolic links named like them, that
    /// a killed process left in the folder.
    void removeLeftovers();

    QString m_folder;
    QHash<QString, QSet<QString>> m_sha256sByResource;
    /// SHA-256 of every file written to the folder.
    QSet<QString> m_written;
    /// Name of the file of each SHA-256 for messages, as the server named it.
    QHash<QString, QString> m_fileNames;
};

} // namespace CoopAtlas::Core
