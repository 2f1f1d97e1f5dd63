// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace CoopAtlas::Core {

/// Positions of the parts of a `_changes` reply body that the client reuses as
/// text: the JSON text of each result's `doc`, of `last_seq` and of `pending`.
/// The views point into the scanned body and stay valid as long as it does.
struct ChangesReplyLayout
{
    /// One entry per element of `results`, in order: the text of its `doc`
    /// member when that is an object, else an empty view.
    QList<QByteArrayView> documents;
    /// Text of the top-level `last_seq` value, empty when it is missing.
    QByteArrayView lastSeq;
    /// Text of the top-level `pending` value, empty when it is missing.
    QByteArrayView pending;

    /// Finds the layout of `body` with one pass over its bytes, without
    /// building values. Returns nothing when `body` is not a JSON object with a
    /// `results` array, when a key that the scan compares contains an escape
    /// sequence or occurs twice in its object, or when the text ends early.
    /// Bytes outside strings are not checked further, so the caller still
    /// parses the body and trusts the layout only for a body that parses.
    [[nodiscard]] static std::optional<ChangesReplyLayout> scan(QByteArrayView body);
};

} // namespace CoopAtlas::Core
