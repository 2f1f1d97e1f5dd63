// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtermvalues.h"

#include <core/domain/communes.h>
#include <core/logging.h>
#include <core/storage/store.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>

namespace CoopAtlas::Core {

namespace {

class CsvTermValuesText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ImportJob)
};

/// An organisation field that contains keys of one vocabulary.
struct TermField
{
    const char *field; ///< field key of a ColumnRule
    const char *vocabulary;
};

constexpr TermField TermFields[] = {{"kind", Vocabulary::OrganisationKind},
                                    {"stage", Vocabulary::Stage},
                                    {"cooperativeModel", Vocabulary::CooperativeModel},
                                    {"sectors", Vocabulary::Sector}};

/// The keys of a vocabulary, and its labels in the three languages folded by
/// foldForMatching(). When two terms share a folded label, the first one in
/// the store's order wins.
class TermIndex
{
public:
    explicit TermIndex(const QList<TaxonomyTerm> &terms)
    {
        for (const TaxonomyTerm &term : terms) {
            m_keys.insert(term.key);
        }
        for (const TaxonomyTerm &term : terms) {
            for (const QString &label : {term.labelEn, term.labelFr, term.labelNl}) {
                const QString folded = foldForMatching(label);
                if (!folded.isEmpty() && !m_byLabel.contains(folded)) {
                    m_byLabel.insert(folded, term.key);
                }
            }
        }
    }

    /// The key that `value` names, or nothing.
    [[nodiscard]] std::optional<QString> keyFor(const QString &value) const
    {
        if (m_keys.contains(value)) {
            return value;
        }
        const auto it = m_byLabel.constFind(foldForMatching(value));
        if (it == m_byLabel.constEnd()) {
            return std::nullopt;
        }
        return *it;
    }

private:
    QSet<QString> m_keys;
    QHash<QString, QString> m_byLabel;
};

/// The list that `field` names in `org`, or nullptr for a text field.
QStringList *listField(Organisation &org, const QString &field)
{
    return field == u"sectors" ? &org.sectors : nullptr;
}

/// The text that `field` names in `org`, or nullptr for a list field.
QString *textField(Organisation &org, const QString &field)
{
    if (field == u"kind") {
        return &org.kind;
    }
    if (field == u"stage") {
        return &org.stage;
    }
    return field == u"cooperativeModel" ? &org.cooperativeModel : nullptr;
}

/// Maximum number of unknown values of a column that get a warning each. The
/// others are counted in one more warning.
constexpr qsizetype MaxReportedValues = 5;

/// Replaces each value of `values` that names a term by the term's key. Returns
/// the values that name no term, which are removed when `moveUnknown` is set.
QStringList replaceByKeys(const TermIndex &index, QStringList &values, bool moveUnknown)
{
    QStringList keys;
    QStringList unknown;
    for (const QString &value : std::as_const(values)) {
        if (const std::optional<QString> key = index.keyFor(value)) {
            keys.append(*key);
        } else {
            unknown.append(value);
            if (!moveUnknown) {
                keys.append(value);
            }
        }
    }
    values = keys;
    return unknown;
}

/// Adds a warning for each of the first MaxReportedValues unknown values of
/// `column`, given with the line where each first appears, and one for the rest.
void reportUnknown(const ImportPreview &preview,
                   const QString &column,
                   const QList<QPair<QString, qsizetype>> &unknown,
                   QStringList &warnings)
{
    const QString fileName = QFileInfo(preview.filePath).fileName();
    for (qsizetype i = 0; i < std::min(unknown.size(), MaxReportedValues); ++i) {
        warnings.append(
            CsvTermValuesText::tr("%1, line %2: \"%3\" in the column \"%4\" is neither a term "
                                  "nor a term label of this database, so it is kept as the "
                                  "custom field \"%4\". Add the term and import again to use it.")
                .arg(fileName)
                .arg(unknown.at(i).second)
                .arg(unknown.at(i).first, column));
    }
    if (unknown.size() > MaxReportedValues) {
        warnings.append(CsvTermValuesText::tr("%1: %n more value(s) of the column \"%2\" name no "
                                              "term and are kept as custom fields too.",
                                              nullptr,
                                              int(unknown.size() - MaxReportedValues))
                            .arg(fileName, column));
    }
}

/// Replaces the values of `field` in each organisation by their term keys.
/// With `moveUnknown`, the values that name no term move to the custom field
/// `column` and are reported. Otherwise they stay, so that the store rejects them.
void resolveField(const TermIndex &index,
                  const QString &field,
                  const QString &column,
                  bool moveUnknown,
                  ImportPreview &preview)
{
    QList<QPair<QString, qsizetype>> unknown; // each value with the line of its first use
    QSet<QString> seen;
    for (ImportRecord &record : preview.records) {
        if (record.target != RecordTarget::Organisation) {
            continue;
        }
        Organisation &org = record.organisation;
        QString *text = textField(org, field);
        QStringList *list = listField(org, field);
        QStringList values = list ? *list : QStringList();
        if (text && !text->isEmpty()) {
            values = {*text};
        }
        const QStringList missing = replaceByKeys(index, values, moveUnknown);
        if (list) {
            *list = values;
        } else if (text) {
            *text = values.value(0);
        }
        if (!moveUnknown || missing.isEmpty()) {
            continue;
        }
        org.extra.insert(column, missing.join(QStringLiteral("; ")));
        for (const QString &value : missing) {
            if (!seen.contains(value)) {
                seen.insert(value);
                unknown.append({value, record.line});
            }
        }
    }
    reportUnknown(preview, column, unknown, preview.warnings);
}

} // namespace

Result<void> resolveCsvTermValues(const Store &store, ImportPreview &preview)
{
    if (preview.format != u"csv" || !preview.mapping) {
        return {};
    }
    // A column that fromHeaderNames() mapped by its title may contain any text,
    // such as the "Type" column of a directory. The columns of a known format
    // or of a mapping that the user chose contain terms, so an unknown value
    // fails the import.
    const bool moveUnknown = preview.mapping->preset == u"header-names";
    for (const TermField &termField : TermFields) {
        const QString field = QLatin1String(termField.field);
        QString column;
        for (const ColumnRule &rule : std::as_const(preview.mapping->rules)) {
            if (rule.field == field) {
                column = rule.column;
                break;
            }
        }
        if (column.isEmpty()) {
            continue;
        }
        auto terms = store.terms(QLatin1String(termField.vocabulary));
        if (!terms) {
            qCWarning(lcImport) << "Cannot read the terms of" << termField.vocabulary
                                << terms.error().text();
            return terms.error();
        }
        resolveField(TermIndex(*terms), field, column, moveUnknown, preview);
    }
    return {};
}

} // namespace CoopAtlas::Core
