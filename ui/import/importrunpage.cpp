// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunpage.h"

#include <ui/import/importduplicatespage.h>
#include <ui/import/importwizard.h>
#include <ui/logging.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_summary(new QLabel(this))
    , m_skipped(new QTableWidget(0, 3, this))
{
    setTitle(tr("Import"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_skipped->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("Reason")});
    m_skipped->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    m_skipped->verticalHeader()->setVisible(false);
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setTabKeyNavigation(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipped, 1);

    Core::ImportJob *job = wizard->job();
    connect(job, &Core::ImportJob::progress, this, &ImportRunPage::onProgress);
    connect(job, &Core::ImportJob::committed, this, &ImportRunPage::onCommitted);
    connect(job, &Core::ImportJob::failed, this, &ImportRunPage::onFailed);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        qCInfo(lcUiImport) << "Cancelling the import of" << m_wizard->filePath();
        m_cancel->setEnabled(false);
        m_wizard->job()->cancel();
    });
}

void ImportRunPage::initializePage()
{
    m_running = true;
    m_finished = false;
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_skipped->setVisible(false);
    m_summary->setText(tr("Importing %1...").arg(m_wizard->filePath()));
    qCInfo(lcUiImport) << "Importing" << m_wizard->filePath();
    m_wizard->job()->startCommit(m_wizard->duplicatesPage()->decisions());
    emit completeChanged();
}

void ImportRunPage::onProgress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
}

void ImportRunPage::onCommitted(const Core::ImportSummary &summary)
{
    if (!m_running)
        return;
    finish();
    qCInfo(lcUiImport) << "Imported" << m_wizard->filePath() << "created" << summary.created
                       << "merged" << summary.merged << "skipped" << summary.skipped;
    QString text = tr("%n record(s) created.", nullptr, summary.created) + u' '
                   + tr("%n merged into existing records.", nullptr, summary.merged) + u' '
                   + tr("%n skipped.", nullptr, summary.skipped);
    if (!summary.warnings.isEmpty())
        text += u'\n' + summary.warnings.join(u'\n');
    m_summary->setText(text);
    const QLocale locale;
    m_skipped->setRowCount(int(summary.skippedRows.size()));
    for (int row = 0; row < int(summary.skippedRows.size()); ++row) {
        const Core::SkippedRow &skipped = summary.skippedRows.at(row);
        m_skipped->setItem(row, 0, new QTableWidgetItem(locale.toString(skipped.line)));
        m_skipped->setItem(row, 1, new QTableWidgetItem(skipped.name));
        m_skipped->setItem(row, 2, new QTableWidgetItem(skipped.reason));
    }
    m_skipped->setVisible(!summary.skippedRows.isEmpty());
    emit imported();
}

void ImportRunPage::onFailed(const Core::Error &error)
{
    if (!m_running)
        return;
    finish();
    qCWarning(lcUiImport) << "Importing" << m_wizard->filePath() << "failed:" << error.text();
    m_summary->setText(tr("Nothing was imported: %1").arg(error.text()));
}

void ImportRunPage::finish()
{
    m_running = false;
    m_finished = true;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

} // namespace CoopAtlas::Ui
