// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/storage/activitystore.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Filters above the workshop or residency list: a search field, a choice of
/// theme (workshops) or city (residencies), and a status. Typed text applies
/// after a short pause, a choice at once.
class ActivityFilterBar : public QWidget
{
    Q_OBJECT

public:
    /// Typing pause before the search text applies.
    static constexpr int FilterDelayMs = 150;

    /// `kind` is Core::RecordKind::Workshop or Core::RecordKind::Residency.
    explicit ActivityFilterBar(Core::RecordKind kind, QWidget *parent = nullptr);

    /// Reads the workshop themes of `store` into the theme choice, and again
    /// whenever a taxonomy term changes.
    void setStore(Core::Store *store);
    /// The filter as the fields show it, for WorkshopListModel::setFilter() or
    /// ResidencyListModel::setFilter().
    [[nodiscard]] Core::ActivityListQuery query() const;
    /// Emits filterChanged() now instead of after the typing pause.
    void applyNow();

    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    /// The theme choice of workshops, or the city choice of residencies.
    [[nodiscard]] QComboBox *choiceCombo() const { return m_choice; }
    [[nodiscard]] QComboBox *statusCombo() const { return m_status; }

signals:
    void filterChanged(const CoopAtlas::Core::ActivityListQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    /// Sets the search field's minimum width to show its whole placeholder text.
    void fitSearchToPlaceholder();

    Core::RecordKind m_kind;
    QPointer<Core::Store> m_store;
    QLineEdit *m_search;
    QComboBox *m_choice;
    QComboBox *m_status;
    QTimer m_delay;
};

} // namespace CoopAtlas::Ui
