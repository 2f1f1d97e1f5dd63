// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "termlabels.h"

#include <core/domain/communes.h>
#include <core/storage/store.h>
#include <ui/logging.h>

#include <QLocale>

namespace CoopAtlas::Ui {

void TermLabels::reload(const Core::Store &store)
{
    m_terms.clear();
    const char *vocabularies[] = {Core::Vocabulary::OrganisationKind,
                                  Core::Vocabulary::Sector,
                                  Core::Vocabulary::Stage,
                                  Core::Vocabulary::LinkType,
                                  Core::Vocabulary::CooperativeModel,
                                  Core::Vocabulary::NoteKind};
    for (const char *vocabulary : vocabularies) {
        const QString name = QString::fromLatin1(vocabulary);
        auto terms = store.terms(name);
        if (!terms) {
            qCWarning(lcUiModel) << "Reading the vocabulary" << name
                                 << "failed:" << terms.error().text();
            continue;
        }
        m_terms.insert(name, terms.value());
    }
}

QString TermLabels::label(const QString &vocabulary, const QString &key) const
{
    const QString language = uiLanguage();
    for (const Core::TaxonomyTerm &term : m_terms.value(vocabulary)) {
        if (term.key == key)
            return term.label(language);
    }
    return key;
}

QList<Core::TaxonomyTerm> TermLabels::terms(const QString &vocabulary) const
{
    return m_terms.value(vocabulary);
}

QString TermLabels::communeName(const QString &key)
{
    const Core::Commune *commune = Core::communeByKey(key);
    return commune ? commune->name(uiLanguage()) : key;
}

QString TermLabels::uiLanguage()
{
    switch (QLocale().language()) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Dutch:
        return QStringLiteral("nl");
    default:
        return QStringLiteral("en");
    }
}

} // namespace CoopAtlas::Ui
