// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityfilterbar.h"

#include <core/domain/activities.h>
#include <core/storage/store.h>
#include <ui/knowledge/knowledgetext.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

// QLineEdit::sizeHint() is the width of 17 'x' glyphs plus the frame, the text margins
// and the side buttons shown.
// NOTE: this and the clear button's room below follow QLineEdit in Qt 6.4 as the
// residency view tests measure it. Another Qt version may lay the field out otherwise.
constexpr int LineEditHintGlyphs = 17;

bool isWorkshop(Core::RecordKind kind)
{
    return kind == Core::RecordKind::Workshop;
}

} // namespace

ActivityFilterBar::ActivityFilterBar(Core::RecordKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_search(new QLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    const bool workshops = isWorkshop(kind);
    setObjectName(workshops ? QStringLiteral("workshopFilter") : QStringLiteral("residencyFilter"));
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(workshops ? tr("Search titles, venues and themes")
                                           : tr("Search titles, cities and objectives"));
    m_search->setAccessibleName(workshops ? tr("Search the workshops")
                                          : tr("Search the residencies"));
    m_choice->setAccessibleName(workshops ? tr("Filter by theme") : tr("Filter by city"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any status"), QString());
    const QStringList statuses = workshops ? Core::ActivityKeys::workshopStatuses()
                                           : Core::ActivityKeys::residencyStatuses();
    for (const QString &key : statuses)
        m_status->addItem(Core::ActivityKeys::label(key), key);
    fillChoices();
    fitSearchToPlaceholder();

    // The search field has a row of its own, so that its whole placeholder fits
    // without widening the list at the cost of the form beside it.
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_choice);
    choices->addWidget(m_status);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(choices);

    m_delay.setSingleShot(true);
    m_delay.setInterval(FilterDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ActivityFilterBar::applyNow);
    connect(m_search, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::applyNow);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::applyNow);
}

void ActivityFilterBar::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store && isWorkshop(m_kind)) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Taxonomy)
                fillChoices();
        });
    }
    fillChoices();
}

void ActivityFilterBar::fillChoices()
{
    const QString current = m_choice->currentData().toString();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    if (isWorkshop(m_kind)) {
        m_choice->addItem(tr("All themes"), QString());
        for (const auto &[key, label] : knowledgeTerms(m_store, Core::Vocabulary::WorkshopTheme))
            m_choice->addItem(label, key);
    } else {
        m_choice->addItem(tr("All cities"), QString());
        for (const QString &key : Core::ActivityKeys::residencyCities())
            m_choice->addItem(Core::ActivityKeys::label(key), key);
    }
    // A removed theme falls back to all themes, and the list follows.
    const int index = m_choice->findData(current);
    m_choice->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty())
        applyNow();
}

void ActivityFilterBar::fitSearchToPlaceholder()
{
    const QFontMetrics metrics = m_search->fontMetrics();
    const int frame
        = m_search->sizeHint().width() - LineEditHintGlyphs * metrics.horizontalAdvance(u'x');
    // The clear button hides while the field is empty. Its room is kept so that typed text
    // as long as the placeholder fits too: an icon of PM_SmallIconSize plus 6 px, and a
    // quarter icon of margin.
    const int icon = m_search->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_search);
    int clearButton = 0;
    for (const QToolButton *button : m_search->findChildren<QToolButton *>()) {
        if (!button->isVisibleTo(m_search))
            clearButton += icon + 6 + icon / 4;
    }
    m_search->setMinimumWidth(metrics.horizontalAdvance(m_search->placeholderText()) + frame
                              + clearButton);
}

void ActivityFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitSearchToPlaceholder();
}

Core::ActivityListQuery ActivityFilterBar::query() const
{
    Core::ActivityListQuery query;
    query.kind = m_kind;
    query.filterText = m_search->text().trimmed();
    query.status = m_status->currentData().toString();
    if (isWorkshop(m_kind))
        query.termFilter = m_choice->currentData().toString();
    else
        query.city = m_choice->currentData().toString();
    return query;
}

void ActivityFilterBar::applyNow()
{
    m_delay.stop();
    emit filterChanged(query());
}

} // namespace CoopAtlas::Ui
