// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/storage/store.h>

#include <QFrame>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QLineEdit;
class QListWidget;

namespace CoopAtlas::Ui {

/// Global search: a popup with a line edit and the results of Store::search,
/// updated as the user types. Searches started by typing run on a worker thread
/// with their own connection to the store file, because a short prefix ranks
/// hundreds of thousands of matches in a large store. A newer search cancels
/// an older one. Up and Down move through the results, Enter opens
/// the current one and Escape closes the popup.
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    /// Typing pause before a search runs.
    static constexpr int SearchDelayMs = 150;
    static constexpr int MaxResults = 50;

    explicit SearchPopup(QWidget *parent = nullptr);
    ~SearchPopup() override;

    void setStore(Core::Store *store) { m_store = store; }
    /// Shows the popup near the top of the parent window, emptied and focused.
    void popup();
    /// Runs the pending search now, on the calling thread, instead of after the
    /// typing pause.
    void searchNow();
    /// True while a search started by typing is running.
    [[nodiscard]] bool isSearching() const { return m_watcher != nullptr; }

    [[nodiscard]] QLineEdit *searchEdit() const { return m_edit; }
    [[nodiscard]] QListWidget *resultList() const { return m_results; }

signals:
    void recordChosen(CoopAtlas::Core::RecordKind kind, const QString &id, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Result of one search, read on a worker thread.
    struct Outcome
    {
        QList<Core::SearchHit> hits;
        QString error; ///< why the search failed; empty on success
        bool cancelled = false;
    };
    static Outcome searchFile(const QString &path,
                              const QString &text,
                              const std::shared_ptr<std::atomic_bool> &cancel);

    void startSearch();
    void cancelSearch();
    void showHits(const QString &text, const Outcome &outcome);
    void chooseCurrent();
    void moveCurrent(int step);

    QPointer<Core::Store> m_store;
    QLineEdit *m_edit;
    QListWidget *m_results;
    QTimer m_searchTimer;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace CoopAtlas::Ui
