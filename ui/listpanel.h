// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/storage/store.h>

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace CoopAtlas::Ui {

class RecordListModel;

/// One record list: a filter line (applied after a short typing pause), a kind
/// filter for organisations, and the lazily paged table.
class ListPanel : public QWidget
{
    Q_OBJECT

public:
    /// Typing pause before the filter text is applied.
    static constexpr int FilterDelayMs = 150;

    explicit ListPanel(Core::ListTable table, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Sets whether the list reads the store: only the shown list is active
    /// (see RecordListModel::setActive()).
    void setActive(bool active);
    [[nodiscard]] Core::ListTable table() const;
    [[nodiscard]] Core::RecordKind recordKind() const;
    [[nodiscard]] RecordListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox *kindCombo() const { return m_kind; }

    /// Id of the current row's record, or an empty string.
    [[nodiscard]] QString currentId() const;
    /// Selects a record when it is among the rows read so far; returns whether it was.
    bool selectRecord(const QString &id);
    /// Applies the pending filter text now.
    void applyFilter();

signals:
    /// The current row changed to another record (an empty id when none).
    void currentRecordChanged(CoopAtlas::Core::RecordKind kind, const QString &id);
    /// The user pressed Enter or double-clicked a row.
    void recordActivated(CoopAtlas::Core::RecordKind kind, const QString &id);

private:
    void fillKinds();
    void onCurrentChanged();
    void rememberSelection();
    void restoreSelection();

    RecordListModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QTableView *m_view;
    QTimer m_filterTimer;
    QString m_currentId;
    QString m_keptId;
    int m_keptRow = -1;
};

} // namespace CoopAtlas::Ui
