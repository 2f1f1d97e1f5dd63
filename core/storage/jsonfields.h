// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Core::JsonFields {

// Multi-valued fields are stored as compact JSON text. Readers accept empty or
// malformed text and return an empty value, logging the problem.

QString fromStringList(const QStringList &values);
QStringList toStringList(const QString &json);

/// [{"value": ..., "types": [...], "label": ..., "primary": true}], empty keys left out.
QString fromContactValues(const QList<ContactValue> &values);
QList<ContactValue> toContactValues(const QString &json);

QString fromAddresses(const QList<PostalAddress> &addresses);
QList<PostalAddress> toAddresses(const QString &json);

QString fromObject(const QJsonObject &object);
QJsonObject toObject(const QString &json);

} // namespace CoopAtlas::Core::JsonFields
