// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// A search field and a list of the live organisations and people that match
/// it, searched through the store's full-text index after a typing pause. The
/// add-link dialog and the link form choose link ends with it.
class RecordPicker : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPicker(Core::Store *store, QWidget *parent = nullptr);

    /// Records left out of the results, such as the other end of a link.
    void setExcludedIds(const QStringList &ids) { m_excluded = ids; }
    /// Id of the chosen record, or an empty string when none is chosen.
    [[nodiscard]] QString chosenId() const;
    /// Name of the chosen record as listed, or an empty string when none is chosen.
    [[nodiscard]] QString chosenName() const;

    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QListWidget *resultList() const { return m_results; }
    /// Runs the pending search now instead of after the typing pause.
    void searchNow();

signals:
    /// The chosen record changed, or the results were replaced.
    void chosenChanged();
    /// A result was activated (double-click or Enter).
    void activated();

private:
    QPointer<Core::Store> m_store;
    QStringList m_excluded;
    QTimer m_searchTimer;
    QLineEdit *m_search;
    QListWidget *m_results;
};

} // namespace CoopAtlas::Ui
