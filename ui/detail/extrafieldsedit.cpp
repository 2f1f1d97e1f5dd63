// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extrafieldsedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace CoopAtlas::Ui {

namespace {

enum Column { NameColumn, ValueColumn };

/// Item data role of a value cell that contains the JSON text of a value that
/// is not text, so that the value is saved as read.
constexpr int JsonValueRole = Qt::UserRole;

/// Rows shown without an inner scroll bar.
constexpr int MaxVisibleRows = 8;

/// Cell editors that take text of any length (the default QLineEdit stops at 32767).
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

QString jsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    // A scalar: wrap it in an array to reuse the JSON writer, then drop the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue jsonValue(const QString &text)
{
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

} // namespace

ExtraFieldsEdit::ExtraFieldsEdit(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_table->setItemDelegate(new LongTextDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_add->setText(tr("Add Field"));
    m_add->setToolTip(tr("Add a custom field"));
    m_remove->setText(tr("Remove Field"));
    m_remove->setToolTip(tr("Remove the selected custom field"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QToolButton::clicked, this, &ExtraFieldsEdit::addField);
    connect(m_remove, &QToolButton::clicked, this, &ExtraFieldsEdit::removeCurrentField);
    connect(m_table, &QTableWidget::itemChanged, this, &ExtraFieldsEdit::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ExtraFieldsEdit::updateButtons);
    updateHeight();
    updateButtons();
}

void ExtraFieldsEdit::setFields(const QJsonObject &fields)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        appendRow(it.key(), it.value());
    m_table->resizeColumnToContents(NameColumn);
    // A long name must leave room for the value.
    m_table->setColumnWidth(NameColumn, qMin(m_table->columnWidth(NameColumn), 220));
    updateHeight();
    updateButtons();
}

void ExtraFieldsEdit::appendRow(const QString &name, const QJsonValue &value)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    auto *valueItem = new QTableWidgetItem;
    if (value.isString() || value.isUndefined()) {
        valueItem->setText(value.toString());
    } else {
        // Editing the JSON text could break the value, so it is kept as it is.
        valueItem->setText(jsonText(value));
        valueItem->setData(JsonValueRole, jsonText(value));
        valueItem->setFlags(valueItem->flags() & ~Qt::ItemIsEditable);
        valueItem->setForeground(m_table->palette().brush(QPalette::Disabled, QPalette::Text));
        valueItem->setToolTip(tr("This value is not text, so it is shown as JSON and saved "
                                 "unchanged. Remove the field to drop it.")
                              + QStringLiteral("\n\n") + valueItem->text());
    }
    m_table->setItem(row, NameColumn, nameItem);
    m_table->setItem(row, ValueColumn, valueItem);
    updateHeight();
}

QJsonObject ExtraFieldsEdit::fields() const
{
    QJsonObject fields;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_table->item(row, NameColumn);
        const QTableWidgetItem *valueItem = m_table->item(row, ValueColumn);
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        if (name.isEmpty() || fields.contains(name))
            continue;
        const QVariant json = valueItem ? valueItem->data(JsonValueRole) : QVariant();
        if (json.isValid())
            fields.insert(name, jsonValue(json.toString()));
        else
            fields.insert(name, valueItem ? valueItem->text().trimmed() : QString());
    }
    return fields;
}

QStringList ExtraFieldsEdit::validate() const
{
    QStringList problems;
    QSet<QString> names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_table->item(row, NameColumn);
        const QTableWidgetItem *valueItem = m_table->item(row, ValueColumn);
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text().trimmed() : QString();
        if (name.isEmpty() && !value.isEmpty()) {
            problems.append(tr("The custom field in row %1 has a value but no name. Enter a "
                               "name or remove the row.")
                                .arg(row + 1));
        } else if (!name.isEmpty() && names.contains(name)) {
            problems.append(tr("The custom field name \"%1\" is used twice. Rename or remove "
                               "one of them.")
                                .arg(name));
        }
        names.insert(name);
    }
    return problems;
}

void ExtraFieldsEdit::addField()
{
    appendRow(QString(), QJsonValue(QString()));
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
    updateButtons();
}

void ExtraFieldsEdit::removeCurrentField()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateHeight();
    updateButtons();
    emit changed();
}

void ExtraFieldsEdit::updateHeight()
{
    const int visibleRows = qBound(1, m_table->rowCount(), MaxVisibleRows);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + visibleRows * rowHeight + 2 * m_table->frameWidth());
}

void ExtraFieldsEdit::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace CoopAtlas::Ui
