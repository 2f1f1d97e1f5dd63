// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewpage.h"

#include <core/import/textdecoding.h>
#include <ui/import/importfieldlabels.h>
#include <ui/import/importwizard.h>
#include <ui/logging.h>

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

enum Column { ColumnName, ExampleColumn, FieldColumn };

/// Rows of the file whose values are shown as examples of each column.
constexpr int ExampleRows = 3;

QString delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return ImportPreviewPage::tr("comma");
    if (delimiter == u';')
        return ImportPreviewPage::tr("semicolon");
    if (delimiter == u'\t')
        return ImportPreviewPage::tr("tab");
    return QString(delimiter);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_format(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_columns(new QTableWidget(0, 3, this))
    , m_save(new QPushButton(tr("&Save Mapping..."), this))
    , m_load(new QPushButton(tr("&Load Mapping..."), this))
{
    setTitle(tr("Check the Columns"));
    setSubTitle(tr("Choose the field that receives each column. Columns set to \"(not "
                   "imported)\" are left out."));
    m_format->setWordWrap(true);
    m_format->setObjectName(QStringLiteral("format"));
    m_target->addItem(tr("Organisations"), int(Core::RecordTarget::Organisation));
    m_target->addItem(tr("People"), int(Core::RecordTarget::Person));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Field")});
    m_columns->horizontalHeader()->setSectionResizeMode(ColumnName, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_columns->horizontalHeader()->resizeSection(FieldColumn, 220);
    m_columns->verticalHeader()->setVisible(false);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setTabKeyNavigation(false);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("Import as:"), this));
    targetRow->addWidget(m_target);
    targetRow->addStretch();
    targetRow->addWidget(m_load);
    targetRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addLayout(targetRow);
    layout->addWidget(m_columns, 1);

    connect(m_target, &QComboBox::activated, this, &ImportPreviewPage::onTargetChanged);
    connect(m_save, &QPushButton::clicked, this, &ImportPreviewPage::saveMapping);
    connect(m_load, &QPushButton::clicked, this, &ImportPreviewPage::loadMapping);
}

void ImportPreviewPage::initializePage()
{
    readFile();
}

void ImportPreviewPage::readFile()
{
    m_readOk = false;
    m_columns->setRowCount(0);
    const QString path = m_wizard->filePath();
    const bool vcard = m_wizard->isVCard();
    m_target->setEnabled(!vcard);
    m_save->setEnabled(!vcard);
    m_load->setEnabled(!vcard);
    m_columns->setVisible(!vcard);
    if (vcard) {
        m_wizard->setTable({});
        m_format->setText(tr("%1 is a vCard file: each card is imported as a person, so no "
                             "column mapping is needed.")
                              .arg(QFileInfo(path).fileName()));
        m_readOk = true;
        emit completeChanged();
        return;
    }
    // TODO: read only the first rows for the preview; a very large file blocks the window here.
    auto table = Core::CsvReader().readFile(path);
    if (!table) {
        qCWarning(lcUiImport) << "Reading" << path << "failed:" << table.error().text();
        m_format->setText(tr("The file could not be read: %1\nChoose another file or save it "
                             "as CSV in UTF-8 and try again.")
                              .arg(table.error().text()));
        emit completeChanged();
        return;
    }
    m_format->setText(
        tr("%1: %n row(s), encoding %2, delimiter %3.", nullptr, int(table->rows.size()))
            .arg(QFileInfo(path).fileName(),
                 Core::encodingName(table->encoding),
                 delimiterName(table->delimiter)));
    const auto detected = Core::ColumnMapping::detect(table->headers, table->delimiter);
    m_wizard->setTable(std::move(table).value());
    Core::ColumnMapping mapping;
    mapping.target = Core::RecordTarget::Organisation;
    showMapping(detected.value_or(mapping));
    m_readOk = true;
    emit completeChanged();
}

void ImportPreviewPage::showMapping(const Core::ColumnMapping &mapping)
{
    m_base = mapping;
    m_target->setCurrentIndex(m_target->findData(int(mapping.target)));
    const Core::CsvTable &table = m_wizard->table();
    m_columns->setRowCount(int(table.headers.size()));
    for (int row = 0; row < int(table.headers.size()); ++row) {
        const QString header = table.headers.at(row);
        QStringList examples;
        for (int i = 0; i < qMin<qsizetype>(ExampleRows, table.rows.size()); ++i) {
            const QString value = table.rows.at(i).fields.value(row).simplified();
            if (!value.isEmpty())
                examples.append(value.left(60));
        }
        m_columns->setItem(row, ColumnName, new QTableWidgetItem(header));
        m_columns->setItem(
            row, ExampleColumn, new QTableWidgetItem(examples.join(QStringLiteral(" | "))));
        QString field = QStringLiteral("ignore");
        for (const Core::ColumnRule &rule : mapping.rules) {
            if (rule.column == header) {
                field = rule.field;
                break;
            }
        }
        auto *combo = new QComboBox(m_columns);
        fillFieldCombo(combo, field);
        m_columns->setCellWidget(row, FieldColumn, combo);
    }
}

void ImportPreviewPage::fillFieldCombo(QComboBox *combo, const QString &field) const
{
    combo->clear();
    for (const QString &key : Core::ColumnMapping::fieldKeys(target()))
        combo->addItem(importFieldLabel(key), key);
    const int index = combo->findData(field);
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(QStringLiteral("ignore")));
}

QComboBox *ImportPreviewPage::fieldCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(row, FieldColumn));
}

Core::RecordTarget ImportPreviewPage::target() const
{
    return Core::RecordTarget(m_target->currentData().toInt());
}

void ImportPreviewPage::onTargetChanged()
{
    if (target() == m_base.target)
        return;
    // The fields differ between organisations and people: start from an empty mapping.
    Core::ColumnMapping mapping;
    mapping.target = target();
    mapping.dayFirst = m_base.dayFirst;
    showMapping(mapping);
}

Core::ColumnMapping ImportPreviewPage::editedMapping() const
{
    Core::ColumnMapping mapping = m_base;
    mapping.target = target();
    mapping.rules.clear();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const QString column = m_columns->item(row, ColumnName)->text();
        const QString field = fieldCombo(row)->currentData().toString();
        if (field == u"ignore")
            continue;
        QList<Core::ColumnRule> presetRules;
        for (const Core::ColumnRule &rule : m_base.rules) {
            if (rule.column == column && rule.field == field)
                presetRules.append(rule);
        }
        // An unchanged column keeps the preset's details (type column, separator, group).
        if (presetRules.isEmpty())
            presetRules.append(Core::ColumnRule{column, field, {}, {}, 0, {}});
        mapping.rules.append(presetRules);
    }
    if (mapping.rules != m_base.rules)
        mapping.preset.clear();
    return mapping;
}

bool ImportPreviewPage::isComplete() const
{
    return m_readOk;
}

bool ImportPreviewPage::validatePage()
{
    if (m_wizard->isVCard()) {
        m_wizard->setMapping(std::nullopt);
        return true;
    }
    const Core::ColumnMapping mapping = editedMapping();
    const auto valid
        = mapping.validate(m_wizard->table().headers, QFileInfo(m_wizard->filePath()).fileName());
    if (!valid) {
        QMessageBox::warning(this, tr("Mapping Not Valid"), valid.error().text());
        return false;
    }
    m_wizard->setMapping(mapping);
    return true;
}

void ImportPreviewPage::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Mapping"), QString(), tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    const auto saved = editedMapping().save(path);
    if (!saved)
        QMessageBox::warning(this, tr("Mapping Not Saved"), saved.error().text());
}

void ImportPreviewPage::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Mapping"), QString(), tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    const auto loaded = Core::ColumnMapping::load(path);
    const auto valid = loaded ? loaded->validate(m_wizard->table().headers,
                                                 QFileInfo(m_wizard->filePath()).fileName())
                              : Core::Result<void>(loaded.error());
    if (!valid) {
        QMessageBox::warning(this, tr("Mapping Not Loaded"), valid.error().text());
        return;
    }
    showMapping(loaded.value());
}

} // namespace CoopAtlas::Ui
