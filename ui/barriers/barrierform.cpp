// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierform.h"

#include <core/domain/activityvalidation.h>
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/commands/knowledgecommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/knowledge/fieldrows.h>
#include <ui/knowledge/knowledgetext.h>
#include <ui/knowledge/relatedrecordsedit.h>
#include <ui/logging.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

BarrierForm::BarrierForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_evidence(new RelatedRecordsEdit({Core::RecordKind::Note, Core::RecordKind::Resource},
                                        tr("Evidence: a note or a resource"),
                                        this))
    , m_affected(new RelatedRecordsEdit(
          {Core::RecordKind::Organisation}, tr("Affected organisation"), this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_recommendation(new QPlainTextEdit(this))
    , m_authority(new QLineEdit(this))
    , m_raisedOn(new OptionalDateEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("barrierForm"));
    buildFields();
    newBarrier();
}

BarrierForm::~BarrierForm() = default;

void BarrierForm::fillKeys(QComboBox *combo, const QStringList &keys)
{
    for (const QString &key : keys)
        combo->addItem(Core::ActivityKeys::label(key), key);
}

void BarrierForm::buildFields()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows = std::make_unique<FieldRows>(form);
    fillKeys(m_kind, Core::ActivityKeys::barrierKinds());
    fillKeys(m_severity, Core::ActivityKeys::barrierSeverities());
    fillKeys(m_status, Core::ActivityKeys::barrierStatuses());
    for (QPlainTextEdit *edit : {m_description, m_recommendation}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().height() * 6);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    }
    m_authority->setPlaceholderText(tr("Such as the Brussels Minister for the Economy"));

    m_rows->add(QStringLiteral("title"), tr("&Title:"), m_title);
    m_rows->add(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    m_rows->add(QStringLiteral("domain"), tr("&Domain:"), m_domain);
    m_rows->add(QStringLiteral("description"), tr("D&escription:"), m_description);
    m_rows->add(QStringLiteral("evidenceIds"), tr("Evidence:"), m_evidence);
    m_rows->add(QStringLiteral("affectedOrganisationIds"), tr("Affected:"), m_affected);
    m_rows->add(QStringLiteral("severity"), tr("Se&verity:"), m_severity);
    m_rows->add(QStringLiteral("status"), tr("St&atus:"), m_status);
    m_rows->add(QStringLiteral("recommendation"), tr("Re&commendation:"), m_recommendation);
    m_rows->add(QStringLiteral("authority"), tr("A&uthority:"), m_authority);
    m_rows->add(QStringLiteral("raisedOn"), tr("&Raised on:"), m_raisedOn);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setToolTip(
        tr("Save the obstacle or opportunity (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_title, m_authority})
        connect(edit, &QLineEdit::textEdited, this, &BarrierForm::markModified);
    for (QPlainTextEdit *edit : {m_description, m_recommendation})
        connect(edit, &QPlainTextEdit::textChanged, this, &BarrierForm::markModified);
    for (QComboBox *combo : {m_kind, m_domain, m_severity, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &BarrierForm::markModified);
    for (RelatedRecordsEdit *edit : {m_evidence, m_affected})
        connect(edit, &RelatedRecordsEdit::edited, this, &BarrierForm::markModified);
    connect(m_raisedOn, &OptionalDateEdit::changed, this, &BarrierForm::markModified);
    connect(m_save, &QPushButton::clicked, this, &BarrierForm::save);
    connect(m_revert, &QPushButton::clicked, this, &BarrierForm::revert);
}

void BarrierForm::setStore(Core::Store *store)
{
    m_store = store;
    m_evidence->setStore(store);
    m_affected->setStore(store);
    reloadTerms();
    newBarrier();
}

void BarrierForm::reloadTerms()
{
    const QString current = m_domain->currentData().toString();
    const QSignalBlocker blocker(m_domain);
    m_domain->clear();
    m_domain->addItem(tr("Not set"), QString());
    for (const auto &[key, label] : knowledgeTerms(m_store, Core::Vocabulary::BarrierDomain))
        m_domain->addItem(label, key);
    m_domain->setCurrentIndex(qMax(0, m_domain->findData(current)));
}

void BarrierForm::showBarrier(const QString &id)
{
    if (!m_store || id.isEmpty()) {
        newBarrier();
        return;
    }
    auto barrier = Core::ActivityStore(*m_store).barrier(id);
    if (!barrier) {
        qCWarning(lcUiEdit) << "Reading barrier" << id << "failed:" << barrier.error().text();
        newBarrier();
        return;
    }
    fill(barrier.value());
}

void BarrierForm::newBarrier()
{
    Core::Barrier barrier;
    barrier.raisedOn = QDate();
    fill(barrier);
}

void BarrierForm::fill(const Core::Barrier &barrier)
{
    m_filling = true;
    m_record = barrier;
    m_title->setText(barrier.title);
    m_title->setCursorPosition(0);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(barrier.kind)));
    m_domain->setCurrentIndex(qMax(0, m_domain->findData(barrier.domain)));
    m_description->setPlainText(barrier.description);
    m_evidence->setIds(barrier.evidenceIds);
    m_affected->setIds(barrier.affectedOrganisationIds);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(barrier.severity)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(barrier.status)));
    m_recommendation->setPlainText(barrier.recommendation);
    m_authority->setText(barrier.authority);
    m_raisedOn->setDate(barrier.raisedOn);
    m_rows->showProblems({});
    m_filling = false;
    m_modified = false;
    m_revert->setEnabled(false);
}

Core::Barrier BarrierForm::barrier() const
{
    Core::Barrier barrier = m_record;
    barrier.title = m_title->text().trimmed();
    barrier.kind = m_kind->currentData().toString();
    barrier.domain = m_domain->currentData().toString();
    barrier.description = m_description->toPlainText().trimmed();
    barrier.evidenceIds = m_evidence->ids();
    barrier.affectedOrganisationIds = m_affected->ids();
    barrier.severity = m_severity->currentData().toString();
    barrier.status = m_status->currentData().toString();
    barrier.recommendation = m_recommendation->toPlainText().trimmed();
    barrier.authority = m_authority->text().trimmed();
    barrier.raisedOn = m_raisedOn->date();
    return barrier;
}

QList<FieldProblem> BarrierForm::validate() const
{
    QList<FieldProblem> problems;
    for (const Core::FieldError &error : Core::validate(barrier()))
        problems.append({error.field, error.message});
    return problems;
}

void BarrierForm::markModified()
{
    if (m_filling)
        return;
    m_modified = true;
    m_revert->setEnabled(true);
    emit edited();
}

bool BarrierForm::save()
{
    const QList<FieldProblem> problems = validate();
    m_rows->showProblems(problems);
    if (!problems.isEmpty()) {
        if (QWidget *editor = m_rows->editor(problems.first().field))
            editor->setFocus();
        return false;
    }
    if (!m_store)
        return false;
    const Core::Barrier after = barrier();
    bool failed = false;
    QString id = m_record.meta.id;
    // A failed command is deleted by the stack during push(), so the outcome
    // comes from the context's signals.
    const auto watchFailure
        = connect(m_context, &CommandContext::failed, this, [&failed] { failed = true; });
    const auto watchWrite = connect(m_context,
                                    &CommandContext::recordTouched,
                                    this,
                                    [&id](Core::RecordKind kind, const QString &touched) {
                                        if (kind == Core::RecordKind::Barrier && !touched.isEmpty())
                                            id = touched;
                                    });
    if (id.isEmpty()) {
        m_undoStack->push(new CreateKnowledgeCommand(
            m_context, after, std::nullopt, tr("Add \"%1\"").arg(after.title)));
    } else {
        m_undoStack->push(new EditKnowledgeCommand(
            m_context, m_record, after, std::nullopt, tr("Edit \"%1\"").arg(after.title)));
    }
    disconnect(watchFailure);
    disconnect(watchWrite);
    if (failed || id.isEmpty())
        return false;
    showBarrier(id);
    emit saved(id);
    return true;
}

void BarrierForm::revert()
{
    if (m_record.meta.id.isEmpty())
        newBarrier();
    else
        showBarrier(m_record.meta.id);
}

QString BarrierForm::problemText(const QString &field) const
{
    return m_rows->problemText(field);
}

QWidget *BarrierForm::fieldWidget(const QString &field) const
{
    return m_rows->editor(field);
}

} // namespace CoopAtlas::Ui
