// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkstyle.h"

#include <QSet>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

QStringList sortedKeys(const QSet<QString> &keys)
{
    QStringList list(keys.cbegin(), keys.cend());
    list.removeAll(QString());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

void NetworkStyle::assign(const Core::NetworkSnapshot &snapshot)
{
    QSet<QString> kinds;
    QSet<QString> stages;
    QSet<QString> types;
    for (const Core::NetworkNode &node : snapshot.nodes()) {
        kinds.insert(node.kind);
        stages.insert(node.stage);
    }
    for (const Core::NetworkEdge &edge : snapshot.edges())
        types.insert(edge.type);
    m_kinds = sortedKeys(kinds);
    m_stages = sortedKeys(stages);
    m_linkTypes = sortedKeys(types);
}

QColor NetworkStyle::paletteColour(qsizetype index)
{
    static const QColor colours[] = {QColor(0x3b7dd8),
                                     QColor(0xe8833a),
                                     QColor(0x4caf50),
                                     QColor(0xc0392b),
                                     QColor(0x8e6bbf),
                                     QColor(0x8d6e63),
                                     QColor(0xe377c2),
                                     QColor(0x17becf),
                                     QColor(0xb5bd3c),
                                     QColor(0x34495e)};
    constexpr qsizetype count = sizeof(colours) / sizeof(colours[0]);
    return colours[((index % count) + count) % count];
}

QColor NetworkStyle::kindColour(const Core::NetworkNode &node) const
{
    if (!node.isOrganisation())
        return personColour();
    const qsizetype index = m_kinds.indexOf(node.kind);
    return index < 0 ? QColor(Qt::gray) : paletteColour(index);
}

QColor NetworkStyle::stageColour(const Core::NetworkNode &node) const
{
    if (!node.isOrganisation())
        return personColour();
    const qsizetype index = m_stages.indexOf(node.stage);
    return index < 0 ? QColor(Qt::gray) : paletteColour(index);
}

QColor NetworkStyle::scaleColour(double fraction)
{
    const double t = std::clamp(fraction, 0.0, 1.0);
    // From a pale blue to a dark blue, linear in RGB.
    const QColor light(0xc6dbef);
    const QColor dark(0x08306b);
    return QColor::fromRgbF(float(light.redF() + t * (dark.redF() - light.redF())),
                            float(light.greenF() + t * (dark.greenF() - light.greenF())),
                            float(light.blueF() + t * (dark.blueF() - light.blueF())));
}

qsizetype NetworkStyle::linkTypeIndex(const QString &type) const
{
    return std::max<qsizetype>(0, m_linkTypes.indexOf(type));
}

QPen NetworkStyle::linkPen(const QString &type, double width) const
{
    return linkPenAt(linkTypeIndex(type), width);
}

QPen NetworkStyle::linkPenAt(qsizetype index, double width) const
{
    static const Qt::PenStyle dashes[]
        = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    if (index < 0 || index >= m_linkTypes.size())
        index = 0;
    QColor colour = paletteColour(index);
    colour.setAlpha(170);
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setStyle(dashes[index % 5]);
    return pen;
}

} // namespace CoopAtlas::Ui
