// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <ui/logging.h>
#include <ui/sync/synccontroller.h>
#include <ui/sync/syncsettingspage.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

SettingsDialog::SettingsDialog(QWidget *parent, Core::Store *store, SyncController *sync)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, as language menus usually show them.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_author->setPlaceholderText(tr("Shown as the author of your changes and notes"));
    m_restartNote->setText(tr("The new language applies when CoopAtlas starts next time."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    const QSettings settings;
    m_initialLanguage = settings.value(QLatin1String(SettingsKey::Language)).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));
    m_author->setText(settings.value(QLatin1String(SettingsKey::AuthorName)).toString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_restartNote);
    form->addRow(tr("Your &name:"), m_author);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(general, tr("General"));
    if (store && sync) {
        m_syncPage = new SyncSettingsPage(*store, sync->passwordVault(), sync->tlsTrustPointer());
        m_tabs->addTab(m_syncPage, tr("Sync"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_language->currentData().toString() != m_initialLanguage);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SettingsDialog::save()
{
    QSettings settings;
    settings.setValue(QLatin1String(SettingsKey::Language), m_language->currentData().toString());
    settings.setValue(QLatin1String(SettingsKey::AuthorName), m_author->text().trimmed());
    qCInfo(lcUi) << "Settings saved; language" << m_language->currentData().toString();
    if (!m_syncPage)
        return true;
    if (auto saved = m_syncPage->save(); !saved) {
        qCWarning(lcUi) << "Sync settings not saved:" << saved.error().text();
        m_tabs->setCurrentWidget(m_syncPage);
        QMessageBox::warning(this, tr("Sync Settings Not Saved"), saved.error().message);
        return false;
    }
    return true;
}

} // namespace CoopAtlas::Ui
