// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityfields.h"

#include <core/domain/activities.h>
#include <core/storage/store.h>
#include <ui/detail/recordpicker.h>

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

QWidget *FieldProblems::wrap(const QString &field, QWidget *editor)
{
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *label = new QLabel(cell);
    label->setObjectName(QStringLiteral("problem_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setVisible(false);
    column->addWidget(label);
    m_labels.insert(field, label);
    m_editors.insert(field, editor);
    return cell;
}

QStringList FieldProblems::show(const QList<Core::FieldError> &errors)
{
    clear();
    QStringList unplaced;
    for (const Core::FieldError &error : errors) {
        QLabel *label = m_labels.value(error.field);
        if (!label) {
            unplaced.append(error.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? error.message
                                               : label->text() + u'\n' + error.message);
        label->setVisible(true);
        if (QWidget *editor = m_editors.value(error.field))
            editor->setAccessibleDescription(label->text());
    }
    return unplaced;
}

void FieldProblems::clear()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        it.value()->clear();
        it.value()->setVisible(false);
        if (QWidget *editor = m_editors.value(it.key()))
            editor->setAccessibleDescription(QString());
    }
}

QString FieldProblems::text(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    return label ? label->text() : QString();
}

std::optional<PickedRecord> pickRecord(QWidget *parent,
                                       Core::Store *store,
                                       const QList<Core::RecordKind> &kinds,
                                       const QString &title)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *picker = new RecordPicker(store, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(picker, &RecordPicker::activated, &dialog, &QDialog::accept);
    dialog.resize(420, 360);
    if (dialog.exec() != QDialog::Accepted || picker->chosenId().isEmpty())
        return std::nullopt;
    const auto description = store->describe(picker->chosenId());
    if (!description || !kinds.contains(description->first)) {
        QMessageBox::information(
            parent,
            title,
            QCoreApplication::translate("CoopAtlas::Ui::ActivityFields",
                                        "\"%1\" cannot be chosen here. Search again and choose "
                                        "a record of the kind asked for.")
                .arg(picker->chosenName()));
        return std::nullopt;
    }
    return PickedRecord{picker->chosenId(), picker->chosenName()};
}

QString recordName(const Core::Store *store, const QString &id)
{
    if (!store || id.isEmpty())
        return QString();
    const auto description = store->describe(id);
    return description ? description->second : id;
}

QComboBox *createTimeZoneCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    const QStringList first = {QStringLiteral("Europe/Brussels"),
                               QStringLiteral("Europe/Berlin"),
                               QStringLiteral("Europe/Madrid")};
    combo->addItems(first);
    combo->insertSeparator(combo->count());
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        const QString zone = QString::fromUtf8(id);
        if (zone.contains(u'/') && !first.contains(zone))
            combo->addItem(zone);
    }
    if (QCompleter *completer = combo->completer()) {
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
    }
    return combo;
}

void fillKeyCombo(QComboBox *combo, const QStringList &keys)
{
    combo->clear();
    for (const QString &key : keys)
        combo->addItem(Core::ActivityKeys::label(key), key);
}

void setComboKey(QComboBox *combo, const QString &key)
{
    combo->setCurrentIndex(std::max(0, combo->findData(key)));
}

QDateTime instantIn(QDate date, QTime time, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return QDateTime();
    return QDateTime(date, time, zone).toUTC();
}

QString formatEuros(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

RecordSetEdit::RecordSetEdit(const QString &pickTitle, QWidget *parent)
    : QWidget(parent)
    , m_pickTitle(pickTitle)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto *add = new QPushButton(tr("Add..."), this);
    add->setAccessibleName(pickTitle);
    m_remove->setAccessibleName(tr("Remove the selected organisation"));
    m_list->setMaximumHeight(80);
    m_list->setAccessibleName(pickTitle);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const auto picked
            = pickRecord(this, m_store, {Core::RecordKind::Organisation}, m_pickTitle);
        if (picked)
            addRecord(picked->id, picked->name);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit edited();
    });
}

void RecordSetEdit::setStore(Core::Store *store)
{
    m_store = store;
}

void RecordSetEdit::setIds(const QStringList &ids)
{
    m_list->clear();
    for (const QString &id : ids) {
        auto *item = new QListWidgetItem(recordName(m_store, id), m_list);
        item->setData(Qt::UserRole, id);
    }
}

QStringList RecordSetEdit::ids() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result.append(m_list->item(row)->data(Qt::UserRole).toString());
    return result;
}

void RecordSetEdit::addRecord(const QString &id, const QString &name)
{
    if (ids().contains(id))
        return;
    auto *item = new QListWidgetItem(name, m_list);
    item->setData(Qt::UserRole, id);
    emit edited();
}

} // namespace CoopAtlas::Ui
