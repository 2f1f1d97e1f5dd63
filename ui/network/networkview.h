// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

namespace CoopAtlas::Ui {

/// The part of the layout that one picture shows.
struct NetworkView
{
    QPointF centre;    ///< layout point at the centre of the picture
    double zoom = 1.0; ///< pixels per layout unit
    QSizeF size;       ///< picture size in logical pixels

    [[nodiscard]] QPointF mapFromLayout(const QPointF &layoutPoint) const
    {
        return QPointF(size.width() / 2.0, size.height() / 2.0) + (layoutPoint - centre) * zoom;
    }
    [[nodiscard]] QPointF mapToLayout(const QPointF &picturePoint) const
    {
        return centre + (picturePoint - QPointF(size.width() / 2.0, size.height() / 2.0)) / zoom;
    }
};

} // namespace CoopAtlas::Ui
