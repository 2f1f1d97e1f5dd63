// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedsection.h"

#include <core/storage/store.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RelatedSection::RelatedSection(const TermLabels &labels, QWidget *parent)
    : QWidget(parent)
    , m_labels(labels)
    , m_links(new QListWidget(this))
    , m_notes(new QListWidget(this))
    , m_addLink(new QPushButton(tr("Add &Link..."), this))
    , m_addNote(new QPushButton(tr("Add N&ote..."), this))
{
    m_links->setObjectName(QStringLiteral("links"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_links->setMaximumHeight(150);
    m_notes->setMaximumHeight(150);
    m_notes->setWordWrap(true);
    m_links->setToolTip(tr("Press Enter or double-click to open the linked record"));

    auto *linkHeader = new QHBoxLayout;
    linkHeader->addWidget(heading(tr("Links"), this), 1);
    linkHeader->addWidget(m_addLink);
    auto *noteHeader = new QHBoxLayout;
    noteHeader->addWidget(heading(tr("Notes"), this), 1);
    noteHeader->addWidget(m_addNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(linkHeader);
    layout->addWidget(m_links);
    layout->addLayout(noteHeader);
    layout->addWidget(m_notes);

    connect(m_addLink, &QPushButton::clicked, this, &RelatedSection::addLinkRequested);
    connect(m_addNote, &QPushButton::clicked, this, &RelatedSection::addNoteRequested);
    connect(m_links, &QListWidget::itemActivated, this, &RelatedSection::openLinkedRecord);
}

void RelatedSection::setRecord(const QString &id)
{
    m_id = id;
    refresh();
}

void RelatedSection::refresh()
{
    m_links->clear();
    m_notes->clear();
    m_addLink->setEnabled(!m_id.isEmpty());
    m_addNote->setEnabled(!m_id.isEmpty());
    if (!m_store || m_id.isEmpty())
        return;
    fillLinks();
    fillNotes();
}

void RelatedSection::fillLinks()
{
    const auto links = m_store->linksOf(m_id);
    if (!links) {
        qCWarning(lcUi) << "Reading the links of" << m_id << "failed:" << links.error().text();
        m_links->addItem(tr("The links could not be read: %1").arg(links.error().text()));
        return;
    }
    for (const Core::Link &link : links.value()) {
        auto *item = new QListWidgetItem(linkText(link), m_links);
        item->setData(Qt::UserRole, link.fromId == m_id ? link.toId : link.fromId);
        item->setData(Qt::UserRole + 1, link.meta.id);
    }
}

QString RelatedSection::linkText(const Core::Link &link) const
{
    const bool outgoing = link.fromId == m_id;
    const QString otherId = outgoing ? link.toId : link.fromId;
    const auto other = m_store->describe(otherId);
    const QString otherName = other ? other->second : otherId;
    const QString type = m_labels.label(QString::fromLatin1(Core::Vocabulary::LinkType), link.type);
    const QLocale locale;
    QString dates;
    if (link.start.isValid() || link.end.isValid()) {
        const QString start
            = link.start.isValid() ? locale.toString(link.start, QLocale::ShortFormat) : QString();
        const QString end
            = link.end.isValid() ? locale.toString(link.end, QLocale::ShortFormat) : QString();
        dates = tr(" (%1 – %2)").arg(start, end);
    }
    const QString arrow = outgoing ? QStringLiteral("→") : QStringLiteral("←");
    return tr("%1 %2 %3%4").arg(arrow, type, otherName, dates);
}

void RelatedSection::fillNotes()
{
    const auto notes = m_store->notesOf(m_id);
    if (!notes) {
        qCWarning(lcUi) << "Reading the notes of" << m_id << "failed:" << notes.error().text();
        m_notes->addItem(tr("The notes could not be read: %1").arg(notes.error().text()));
        return;
    }
    const QLocale locale;
    for (const Core::Note &note : notes.value()) {
        const QString kind
            = m_labels.label(QString::fromLatin1(Core::Vocabulary::NoteKind), note.kind);
        const QString when = locale.toString(note.at.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3").arg(when, kind, note.text), m_notes);
        item->setData(Qt::UserRole, note.meta.id);
        item->setToolTip(note.author.isEmpty() ? note.text
                                               : tr("%1\nBy %2").arg(note.text, note.author));
    }
}

void RelatedSection::openLinkedRecord()
{
    const QListWidgetItem *item = m_links->currentItem();
    if (!item || !m_store)
        return;
    const QString otherId = item->data(Qt::UserRole).toString();
    const auto other = m_store->describe(otherId);
    if (!other) {
        qCWarning(lcUi) << "The linked record" << otherId
                        << "was not found:" << other.error().text();
        return;
    }
    emit openRecordRequested(other->first, otherId);
}

} // namespace CoopAtlas::Ui
