// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>

#include <QColor>
#include <QHash>
#include <QPen>
#include <QStringList>

namespace CoopAtlas::Ui {

/// Colours of the kinds and stages and pens of the link types found in a
/// snapshot. Keys are given colours and pen styles in sorted order, so the same
/// data gets the same picture on every run.
class NetworkStyle
{
public:
    void assign(const Core::NetworkSnapshot &snapshot);

    [[nodiscard]] QColor kindColour(const Core::NetworkNode &node) const;
    [[nodiscard]] QColor stageColour(const Core::NetworkNode &node) const;
    /// Colour of a value between 0 and 1 on a light-to-dark scale.
    [[nodiscard]] static QColor scaleColour(double fraction);
    /// Colour of the n-th community, repeating after ten.
    [[nodiscard]] static QColor paletteColour(qsizetype index);
    /// Pen of a link type: colour and dash pattern, cosmetic width `width`.
    [[nodiscard]] QPen linkPen(const QString &type, double width = 1.0) const;
    /// Pen of the link type at `index` in linkTypes(); the first pen for an
    /// index outside the list.
    [[nodiscard]] QPen linkPenAt(qsizetype index, double width = 1.0) const;
    /// Index of `type` in linkTypes(), or 0 for a type that is not there.
    [[nodiscard]] qsizetype linkTypeIndex(const QString &type) const;

    [[nodiscard]] const QStringList &kinds() const { return m_kinds; }
    [[nodiscard]] const QStringList &stages() const { return m_stages; }
    [[nodiscard]] const QStringList &linkTypes() const { return m_linkTypes; }

    /// Colour of people in every node style but the metric ones.
    static QColor personColour() { return QColor(0x7f8c8d); }

private:
    QStringList m_kinds;
    QStringList m_stages;
    QStringList m_linkTypes;
};

} // namespace CoopAtlas::Ui
