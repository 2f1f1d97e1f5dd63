// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsettingspage.h"

#include <core/storage/store.h>
#include <core/sync/credentialstore.h>
#include <ui/logging.h>

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

namespace CoopAtlas::Ui {

namespace {

enum PasswordState { NotStored = 0, Stored = 1, Unreadable = 2 };

} // namespace

SyncSettingsPage::SyncSettingsPage(Core::Store &store,
                                   PasswordVault vault,
                                   std::shared_ptr<Core::TlsTrust> trust,
                                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_vault(std::move(vault))
    , m_trust(std::move(trust))
    , m_server(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordState(new QLabel(this))
    , m_forget(new QPushButton(tr("&Forget"), this))
    , m_caFile(new QLineEdit(this))
    , m_atStart(new QCheckBox(tr("Sync when the file is &opened"), this))
    , m_interval(new QSpinBox(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
{
    buildLayout();
    loadValues();
    connect(m_forget, &QPushButton::clicked, this, &SyncSettingsPage::forgetPassword);
    connect(m_test, &QPushButton::clicked, this, &SyncSettingsPage::startTest);
    for (QLineEdit *edit : {m_server, m_database, m_user})
        connect(edit, &QLineEdit::editingFinished, this, &SyncSettingsPage::checkStoredPassword);
    connect(&m_storedWatcher, &QFutureWatcher<int>::finished, this, [this] {
        const int state = m_storedWatcher.result();
        m_forget->setEnabled(state == Stored);
        m_passwordState->setText(state == Stored ? tr("A password is stored on this computer.")
                                 : state == NotStored
                                     ? tr("No password is stored on this computer.")
                                     : tr("The system keychain could not be read."));
    });
    connect(&m_testWatcher, &QFutureWatcher<SyncRunOutcome>::finished, this, [this] {
        showTestResult(m_testWatcher.result());
    });
    checkStoredPassword();
}

SyncSettingsPage::~SyncSettingsPage()
{
    // Both tasks are bounded: the keychain by CredentialStore::TimeoutMs, the
    // test by one request of ServerConfig::timeoutMs, and it stops on the flag.
    if (m_testCancel)
        m_testCancel->store(true);
    m_testWatcher.waitForFinished();
    m_storedWatcher.waitForFinished();
}

void SyncSettingsPage::buildLayout()
{
    m_server->setPlaceholderText(tr("https://couch.example.org:6984"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep the stored password"));
    m_passwordState->setWordWrap(true);
    m_caFile->setPlaceholderText(tr("Only for a server with a private certificate authority"));
    auto *chooseCa = new QPushButton(tr("C&hoose..."), this);
    connect(chooseCa, &QPushButton::clicked, this, &SyncSettingsPage::chooseCaFile);
    m_interval->setRange(0, SyncSettings::MaxIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Off"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMinimumWidth(520);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordState, 1);
    passwordRow->addWidget(m_forget);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(chooseCa);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server URL:"), m_server);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), passwordRow);
    // A row of a layout gets no buddy from QFormLayout, so the label sets it.
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_atStart);
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_testResult);
}

void SyncSettingsPage::loadValues()
{
    auto loaded = SyncSettings::load(m_store);
    if (!loaded) {
        qCWarning(lcUi) << "Sync settings not read:" << loaded.error().text();
        m_testResult->setText(
            tr("The sync settings could not be read from the file: %1").arg(loaded.error().text()));
        return;
    }
    m_server->setText(loaded->serverUrl);
    m_database->setText(loaded->database);
    m_user->setText(loaded->user);
    m_caFile->setText(loaded->caFile);
    m_atStart->setChecked(loaded->syncAtStart);
    m_interval->setValue(loaded->intervalMinutes);
}

SyncSettings SyncSettingsPage::currentSettings() const
{
    SyncSettings settings;
    settings.serverUrl = m_server->text().trimmed();
    settings.database = m_database->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    settings.syncAtStart = m_atStart->isChecked();
    settings.intervalMinutes = m_interval->value();
    return settings;
}

Core::Result<void> SyncSettingsPage::save()
{
    const SyncSettings settings = currentSettings();
    if (auto saved = settings.save(m_store); !saved) {
        return Core::Error{
            tr("The sync settings could not be saved in the file: %1").arg(saved.error().text()),
            m_store.database().path()};
    }
    if (m_password->text().isEmpty())
        return {};
    const QString key = Core::CredentialStore::keyFor(settings.serverConfig());
    if (auto written = m_vault.write(key, m_password->text()); !written) {
        qCWarning(lcUi) << "Sync password not stored:" << written.error().text();
        return Core::Error{tr("The password could not be stored in the system keychain: %1 "
                              "Unlock the keychain and save again.")
                               .arg(written.error().text()),
                           key};
    }
    qCInfo(lcUi) << "Sync password stored for" << key;
    m_password->clear();
    checkStoredPassword();
    return {};
}

void SyncSettingsPage::checkStoredPassword()
{
    const SyncSettings settings = currentSettings();
    m_forget->setEnabled(false);
    if (!settings.isComplete()) {
        m_passwordState->setText(tr("Set the server, database and user name first."));
        return;
    }
    if (m_storedWatcher.isRunning())
        return; // the running check reports soon; a changed field checks again on editing
    m_passwordState->setText(tr("Checking the system keychain..."));
    const QString key = Core::CredentialStore::keyFor(settings.serverConfig());
    const PasswordVault vault = m_vault;
    m_storedWatcher.setFuture(QtConcurrent::run([vault, key] {
        bool notFound = false;
        auto read = vault.read(key, &notFound);
        if (read)
            return int(Stored);
        return notFound ? int(NotStored) : int(Unreadable);
    }));
}

void SyncSettingsPage::forgetPassword()
{
    const QString key = Core::CredentialStore::keyFor(currentSettings().serverConfig());
    if (auto removed = m_vault.remove(key); !removed) {
        qCWarning(lcUi) << "Sync password not deleted:" << removed.error().text();
        m_passwordState->setText(tr("The password could not be deleted from the system "
                                    "keychain: %1")
                                     .arg(removed.error().text()));
        return;
    }
    qCInfo(lcUi) << "Sync password deleted for" << key;
    checkStoredPassword();
}

void SyncSettingsPage::chooseCaFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("CA Certificate"),
                                       QFileInfo(m_caFile->text()).path(),
                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void SyncSettingsPage::startTest()
{
    const SyncSettings settings = currentSettings();
    if (!settings.isComplete()) {
        m_testResult->setText(tr("Enter the server URL, the database and the user name."));
        return;
    }
    if (m_testWatcher.isRunning())
        return;
    SyncRunInput input;
    input.config = settings.serverConfig();
    input.password = m_password->text();
    input.vault = m_vault;
    input.trust = m_trust;
    m_testCancel = std::make_shared<std::atomic_bool>(false);
    input.cancel = m_testCancel;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1...").arg(settings.serverUrl));
    qCInfo(lcUi) << "Connection test started for" << settings.serverUrl;
    m_testWatcher.setFuture(QtConcurrent::run([input] { return testConnection(input); }));
}

void SyncSettingsPage::showTestResult(const SyncRunOutcome &outcome)
{
    m_test->setEnabled(true);
    if (!outcome.ok) {
        qCWarning(lcUi) << "Connection test failed:" << outcome.error;
        m_testResult->setText(tr("Connection failed: %1").arg(outcome.error));
        emit testFinished(false);
        return;
    }
    QString text = tr("Connected as %1. The database is readable.").arg(outcome.session.user);
    if (!outcome.session.clockWarning.isEmpty())
        text += QLatin1Char('\n') + outcome.session.clockWarning;
    m_testResult->setText(text);
    emit testFinished(true);
}

} // namespace CoopAtlas::Ui
