// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpins.h"

#include <core/storage/store.h>
#include <ui/network/networklogging.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace CoopAtlas::Ui {

Core::Result<QHash<QString, QPointF>> readNetworkPins(const Core::Store &store)
{
    auto stored = store.metadata(QLatin1String(NetworkPinsKey));
    if (!stored)
        return stored.error();
    QHash<QString, QPointF> pins;
    const QJsonObject object = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        const double x = pair.at(0).toDouble(qQNaN());
        const double y = pair.at(1).toDouble(qQNaN());
        if (pair.size() != 2 || !std::isfinite(x) || !std::isfinite(y)) {
            qCWarning(lcUiNetwork) << "Skipping an invalid pinned position of node" << it.key();
            continue;
        }
        pins.insert(it.key(), QPointF(x, y));
    }
    return pins;
}

Core::Result<void> writeNetworkPins(Core::Store &store, const QHash<QString, QPointF> &pins)
{
    QJsonObject object;
    for (auto it = pins.cbegin(); it != pins.cend(); ++it)
        object.insert(it.key(), QJsonArray{it.value().x(), it.value().y()});
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return store.setMetadata(QLatin1String(NetworkPinsKey), QString::fromUtf8(json));
}

} // namespace CoopAtlas::Ui
