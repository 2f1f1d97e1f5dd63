// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importduplicatespage.h"

#include <ui/import/importwizard.h>
#include <ui/logging.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

enum Column { LineColumn, ImportedColumn, ExistingColumn, ReasonColumn, DecisionColumn };

} // namespace

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setTitle(tr("Check Likely Duplicates"));
    setSubTitle(tr("Records that look like one already in the store or earlier in the file. "
                   "Choose what to do with each."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_status->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Imported record"), tr("Existing record"), tr("Why"), tr("Decision")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);

    Core::ImportJob *job = wizard->job();
    connect(job, &Core::ImportJob::progress, this, &ImportDuplicatesPage::onProgress);
    connect(job, &Core::ImportJob::analysed, this, &ImportDuplicatesPage::onAnalysed);
    connect(job, &Core::ImportJob::failed, this, &ImportDuplicatesPage::onFailed);
}

void ImportDuplicatesPage::initializePage()
{
    m_analysed = false;
    m_running = true;
    m_table->setRowCount(0);
    m_table->setVisible(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading %1 and looking for duplicates...").arg(m_wizard->filePath()));
    Core::ImportJob *job = m_wizard->job();
    if (const auto &mapping = m_wizard->mapping())
        job->setMapping(*mapping);
    qCInfo(lcUiImport) << "Analysing" << m_wizard->filePath();
    job->startAnalyse(m_wizard->filePath());
    emit completeChanged();
}

void ImportDuplicatesPage::cleanupPage()
{
    if (m_running)
        m_wizard->job()->cancel();
}

void ImportDuplicatesPage::onProgress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
}

void ImportDuplicatesPage::onAnalysed(const Core::ImportPreview &preview)
{
    if (!m_running)
        return;
    m_running = false;
    m_analysed = true;
    m_progress->setVisible(false);
    m_table->setVisible(!preview.duplicates.isEmpty());
    const QLocale locale;
    m_status->setText(tr("%n record(s) read.", nullptr, int(preview.records.size())) + u' '
                      + tr("%n likely duplicate(s).", nullptr, int(preview.duplicates.size()))
                      + u' '
                      + tr("%n row(s) will be skipped.", nullptr, int(preview.skipped.size())));
    m_table->setRowCount(int(preview.duplicates.size()));
    for (int row = 0; row < int(preview.duplicates.size()); ++row) {
        const Core::DuplicateMatch &match = preview.duplicates.at(row);
        const QString imported = preview.records.value(match.recordIndex).displayName();
        m_table->setItem(row, LineColumn, new QTableWidgetItem(locale.toString(match.line)));
        m_table->setItem(row, ImportedColumn, new QTableWidgetItem(imported));
        m_table->setItem(row, ExistingColumn, new QTableWidgetItem(match.existingName));
        m_table->setItem(row, ReasonColumn, new QTableWidgetItem(match.reason));
        auto *decision = new QComboBox(m_table);
        decision->addItem(tr("Skip"), int(Core::DuplicateDecision::Skip));
        decision->addItem(tr("Merge"), int(Core::DuplicateDecision::Merge));
        decision->addItem(tr("Keep both"), int(Core::DuplicateDecision::KeepBoth));
        decision->setProperty("recordIndex", match.recordIndex);
        m_table->setCellWidget(row, DecisionColumn, decision);
    }
    emit completeChanged();
}

void ImportDuplicatesPage::onFailed(const Core::Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_progress->setVisible(false);
    qCWarning(lcUiImport) << "Analysing" << m_wizard->filePath() << "failed:" << error.text();
    m_status->setText(tr("The file could not be imported: %1\nGo back to choose another file "
                         "or mapping.")
                          .arg(error.text()));
    emit completeChanged();
}

bool ImportDuplicatesPage::isComplete() const
{
    return m_analysed;
}

QHash<int, Core::DuplicateDecision> ImportDuplicatesPage::decisions() const
{
    QHash<int, Core::DuplicateDecision> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, DecisionColumn));
        if (!combo)
            continue;
        result.insert(combo->property("recordIndex").toInt(),
                      Core::DuplicateDecision(combo->currentData().toInt()));
    }
    return result;
}

} // namespace CoopAtlas::Ui
