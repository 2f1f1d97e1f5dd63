// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordpicker.h"

#include <core/storage/store.h>
#include <ui/logging.h>

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

/// Typing pause before a search runs.
constexpr int SearchDelayMs = 150;
constexpr int MaxResults = 30;
constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

RecordPicker::RecordPicker(Core::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    m_search->setPlaceholderText(tr("Type to search organisations and people"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_results->setObjectName(QStringLiteral("recordResults"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    setFocusProxy(m_search);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &RecordPicker::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_results, &QListWidget::currentRowChanged, this, &RecordPicker::chosenChanged);
    connect(m_results, &QListWidget::itemActivated, this, &RecordPicker::activated);
}

QString RecordPicker::chosenId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

QString RecordPicker::chosenName() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

void RecordPicker::searchNow()
{
    m_searchTimer.stop();
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    const QString text = m_search->text().trimmed();
    QList<Core::SearchHit> hits;
    if (m_store && !text.isEmpty()) {
        auto found = m_store->search(text, MaxResults);
        if (found)
            hits = std::move(found).value();
        else
            qCWarning(lcUiEdit) << "Searching for" << text << "failed:" << found.error().text();
    }
    for (const Core::SearchHit &hit : std::as_const(hits)) {
        const bool linkable
            = hit.kind == Core::RecordKind::Organisation || hit.kind == Core::RecordKind::Person;
        if (!linkable || m_excluded.contains(hit.id))
            continue;
        const QString kind
            = hit.kind == Core::RecordKind::Organisation ? tr("Organisation") : tr("Person");
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(hit.title, kind), m_results);
        item->setData(IdRole, hit.id);
        item->setData(NameRole, hit.title);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    emit chosenChanged();
}

} // namespace CoopAtlas::Ui
