// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include <ui/logging.h>
#include <ui/sync/synccontroller.h>

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace CoopAtlas::Ui {

namespace {

/// Width of the state text in the status bar in pixels. Longer errors are
/// elided and shown whole in the tooltip.
constexpr int StateTextWidth = 420;

/// "ab12cd..." as "AB:12:CD:...", the way browsers show fingerprints, 8 bytes a line.
QString groupedFingerprint(const QString &hex)
{
    QStringList pairs;
    const QString upper = hex.toUpper();
    for (qsizetype i = 0; i + 1 < upper.size(); i += 2)
        pairs.append(upper.mid(i, 2));
    // Four lines of 8 bytes for a SHA-256 fingerprint.
    QStringList lines;
    for (qsizetype i = 0; i < pairs.size(); i += 8)
        lines.append(pairs.mid(i, 8).join(QLatin1Char(':')));
    return lines.join(QLatin1Char('\n'));
}

/// The text with line breaks between words, at most about 80 characters a line.
QString wrapped(const QString &text)
{
    constexpr qsizetype LineLength = 80;
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > LineLength) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_sync(new QToolButton(this))
    , m_action(new QToolButton(this))
    , m_clock(new QLabel(this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_clock->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_sync->setAutoRaise(true);
    m_action->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_clock);
    layout->addWidget(m_counts);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_action);
    layout->addWidget(m_sync);

    connect(controller, &SyncController::statusChanged, this, &SyncStatusWidget::updateFromStatus);
    connect(controller, &SyncController::finished, this, &SyncStatusWidget::onFinished);
    connect(m_sync, &QToolButton::clicked, this, [this] {
        if (m_controller->isRunning())
            m_controller->cancel();
        else
            m_controller->syncNow(true);
    });
    connect(m_action, &QToolButton::clicked, this, &SyncStatusWidget::runAction);
    connect(m_counts, &QLabel::linkActivated, this, &SyncStatusWidget::conflictsRequested);
    m_countdown.setInterval(30 * 1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncStatusWidget::updateFromStatus);
    updateFromStatus();
}

void SyncStatusWidget::showStateText(const QString &text, const QString &toolTip)
{
    m_state->setText(m_state->fontMetrics().elidedText(text, Qt::ElideRight, StateTextWidth));
    m_state->setToolTip(toolTip.isEmpty() ? text : toolTip);
}

QString SyncStatusWidget::runningText() const
{
    const SyncStatus &status = m_controller->status();
    const QLocale locale;
    switch (status.phase) {
    case Core::SyncPhase::Pulling:
        return status.total > 0
                   ? tr("Syncing: pulling %1 of %2")
                         .arg(locale.toString(status.done), locale.toString(status.total))
                   : tr("Syncing: pulling changes");
    case Core::SyncPhase::Pushing:
        return status.total > 0
                   ? tr("Syncing: pushing %1 of %2")
                         .arg(locale.toString(status.done), locale.toString(status.total))
                   : tr("Syncing: pushing changes");
    case Core::SyncPhase::Finished:
        return tr("Syncing: finishing");
    case Core::SyncPhase::Connecting:
        break;
    }
    return tr("Syncing: connecting");
}

QString SyncStatusWidget::countsText() const
{
    const SyncStatus &status = m_controller->status();
    QStringList parts;
    if (status.openConflicts > 0)
        parts.append(tr("%n conflict(s)", nullptr, status.openConflicts));
    if (status.recordErrors > 0)
        parts.append(tr("%n record(s) not sent", nullptr, status.recordErrors));
    if (status.unreadableDocuments > 0)
        parts.append(tr("%n document(s) could not be read", nullptr, status.unreadableDocuments));
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<a href=\"conflicts\">%1</a>").arg(parts.join(QStringLiteral(", ")));
}

void SyncStatusWidget::updateFromStatus()
{
    const SyncStatus &status = m_controller->status();
    using State = SyncStatus::State;
    const bool running = status.state == State::Running;
    m_progress->setVisible(running);
    m_sync->setText(running ? tr("Cancel") : tr("Sync Now"));
    m_sync->setToolTip(running ? tr("Stop the sync; what was received so far is kept")
                               : tr("Send and receive changes now (F9)"));
    m_sync->setVisible(status.state != State::NotConfigured);
    m_action->setVisible(false);
    if (status.state == State::Offline && status.nextRetry.isValid())
        m_countdown.start();
    else
        m_countdown.stop();
    switch (status.state) {
    case State::NotConfigured:
        showStateText(tr("Sync is not set up"));
        m_action->setText(tr("Set Up..."));
        m_action->setVisible(true);
        break;
    case State::Idle:
        showStateText(tr("Not synced yet"));
        break;
    case State::Running:
        showStateText(runningText());
        m_progress->setRange(0, status.total > 0 ? 1000 : 0);
        if (status.total > 0)
            m_progress->setValue(
                int(qBound(qint64(0), status.done * 1000 / status.total, qint64(1000))));
        break;
    case State::UpToDate:
        showStateText(
            tr("Up to date (%1)")
                .arg(QLocale().toString(status.lastSuccess.time(), QLocale::ShortFormat)));
        break;
    case State::Offline: {
        const qint64 seconds = QDateTime::currentDateTime().secsTo(status.nextRetry);
        const int minutes = int(qMax<qint64>(1, (seconds + 59) / 60));
        showStateText(status.nextRetry.isValid()
                          ? tr("Offline: will retry in %n min", nullptr, minutes)
                          : tr("Offline: sync again when the network is back"),
                      status.error);
        break;
    }
    case State::Failed:
        if (status.passwordNeeded) {
            showStateText(tr("Sync stopped: the password is missing or wrong"), status.error);
            m_action->setText(tr("Enter Password..."));
            m_action->setVisible(true);
        } else if (status.failure.kind == Core::SyncFailureKind::UntrustedCertificate) {
            showStateText(tr("Sync stopped: the server certificate is not trusted"), status.error);
            m_action->setText(tr("Check Certificate..."));
            m_action->setVisible(true);
        } else {
            showStateText(tr("Sync failed: %1").arg(status.error));
        }
        break;
    case State::Cancelled:
        showStateText(tr("Sync cancelled"));
        break;
    }
    m_clock->setText(status.clockWarning.isEmpty() ? QString() : tr("Clock differs"));
    m_clock->setToolTip(status.clockWarning);
    m_clock->setVisible(!status.clockWarning.isEmpty());
    const QString counts = countsText();
    m_counts->setText(counts);
    m_counts->setToolTip(tr("Show the sync conflicts and the records the server rejected"));
    m_counts->setVisible(!counts.isEmpty());
}

void SyncStatusWidget::runAction()
{
    const SyncStatus &status = m_controller->status();
    if (status.state == SyncStatus::State::NotConfigured)
        emit settingsRequested();
    else if (status.passwordNeeded)
        askForPassword();
    else if (status.failure.kind == Core::SyncFailureKind::UntrustedCertificate)
        askToTrustCertificate();
}

void SyncStatusWidget::onFinished(bool ok, bool userRequested)
{
    if (ok || !userRequested)
        return;
    // Only a sync the user started opens a dialog, while automatic ones leave
    // the action in the status bar.
    const SyncStatus &status = m_controller->status();
    if (status.passwordNeeded)
        askForPassword();
    else if (status.failure.kind == Core::SyncFailureKind::UntrustedCertificate)
        askToTrustCertificate();
}

void SyncStatusWidget::askForPassword()
{
    const SyncSettings &settings = m_controller->settings();
    QInputDialog dialog(window());
    dialog.setWindowTitle(tr("Sync Password"));
    // QInputDialog does not wrap its label, so the long server message is wrapped here.
    dialog.setLabelText(
        tr("%1\n\nPassword of %2 on %3:")
            .arg(wrapped(m_controller->status().error), settings.user, settings.serverUrl));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() == QDialog::Accepted && !dialog.textValue().isEmpty())
        m_controller->retryWithPassword(dialog.textValue());
}

void SyncStatusWidget::askToTrustCertificate()
{
    const SyncStatus &status = m_controller->status();
    QMessageBox box(QMessageBox::Warning,
                    tr("Untrusted Server Certificate"),
                    tr("The server %1, port %2, presented a certificate that this computer does "
                       "not trust, such as a self-signed one.")
                        .arg(status.host)
                        .arg(status.port),
                    QMessageBox::NoButton,
                    window());
    box.setInformativeText(
        tr("SHA-256 fingerprint:\n%1\n\nCompare it with the fingerprint that your server "
           "administrator gave you. Trust the certificate only if they are the same. It is then "
           "trusted for this host and port only.")
            .arg(groupedFingerprint(status.failure.certificateFingerprint)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *trust = box.addButton(tr("&Trust and Sync"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(trust))
        m_controller->trustCertificateAndRetry();
}

} // namespace CoopAtlas::Ui
