// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace CoopAtlas::Ui {

/// QSettings keys of the application settings. None of them is a secret.
namespace SettingsKey {
inline constexpr auto Language = "ui/language";     ///< "fr", "nl", "en"; empty follows the system
inline constexpr auto AuthorName = "user/name";     ///< written as author of changes
inline constexpr auto LastStore = "store/lastPath"; ///< store file opened last
} // namespace SettingsKey

/// Language of the interface and the name written as author of changes.
/// A language change applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Writes the settings; called when the dialog is accepted.
    void save();

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    [[nodiscard]] QLineEdit *authorEdit() const { return m_author; }

private:
    QComboBox *m_language;
    QLineEdit *m_author;
    QLabel *m_restartNote;
    QString m_initialLanguage;
};

} // namespace CoopAtlas::Ui
