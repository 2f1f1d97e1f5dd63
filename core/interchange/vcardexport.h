// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/interchange/vcardwriter.h>
#include <core/result.h>

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace CoopAtlas::Core {

class Store;

/// Selection of the records that a vCard export writes.
struct VCardExportOptions
{
    VCardVersion version = VCardVersion::V40;
    bool people = true;
    bool organisations = true;
    /// Ids of the people and organisations to write, in this order; empty for
    /// every live record of the kinds above, organisations first, by name.
    QStringList ids;
};

/// Writes people and organisations of a store to one vCard file, card by card.
class VCardExport
{
public:
    /// Records between two checks of the cancel flag and two progress calls.
    static constexpr int PageSize = 500;

    void setCancelFlag(std::shared_ptr<const std::atomic_bool> flag) { m_cancel = std::move(flag); }
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler)
    {
        m_progress = std::move(handler);
    }

    /// Writes the cards to `device`; returns the number of cards.
    [[nodiscard]] Result<qint64>
    write(Store &store, const VCardExportOptions &options, QIODevice &device) const;
    /// Opens its own connection to `databasePath` and writes `outputPath`
    /// through a temporary file that replaces it only when the export succeeded.
    [[nodiscard]] Result<qint64> writeFile(const QString &databasePath,
                                           const VCardExportOptions &options,
                                           const QString &outputPath) const;

private:
    [[nodiscard]] bool isCancelled() const { return m_cancel && m_cancel->load(); }
    [[nodiscard]] Result<QStringList> idsToWrite(Store &store,
                                                 const VCardExportOptions &options) const;

    std::shared_ptr<const std::atomic_bool> m_cancel;
    std::function<void(qint64 done, qint64 total)> m_progress;
};

} // namespace CoopAtlas::Core
