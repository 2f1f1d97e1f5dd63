// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importjob.h>

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace CoopAtlas::Ui {

class ImportWizard;

/// Last page: writes the records on the worker thread with a progress bar and
/// a Cancel button, then shows the summary and every skipped row with its row
/// number and reason.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QTableWidget *skippedTable() const { return m_skipped; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

signals:
    void imported();

private:
    void onCommitted(const Core::ImportSummary &summary);
    void onFailed(const Core::Error &error);
    void onProgress(qint64 done, qint64 total);
    void finish();

    ImportWizard *m_wizard;
    bool m_running = false;
    bool m_finished = false;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_skipped;
};

} // namespace CoopAtlas::Ui
