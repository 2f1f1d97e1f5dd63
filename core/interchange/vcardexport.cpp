// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardexport.h"

#include <core/interchange/exportlogging.h>
#include <core/interchange/outputfile.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QCoreApplication>

namespace CoopAtlas::Core {

namespace {

class VCardExportText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::VCardExport)
};

Error cancelledError()
{
    return Error{VCardExportText::tr("The export was cancelled; no file was written."), QString()};
}

Result<QByteArray> cardOf(Store &store, const QString &id, const VCardWriter &writer)
{
    auto kind = store.describe(id);
    if (!kind) {
        return kind.error();
    }
    if (kind->first == RecordKind::Organisation) {
        auto organisation = store.organisation(id);
        if (!organisation) {
            return organisation.error();
        }
        return writer.write(*organisation);
    }
    if (kind->first == RecordKind::Person) {
        auto person = store.person(id);
        if (!person) {
            return person.error();
        }
        return writer.write(*person);
    }
    return Error{VCardExportText::tr("Only people and organisations can be exported as vCards; "
                                     "leave other records out of the selection."),
                 id};
}

} // namespace

Result<QStringList> VCardExport::idsToWrite(Store &store, const VCardExportOptions &options) const
{
    if (!options.ids.isEmpty()) {
        return options.ids;
    }
    QStringList ids;
    QList<ListTable> tables;
    if (options.organisations) {
        tables.append(ListTable::Organisations);
    }
    if (options.people) {
        tables.append(ListTable::People);
    }
    for (const ListTable table : tables) {
        ListQuery query;
        query.table = table;
        auto total = store.count(query);
        if (!total) {
            return total.error();
        }
        for (qint64 offset = 0; offset < *total; offset += PageSize) {
            if (isCancelled()) {
                return cancelledError();
            }
            auto page = store.page(query, offset, PageSize);
            if (!page) {
                return page.error();
            }
            for (const ListRow &row : std::as_const(*page)) {
                ids.append(row.id);
            }
            if (page->size() < PageSize) {
                break;
            }
        }
    }
    return ids;
}

Result<qint64>
VCardExport::write(Store &store, const VCardExportOptions &options, QIODevice &device) const
{
    auto ids = idsToWrite(store, options);
    if (!ids) {
        return ids.error();
    }
    const VCardWriter writer(options.version);
    qint64 done = 0;
    for (const QString &id : std::as_const(*ids)) {
        auto card = cardOf(store, id, writer);
        if (!card) {
            return card.error();
        }
        if (device.write(*card) != card->size()) {
            qCWarning(lcExport) << "vCard write failed:" << device.errorString();
            return Error{VCardExportText::tr("Writing the vCard file failed: %1. Check that the "
                                             "disk is not full.")
                             .arg(device.errorString()),
                         QString()};
        }
        if (++done % PageSize == 0) {
            if (isCancelled()) {
                return cancelledError();
            }
            if (m_progress) {
                m_progress(done, ids->size());
            }
        }
    }
    if (m_progress) {
        m_progress(done, ids->size());
    }
    return done;
}

Result<qint64> VCardExport::writeFile(const QString &databasePath,
                                      const VCardExportOptions &options,
                                      const QString &outputPath) const
{
    qCInfo(lcExport) << "vCard export of" << databasePath << "to" << outputPath << "started";
    if (auto distinct = checkOutputIsNotDatabase(outputPath, databasePath); !distinct) {
        return distinct.error();
    }
    auto db = Database::openReadOnly(databasePath);
    if (!db) {
        return db.error();
    }
    Store store(std::move(db).value());
    OutputFile file(outputPath);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    auto cards = write(store, options, file.device());
    if (!cards) {
        // A failed write of the file explains the failure better than the writer's message.
        const std::optional<Error> failure = file.writeFailure();
        file.cancel();
        qCWarning(lcExport) << "vCard export to" << outputPath << "failed:" << cards.error().text();
        return failure ? *failure : Error{cards.error().message, outputPath};
    }
    if (auto committed = file.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcExport) << "vCard export to" << outputPath << "finished with" << *cards << "cards";
    return cards;
}

} // namespace CoopAtlas::Core
