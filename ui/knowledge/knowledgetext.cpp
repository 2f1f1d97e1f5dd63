// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgetext.h"

#include <core/storage/store.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>

#include <QRegularExpression>

namespace CoopAtlas::Ui {

QList<QPair<QString, QString>> knowledgeTerms(const Core::Store *store, const char *vocabulary)
{
    QList<QPair<QString, QString>> result;
    if (!store)
        return result;
    auto terms = store->terms(QString::fromLatin1(vocabulary));
    if (!terms) {
        qCWarning(lcUiModel) << "Reading the vocabulary" << vocabulary
                             << "failed:" << terms.error().text();
        return result;
    }
    const QString language = TermLabels::uiLanguage();
    for (const Core::TaxonomyTerm &term : terms.value())
        result.append({term.key, term.label(language)});
    return result;
}

QString knowledgeTermLabel(const QList<QPair<QString, QString>> &terms, const QString &key)
{
    for (const auto &[termKey, label] : terms) {
        if (termKey == key)
            return label;
    }
    return key;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

} // namespace CoopAtlas::Ui
