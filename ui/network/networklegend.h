// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPen>
#include <QWidget>

namespace CoopAtlas::Ui {

/// Key of the network map: one row per link type with its line, and one per
/// node colour with its swatch, wrapped into as many lines as the width needs.
class NetworkLegend : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString label;
        QPen line;     ///< for a link type; Qt::NoPen for a node colour
        QColor swatch; ///< for a node colour
    };

    explicit NetworkLegend(QWidget *parent = nullptr);
    void setEntries(const QList<Entry> &entries);
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Lays the entries out in rows for `width`; returns their rectangles.
    [[nodiscard]] QList<QRect> entryRects(int width) const;

    QList<Entry> m_entries;
};

} // namespace CoopAtlas::Ui
