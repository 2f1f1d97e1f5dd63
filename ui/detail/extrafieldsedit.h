// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace CoopAtlas::Ui {

/// The custom fields of a record (its `extra` JSON object) as a table of names
/// and values, with buttons to add and remove fields. Text values can be edited.
/// Other values (numbers, lists, objects, such as the unknown properties that a
/// vCard import keeps) are shown as read-only JSON text and saved unchanged.
class ExtraFieldsEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ExtraFieldsEdit(QWidget *parent = nullptr);

    void setFields(const QJsonObject &fields);
    /// The fields as edited. Rows without a name are left out, and validate() reports them.
    [[nodiscard]] QJsonObject fields() const;
    /// Messages about rows that cannot be saved: a value without a name, or a
    /// name used twice.
    [[nodiscard]] QStringList validate() const;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QToolButton *addButton() const { return m_add; }
    [[nodiscard]] QToolButton *removeButton() const { return m_remove; }
    /// Appends an empty row and starts editing its name.
    void addField();
    /// Removes the row of the current cell, if any.
    void removeCurrentField();

signals:
    void changed();

private:
    void appendRow(const QString &name, const QJsonValue &value);
    void updateHeight();
    void updateButtons();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace CoopAtlas::Ui
