// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class SyncController;
class SyncSettingsPage;

/// QSettings keys of the application settings. None of them is a secret.
namespace SettingsKey {
inline constexpr auto Language = "ui/language";     ///< "fr", "nl", "en"; empty follows the system
inline constexpr auto AuthorName = "user/name";     ///< written as author of changes
inline constexpr auto LastStore = "store/lastPath"; ///< store file opened last
} // namespace SettingsKey

/// Language of the interface and the name written as author of changes, and,
/// with a store and a sync controller, the Sync page of that store file.
/// A language change applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr,
                            Core::Store *store = nullptr,
                            SyncController *sync = nullptr);

    /// Writes the settings; called when the dialog is accepted. Returns false,
    /// after showing the error, when the sync settings could not be written.
    bool save();

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    [[nodiscard]] QLineEdit *authorEdit() const { return m_author; }
    /// The Sync page; null without a store.
    [[nodiscard]] SyncSettingsPage *syncPage() const { return m_syncPage; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

private:
    QComboBox *m_language;
    QLineEdit *m_author;
    QLabel *m_restartNote;
    QString m_initialLanguage;
    QTabWidget *m_tabs = nullptr;
    SyncSettingsPage *m_syncPage = nullptr;
};

} // namespace CoopAtlas::Ui
