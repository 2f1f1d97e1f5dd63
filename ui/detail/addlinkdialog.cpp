// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addlinkdialog.h"

#include <core/storage/store.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace CoopAtlas::Ui {

namespace {

/// Typing pause before a search runs.
constexpr int SearchDelayMs = 150;
constexpr int MaxResults = 30;

} // namespace

AddLinkDialog::AddLinkDialog(Core::Store *store,
                             const TermLabels &labels,
                             const QString &recordId,
                             const QString &recordName,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_recordId(recordId)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_direction(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_start(new OptionalDateEdit(this))
    , m_end(new OptionalDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Link to %1").arg(recordName));
    m_search->setPlaceholderText(tr("Type to search organisations and people"));
    m_search->setClearButtonEnabled(true);
    m_direction->addItem(tr("%1 → chosen record").arg(recordName), true);
    m_direction->addItem(tr("chosen record → %1").arg(recordName), false);
    for (const Core::TaxonomyTerm &term :
         labels.terms(QString::fromLatin1(Core::Vocabulary::LinkType)))
        m_type->addItem(term.label(TermLabels::uiLanguage()), term.key);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Search:"), m_search);
    form->addRow(tr("&Record:"), m_results);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_buttons);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &AddLinkDialog::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_results, &QListWidget::currentRowChanged, this, &AddLinkDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void AddLinkDialog::searchNow()
{
    m_searchTimer.stop();
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (!m_store || text.isEmpty()) {
        updateOk();
        return;
    }
    const auto hits = m_store->search(text, MaxResults);
    if (!hits) {
        qCWarning(lcUiEdit) << "Searching for" << text << "failed:" << hits.error().text();
        updateOk();
        return;
    }
    for (const Core::SearchHit &hit : hits.value()) {
        const bool linkable
            = hit.kind == Core::RecordKind::Organisation || hit.kind == Core::RecordKind::Person;
        if (!linkable || hit.id == m_recordId)
            continue;
        const QString kind
            = hit.kind == Core::RecordKind::Organisation ? tr("Organisation") : tr("Person");
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(hit.title, kind), m_results);
        item->setData(Qt::UserRole, hit.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    updateOk();
}

void AddLinkDialog::updateOk()
{
    const bool chosen = m_results->currentItem() != nullptr;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && m_type->count() > 0);
}

Core::Link AddLinkDialog::link() const
{
    Core::Link link;
    const QString otherId = m_results->currentItem()
                                ? m_results->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    const bool fromThis = m_direction->currentData().toBool();
    link.fromId = fromThis ? m_recordId : otherId;
    link.toId = fromThis ? otherId : m_recordId;
    link.type = m_type->currentData().toString();
    link.start = m_start->date();
    link.end = m_end->date();
    link.note = m_note->text().trimmed();
    return link;
}

} // namespace CoopAtlas::Ui
