// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLineEdit;
class QListWidget;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Global search: a popup with a line edit and the results of Store::search,
/// updated as the user types. Up and Down move through the results, Enter opens
/// the current one and Escape closes the popup.
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    /// Typing pause before a search runs.
    static constexpr int SearchDelayMs = 150;
    static constexpr int MaxResults = 50;

    explicit SearchPopup(QWidget *parent = nullptr);

    void setStore(Core::Store *store) { m_store = store; }
    /// Shows the popup near the top of the parent window, emptied and focused.
    void popup();
    /// Runs the pending search now instead of after the typing pause.
    void searchNow();

    [[nodiscard]] QLineEdit *searchEdit() const { return m_edit; }
    [[nodiscard]] QListWidget *resultList() const { return m_results; }

signals:
    void recordChosen(CoopAtlas::Core::RecordKind kind, const QString &id, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseCurrent();
    void moveCurrent(int step);

    QPointer<Core::Store> m_store;
    QLineEdit *m_edit;
    QListWidget *m_results;
    QTimer m_searchTimer;
};

} // namespace CoopAtlas::Ui
