// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include <core/interchange/jsonbackup.h>
#include <core/interchange/listcsvexport.h>
#include <core/interchange/vcardexport.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/detail/detailpane.h>
#include <ui/export/listvalueformatter.h>
#include <ui/listpanel.h>
#include <ui/logging.h>
#include <ui/mainwindow.h>
#include <ui/models/recordlistmodel.h>
#include <ui/storeopener.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QtConcurrent>

namespace CoopAtlas::Ui {

namespace {

ExportOutcome outcomeOf(const Core::Result<qint64> &result)
{
    if (!result)
        return {false, 0, result.error().text()};
    return {true, *result, QString()};
}

std::optional<Core::ListTable> tableOf(MainWindow::Section section)
{
    switch (section) {
    case MainWindow::Section::Organisations:
        return Core::ListTable::Organisations;
    case MainWindow::Section::People:
        return Core::ListTable::People;
    case MainWindow::Section::Links:
        return Core::ListTable::Links;
    default:
        return std::nullopt;
    }
}

/// Logical columns of a view that are not hidden, in the order the user sees them.
QList<int> visibleColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QStringList headerTitles(const QAbstractItemModel *model, const QList<int> &columns)
{
    QStringList titles;
    for (const int column : columns)
        titles.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    return titles;
}

/// The visible table of the shown page, for lists that are not store list panels.
QTableView *shownTable(QWidget *root)
{
    const QList<QTableView *> views = root->findChildren<QTableView *>();
    for (QTableView *view : views) {
        if (view->isVisible() && view->model())
            return view;
    }
    return nullptr;
}

} // namespace

ExportActions::ExportActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    qRegisterMetaType<ExportOutcome>();
}

void ExportActions::addToMenu(QMenu *fileMenu)
{
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction *csv = exportMenu->addAction(tr("List as &CSV..."));
    csv->setObjectName(QStringLiteral("exportListCsv"));
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(csv, &QAction::triggered, this, &ExportActions::exportListAsCsv);
    QAction *vcard = exportMenu->addAction(tr("Contacts as &vCard..."));
    vcard->setObjectName(QStringLiteral("exportVCard"));
    connect(vcard, &QAction::triggered, this, &ExportActions::exportContactsAsVCard);
    QAction *backup = fileMenu->addAction(tr("&Back Up..."));
    backup->setObjectName(QStringLiteral("backUp"));
    connect(backup, &QAction::triggered, this, &ExportActions::backUp);
    QAction *restore = fileMenu->addAction(tr("&Restore from Backup..."));
    restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(restore, &QAction::triggered, this, &ExportActions::restoreFromBackup);
}

void ExportActions::run(const QString &title,
                        Job job,
                        std::function<void(const ExportOutcome &)> done)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *dialog = new QProgressDialog(title, tr("Cancel"), 0, 0, &m_window);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(500);
    connect(dialog, &QProgressDialog::canceled, dialog, [cancel] { cancel->store(true); });
    m_progress = dialog;
    // The worker posts its progress to the dialog; posted calls to a deleted dialog are dropped.
    auto progress = [dialog](qint64 doneRows, qint64 total) {
        QMetaObject::invokeMethod(
            dialog,
            [dialog, doneRows, total] {
                const int scale = total > INT_MAX ? int(total / INT_MAX + 1) : 1;
                dialog->setMaximum(int(total / scale));
                dialog->setValue(int(doneRows / scale));
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [=, this] {
        const ExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        dialog->close();
        dialog->deleteLater();
        if (done)
            done(outcome);
        emit finished(outcome);
    });
    watcher->setFuture(
        QtConcurrent::run([job, cancel, progress] { return job(cancel, progress); }));
}

void ExportActions::reportFailure(const QString &title, const QString &message)
{
    qCWarning(lcUi) << title << message;
    QMessageBox::warning(&m_window, title, message);
}

QString ExportActions::askSavePath(const QString &title,
                                   const QString &suggestedName,
                                   const QString &filter)
{
    const QString folder = QFileInfo(m_window.store()->database().path()).absolutePath();
    return QFileDialog::getSaveFileName(
        &m_window, title, QDir(folder).filePath(suggestedName), filter);
}

void ExportActions::exportListAsCsv()
{
    if (!m_window.store() || isBusy())
        return;
    const QString excelFilter = tr("CSV for Excel, UTF-8 with \";\" (*.csv)");
    const QString plainFilter = tr("CSV, UTF-8 with \",\" (*.csv)");
    // The locale decides, not the UI language. A German desktop shows the
    // English UI, but its spreadsheet program expects ";".
    QString selected = Core::defaultCsvDialect(QLocale().name()) == Core::CsvDialect::Excel
                           ? excelFilter
                           : plainFilter;
    const QString folder = QFileInfo(m_window.store()->database().path()).absolutePath();
    const QString path
        = QFileDialog::getSaveFileName(&m_window,
                                       tr("Export List as CSV"),
                                       QDir(folder).filePath(tr("list.csv")),
                                       excelFilter + QStringLiteral(";;") + plainFilter,
                                       &selected);
    if (path.isEmpty())
        return;
    startListExport(path,
                    selected == plainFilter ? Core::CsvDialect::Plain : Core::CsvDialect::Excel);
}

void ExportActions::startListExport(const QString &path, Core::CsvDialect dialect)
{
    const auto table = tableOf(m_window.currentSection());
    if (!m_window.store() || !table) {
        QTableView *view = shownTable(m_window.centralWidget());
        if (!view) {
            reportFailure(tr("Export Failed"),
                          tr("The shown page has no list to export. Show a list and export "
                             "again."));
            emit finished({false, 0, tr("No list is shown.")});
            return;
        }
        exportViewAsCsv(view, path, dialect);
        return;
    }
    const ListPanel *panel = m_window.listPanel(*table);
    const QList<int> columns = visibleColumns(panel->view()->horizontalHeader());
    Core::ListCsvOptions options;
    options.query = panel->model()->query();
    options.columns = columns;
    options.headers = headerTitles(panel->model(), columns);
    options.dialect = dialect;
    const ListValueFormatter formatter(*m_window.store(), *table);
    options.formatter = [formatter](int column, const QVariant &value) {
        return formatter.format(column, value);
    };
    const QString database = m_window.store()->database().path();
    qCInfo(lcUi) << "CSV export of the list to" << path << "started";
    run(
        tr("Exporting the list..."),
        [database, options, path](auto cancel, auto progress) {
            Core::ListCsvExport exporter;
            exporter.setCancelFlag(cancel);
            exporter.setProgressHandler(progress);
            return outcomeOf(exporter.writeFile(database, options, path));
        },
        [this](const ExportOutcome &outcome) {
            if (!outcome.ok)
                reportFailure(tr("Export Failed"), outcome.error);
        });
}

void ExportActions::exportViewAsCsv(QAbstractItemView *view,
                                    const QString &path,
                                    Core::CsvDialect dialect)
{
    // Lists other than the store list panels hold their rows in their model, so
    // they are written here, row by row in the order the view shows them.
    auto *table = qobject_cast<QTableView *>(view);
    const QAbstractItemModel *model = view->model();
    const QList<int> columns = visibleColumns(table->horizontalHeader());
    QSaveFile file(path);
    ExportOutcome outcome;
    if (file.open(QIODevice::WriteOnly)) {
        Core::CsvWriter writer(file, dialect);
        auto written = writer.writeStart();
        if (written)
            written = writer.writeRecord(headerTitles(model, columns));
        const int rows = model->rowCount();
        for (int row = 0; row < rows && written; ++row) {
            QStringList cells;
            for (const int column : columns)
                cells.append(model->index(row, column).data().toString());
            written = writer.writeRecord(cells);
            ++outcome.count;
        }
        outcome.ok = written && file.commit();
        outcome.error = written ? file.errorString() : written.error().text();
    } else {
        outcome.error = file.errorString();
    }
    if (!outcome.ok) {
        reportFailure(tr("Export Failed"),
                      tr("%1 could not be written: %2. Choose another folder.")
                          .arg(QDir::toNativeSeparators(path), outcome.error));
    }
    emit finished(outcome);
}

void ExportActions::exportContactsAsVCard()
{
    if (!m_window.store() || isBusy())
        return;
    QStringList ids;
    const auto table = tableOf(m_window.currentSection());
    if (table && *table != Core::ListTable::Links) {
        const QString id = m_window.listPanel(*table)->currentId();
        if (!id.isEmpty()) {
            QMessageBox question(QMessageBox::Question,
                                 tr("Export Contacts as vCard"),
                                 tr("Export the selected contact or every contact?"),
                                 QMessageBox::Cancel,
                                 &m_window);
            QPushButton *selected = question.addButton(tr("&Selected"), QMessageBox::AcceptRole);
            question.addButton(tr("&All"), QMessageBox::AcceptRole);
            question.exec();
            if (question.clickedButton()
                == static_cast<QAbstractButton *>(question.button(QMessageBox::Cancel)))
                return;
            if (question.clickedButton() == static_cast<QAbstractButton *>(selected))
                ids.append(id);
        }
    }
    bool chosen = false;
    const QString version = QInputDialog::getItem(&m_window,
                                                  tr("Export Contacts as vCard"),
                                                  tr("vCard version:"),
                                                  {QStringLiteral("4.0"), QStringLiteral("3.0")},
                                                  0,
                                                  false,
                                                  &chosen);
    if (!chosen)
        return;
    const QString path = askSavePath(
        tr("Export Contacts as vCard"), tr("contacts.vcf"), tr("vCard files (*.vcf *.vcard)"));
    if (path.isEmpty())
        return;
    startVCardExport(path, *Core::vCardVersionFromName(version), ids);
}

void ExportActions::startVCardExport(const QString &path,
                                     Core::VCardVersion version,
                                     const QStringList &ids)
{
    Core::VCardExportOptions options;
    options.version = version;
    options.ids = ids;
    const QString database = m_window.store()->database().path();
    qCInfo(lcUi) << "vCard export to" << path << "started";
    run(
        tr("Exporting contacts..."),
        [database, options, path](auto cancel, auto progress) {
            Core::VCardExport exporter;
            exporter.setCancelFlag(cancel);
            exporter.setProgressHandler(progress);
            return outcomeOf(exporter.writeFile(database, options, path));
        },
        [this](const ExportOutcome &outcome) {
            if (!outcome.ok)
                reportFailure(tr("Export Failed"), outcome.error);
        });
}

void ExportActions::backUp()
{
    if (!m_window.store() || isBusy())
        return;
    const QString name = QFileInfo(m_window.store()->database().path()).completeBaseName()
                         + QDate::currentDate().toString(QStringLiteral("-yyyy-MM-dd"))
                         + QStringLiteral(".json");
    const QString path = askSavePath(tr("Back Up"), name, tr("CoopAtlas backups (*.json)"));
    if (!path.isEmpty())
        startBackup(path);
}

void ExportActions::startBackup(const QString &path)
{
    const QString database = m_window.store()->database().path();
    qCInfo(lcUi) << "Backup to" << path << "started";
    run(
        tr("Backing up..."),
        [database, path](auto cancel, auto progress) {
            auto db = Core::Database::open(database);
            if (!db)
                return outcomeOf(db.error());
            Core::JsonBackup backup;
            backup.setCancelFlag(cancel);
            backup.setProgressHandler(progress);
            return outcomeOf(backup.write(**db, path));
        },
        [this](const ExportOutcome &outcome) {
            if (!outcome.ok)
                reportFailure(tr("Backup Failed"), outcome.error);
        });
}

void ExportActions::restoreFromBackup()
{
    if (isBusy() || !m_window.detailPane()->confirmLeave())
        return;
    const QString backup = QFileDialog::getOpenFileName(
        &m_window, tr("Restore from Backup"), QString(), tr("CoopAtlas backups (*.json)"));
    if (backup.isEmpty())
        return;
    // The file dialog asks before it returns an existing file.
    const QString target = QFileDialog::getSaveFileName(&m_window,
                                                        tr("Save the Restored Store As"),
                                                        QFileInfo(backup).absolutePath(),
                                                        tr("CoopAtlas stores (*.coopatlas)"));
    if (!target.isEmpty())
        startRestore(backup, target, QFileInfo::exists(target));
}

void ExportActions::startRestore(const QString &backupPath, const QString &targetPath, bool replace)
{
    Core::Store *open = m_window.store();
    if (open && QFileInfo(targetPath).exists()
        && QFileInfo(targetPath).canonicalFilePath()
               == QFileInfo(open->database().path()).canonicalFilePath()) {
        const QString message = tr("%1 is the open store and cannot be replaced. Choose another "
                                   "file for the restored store.")
                                    .arg(QDir::toNativeSeparators(targetPath));
        reportFailure(tr("Restore Failed"), message);
        emit finished({false, 0, message});
        return;
    }
    qCInfo(lcUi) << "Restore of" << backupPath << "into" << targetPath << "started";
    run(
        tr("Restoring..."),
        [backupPath, targetPath, replace](auto cancel, auto progress) {
            Core::JsonBackup backup;
            backup.setCancelFlag(cancel);
            backup.setProgressHandler(progress);
            return outcomeOf(backup.restore(backupPath, targetPath, replace));
        },
        [this, targetPath](const ExportOutcome &outcome) {
            if (!outcome.ok) {
                reportFailure(tr("Restore Failed"), outcome.error);
                return;
            }
            auto opened = openStore(targetPath, false);
            if (!opened) {
                reportFailure(tr("Restore Failed"), opened.error().text());
                return;
            }
            m_window.setStore(std::move(opened.value().store));
        });
}

} // namespace CoopAtlas::Ui
