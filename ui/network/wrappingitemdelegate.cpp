// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappingitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

namespace CoopAtlas::Ui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    // Queued, so that the layout runs once the header has finished resizing
    // its sections (a stretched section follows the viewport width).
    connect(
        view->header(),
        &QHeaderView::sectionResized,
        view,
        [view] { view->doItemsLayout(); },
        Qt::QueuedConnection);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped = option;
    initStyleOption(&wrapped, index);
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == m_view->header()->logicalIndex(0))
        width -= m_view->indentation() * (m_view->rootIsDecorated() ? 1 : 0);
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    // The style wraps the text at the width of option.rect when it is valid.
    wrapped.rect = QRect(0, 0, width, 1);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    const QStyle *style = wrapped.widget ? wrapped.widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), wrapped.widget);
}

} // namespace CoopAtlas::Ui
