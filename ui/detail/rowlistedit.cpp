// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowlistedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace CoopAtlas::Ui {

namespace {

/// Cell editors that take text of any length, because the QLineEdit of the
/// default delegate cuts text at 32767 characters.
class LongTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setMaxLength(std::numeric_limits<int>::max());
        return editor;
    }
};

} // namespace

RowListEdit::RowListEdit(const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setItemDelegate(new LongTextDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a row"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected row"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QToolButton::clicked, this, [this] {
        appendRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateHeight();
        emit changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &RowListEdit::changed);
    updateHeight();
}

QList<QStringList> RowListEdit::rows() const
{
    QList<QStringList> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        bool empty = true;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            empty = empty && text.isEmpty();
            cells.append(text);
        }
        if (!empty)
            result.append(cells);
    }
    return result;
}

void RowListEdit::setRows(const QList<QStringList> &rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QStringList &cells : rows)
        appendRow(cells);
}

void RowListEdit::appendRow(const QStringList &cells)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.value(column)));
    updateHeight();
}

void RowListEdit::updateHeight()
{
    // Show every row up to five without an inner scroll bar.
    const int visibleRows = qBound(1, m_table->rowCount(), 5);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + visibleRows * rowHeight + 2 * m_table->frameWidth());
}

} // namespace CoopAtlas::Ui
