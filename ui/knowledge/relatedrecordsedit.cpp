// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedrecordsedit.h"

#include <core/storage/store.h>
#include <ui/knowledge/recordsearchdialog.h>
#include <ui/logging.h>

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

RelatedRecordsEdit::RelatedRecordsEdit(const QList<Core::RecordKind> &kinds,
                                       const QString &pickerTitle,
                                       QWidget *parent)
    : QWidget(parent)
    , m_kinds(kinds)
    , m_pickerTitle(pickerTitle)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add..."), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_add->setAccessibleName(tr("Add: %1").arg(pickerTitle));
    m_remove->setAccessibleName(tr("Remove the selected record"));
    m_remove->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RelatedRecordsEdit::pickRecord);
    connect(m_remove, &QPushButton::clicked, this, &RelatedRecordsEdit::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, m_remove, [this](int row) {
        m_remove->setEnabled(row >= 0);
    });
}

void RelatedRecordsEdit::setIds(const QStringList &ids)
{
    m_list->clear();
    for (const QString &id : ids)
        addId(id);
}

QStringList RelatedRecordsEdit::ids() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result << m_list->item(row)->data(IdRole).toString();
    return result;
}

void RelatedRecordsEdit::addId(const QString &id)
{
    if (id.isEmpty() || ids().contains(id))
        return;
    auto *item = new QListWidgetItem(describe(id), m_list);
    item->setData(IdRole, id);
}

QString RelatedRecordsEdit::describe(const QString &id) const
{
    if (!m_store)
        return id;
    auto described = m_store->describe(id);
    if (!described) {
        qCInfo(lcUiEdit) << "Related record" << id
                         << "cannot be described:" << described.error().text();
        return tr("Unknown record %1").arg(id);
    }
    return tr("%1 (%2)").arg(described.value().second, recordKindText(described.value().first));
}

void RelatedRecordsEdit::pickRecord()
{
    RecordSearchDialog dialog(m_store, m_kinds, m_pickerTitle, this);
    dialog.setExcludedIds(ids());
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId().isEmpty())
        return;
    addId(dialog.chosenId());
    emit edited();
}

void RelatedRecordsEdit::removeCurrent()
{
    delete m_list->currentItem();
    emit edited();
}

} // namespace CoopAtlas::Ui
