// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/columnmapping.h>
#include <core/import/csvreader.h>
#include <core/storage/store.h>

#include <QPointer>
#include <QWizard>
#include <QWizardPage>

#include <optional>

class QLineEdit;

namespace CoopAtlas::Core {
class ImportJob;
class Store;
} // namespace CoopAtlas::Core

namespace CoopAtlas::Ui {

class ImportDuplicatesPage;
class ImportPreviewPage;
class ImportRunPage;

/// Imports a CSV or vCard file into the store: choose the file, check the
/// detected encoding, delimiter and column mapping, decide on each likely
/// duplicate, then run the import on a worker thread and read the summary.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, DuplicatesPageId, RunPageId };

    explicit ImportWizard(Core::Store *store, QWidget *parent = nullptr);
    ~ImportWizard() override;

    [[nodiscard]] Core::ImportJob *job() const { return m_job; }
    [[nodiscard]] Core::Store *store() const { return m_store; }

    /// The chosen file; set by the first page or by a caller before showing.
    [[nodiscard]] QString filePath() const;
    void setFilePath(const QString &path);
    /// True for a .vcf or .vcard file, which needs no column mapping.
    [[nodiscard]] bool isVCard() const;

    /// The header row and the first rows of the CSV file as read for the preview.
    /// It is empty for a vCard file and while the preview page reads the file.
    [[nodiscard]] const Core::CsvTable &table() const { return m_table; }
    void setTable(Core::CsvTable table) { m_table = std::move(table); }
    /// The column mapping confirmed on the preview page (CSV files only).
    [[nodiscard]] const std::optional<Core::ColumnMapping> &mapping() const { return m_mapping; }
    void setMapping(std::optional<Core::ColumnMapping> mapping) { m_mapping = std::move(mapping); }

    [[nodiscard]] ImportPreviewPage *previewPage() const { return m_previewPage; }
    [[nodiscard]] ImportDuplicatesPage *duplicatesPage() const { return m_duplicatesPage; }
    [[nodiscard]] ImportRunPage *runPage() const { return m_runPage; }

signals:
    /// The import wrote to the store through its own connection.
    void imported();

protected:
    void reject() override;

private:
    QPointer<Core::Store> m_store;
    Core::ImportJob *m_job;
    QLineEdit *m_path = nullptr;
    Core::CsvTable m_table;
    std::optional<Core::ColumnMapping> m_mapping;
    ImportPreviewPage *m_previewPage;
    ImportDuplicatesPage *m_duplicatesPage;
    ImportRunPage *m_runPage;
};

/// First page: the file to import.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QLineEdit *pathEdit() const { return m_path; }

private:
    void browse();

    QLineEdit *m_path;
};

} // namespace CoopAtlas::Ui
