// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTimer>

class QLineEdit;
class QListWidget;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// A dialog that finds live records of the given kinds through the store's
/// full-text index while the user types, and returns the chosen one.
class RecordSearchDialog : public QDialog
{
    Q_OBJECT

public:
    RecordSearchDialog(Core::Store *store,
                       const QList<Core::RecordKind> &kinds,
                       const QString &title,
                       QWidget *parent = nullptr);

    /// Records left out of the results, such as those already chosen.
    void setExcludedIds(const QStringList &ids) { m_excluded = ids; }
    [[nodiscard]] QString chosenId() const;
    /// Name of the chosen record with its kind, as listed.
    [[nodiscard]] QString chosenText() const;
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QListWidget *resultList() const { return m_results; }
    /// Runs the pending search now instead of after the typing pause.
    void searchNow();

private:
    QPointer<Core::Store> m_store;
    QList<Core::RecordKind> m_kinds;
    QStringList m_excluded;
    QTimer m_searchTimer;
    QLineEdit *m_search;
    QListWidget *m_results;
};

/// Translated singular name of any record kind ("Organisation", "Resource", ...).
[[nodiscard]] QString recordKindText(Core::RecordKind kind);

} // namespace CoopAtlas::Ui
