// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace CoopAtlas::Ui {

/// An editable list of rows of text cells (e-mail addresses with their types,
/// postal addresses), with buttons to add and remove rows.
class RowListEdit : public QWidget
{
    Q_OBJECT

public:
    explicit RowListEdit(const QStringList &headers, QWidget *parent = nullptr);

    /// Rows with at least one non-empty cell, cells trimmed.
    [[nodiscard]] QList<QStringList> rows() const;
    void setRows(const QList<QStringList> &rows);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    void appendRow(const QStringList &cells);

signals:
    void changed();

private:
    void updateHeight();

    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace CoopAtlas::Ui
