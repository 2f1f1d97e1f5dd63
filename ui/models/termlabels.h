// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QHash>
#include <QList>
#include <QString>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Labels of taxonomy terms and Brussels communes in the UI language, read once
/// from the store and kept until reload().
class TermLabels
{
public:
    /// Reads every vocabulary of Core::Vocabulary from the store.
    void reload(const Core::Store &store);

    /// Label of a term key in the UI language, or the key itself when unknown.
    [[nodiscard]] QString label(const QString &vocabulary, const QString &key) const;
    /// Terms of a vocabulary in their stored order.
    [[nodiscard]] QList<Core::TaxonomyTerm> terms(const QString &vocabulary) const;
    /// Name of a commune key in the UI language, or the key itself when unknown.
    [[nodiscard]] static QString communeName(const QString &key);

    /// "fr", "nl" or "en", from the default QLocale.
    [[nodiscard]] static QString uiLanguage();

private:
    QHash<QString, QList<Core::TaxonomyTerm>> m_terms;
};

} // namespace CoopAtlas::Ui
