// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Readable text for the fields of sync documents, as the conflicts dialog shows them.
namespace CoopAtlas::Ui::SyncValueText {

/// The value of `field` in a sync document; "extra.<key>" reads a custom field.
[[nodiscard]] QJsonValue fieldValue(const QJsonObject &document, const QString &field);
/// Sets `field` (as for fieldValue()); an undefined value removes it.
void setFieldValue(QJsonObject &document, const QString &field, const QJsonValue &value);

/// A translated label of a document field, such as "Postcode" for "postcode".
[[nodiscard]] QString fieldLabel(const QString &field);
/// A translated, singular label of a record kind.
[[nodiscard]] QString kindLabel(Core::RecordKind kind);

/// The value as people read it: lists joined by commas, contact values and
/// addresses on one line each, "(empty)" for a missing value.
[[nodiscard]] QString displayText(const QJsonValue &value);

/// True when the value can be typed in one line: text, a number, nothing, or
/// a list of plain texts (typed separated by commas).
[[nodiscard]] bool isEditableAsText(const QJsonValue &value);
/// Parses typed text into a value of the same JSON type as `like`. Fails,
/// naming the text, when a number is expected and the text is not one.
[[nodiscard]] Core::Result<QJsonValue> parseEdited(const QString &text, const QJsonValue &like);
/// The text that parseEdited() turns back into `value`.
[[nodiscard]] QString editText(const QJsonValue &value);

} // namespace CoopAtlas::Ui::SyncValueText
