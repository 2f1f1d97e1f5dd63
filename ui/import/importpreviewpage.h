// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/columnmapping.h>

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace CoopAtlas::Ui {

class ImportWizard;

/// Second page: the detected encoding and delimiter, and the column mapping with
/// one editable field combo per column, which can be saved to and loaded from a file.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QLabel *formatLabel() const { return m_format; }
    [[nodiscard]] QComboBox *targetCombo() const { return m_target; }
    [[nodiscard]] QTableWidget *mappingTable() const { return m_columns; }
    /// The field combo of a column row of the mapping table.
    [[nodiscard]] QComboBox *fieldCombo(int row) const;
    /// The mapping as edited on the page.
    [[nodiscard]] Core::ColumnMapping editedMapping() const;

private:
    void readFile();
    void showMapping(const Core::ColumnMapping &mapping);
    void fillFieldCombo(QComboBox *combo, const QString &field) const;
    void onTargetChanged();
    void saveMapping();
    void loadMapping();
    [[nodiscard]] Core::RecordTarget target() const;

    ImportWizard *m_wizard;
    Core::ColumnMapping m_base; ///< mapping shown; keeps rule details for unchanged columns
    bool m_readOk = false;
    QLabel *m_format;
    QComboBox *m_target;
    QTableWidget *m_columns;
    QPushButton *m_save;
    QPushButton *m_load;
};

} // namespace CoopAtlas::Ui
