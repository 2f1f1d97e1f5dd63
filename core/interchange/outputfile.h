// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QSaveFile>
#include <QString>

#include <optional>

namespace CoopAtlas::Core {

/// Rejects an output path that is the database file or one of the -wal, -shm
/// and -journal files that SQLite keeps next to it. Paths are compared by
/// device and inode when the output exists (so symbolic and hard links are
/// caught) and by canonical path otherwise. The error names the output path.
[[nodiscard]] Result<void> checkOutputIsNotDatabase(const QString &outputPath,
                                                    const QString &databasePath);

/// Describes a failed write of `path`. A full disk, an exceeded file size limit
/// or disk quota (ENOSPC, EFBIG, EDQUOT) gives a sentence that names the lack of
/// space and what to do. Other errors give `fallback`, the device's error text.
[[nodiscard]] QString
describeWriteError(const QString &path, int errorNumber, const QString &fallback);

/// An output file written through QSaveFile: the bytes go to a temporary file
/// that replaces `path` only in commit(), so a failed or cancelled export keeps
/// the previous file and leaves no partial one. Every write is checked, and the
/// first failure is kept with the errno of the failing call.
class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    [[nodiscard]] Result<void> open();
    /// The device to write to, for writers that take a QIODevice.
    [[nodiscard]] QIODevice &device() { return m_file; }
    /// Writes `bytes`; false after the first failed write, see error().
    bool write(const QByteArray &bytes);
    /// Flushes, syncs and renames the temporary file to the path. Fails when
    /// any earlier write failed, also one made directly on device().
    [[nodiscard]] Result<void> commit();
    /// Discards the temporary file; the previous file at the path stays.
    void cancel();
    /// The error of the first failed write, naming the path.
    [[nodiscard]] Error error() const;
    /// The error of a failed write, also one made directly on device(), or
    /// nothing while every write succeeded.
    [[nodiscard]] std::optional<Error> writeFailure();
    [[nodiscard]] QString path() const { return m_path; }

private:
    void recordFailure();

    QString m_path;
    QSaveFile m_file;
    int m_errorNumber = 0;
    QString m_errorText;
    bool m_failed = false;
    bool m_done = false;
};

} // namespace CoopAtlas::Core
