// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionspanel.h"

#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/network/networklogging.h>
#include <ui/network/wrappingitemdelegate.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

enum SuggestionColumn { OrganisationColumn, ScoreColumn, ActionsColumn, ColumnCount };

} // namespace

SuggestionsPanel::SuggestionsPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("suggestionsTitle"));
    m_list->setObjectName(QStringLiteral("suggestions"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Organisation"), tr("Score"), QString()});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setItemDelegate(new WrappingItemDelegate(m_list));
    m_list->header()->setSectionResizeMode(OrganisationColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    if (m_context) {
        connect(m_context,
                &CommandContext::recordTouched,
                this,
                [this](Core::RecordKind kind, const QString &) {
                    if (kind == Core::RecordKind::Link)
                        fill();
                });
    }
    showFor(QString());
}

void SuggestionsPanel::setSnapshot(const Core::NetworkSnapshot &snapshot)
{
    m_snapshot = snapshot;
    fill();
}

void SuggestionsPanel::showFor(const QString &id)
{
    m_projectHolder = id;
    fill();
}

QString SuggestionsPanel::keyOf(const Core::Suggestion &suggestion)
{
    return suggestion.fromId + QLatin1Char('|') + suggestion.toId;
}

QSet<QString> SuggestionsPanel::linkedInStore() const
{
    QSet<QString> linked;
    const Core::Store *store = m_context ? m_context->store() : nullptr;
    if (!store)
        return linked;
    auto links = store->linksOf(m_projectHolder);
    if (!links) {
        qCWarning(lcUiNetwork) << "Reading the links of" << m_projectHolder
                               << "failed:" << links.error().text();
        return linked;
    }
    for (const Core::Link &link : links.value())
        linked.insert(link.fromId == m_projectHolder ? link.toId : link.fromId);
    return linked;
}

void SuggestionsPanel::fill()
{
    m_list->clear();
    m_shown.clear();
    const int node = m_snapshot.indexOf(m_projectHolder);
    if (node < 0 || !m_snapshot.nodes().at(node).isOfKind(Core::NetworkTerms::ProjectHolder)) {
        m_title->setText(tr("Select a project holder on the map to see which support "
                            "organisations and funders could help it."));
        return;
    }
    const QString name = m_snapshot.nodes().at(node).label;
    auto ranked = Core::suggestPartners(m_snapshot, m_projectHolder);
    if (!ranked) {
        qCWarning(lcUiNetwork) << "Suggestions for" << m_projectHolder
                               << "failed:" << ranked.error().text();
        m_title->setText(tr("No suggestions for %1: %2").arg(name, ranked.error().text()));
        return;
    }
    // The map reads its snapshot again only a second after a change, so until
    // then the store alone has a link just created or removed.
    const QSet<QString> linked = linkedInStore();
    for (const Core::Suggestion &suggestion : ranked.value()) {
        if (!m_dismissed.contains(keyOf(suggestion)) && !linked.contains(suggestion.candidateId))
            m_shown.append(suggestion);
    }
    m_title->setText(m_shown.isEmpty()
                         ? tr("No support organisation or funder to suggest for %1.").arg(name)
                         : tr("Suggested support for %1:").arg(name));
    for (int row = 0; row < int(m_shown.size()); ++row) {
        const Core::Suggestion &suggestion = m_shown.at(row);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(OrganisationColumn,
                      suggestion.candidateLabel + QLatin1Char('\n') + suggestion.reason);
        item->setToolTip(OrganisationColumn,
                         suggestion.candidateLabel + QLatin1Char('\n') + suggestion.reason);
        item->setText(ScoreColumn, QLocale().toString(suggestion.score * 100.0, 'f', 0));
        auto *buttons = new QWidget;
        // Stacked, so that the organisation column gets the width.
        auto *buttonLayout = new QVBoxLayout(buttons);
        buttonLayout->setContentsMargins(2, 2, 2, 2);
        auto *accept = new QPushButton(tr("Accept"), buttons);
        accept->setObjectName(QStringLiteral("accept%1").arg(row));
        accept->setToolTip(tr("Create the link \"%1\" from %2 to %3")
                               .arg(suggestion.linkType, suggestion.candidateLabel, name));
        auto *dismiss = new QPushButton(tr("Dismiss"), buttons);
        dismiss->setObjectName(QStringLiteral("dismiss%1").arg(row));
        buttonLayout->addWidget(accept);
        buttonLayout->addWidget(dismiss);
        m_list->setItemWidget(item, ActionsColumn, buttons);
        connect(accept, &QPushButton::clicked, this, [this, row] { acceptSuggestion(row); });
        connect(dismiss, &QPushButton::clicked, this, [this, row] { dismissSuggestion(row); });
    }
}

void SuggestionsPanel::acceptSuggestion(int row)
{
    if (row < 0 || row >= int(m_shown.size()))
        return;
    const Core::Suggestion suggestion = m_shown.at(row);
    Core::Link link;
    link.fromId = suggestion.fromId;
    link.toId = suggestion.toId;
    link.type = suggestion.linkType;
    link.note = suggestion.reason;
    link.source = tr("Network suggestion");
    qCInfo(lcUiNetwork) << "Accepting the suggestion" << suggestion.fromId << "->"
                        << suggestion.toId;
    const int holder = m_snapshot.indexOf(suggestion.toId);
    const QString holderName = holder >= 0 ? m_snapshot.nodes().at(holder).label : suggestion.toId;
    m_undoStack->push(new CreateRecordCommand(
        m_context, link, tr("Link %1 to %2").arg(suggestion.candidateLabel, holderName)));
    fill();
}

void SuggestionsPanel::dismissSuggestion(int row)
{
    if (row < 0 || row >= int(m_shown.size()))
        return;
    m_dismissed.insert(keyOf(m_shown.at(row)));
    fill();
}

} // namespace CoopAtlas::Ui
