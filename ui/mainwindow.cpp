// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <ui/barriers/barrierform.h>
#include <ui/barriers/barrierspage.h>
#include <ui/commands/anyrecord.h>
#include <ui/commands/recordcommands.h>
#include <ui/dashboard/dashboardwidget.h>
#include <ui/detail/detailpane.h>
#include <ui/detail/recordform.h>
#include <ui/firststartbanner.h>
#include <ui/import/importwizard.h>
#include <ui/knowledge/knowledgepage.h>
#include <ui/knowledge/resourceform.h>
#include <ui/listpanel.h>
#include <ui/logging.h>
#include <ui/mainmenus.h>
#include <ui/models/recordlistmodel.h>
#include <ui/residencies/residenciespage.h>
#include <ui/residencies/residencyform.h>
#include <ui/search/searchpopup.h>
#include <ui/settings/settingsdialog.h>
#include <ui/storeopener.h>
#include <ui/sync/synccontroller.h>
#include <ui/sync/syncconflictsdialog.h>
#include <ui/sync/syncsettingspage.h>
#include <ui/sync/syncstatuswidget.h>
#include <ui/workshops/workshopform.h>
#include <ui/workshops/workshopspage.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

constexpr auto GeometryKey = "window/geometry";
constexpr auto StateKey = "window/state";
constexpr auto SplitterKey = "window/splitter";
constexpr auto NavigationKey = "window/navigation";
constexpr auto SectionKey = "window/section";
constexpr auto RecordKey = "window/record";         ///< id of the record shown at exit
constexpr auto RecordKindKey = "window/recordKind"; ///< its RecordKind as a number
/// Time that a note about a skipped undo or redo stays in the status bar.
constexpr int StatusMessageMs = 10000;

MainWindow::Section sectionOf(Core::RecordKind kind)
{
    switch (kind) {
    case Core::RecordKind::Person:
        return MainWindow::Section::People;
    case Core::RecordKind::Link:
        return MainWindow::Section::Links;
    default:
        return MainWindow::Section::Organisations;
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_context(new CommandContext(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/coopatlas.svg")));
    buildCentralWidget();
    m_sync = new SyncController(this);
    m_syncStatus = new SyncStatusWidget(m_sync, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus,
            &SyncStatusWidget::conflictsRequested,
            this,
            &MainWindow::openSyncConflicts);
    connect(m_syncStatus, &SyncStatusWidget::settingsRequested, this, [this] {
        openSettings(true);
    });
    buildMainMenus(*this, m_undoStack);
    m_search = new SearchPopup(this);
    connect(m_search, &SearchPopup::recordChosen, this, &MainWindow::revealRecord);
    connect(m_context, &CommandContext::failed, this, [this](const QString &message) {
        showError(tr("Change Not Saved"), message);
    });
    connect(m_context, &CommandContext::skipped, this, [this](const QString &message) {
        statusBar()->showMessage(message, StatusMessageMs);
    });
    connect(m_context, &CommandContext::recordTouched, this, &MainWindow::onRecordTouched);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    restoreWindowState();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views, commands and the sync refer to the store: drop them before it.
    m_sync->shutdown();
    m_undoStack->clear();
    m_context->setStore(nullptr);
}

void MainWindow::buildCentralWidget()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItems({tr("Dashboard"),
                            tr("Organisations"),
                            tr("People"),
                            tr("Links"),
                            tr("Knowledge Base"),
                            tr("Obstacles")});
    m_navigation->addItems({tr("Workshops"), tr("Residencies")});
    // As wide as the longest section name of the UI language ("Base de
    // connaissances" in French), with room for the frame and item margins.
    int widestName = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        widestName = qMax(
            widestName,
            m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    }
    const int navigationWidth = qMax(120, widestName + 2 * m_navigation->frameWidth() + 16);
    m_navigation->setMinimumWidth(navigationWidth);
    m_navigation->setAccessibleName(tr("Sections"));

    m_dashboard = new DashboardWidget;
    m_organisations = new ListPanel(Core::ListTable::Organisations);
    m_people = new ListPanel(Core::ListTable::People);
    m_links = new ListPanel(Core::ListTable::Links);
    m_lists = new QStackedWidget;
    for (ListPanel *panel : {m_organisations, m_people, m_links}) {
        m_lists->addWidget(panel);
        connect(panel, &ListPanel::currentRecordChanged, this, &MainWindow::onRecordSelected);
        connect(panel, &ListPanel::recordActivated, this, [this] {
            if (RecordForm *form = m_detail->currentForm())
                form->focusFirstField();
        });
        connect(panel->model(), &RecordListModel::loadFailed, this, [this](const QString &message) {
            showError(tr("List Not Read"), message);
        });
    }
    m_detail = new DetailPane(m_undoStack, m_context);
    connect(m_detail, &DetailPane::openRecordRequested, this, [this](auto kind, const QString &id) {
        revealRecord(kind, id);
    });
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_lists);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({720, 520});

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_splitter);
    m_workshops = new WorkshopsPage(m_undoStack, m_context);
    m_residencies = new ResidenciesPage(m_undoStack, m_context);
    m_pages->addWidget(m_workshops);
    m_pages->addWidget(m_residencies);
    connect(m_workshops, &WorkshopsPage::loadFailed, this, [this](const QString &message) {
        showError(tr("List Not Read"), message);
    });
    connect(m_residencies, &ResidenciesPage::loadFailed, this, [this](const QString &message) {
        showError(tr("List Not Read"), message);
    });
    m_knowledge = new KnowledgePage(m_undoStack, m_context);
    m_barriers = new BarriersPage(m_undoStack, m_context);
    m_pages->addWidget(m_knowledge);
    m_pages->addWidget(m_barriers);
    connect(m_knowledge, &KnowledgePage::loadFailed, this, [this](const QString &message) {
        showError(tr("List Not Read"), message);
    });
    connect(m_barriers, &BarriersPage::loadFailed, this, [this](const QString &message) {
        showError(tr("List Not Read"), message);
    });
    connect(m_knowledge->form(), &ResourceForm::edited, this, &MainWindow::updateActions);
    connect(m_barriers->form(), &BarrierForm::edited, this, &MainWindow::updateActions);
    // Edit > Delete follows the record that each page shows. The pages show the record
    // chosen in their list on currentRowChanged, connected before these.
    connect(m_workshops->form(), &WorkshopForm::recordShown, this, &MainWindow::updateActions);
    connect(m_residencies->form(), &ResidencyForm::recordShown, this, &MainWindow::updateActions);
    connect(m_knowledge->form(), &ResourceForm::saved, this, &MainWindow::updateActions);
    connect(m_barriers->form(), &BarrierForm::saved, this, &MainWindow::updateActions);
    connect(m_knowledge->listView()->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::updateActions);
    connect(m_barriers->treeView()->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::updateActions);
    m_outerSplitter = new QSplitter(Qt::Horizontal);
    m_outerSplitter->addWidget(m_navigation);
    m_outerSplitter->addWidget(m_pages);
    m_outerSplitter->setStretchFactor(1, 1);
    m_outerSplitter->setChildrenCollapsible(false);
    m_outerSplitter->setSizes({navigationWidth, 1280 - navigationWidth});

    m_banner = new FirstStartBanner;
    m_banner->setVisible(false);
    connect(m_banner, &FirstStartBanner::emptyStoreRequested, this, &MainWindow::newEmptyStore);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_outerSplitter, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(Section(row));
    });
    setTabOrder(m_navigation, m_organisations);
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::setStore(std::unique_ptr<Core::Store> store, bool sampleLoaded)
{
    m_sync->setStore(nullptr);
    m_undoStack->clear();
    m_context->setStore(store.get());
    m_dashboard->setStore(store.get());
    for (ListPanel *panel : {m_organisations, m_people, m_links})
        panel->setStore(store.get());
    m_detail->setStore(store.get());
    m_knowledge->setStore(store.get());
    m_barriers->setStore(store.get());
    m_search->setStore(store.get());
    m_workshops->setStore(store.get());
    m_residencies->setStore(store.get());
    // The old store is destroyed only after every view has let go of it.
    m_store = std::move(store);
    m_banner->setVisible(sampleLoaded);
    m_sync->setStore(m_store.get());
    if (m_store) {
        QSettings().setValue(QLatin1String(SettingsKey::LastStore), m_store->database().path());
    }
    updateTitle();
    updateActions();
    // The record shown at the last exit is shown again once, in the first store opened.
    const QString pendingId = std::exchange(m_pendingRecordId, QString());
    if (m_store && !pendingId.isEmpty() && m_store->describe(pendingId).ok()) {
        const Section section = currentSection();
        revealRecord(m_pendingRecordKind, pendingId);
        showSection(section);
    }
}

void MainWindow::showSection(Section section)
{
    const int row = int(section);
    if (m_navigation->currentRow() != row) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    if (QWidget *page = activityPage(section)) {
        for (ListPanel *panel : {m_organisations, m_people, m_links})
            panel->setActive(false);
        m_pages->setCurrentWidget(page);
        updateActions();
        return;
    }
    // Only the shown list reads the store, and the others catch up when shown.
    for (ListPanel *panel : {m_organisations, m_people, m_links})
        panel->setActive(!pageOf(section) && panel == currentListPanel());
    if (QWidget *page = pageOf(section)) {
        m_pages->setCurrentWidget(page);
        updateActions();
        return;
    }
    m_pages->setCurrentWidget(m_splitter);
    ListPanel *panel = currentListPanel();
    if (m_lists->currentWidget() != panel) {
        m_lists->setCurrentWidget(panel);
        const QString id = panel->currentId();
        if (id.isEmpty())
            m_detail->clear();
        else
            m_detail->showRecord(panel->recordKind(), id);
    }
    updateActions();
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(qMax(0, m_navigation->currentRow()));
}

ListPanel *MainWindow::listPanel(Core::ListTable table) const
{
    switch (table) {
    case Core::ListTable::People:
        return m_people;
    case Core::ListTable::Links:
        return m_links;
    case Core::ListTable::Organisations:
        break;
    }
    return m_organisations;
}

QWidget *MainWindow::pageOf(Section section) const
{
    switch (section) {
    case Section::Dashboard:
        return m_dashboard;
    case Section::Knowledge:
        return m_knowledge;
    case Section::Obstacles:
        return m_barriers;
    default:
        return nullptr;
    }
}

bool MainWindow::revealKnowledgeRecord(Core::RecordKind kind, const QString &id)
{
    if (kind == Core::RecordKind::Resource) {
        showSection(Section::Knowledge);
        m_knowledge->selectResource(id);
    } else if (kind == Core::RecordKind::Barrier) {
        showSection(Section::Obstacles);
        m_barriers->selectBarrier(id);
    } else {
        return false;
    }
    updateActions();
    return true;
}

QWidget *MainWindow::activityPage(Section section) const
{
    if (section == Section::Workshops)
        return m_workshops;
    if (section == Section::Residencies)
        return m_residencies;
    return nullptr;
}

ListPanel *MainWindow::currentListPanel() const
{
    switch (currentSection()) {
    case Section::People:
        return m_people;
    case Section::Links:
        return m_links;
    default:
        return m_organisations;
    }
}

void MainWindow::onRecordSelected(Core::RecordKind kind, const QString &id)
{
    if (sender() != currentListPanel())
        return;
    if (id.isEmpty())
        m_detail->clear();
    else if (!m_detail->showRecord(kind, id) && !m_detail->recordId().isEmpty())
        currentListPanel()->selectRecord(m_detail->recordId()); // the user kept editing
    updateActions();
}

void MainWindow::onRecordTouched(Core::RecordKind kind, const QString &id)
{
    if (kind == Core::RecordKind::Resource || kind == Core::RecordKind::Barrier) {
        // After an undone creation or a delete (empty id), the form lets go of the record.
        const bool resource = kind == Core::RecordKind::Resource;
        const QString shown = resource ? m_knowledge->form()->resourceId()
                                       : m_barriers->form()->barrierId();
        revealKnowledgeRecord(kind, id.isEmpty() ? shown : id);
        return;
    }
    // Links and notes added from a record's pane stay there; the pane refreshes itself.
    const bool ownList = kind == Core::RecordKind::Organisation || kind == Core::RecordKind::Person
                         || (kind == Core::RecordKind::Link && currentSection() == Section::Links);
    if (id.isEmpty() || !ownList)
        return;
    revealRecord(kind, id);
}

void MainWindow::revealRecord(Core::RecordKind kind, const QString &id, const QString &title)
{
    if (!m_store || id.isEmpty())
        return;
    if (kind == Core::RecordKind::Workshop) {
        showSection(Section::Workshops);
        m_workshops->selectWorkshop(id);
        return;
    }
    if (kind == Core::RecordKind::Residency) {
        showSection(Section::Residencies);
        m_residencies->selectResidency(id);
        return;
    }
    if (revealKnowledgeRecord(kind, id))
        return;
    if (kind == Core::RecordKind::Note) {
        // A note opens the record it is about.
        const auto note = m_store->note(id);
        if (note)
            revealRecord(note->recordKind, note->recordId);
        return;
    }
    showSection(sectionOf(kind));
    ListPanel *panel = currentListPanel();
    if (!panel->selectRecord(id)) {
        panel->model()->refresh();
        if (!panel->selectRecord(id) && !title.isEmpty()) {
            // Narrow the list to the record's name so that it can be selected.
            panel->filterEdit()->setText(title);
            panel->applyFilter();
            panel->selectRecord(id);
        }
    }
    if (m_detail->recordId() != id || m_detail->kind() != kind)
        m_detail->showRecord(kind, id);
    updateActions();
}

void MainWindow::newRecord()
{
    if (!m_store)
        return;
    if (currentSection() == Section::Workshops) {
        m_workshops->newWorkshop();
        return;
    }
    if (currentSection() == Section::Residencies) {
        m_residencies->newResidency();
        return;
    }
    if (currentSection() == Section::Knowledge) {
        m_knowledge->newResource();
        return;
    }
    if (currentSection() == Section::Obstacles) {
        m_barriers->newBarrier();
        return;
    }
    if (currentSection() == Section::Dashboard)
        showSection(Section::Organisations);
    if (currentSection() == Section::Links) {
        QMessageBox::information(this,
                                 tr("New Link"),
                                 tr("Links are added from one of their ends: open an "
                                    "organisation or a person and choose \"Add Link...\"."));
        return;
    }
    m_detail->showNew(currentListPanel()->recordKind());
}

void MainWindow::saveRecord()
{
    if (currentSection() == Section::Knowledge)
        m_knowledge->save();
    else if (currentSection() == Section::Obstacles)
        m_barriers->save();
    else if (currentSection() == Section::Workshops)
        m_workshops->form()->save();
    else if (currentSection() == Section::Residencies)
        m_residencies->form()->save();
    else
        m_detail->save();
}

void MainWindow::duplicateRecord()
{
    if (!m_store || m_detail->recordId().isEmpty())
        return;
    auto record = loadRecord(*m_store, m_detail->kind(), m_detail->recordId());
    if (!record) {
        showError(tr("Duplicate Failed"), record.error().text());
        return;
    }
    AnyRecord copy = record.value();
    metaOf(copy) = Core::RecordMeta();
    if (auto *org = std::get_if<Core::Organisation>(&copy))
        org->name = tr("%1 (copy)").arg(org->name);
    else if (auto *person = std::get_if<Core::Person>(&copy))
        person->formattedName = tr("%1 (copy)").arg(person->formattedName);
    const QString name = displayNameOf(record.value());
    m_undoStack->push(new CreateRecordCommand(m_context, copy, tr("Duplicate %1").arg(name)));
}

void MainWindow::deleteRecord()
{
    if (currentSection() == Section::Workshops) {
        m_workshops->deleteWorkshop();
        return;
    }
    if (currentSection() == Section::Residencies) {
        m_residencies->deleteResidency();
        return;
    }
    if (currentSection() == Section::Knowledge) {
        m_knowledge->deleteResource();
        return;
    }
    if (currentSection() == Section::Obstacles) {
        m_barriers->deleteBarrier();
        return;
    }
    const QString id = m_detail->recordId();
    if (!m_store || id.isEmpty())
        return;
    const Core::RecordKind kind = m_detail->kind();
    const auto description = m_store->describe(id);
    const QString name = description ? description->second : id;
    const auto links = m_store->linksOf(id);
    const auto notes = m_store->notesOf(id);
    const int linkCount = links ? int(links->size()) : 0;
    const int noteCount = notes ? int(notes->size()) : 0;
    QString question = tr("Delete \"%1\"?").arg(name);
    if (kind != Core::RecordKind::Link && linkCount > 0)
        question += u' ' + tr("Its %n link(s) will be deleted too.", nullptr, linkCount);
    if (noteCount > 0)
        question += u' ' + tr("Its %n note(s) will be deleted too.", nullptr, noteCount);
    question += u' ' + tr("You can undo this with Edit > Undo.");
    const auto answer = QMessageBox::question(this,
                                              tr("Delete Record"),
                                              question,
                                              QMessageBox::Yes | QMessageBox::Cancel,
                                              QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    qCInfo(lcUiEdit) << "Deleting record" << id;
    m_undoStack->push(new DeleteRecordCommand(m_context, kind, id, name));
}

void MainWindow::newEmptyStore()
{
    const QString current = m_store ? m_store->database().path() : defaultStorePath();
    const QString suggested
        = QFileInfo(current).dir().filePath(QStringLiteral("coopatlas-empty.sqlite"));
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("New Empty Store"),
                                                      suggested,
                                                      tr("CoopAtlas stores (*.sqlite)"),
                                                      nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("File Exists"),
                  tr("%1 already exists. Choose a new file name for the empty store, or open "
                     "the existing file with File > Open Store.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchToFile(path, false);
}

void MainWindow::openStoreFile()
{
    const QString current = m_store ? m_store->database().path() : defaultStorePath();
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("Open Store"),
                                       QFileInfo(current).path(),
                                       tr("CoopAtlas stores (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        switchToFile(path, false);
}

void MainWindow::switchToFile(const QString &path, bool loadSample)
{
    if (!m_detail->confirmLeave())
        return;
    auto opened = openStore(path, loadSample);
    if (!opened) {
        // Errors about the file carry its path as context, so the path is shown once.
        const Core::Error &error = opened.error();
        const QString reason = error.context == path ? error.message : error.text();
        showError(tr("Store Not Opened"),
                  tr("%1 could not be opened. %2\nChoose another file.")
                      .arg(QDir::toNativeSeparators(path), reason));
        return;
    }
    setStore(std::move(opened.value().store), opened.value().sampleLoaded);
}

ImportWizard *MainWindow::openImportWizard(const QString &filePath)
{
    if (!m_store || !m_detail->confirmLeave())
        return nullptr;
    auto *wizard = new ImportWizard(m_store.get(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The import wrote through its own connection: the views read the store again.
    connect(wizard, &ImportWizard::imported, m_store.get(), &Core::Store::notifyReloaded);
    wizard->open();
    if (!filePath.isEmpty()) {
        wizard->setFilePath(filePath);
        if (wizard->currentPage()->isComplete())
            wizard->next();
    }
    return wizard;
}

void MainWindow::openSettings(bool syncPage)
{
    SettingsDialog dialog(this, m_store.get(), m_sync);
    if (syncPage && dialog.syncPage())
        dialog.tabs()->setCurrentWidget(dialog.syncPage());
    if (dialog.exec() != QDialog::Accepted || !m_store)
        return;
    m_sync->reloadSettings();
    m_store->database().setAuthor(
        QSettings().value(QLatin1String(SettingsKey::AuthorName)).toString());
}

void MainWindow::openSyncConflicts()
{
    if (!m_store)
        return;
    SyncConflictsDialog dialog(*m_store, this);
    dialog.setSyncController(m_sync);
    connect(&dialog, &SyncConflictsDialog::resolved, m_sync, &SyncController::refreshCounts);
    connect(&dialog, &SyncConflictsDialog::syncRequested, m_sync, [this] {
        m_sync->syncNow(true);
    });
    dialog.exec();
    m_sync->refreshCounts();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    qCWarning(lcUi) << title << message;
    QMessageBox::warning(this, title, message);
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("CoopAtlas"));
        return;
    }
    setWindowFilePath(m_store->database().path());
    setWindowTitle(tr("%1 – CoopAtlas").arg(QFileInfo(m_store->database().path()).fileName()));
}

void MainWindow::updateActions()
{
    const bool hasStore = m_store != nullptr;
    bool hasRecord = hasStore && !m_detail->recordId().isEmpty();
    if (currentSection() == Section::Knowledge)
        hasRecord = hasStore && !m_knowledge->form()->resourceId().isEmpty();
    else if (currentSection() == Section::Obstacles)
        hasRecord = hasStore && !m_barriers->form()->barrierId().isEmpty();
    action(QStringLiteral("new"))->setEnabled(hasStore);
    // Resources and barriers have no Duplicate.
    action(QStringLiteral("duplicate"))->setEnabled(hasRecord && !pageOf(currentSection()));
    action(QStringLiteral("delete"))->setEnabled(hasRecord);
    action(QStringLiteral("find"))->setEnabled(hasStore);
    action(QStringLiteral("import"))->setEnabled(hasStore);
    action(QStringLiteral("syncNow"))->setEnabled(hasStore);
    action(QStringLiteral("syncConflicts"))->setEnabled(hasStore);
    if (currentSection() == Section::Workshops || currentSection() == Section::Residencies) {
        const bool shown = currentSection() == Section::Workshops
                               ? !m_workshops->form()->workshopId().isEmpty()
                               : !m_residencies->form()->residencyId().isEmpty();
        action(QStringLiteral("duplicate"))->setEnabled(false);
        action(QStringLiteral("delete"))->setEnabled(hasStore && shown);
    }
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray())) {
        // 1280 x 800 at most, and never larger than the free area of the screen.
        QSize size(1280, 800);
        if (const QScreen *shown = screen())
            size = size.boundedTo(shown->availableGeometry().size());
        resize(size);
    }
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(SplitterKey)).toByteArray());
    m_outerSplitter->restoreState(settings.value(QLatin1String(NavigationKey)).toByteArray());
    const int section
        = settings.value(QLatin1String(SectionKey), int(Section::Organisations)).toInt();
    showSection(Section(qBound(0, section, int(Section::Residencies))));
    m_pendingRecordId = settings.value(QLatin1String(RecordKey)).toString();
    m_pendingRecordKind = Core::RecordKind(settings.value(QLatin1String(RecordKindKey)).toInt());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    settings.setValue(QLatin1String(SplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(NavigationKey), m_outerSplitter->saveState());
    settings.setValue(QLatin1String(SectionKey), int(currentSection()));
    settings.setValue(QLatin1String(RecordKey), m_detail->recordId());
    settings.setValue(QLatin1String(RecordKindKey), int(m_detail->kind()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workshops->confirmLeave() || !m_residencies->confirmLeave()) {
        event->ignore();
        return;
    }
    if (!m_detail->confirmLeave() || !m_knowledge->confirmLeave()
        || !m_barriers->confirmLeave()) {
        event->ignore();
        return;
    }
    if (!m_sync->shutdown())
        qCWarning(lcUi) << "Sync still running at exit after" << SyncController::ShutdownWaitMs
                        << "ms; SQLite rolls back its unfinished transaction";
    saveWindowState();
    event->accept();
}

} // namespace CoopAtlas::Ui
