// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>
#include <ui/models/termlabels.h>

#include <QList>
#include <QString>
#include <QVariant>

namespace CoopAtlas::Ui {

/// Cell text of list values for a CSV export: term keys and commune keys as
/// their labels in the UI language, dates in ISO 8601. A copy is safe to use on
/// a worker thread, because it holds its own copy of the labels.
class ListValueFormatter
{
public:
    /// Reads the term labels from `store` (on the store's thread).
    ListValueFormatter(const Core::Store &store, Core::ListTable table);

    [[nodiscard]] QString format(int column, const QVariant &value) const;

private:
    TermLabels m_labels;
    QList<QString> m_vocabularies; ///< vocabulary of each column; empty for none
    QList<bool> m_communes;        ///< whether each column holds commune keys
};

} // namespace CoopAtlas::Ui
