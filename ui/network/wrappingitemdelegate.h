// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace CoopAtlas::Ui {

/// Item delegate that makes each row of a tree view as tall as its text wrapped
/// at the width of its column. QTreeView computes row heights without a column
/// width, so its rows fit one line per line break and elide the rest of a
/// wrapped text. The delegate lays out the rows again when a column changes width.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QTreeView *view);

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace CoopAtlas::Ui
