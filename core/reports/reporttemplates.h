// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QHash>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Core {

/// The wording of activity reports in one language: keys to text with
/// {placeholders}, read from report.txt files that staff can edit.
///
/// The bundled file :/reports/<lang>/report.txt gives every key. A file
/// <overrideFolder>/<lang>/report.txt, when present, replaces the keys it sets.
/// Format, UTF-8: one "key = text" per line; lines starting with # and blank
/// lines are skipped; "\n" in a text is a line break.
class ReportTemplates
{
public:
    /// Languages with bundled wording.
    [[nodiscard]] static QStringList languages();
    /// QStandardPaths::AppDataLocation + "/report-templates".
    [[nodiscard]] static QString defaultOverrideFolder();

    /// Loads the bundled wording of `language` and the override from
    /// `overrideFolder` (none when empty). Fails on an unknown language and on
    /// an override file that cannot be read; a line that is not "key = text"
    /// becomes a warning.
    [[nodiscard]] static Result<ReportTemplates> load(const QString &language,
                                                      const QString &overrideFolder);

    [[nodiscard]] QString language() const { return m_language; }
    /// The text of `key` with each {name} replaced by its value in `values`;
    /// the key itself in brackets when no file sets it, so that a gap shows.
    [[nodiscard]] QString text(const QString &key,
                               const QHash<QString, QString> &values = {}) const;
    [[nodiscard]] bool contains(const QString &key) const { return m_texts.contains(key); }
    [[nodiscard]] QStringList keys() const { return m_texts.keys(); }
    /// Lines of the override file that were skipped, with their line numbers.
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

private:
    void parse(const QString &content, const QString &fileName);

    QString m_language;
    QHash<QString, QString> m_texts;
    QStringList m_warnings;
};

} // namespace CoopAtlas::Core
