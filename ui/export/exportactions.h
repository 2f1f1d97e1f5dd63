// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/interchange/csvwriter.h>
#include <core/interchange/vcardwriter.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QAbstractItemView;
class QMenu;
class QProgressDialog;

namespace CoopAtlas::Ui {

class MainWindow;

/// Outcome of an export, backup or restore that ran off the GUI thread.
struct ExportOutcome
{
    bool ok = false;
    qint64 count = 0; ///< rows or cards written
    QString error;    ///< message for the user when !ok
};

/// The File > Export actions (list as CSV, contacts as vCard), Back Up and
/// Restore from Backup. Long work runs on a worker thread with its own store
/// connection, behind a progress dialog whose Cancel stops it; the file
/// appears only when the work succeeded.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow &window);

    /// Adds the Export submenu, Back Up... and Restore from Backup... to `fileMenu`.
    void addToMenu(QMenu *fileMenu);

    /// Asks for a file and exports the shown list: its visible columns in view
    /// order and the rows of its filter and sort order.
    void exportListAsCsv();
    /// Asks for the version and a file, then exports the selected person or
    /// organisation, or every contact.
    void exportContactsAsVCard();
    void backUp();
    /// Asks for a backup and a new store file, restores, and opens the result.
    void restoreFromBackup();

    // The same work without file dialogs, for tests and scripts. Each emits finished().
    void startListExport(const QString &path, Core::CsvDialect dialect);
    void startVCardExport(const QString &path, Core::VCardVersion version, const QStringList &ids);
    void startBackup(const QString &path);
    void startRestore(const QString &backupPath, const QString &targetPath, bool replace);

    /// Whether a started export, backup or restore has not finished yet.
    [[nodiscard]] bool isBusy() const { return !m_progress.isNull(); }

signals:
    void finished(const CoopAtlas::Ui::ExportOutcome &outcome);

private:
    using Job = std::function<ExportOutcome(std::shared_ptr<std::atomic_bool> cancel,
                                            std::function<void(qint64, qint64)> progress)>;
    void run(const QString &title, Job job, std::function<void(const ExportOutcome &)> done);
    void exportViewAsCsv(QAbstractItemView *view, const QString &path, Core::CsvDialect dialect);
    void reportFailure(const QString &title, const QString &message);
    [[nodiscard]] QString
    askSavePath(const QString &title, const QString &suggestedName, const QString &filter);

    MainWindow &m_window;
    QPointer<QProgressDialog> m_progress;
};

} // namespace CoopAtlas::Ui

Q_DECLARE_METATYPE(CoopAtlas::Ui::ExportOutcome)
