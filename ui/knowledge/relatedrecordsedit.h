// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// An editable set of record ids of the given kinds: a list of their names,
/// an Add... button that opens a RecordSearchDialog, and a Remove button.
class RelatedRecordsEdit : public QWidget
{
    Q_OBJECT

public:
    RelatedRecordsEdit(const QList<Core::RecordKind> &kinds,
                       const QString &pickerTitle,
                       QWidget *parent = nullptr);

    void setStore(Core::Store *store) { m_store = store; }
    /// Shows the ids, each with the name and kind that the store gives it.
    void setIds(const QStringList &ids);
    [[nodiscard]] QStringList ids() const;
    /// Adds one id unless it is already listed.
    void addId(const QString &id);
    [[nodiscard]] QListWidget *list() const { return m_list; }

signals:
    void edited();

private:
    void pickRecord();
    void removeCurrent();
    [[nodiscard]] QString describe(const QString &id) const;

    QPointer<Core::Store> m_store;
    QList<Core::RecordKind> m_kinds;
    QString m_pickerTitle;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace CoopAtlas::Ui
