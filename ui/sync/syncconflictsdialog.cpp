// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncconflictsdialog.h"

#include <core/storage/store.h>
#include <core/sync/couchclient.h>
#include <core/sync/merge.h>
#include <core/sync/syncengine.h>
#include <ui/logging.h>
#include <ui/sync/synccontroller.h>
#include <ui/sync/syncvaluetext.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

const QString DeletedField = QStringLiteral("deleted");

/// "alice, 4 Dec 2026 18:02" from the updated_by and updated_at of a document.
QString changedByText(const QString &author, const QJsonObject &document)
{
    const QDateTime at = QDateTime::fromString(
        document.value(QLatin1String("updated_at")).toString(), Qt::ISODateWithMs);
    const QString who = author.isEmpty() ? SyncConflictsDialog::tr("unknown author") : author;
    if (!at.isValid())
        return who;
    return SyncConflictsDialog::tr("%1, %2").arg(
        who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

SyncConflictsDialog::SyncConflictsDialog(Core::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Sync Conflicts"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildConflictsTab(), tr("Conflicts"));
    m_tabs->addTab(buildErrorsTab(), tr("Not Sent"));
    m_tabs->addTab(buildUnreadableTab(), tr("Could Not Be Read"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(960, 560);
    reload();
}

QWidget *SyncConflictsDialog::buildConflictsTab()
{
    m_conflictList = new QTreeWidget;
    m_conflictList->setHeaderLabels({tr("Record"), tr("Kind"), tr("Fields in conflict")});
    m_conflictList->setRootIsDecorated(false);
    m_conflictList->setAccessibleName(tr("Open conflicts"));
    connect(m_conflictList, &QTreeWidget::currentItemChanged, this, [this] {
        showConflict(m_conflictList->indexOfTopLevelItem(m_conflictList->currentItem()));
    });

    m_recordTitle = new QLabel;
    QFont titleFont = m_recordTitle->font();
    titleFont.setBold(true);
    m_recordTitle->setFont(titleFont);
    m_sides = new QLabel;
    m_sides->setWordWrap(true);

    m_deletionBox = new QGroupBox(tr("Deleted on one side, edited on the other"));
    m_deletionText = new QLabel;
    m_deletionText->setWordWrap(true);
    m_keepRecord = new QRadioButton(tr("&Keep (restore with the other edits)"));
    m_deleteRecord = new QRadioButton(tr("D&elete"));
    m_keepRecord->setChecked(true);
    auto *deletionLayout = new QVBoxLayout(m_deletionBox);
    deletionLayout->addWidget(m_deletionText);
    deletionLayout->addWidget(m_keepRecord);
    deletionLayout->addWidget(m_deleteRecord);

    m_fields = new QTableWidget(0, ColumnCount);
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("This computer"), tr("Server"), tr("Keep"), tr("Value to keep")});
    m_fields->verticalHeader()->setVisible(false);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->horizontalHeader()->setStretchLastSection(true);

    m_resolve = new QPushButton(tr("&Resolve"));
    m_resolve->setToolTip(tr("Save the chosen values; the next sync sends them"));
    connect(m_resolve, &QPushButton::clicked, this, &SyncConflictsDialog::resolveSelected);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_recordTitle);
    detailLayout->addWidget(m_sides);
    detailLayout->addWidget(m_deletionBox);
    detailLayout->addWidget(m_fields, 1);
    m_busyLabel = new QLabel(tr("Reading the chosen file from the server…"));
    m_busyLabel->setObjectName(QStringLiteral("resolveBusy"));
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0); // no known length: a moving busy indicator
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setAccessibleName(tr("Resolving the conflict"));
    m_busyLabel->hide();
    m_busyBar->hide();
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_busyLabel);
    resolveRow->addWidget(m_busyBar);
    resolveRow->addStretch(1);
    resolveRow->addWidget(m_resolve);
    detailLayout->addLayout(resolveRow);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_conflictList);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 640});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget *SyncConflictsDialog::buildErrorsTab()
{
    m_errorList = new QTreeWidget;
    m_errorList->setHeaderLabels({tr("Record"), tr("Reason"), tr("When")});
    m_errorList->setRootIsDecorated(false);
    m_errorList->setWordWrap(true);
    m_retry = new QPushButton(tr("Re&try"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Send the selected record again at the next sync, which starts now"));
    connect(m_retry, &QPushButton::clicked, this, &SyncConflictsDialog::retrySelectedError);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("The server rejected these records. Change the record as the "
                               "reason says, or ask the server administrator, then retry."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_errorList, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_retry);
    layout->addLayout(row);
    return page;
}

QWidget *SyncConflictsDialog::buildUnreadableTab()
{
    m_unreadableList = new QTreeWidget;
    m_unreadableList->setHeaderLabels({tr("Record id"), tr("Reason"), tr("When")});
    m_unreadableList->setRootIsDecorated(false);
    m_unreadableList->setWordWrap(true);
    m_unreadableList->setAccessibleName(tr("Documents that could not be read"));
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(
        tr("These documents were received from the server, but this computer could not read or "
           "store them, so their records stay as they were here. Ask whoever changed them to "
           "correct them on the server. The next sync after that reads them and removes them "
           "from this list."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_unreadableList, 1);
    return page;
}

void SyncConflictsDialog::reload()
{
    Core::SyncStore syncStore(m_store.database());
    auto conflicts = syncStore.conflicts();
    if (!conflicts) {
        qCWarning(lcUi) << "Sync conflicts not read:" << conflicts.error().text();
        QMessageBox::warning(this,
                             tr("Conflicts Not Read"),
                             tr("The sync conflicts could not be read from the file: %1")
                                 .arg(conflicts.error().text()));
    }
    m_conflicts = conflicts ? *conflicts : QList<Core::SyncConflict>();
    auto errors = syncStore.recordErrors();
    if (!errors)
        qCWarning(lcUi) << "Rejected records not read:" << errors.error().text();
    m_errors.clear();
    m_unreadable.clear();
    for (const Core::SyncRecordError &error : errors ? *errors : QList<Core::SyncRecordError>()) {
        if (error.code == QLatin1String(Core::SyncStore::UnreadableCode))
            m_unreadable.append(error);
        else
            m_errors.append(error);
    }

    m_conflictList->clear();
    for (const Core::SyncConflict &conflict : std::as_const(m_conflicts)) {
        QStringList labels;
        for (const QString &field : conflict.fields)
            labels.append(SyncValueText::fieldLabel(field));
        auto *item = new QTreeWidgetItem({recordName(conflict),
                                          SyncValueText::kindLabel(conflict.kind),
                                          labels.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, conflict.recordId);
        m_conflictList->addTopLevelItem(item);
    }
    m_conflictList->resizeColumnToContents(1);
    m_tabs->setTabText(0, tr("Conflicts (%1)").arg(m_conflicts.size()));
    if (!m_conflicts.isEmpty())
        m_conflictList->setCurrentItem(m_conflictList->topLevelItem(0));
    else
        showConflict(-1);

    fillErrorLists();
}

void SyncConflictsDialog::fillErrorLists()
{
    m_errorList->clear();
    for (const Core::SyncRecordError &error : std::as_const(m_errors)) {
        const auto described = m_store.describe(error.recordId);
        auto *item = new QTreeWidgetItem(
            {described ? described->second : error.recordId,
             error.message,
             QLocale().toString(error.at.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, error.recordId);
        item->setToolTip(1, error.message);
        m_errorList->addTopLevelItem(item);
    }
    m_tabs->setTabText(1, tr("Not Sent (%1)").arg(m_errors.size()));
    m_retry->setEnabled(!m_errors.isEmpty());
    if (!m_errors.isEmpty())
        m_errorList->setCurrentItem(m_errorList->topLevelItem(0));

    m_unreadableList->clear();
    for (const Core::SyncRecordError &error : std::as_const(m_unreadable)) {
        auto *item = new QTreeWidgetItem(
            {error.recordId,
             error.message,
             QLocale().toString(error.at.toLocalTime(), QLocale::ShortFormat)});
        item->setToolTip(1, error.message);
        m_unreadableList->addTopLevelItem(item);
    }
    m_tabs->setTabText(2, tr("Could Not Be Read (%1)").arg(m_unreadable.size()));
}

QString SyncConflictsDialog::recordName(const Core::SyncConflict &conflict) const
{
    if (const auto described = m_store.describe(conflict.recordId); described)
        return described->second;
    for (const char *key : {"name", "formatted_name", "title", "text"}) {
        const QString name = conflict.local.value(QLatin1String(key)).toString();
        if (!name.isEmpty())
            return name;
    }
    return conflict.recordId;
}

const Core::SyncConflict *SyncConflictsDialog::currentConflict() const
{
    const int index = m_conflictList->indexOfTopLevelItem(m_conflictList->currentItem());
    return index >= 0 && index < m_conflicts.size() ? &m_conflicts.at(index) : nullptr;
}

bool SyncConflictsDialog::selectConflict(const QString &recordId)
{
    for (int i = 0; i < m_conflictList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_conflictList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == recordId) {
            m_conflictList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void SyncConflictsDialog::showConflict(int index)
{
    m_fields->setRowCount(0);
    const bool valid = index >= 0 && index < m_conflicts.size();
    m_resolve->setEnabled(valid && !isResolving());
    m_deletionBox->setVisible(false);
    if (!valid) {
        m_recordTitle->setText(m_conflicts.isEmpty() ? tr("No open conflicts.") : QString());
        m_sides->clear();
        m_fields->setVisible(false);
        return;
    }
    const Core::SyncConflict &conflict = m_conflicts.at(index);
    m_recordTitle->setText(
        tr("%1: %2").arg(SyncValueText::kindLabel(conflict.kind), recordName(conflict)));
    m_sides->setText(
        tr("This computer: changed by %1. Server: changed by %2.")
            .arg(changedByText(conflict.local.value(QLatin1String("updated_by")).toString(),
                               conflict.local),
                 changedByText(conflict.remoteAuthor, conflict.remote)));
    if (conflict.fields.contains(DeletedField)) {
        const bool deletedHere = conflict.local.value(DeletedField).toBool();
        m_deletionText->setText(
            deletedHere ? tr("This record was deleted on this computer and edited on the server.")
                        : tr("This record was deleted on the server and edited on this computer."));
        m_keepRecord->setChecked(true);
        m_deletionBox->setVisible(true);
    }
    QStringList fields = conflict.fields;
    fields.removeAll(DeletedField);
    m_fields->setVisible(!fields.isEmpty());
    m_fields->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row)
        fillFieldRow(row, fields.at(row));
    m_fields->resizeColumnsToContents();
    for (int column : {MineColumn, TheirsColumn})
        m_fields->setColumnWidth(column, qMin(m_fields->columnWidth(column), 220));
    m_fields->resizeRowsToContents();
}

void SyncConflictsDialog::fillFieldRow(int row, const QString &field)
{
    const Core::SyncConflict &conflict = *currentConflict();
    const QJsonValue mine = SyncValueText::fieldValue(conflict.local, field);
    const QJsonValue theirs = SyncValueText::fieldValue(conflict.remote, field);
    auto *label = new QTableWidgetItem(SyncValueText::fieldLabel(field));
    label->setData(Qt::UserRole, field);
    m_fields->setItem(row, FieldColumn, label);
    m_fields->setItem(row, MineColumn, new QTableWidgetItem(SyncValueText::displayText(mine)));
    m_fields->setItem(row, TheirsColumn, new QTableWidgetItem(SyncValueText::displayText(theirs)));

    const bool editable
        = SyncValueText::isEditableAsText(mine) && SyncValueText::isEditableAsText(theirs);
    auto *choice = new QComboBox;
    choice->addItems({tr("This computer"), tr("Server")});
    if (editable)
        choice->addItem(tr("Edited value"));
    auto *value = new QLineEdit;
    value->setReadOnly(!editable);
    value->setText(editable ? SyncValueText::editText(mine) : SyncValueText::displayText(mine));
    m_fields->setCellWidget(row, ChoiceColumn, choice);
    m_fields->setCellWidget(row, ValueColumn, value);

    connect(choice, &QComboBox::activated, value, [choice, value, mine, theirs, editable] {
        if (choice->currentIndex() == KeepEdited)
            return;
        const QJsonValue &kept = choice->currentIndex() == KeepMine ? mine : theirs;
        const QSignalBlocker blocker(value);
        value->setText(editable ? SyncValueText::editText(kept) : SyncValueText::displayText(kept));
    });
    if (editable) {
        connect(value, &QLineEdit::textEdited, choice, [choice] {
            choice->setCurrentIndex(KeepEdited);
        });
    }
}

int SyncConflictsDialog::fieldRow(const QString &field) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (m_fields->item(row, FieldColumn)->data(Qt::UserRole).toString() == field)
            return row;
    }
    return -1;
}

void SyncConflictsDialog::setChoice(const QString &field, Choice choice)
{
    const int row = fieldRow(field);
    if (row < 0)
        return;
    auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(row, ChoiceColumn));
    if (int(choice) >= combo->count())
        return;
    combo->setCurrentIndex(choice);
    emit combo->activated(choice);
}

void SyncConflictsDialog::setEditedValue(const QString &field, const QString &text)
{
    const int row = fieldRow(field);
    if (row < 0)
        return;
    auto *edit = qobject_cast<QLineEdit *>(m_fields->cellWidget(row, ValueColumn));
    edit->setText(text);
    emit edit->textEdited(text);
}

void SyncConflictsDialog::setKeepRecord(bool keep)
{
    (keep ? m_keepRecord : m_deleteRecord)->setChecked(true);
}

Core::Result<QJsonObject> SyncConflictsDialog::chosenDocument() const
{
    const Core::SyncConflict *conflict = currentConflict();
    if (!conflict)
        return Core::Error{tr("Select a conflict first."), {}};
    // Fields changed on one side only take that side's value; the rows set
    // the conflicting ones.
    QJsonObject chosen
        = Core::mergeDocuments(conflict->base, conflict->local, conflict->remote).merged;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QString field = m_fields->item(row, FieldColumn)->data(Qt::UserRole).toString();
        const QJsonValue mine = SyncValueText::fieldValue(conflict->local, field);
        const QJsonValue theirs = SyncValueText::fieldValue(conflict->remote, field);
        const auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(row, ChoiceColumn));
        const auto *edit = qobject_cast<QLineEdit *>(m_fields->cellWidget(row, ValueColumn));
        QJsonValue value = combo->currentIndex() == KeepMine ? mine : theirs;
        if (combo->currentIndex() == KeepEdited) {
            // The edited value takes the JSON type of a side that has a value.
            const QJsonValue &like = mine.isNull() || mine.isUndefined() ? theirs : mine;
            auto parsed = SyncValueText::parseEdited(edit->text(), like);
            if (!parsed) {
                return Core::Error{
                    tr("%1: %2").arg(SyncValueText::fieldLabel(field), parsed.error().message),
                    field};
            }
            value = *parsed;
            if (value.toString().isEmpty() && value.isString()
                && (mine.isNull() || theirs.isNull()))
                value = QJsonValue(QJsonValue::Null);
        }
        SyncValueText::setFieldValue(chosen, field, value);
    }
    if (conflict->fields.contains(DeletedField))
        chosen.insert(DeletedField, !m_keepRecord->isChecked());
    keepFileTogether(*conflict, chosen);
    return chosen;
}

/// Copies the name, type and size of the file that `chosen` keeps from the side
/// that has it. The rows of a resource's file are chosen one by one, and a file
/// with the other side's name or size would describe bytes that do not exist.
void SyncConflictsDialog::keepFileTogether(const Core::SyncConflict &conflict, QJsonObject &chosen)
{
    const QLatin1String sha256Field("file_sha256");
    const QJsonValue sha256 = chosen.value(sha256Field);
    if (conflict.local.value(sha256Field) == conflict.remote.value(sha256Field))
        return; // the same file on both sides, so the name or type may differ on purpose
    for (const QJsonObject *side : {&conflict.remote, &conflict.local}) {
        if (sha256.isString() && side->value(sha256Field) == sha256) {
            for (const QString &field : Core::resourceFileFields())
                chosen.insert(field, side->value(field));
            return;
        }
    }
}

void SyncConflictsDialog::setSyncController(SyncController *controller)
{
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (controller) {
        connect(controller,
                &SyncController::conflictResolveFinished,
                this,
                &SyncConflictsDialog::onResolveFinished);
    }
}

bool SyncConflictsDialog::isResolving() const
{
    return !m_resolvingId.isEmpty();
}

bool SyncConflictsDialog::resolveSelected()
{
    const Core::SyncConflict *conflict = currentConflict();
    if (!conflict || isResolving())
        return false;
    const QString recordId = conflict->recordId;
    auto chosen = chosenDocument();
    if (!chosen) {
        showResolveError(recordName(*conflict), chosen.error().text());
        return false;
    }
    if (!m_controller) {
        // Without a sync controller there is no server to read a file from,
        // so a client without a server makes any file request fail at once.
        Core::CouchClient offline(Core::ServerConfig(), QString(), nullptr);
        Core::SyncEngine engine(m_store.database(), offline);
        if (auto written = engine.resolveConflict(recordId, *chosen); !written) {
            showResolveError(recordName(*conflict), written.error().text());
            return false;
        }
        qCInfo(lcUi) << "Conflict resolved for" << recordId;
        m_store.notifyReloaded();
        emit resolved(recordId);
        reload();
        return true;
    }
    QString reason;
    m_resolvingName = recordName(*conflict);
    m_resolvingId = recordId;
    if (!m_controller->resolveConflict(recordId, *chosen, reason)) {
        m_resolvingId.clear();
        showResolveError(m_resolvingName, reason);
        return false;
    }
    setBusy(true);
    return true;
}

void SyncConflictsDialog::onResolveFinished(const QString &recordId, bool ok, const QString &error)
{
    if (recordId != m_resolvingId)
        return;
    m_resolvingId.clear();
    setBusy(false);
    if (!ok) {
        // The conflict stays open, and the choices made stay shown.
        showResolveError(m_resolvingName, error);
        return;
    }
    emit resolved(recordId);
    reload();
}

void SyncConflictsDialog::setBusy(bool busy)
{
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_resolve->setEnabled(!busy && currentConflict() != nullptr);
    m_conflictList->setEnabled(!busy);
    m_fields->setEnabled(!busy);
    m_deletionBox->setEnabled(!busy);
}

void SyncConflictsDialog::showResolveError(const QString &name, const QString &error)
{
    qCWarning(lcUi) << "Conflict of" << name << "not resolved:" << error;
    QMessageBox::warning(this,
                         tr("Conflict Not Resolved"),
                         tr("The conflict of “%1” could not be resolved: %2").arg(name, error));
}

void SyncConflictsDialog::retrySelectedError()
{
    QTreeWidgetItem *item = m_errorList->currentItem();
    if (!item)
        return;
    const QString recordId = item->data(0, Qt::UserRole).toString();
    Core::SyncStore syncStore(m_store.database());
    if (auto cleared = syncStore.clearRecordError(recordId); !cleared) {
        qCWarning(lcUi) << "Record error of" << recordId
                        << "not cleared:" << cleared.error().text();
        QMessageBox::warning(
            this,
            tr("Retry Failed"),
            tr("The record could not be marked for sending again: %1").arg(cleared.error().text()));
        return;
    }
    qCInfo(lcUi) << "Retrying the rejected record" << recordId;
    emit syncRequested();
    reload();
}

} // namespace CoopAtlas::Ui
