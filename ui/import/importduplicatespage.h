// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importjob.h>

#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace CoopAtlas::Ui {

class ImportWizard;

/// Third page: reads and maps the file on the worker thread, then lists each
/// likely duplicate with a choice of skip, merge or keep both.
class ImportDuplicatesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDuplicatesPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    /// The decision for each duplicate, keyed by DuplicateMatch::recordIndex.
    [[nodiscard]] QHash<int, Core::DuplicateDecision> decisions() const;
    [[nodiscard]] QTableWidget *duplicateTable() const { return m_table; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] bool isAnalysed() const { return m_analysed; }

private:
    void onAnalysed(const Core::ImportPreview &preview);
    void onFailed(const Core::Error &error);
    void onProgress(qint64 done, qint64 total);

    ImportWizard *m_wizard;
    bool m_running = false;
    bool m_analysed = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableWidget *m_table;
};

} // namespace CoopAtlas::Ui
