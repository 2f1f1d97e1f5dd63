// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;
class ResourceForm;
class ResourceListModel;

/// The Knowledge base section: filters (search text, kind, language, tag)
/// above the list of resources, and the form of the selected resource.
class KnowledgePage : public QWidget
{
    Q_OBJECT

public:
    KnowledgePage(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows a resource in the form and selects it in the list.
    void selectResource(const QString &id);
    void newResource();
    /// Saves the form (Ctrl+S).
    bool save();
    /// Asks for confirmation, then deletes the shown resource (one undoable command).
    void deleteResource();
    /// Asks whether to drop unsaved changes of the form; true when nothing is lost.
    bool confirmLeave();
    /// Applies the filter fields now instead of after the typing pause.
    void applyFilterNow();

    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *languageFilter() const { return m_language; }
    [[nodiscard]] QLineEdit *tagFilter() const { return m_tag; }
    [[nodiscard]] QTableView *listView() const { return m_list; }
    [[nodiscard]] ResourceListModel *listModel() const { return m_model; }
    [[nodiscard]] ResourceForm *form() const { return m_form; }

signals:
    void loadFailed(const QString &message);

private:
    QWidget *buildFilterBar();
    void reloadKindFilter();
    void onCurrentRowChanged();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    ResourceListModel *m_model;
    QTableView *m_list;
    ResourceForm *m_form;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLineEdit *m_tag;
    QTimer m_filterTimer;
};

} // namespace CoopAtlas::Ui
