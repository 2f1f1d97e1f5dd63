// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/columnmapping.h>
#include <core/import/csvreader.h>

#include <QFutureWatcher>
#include <QPromise>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace CoopAtlas::Ui {

class ImportWizard;

/// Second page: the detected encoding and delimiter, and the column mapping with
/// one editable field combo per column, which can be saved to and loaded from a file.
/// A CSV file is read on a worker thread while the page shows a busy indicator.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    /// False while the file is being read and after a read error.
    [[nodiscard]] bool isComplete() const override;

    /// True while a worker thread reads the file.
    [[nodiscard]] bool isReading() const { return m_watcher != nullptr; }
    [[nodiscard]] QProgressBar *busyIndicator() const { return m_busy; }
    [[nodiscard]] QLabel *formatLabel() const { return m_format; }
    [[nodiscard]] QComboBox *targetCombo() const { return m_target; }
    [[nodiscard]] QTableWidget *mappingTable() const { return m_columns; }
    /// The field combo of a column row of the mapping table.
    [[nodiscard]] QComboBox *fieldCombo(int row) const;
    /// The mapping as edited on the page.
    [[nodiscard]] Core::ColumnMapping editedMapping() const;

signals:
    /// The running read has parsed `rows` rows of the CSV file so far.
    void readProgress(qsizetype rows);

private:
    /// The outcome of reading a CSV file, computed on a worker thread.
    struct ReadOutcome
    {
        Core::CsvTable table; ///< the header row and only the first rows of the file
        qsizetype rowCount = 0;
        std::optional<Core::Error> error;
    };

    static void readCsv(QPromise<ReadOutcome> &promise,
                        const QString &path,
                        std::shared_ptr<const std::atomic_bool> cancel);
    void readFile();
    void showVCard(const QString &path);
    void showReadOutcome(const QString &path, ReadOutcome outcome);
    /// Stops waiting for a running read; its result is dropped when it arrives.
    void abandonRead();
    void showMapping(const Core::ColumnMapping &mapping);
    void fillFieldCombo(QComboBox *combo, const QString &field) const;
    void onTargetChanged();
    void saveMapping();
    void loadMapping();
    [[nodiscard]] Core::RecordTarget target() const;

    ImportWizard *m_wizard;
    Core::ColumnMapping m_base; ///< mapping shown; keeps rule details for unchanged columns
    bool m_readOk = false;
    QFutureWatcher<ReadOutcome> *m_watcher = nullptr; ///< the running read, if any
    QString m_readPath; ///< file of the running read; the wizard may be gone in the destructor
    std::shared_ptr<std::atomic_bool> m_cancelRead; ///< set to stop the running read
    QProgressBar *m_busy;
    QLabel *m_format;
    QComboBox *m_target;
    QTableWidget *m_columns;
    QPushButton *m_save;
    QPushButton *m_load;
};

} // namespace CoopAtlas::Ui
