// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QTreeView;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class BarrierForm;
class BarrierTreeModel;
class CommandContext;

/// The Obstacles and opportunities section: filters by kind and status, the
/// items grouped by domain (or one flat list), and the form of the selected item.
class BarriersPage : public QWidget
{
    Q_OBJECT

public:
    BarriersPage(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    void selectBarrier(const QString &id);
    void newBarrier();
    bool save();
    /// Asks for confirmation, then deletes the shown item (one undoable command).
    void deleteBarrier();
    /// Asks whether to drop unsaved changes of the form; true when nothing is lost.
    bool confirmLeave();

    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QCheckBox *groupByDomain() const { return m_grouped; }
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }
    [[nodiscard]] BarrierTreeModel *treeModel() const { return m_model; }
    [[nodiscard]] BarrierForm *form() const { return m_form; }

signals:
    void loadFailed(const QString &message);

private:
    QWidget *buildFilterBar();
    void applyFilter();
    void onCurrentChanged();
    void restoreSelection();
    /// Reads the next page of each expanded domain, or of the flat list, whose
    /// last read row is on screen.
    void fetchShownDomains();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    BarrierTreeModel *m_model;
    QTreeView *m_tree;
    BarrierForm *m_form;
    QComboBox *m_kind;
    QComboBox *m_status;
    QCheckBox *m_grouped;
};

} // namespace CoopAtlas::Ui
