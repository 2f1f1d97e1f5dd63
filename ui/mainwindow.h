// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/storage/store.h>

#include <QMainWindow>

#include <memory>

class QAction;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace CoopAtlas::Ui {

class CommandContext;
class DashboardWidget;
class ResidenciesPage;
class WorkshopsPage;
class DetailPane;
class FirstStartBanner;
class BarriersPage;
class KnowledgePage;
class ImportWizard;
class ListPanel;
class SearchPopup;
class SyncController;
class SyncStatusWidget;

/// The main window: navigation on the left (dashboard, organisations, people,
/// links), the record list and the detail pane in a splitter, menus, global
/// search and one undo stack for every change.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section {
        Dashboard,
        Organisations,
        People,
        Links,
        Knowledge,
        Obstacles,
        Workshops,
        Residencies
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows a store; the window owns it. The first-start banner shows when
    /// sampleLoaded is true.
    void setStore(std::unique_ptr<Core::Store> store, bool sampleLoaded = false);
    [[nodiscard]] Core::Store *store() const { return m_store.get(); }

    void showSection(Section section);
    [[nodiscard]] Section currentSection() const;
    [[nodiscard]] ListPanel *listPanel(Core::ListTable table) const;
    [[nodiscard]] DetailPane *detailPane() const { return m_detail; }
    [[nodiscard]] DashboardWidget *dashboard() const { return m_dashboard; }
    [[nodiscard]] WorkshopsPage *workshopsPage() const { return m_workshops; }
    [[nodiscard]] ResidenciesPage *residenciesPage() const { return m_residencies; }
    [[nodiscard]] SearchPopup *searchPopup() const { return m_search; }
    [[nodiscard]] KnowledgePage *knowledgePage() const { return m_knowledge; }
    [[nodiscard]] BarriersPage *barriersPage() const { return m_barriers; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] CommandContext *commandContext() const { return m_context; }
    [[nodiscard]] FirstStartBanner *banner() const { return m_banner; }
    [[nodiscard]] SyncController *syncController() const { return m_sync; }
    [[nodiscard]] SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    /// The action with the given object name ("new", "delete", "find", ...).
    [[nodiscard]] QAction *action(const QString &name) const;

    /// Switches to the record's list, selects it and shows it in the detail pane.
    void revealRecord(Core::RecordKind kind, const QString &id, const QString &title = {});

    /// Starts a new record of the current list's kind in the detail pane.
    void newRecord();
    /// Saves the form of the current section.
    void saveRecord();
    /// Creates a copy of the shown record (one undoable command).
    void duplicateRecord();
    /// Asks for confirmation, naming the record and its links and notes, then deletes it.
    void deleteRecord();
    /// Asks for a file and opens a new empty store there.
    void newEmptyStore();
    void openStoreFile();
    /// Opens the import wizard (window-modal); with a file, at its preview page.
    ImportWizard *openImportWizard(const QString &filePath = {});
    /// Opens the settings, at the Sync page of the open store when syncPage is true.
    void openSettings(bool syncPage = false);
    /// Opens the dialog of open sync conflicts and records the server rejected.
    void openSyncConflicts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentralWidget();
    void restoreWindowState();
    void saveWindowState() const;
    void switchToFile(const QString &path, bool loadSample);
    void onRecordSelected(Core::RecordKind kind, const QString &id);
    void onRecordTouched(Core::RecordKind kind, const QString &id);
    void showError(const QString &title, const QString &message);
    /// The workshops or residencies page of a section, or nullptr.
    [[nodiscard]] QWidget *activityPage(Section section) const;
    void updateTitle();
    void updateActions();
    [[nodiscard]] ListPanel *currentListPanel() const;
    /// The page of a section that has no record list panel, or nullptr.
    [[nodiscard]] QWidget *pageOf(Section section) const;
    /// Shows a resource or barrier in its section; false for other kinds.
    bool revealKnowledgeRecord(Core::RecordKind kind, const QString &id);

    std::unique_ptr<Core::Store> m_store;
    QUndoStack *m_undoStack;
    CommandContext *m_context;
    FirstStartBanner *m_banner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_lists = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_outerSplitter = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    WorkshopsPage *m_workshops = nullptr;
    ResidenciesPage *m_residencies = nullptr;
    KnowledgePage *m_knowledge = nullptr;
    BarriersPage *m_barriers = nullptr;
    ListPanel *m_organisations = nullptr;
    ListPanel *m_people = nullptr;
    ListPanel *m_links = nullptr;
    DetailPane *m_detail = nullptr;
    SearchPopup *m_search = nullptr;
    SyncController *m_sync = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QString m_pendingRecordId;
    Core::RecordKind m_pendingRecordKind = Core::RecordKind::Organisation;
};

} // namespace CoopAtlas::Ui
