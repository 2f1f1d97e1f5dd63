// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <core/interchange/exportlogging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>

namespace CoopAtlas::Core {

namespace {

class OutputFileText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::OutputFile)
};

/// The files of one SQLite database: the file itself and its companions.
QStringList databaseFiles(const QString &databasePath)
{
    return {databasePath,
            databasePath + QStringLiteral("-wal"),
            databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

bool sameInode(const QString &first, const QString &second)
{
    struct stat a
    {};
    struct stat b
    {};
    if (::stat(QFile::encodeName(first).constData(), &a) != 0
        || ::stat(QFile::encodeName(second).constData(), &b) != 0) {
        return false;
    }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/// The absolute path of `path` with symbolic links of its folder resolved, also
/// when the file itself does not exist yet.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

Result<void> checkOutputIsNotDatabase(const QString &outputPath, const QString &databasePath)
{
    if (outputPath.isEmpty() || databasePath.isEmpty()) {
        return {};
    }
    const QString output = resolvedPath(outputPath);
    for (const QString &file : databaseFiles(databasePath)) {
        if (sameInode(outputPath, file) || output == resolvedPath(file)) {
            return Error{OutputFileText::tr("%1 is the database file %2 or one of its SQLite "
                                            "files, so writing it would destroy the database. "
                                            "Choose another output file.")
                             .arg(QDir::toNativeSeparators(outputPath),
                                  QDir::toNativeSeparators(databasePath)),
                         QString()};
        }
    }
    return {};
}

QString describeWriteError(const QString &path, int errorNumber, const QString &fallback)
{
    if (errorNumber == ENOSPC || errorNumber == EFBIG || errorNumber == EDQUOT) {
        return OutputFileText::tr("Not enough space on the disk for %1; free space or choose "
                                  "another folder.")
            .arg(QDir::toNativeSeparators(path));
    }
    return OutputFileText::tr("Could not write %1: %2. Check that the folder exists and that "
                              "you may write to it.")
        .arg(QDir::toNativeSeparators(path), fallback);
}

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_file(path)
{}

OutputFile::~OutputFile()
{
    if (!m_done) {
        cancel();
    }
}

Result<void> OutputFile::open()
{
    if (m_path == u"-") {
        m_done = true;
        return Error{OutputFileText::tr("Writing to standard output (\"-\") is not supported. Give "
                                        "a file name."),
                     QString()};
    }
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly)) {
        recordFailure();
        qCWarning(lcExport) << "Cannot create" << m_path << m_file.errorString();
        return error();
    }
    return {};
}

bool OutputFile::write(const QByteArray &bytes)
{
    if (m_failed) {
        return false;
    }
    errno = 0;
    if (m_file.write(bytes) != bytes.size()) {
        recordFailure();
        return false;
    }
    return true;
}

Result<void> OutputFile::commit()
{
    if (!m_failed) {
        errno = 0;
        if (!m_file.flush()) {
            recordFailure();
        }
    }
    // QFileDevice keeps the error of a write made directly on device().
    if (writeFailure()) {
        cancel();
        qCWarning(lcExport) << "Writing" << m_path << "failed:" << m_errorText;
        return error();
    }
    errno = 0;
    m_done = true;
    if (!m_file.commit()) {
        recordFailure();
        qCWarning(lcExport) << "Saving" << m_path << "failed:" << m_errorText;
        return error();
    }
    return {};
}

void OutputFile::cancel()
{
    m_done = true;
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled, this only removes the temporary file
    }
}

Error OutputFile::error() const
{
    return Error{describeWriteError(m_path, m_errorNumber, m_errorText), QString()};
}

std::optional<Error> OutputFile::writeFailure()
{
    if (!m_failed && m_file.error() != QFileDevice::NoError) {
        recordFailure();
    }
    return m_failed ? std::optional<Error>(error()) : std::nullopt;
}

void OutputFile::recordFailure()
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_errorNumber = errno;
    m_errorText = m_file.errorString();
}

} // namespace CoopAtlas::Core
