// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class TermLabels;

/// The links and notes of one organisation or person, with buttons to add them.
class RelatedSection : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedSection(const TermLabels &labels, QWidget *parent = nullptr);

    void setStore(Core::Store *store) { m_store = store; }
    /// Shows the links and notes of a record; an empty id shows nothing.
    void setRecord(const QString &id);
    /// Reads the links and notes again.
    void refresh();

    [[nodiscard]] QListWidget *linkList() const { return m_links; }
    [[nodiscard]] QListWidget *noteList() const { return m_notes; }
    [[nodiscard]] QPushButton *addLinkButton() const { return m_addLink; }
    [[nodiscard]] QPushButton *addNoteButton() const { return m_addNote; }

signals:
    void addLinkRequested();
    void addNoteRequested();
    /// The user opened the record at the other end of a link.
    void openRecordRequested(CoopAtlas::Core::RecordKind kind, const QString &id);

private:
    void fillLinks();
    void fillNotes();
    [[nodiscard]] QString linkText(const Core::Link &link) const;
    void openLinkedRecord();

    const TermLabels &m_labels;
    QPointer<Core::Store> m_store;
    QString m_id;
    QListWidget *m_links;
    QListWidget *m_notes;
    QPushButton *m_addLink;
    QPushButton *m_addNote;
};

} // namespace CoopAtlas::Ui
