// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexportdialog.h"

#include <core/interchange/icalendarwriter.h>
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/logging.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

/// Object names of the workshop and residency list views, whose rows carry the
/// record id in Qt::UserRole + 1.
/// NOTE: a renamed view or role leaves "Only the selected" disabled without an error.
constexpr const char *ActivityListNames[] = {"workshopList", "residencyList"};
constexpr int ActivityIdRole = Qt::UserRole + 1;
constexpr int StatusMessageMs = 10000;

QStringList selectedActivityIds(const QMainWindow &window)
{
    QStringList ids;
    for (const char *name : ActivityListNames) {
        const auto *view = window.findChild<QTableView *>(QLatin1String(name));
        if (!view || !view->selectionModel())
            continue;
        for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
            const QString id = index.data(ActivityIdRole).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QMenu *exportMenuOf(QMenu *fileMenu)
{
    const QString title = CalendarExportDialog::tr("&Export");
    for (QAction *action : fileMenu->actions()) {
        QMenu *menu = action->menu();
        if (menu && (menu->objectName() == QLatin1String("exportMenu") || menu->title() == title))
            return menu;
    }
    QMenu *menu = fileMenu->addMenu(title);
    menu->setObjectName(QStringLiteral("exportMenu"));
    return menu;
}

/// The label of the "only the selected" choice. With no selection, it states that nothing is
/// selected instead of counting zero items.
QString selectionChoiceText(qsizetype count)
{
    if (count == 0) {
        return CalendarExportDialog::tr("Only the items selected in the lists (none is selected)");
    }
    return CalendarExportDialog::tr(
        "Only the %n &selected item(s) in the lists", nullptr, int(count));
}

} // namespace

void addCalendarExportAction(QMainWindow &window,
                             QMenu *fileMenu,
                             const std::function<Core::Store *()> &store)
{
    QAction *action
        = exportMenuOf(fileMenu)->addAction(CalendarExportDialog::tr("&Calendar (iCalendar)..."));
    action->setObjectName(QStringLiteral("exportCalendar"));
    QObject::connect(action, &QAction::triggered, &window, [&window, store] {
        Core::Store *shown = store();
        if (!shown)
            return;
        CalendarExportDialog dialog(shown, selectedActivityIds(window), &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        window.statusBar()->showMessage(
            CalendarExportDialog::tr("%n event(s) written to %1", nullptr, dialog.writtenCount())
                .arg(QDir::toNativeSeparators(dialog.pathEdit()->text().trimmed())),
            StatusMessageMs);
    });
}

Core::Result<int>
writeCalendarFile(Core::Store &store, const Core::CalendarSelection &selection, const QString &path)
{
    qCInfo(lcUi) << "Exporting the calendar to" << path;
    auto items = Core::calendarItems(Core::ActivityStore(store), selection);
    if (!items)
        return items.error();
    auto text = Core::writeICalendar(items.value());
    if (!text)
        return text.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.value()) != text.value().size()
        || !file.commit()) {
        qCWarning(lcUi) << "Writing the calendar to" << path << "failed:" << file.errorString();
        return Core::Error{
            CalendarExportDialog::tr("Writing \"%1\" failed: %2. Choose a folder where you may "
                                     "write and that has enough free space.")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            {}};
    }
    return int(items.value().size());
}

CalendarExportDialog::CalendarExportDialog(Core::Store *store,
                                           const QStringList &selectedIds,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_selectedIds(selectedIds)
    , m_all(new QRadioButton(tr("&All workshops and residencies"), this))
    , m_selected(new QRadioButton(selectionChoiceText(selectedIds.size()), this))
    , m_range(new QCheckBox(tr("Only &between:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Export Calendar"));
    m_all->setChecked(true);
    m_selected->setEnabled(!selectedIds.isEmpty());
    if (selectedIds.isEmpty()) {
        m_selected->setToolTip(tr("Select workshops or residencies in their lists first, then "
                                  "open this dialog again."));
    }
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(m_range, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(QDate(today.year(), 12, 31));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_path->setAccessibleName(tr("Calendar file"));
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("coopatlas.ics")));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("and"), this));
    range->addWidget(m_to);
    range->addStretch();
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_all);
    layout->addWidget(m_selected);
    layout->addLayout(range);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    layout->addWidget(pathLabel);
    layout->addLayout(pathRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &CalendarExportDialog::choosePath);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Core::CalendarSelection CalendarExportDialog::selection() const
{
    Core::CalendarSelection selection;
    if (m_selected->isChecked())
        selection.ids = m_selectedIds;
    if (m_range->isChecked()) {
        selection.from = m_from->date();
        selection.to = m_to->date();
    }
    return selection;
}

void CalendarExportDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Calendar"), m_path->text(), tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void CalendarExportDialog::accept()
{
    const QString path = m_path->text().trimmed();
    QString problem;
    if (!m_store)
        problem = tr("No store is open. Open a store, then export its calendar.");
    else if (path.isEmpty())
        problem = tr("No file is chosen. Enter a file name or choose one with Browse...");
    else if (m_range->isChecked() && m_to->date() < m_from->date())
        problem = tr("The last day %1 is before the first day %2. Choose a last day on or "
                     "after the first day.")
                      .arg(QLocale().toString(m_to->date(), QLocale::ShortFormat),
                           QLocale().toString(m_from->date(), QLocale::ShortFormat));
    if (problem.isEmpty()) {
        auto written = writeCalendarFile(*m_store, selection(), path);
        if (written) {
            m_written = written.value();
            QDialog::accept();
            return;
        }
        problem = written.error().text();
    }
    m_error->setText(problem);
    m_error->show();
}

} // namespace CoopAtlas::Ui
