// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listvalueformatter.h"

#include <core/interchange/listcsvexport.h>

#include <QCoreApplication>

namespace CoopAtlas::Ui {

namespace {

/// A list column title as Store::listColumns() translates it.
QString storeTitle(const char *title)
{
    return QCoreApplication::translate("CoopAtlas::Core::Store", title);
}

} // namespace

ListValueFormatter::ListValueFormatter(const Core::Store &store, Core::ListTable table)
{
    m_labels.reload(store);
    for (const QString &title : Core::Store::listColumns(table)) {
        QString vocabulary;
        if (title == storeTitle("Kind"))
            vocabulary = QString::fromLatin1(Core::Vocabulary::OrganisationKind);
        else if (title == storeTitle("Stage"))
            vocabulary = QString::fromLatin1(Core::Vocabulary::Stage);
        else if (title == storeTitle("Type"))
            vocabulary = QString::fromLatin1(Core::Vocabulary::LinkType);
        m_vocabularies.append(vocabulary);
        m_communes.append(title == storeTitle("Commune"));
    }
}

QString ListValueFormatter::format(int column, const QVariant &value) const
{
    if (value.typeId() != QMetaType::QString)
        return Core::ListCsvExport::formatListValue(value);
    const QString text = value.toString();
    if (m_communes.value(column))
        return TermLabels::communeName(text);
    const QString vocabulary = m_vocabularies.value(column);
    return vocabulary.isEmpty() ? text : m_labels.label(vocabulary, text);
}

} // namespace CoopAtlas::Ui
