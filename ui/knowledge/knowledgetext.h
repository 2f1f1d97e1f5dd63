// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Live terms of a vocabulary as (key, label in the UI language), in their
/// stored order; an empty list when the store is missing or cannot be read.
[[nodiscard]] QList<QPair<QString, QString>> knowledgeTerms(const Core::Store *store,
                                                            const char *vocabulary);
/// Label of a term key in the UI language, or the key itself when unknown.
[[nodiscard]] QString knowledgeTermLabel(const QList<QPair<QString, QString>> &terms,
                                         const QString &key);
/// Splits comma- or semicolon-separated tags, trimmed, without empty or repeated ones.
[[nodiscard]] QStringList splitTags(const QString &text);

} // namespace CoopAtlas::Ui
