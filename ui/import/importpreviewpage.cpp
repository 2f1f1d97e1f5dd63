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
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <limits>

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
    , m_busy(new QProgressBar(this))
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
    m_busy->setRange(0, 0); // indeterminate: the reader reports no progress
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
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
    layout->addWidget(m_busy);
    layout->addLayout(targetRow);
    layout->addWidget(m_columns, 1);

    connect(m_target, &QComboBox::activated, this, &ImportPreviewPage::onTargetChanged);
    connect(m_save, &QPushButton::clicked, this, &ImportPreviewPage::saveMapping);
    connect(m_load, &QPushButton::clicked, this, &ImportPreviewPage::loadMapping);
}

ImportPreviewPage::~ImportPreviewPage()
{
    abandonRead();
}

void ImportPreviewPage::initializePage()
{
    readFile();
}

void ImportPreviewPage::cleanupPage()
{
    abandonRead();
    QWizardPage::cleanupPage();
}

void ImportPreviewPage::abandonRead()
{
    if (!m_watcher)
        return;
    qCInfo(lcUiImport) << "Stopping the running read of" << m_readPath;
    // The task owns copies of all it uses, so it may run on after the page is gone.
    // cancel() stops it when it has not started yet, and the flag makes a started
    // CsvReader return within CsvReader::CancelCheckInterval records.
    m_cancelRead->store(true);
    m_watcher->disconnect(this);
    m_watcher->cancel();
    delete m_watcher;
    m_watcher = nullptr;
    m_busy->setVisible(false);
}

void ImportPreviewPage::readCsv(QPromise<ReadOutcome> &promise,
                                const QString &path,
                                std::shared_ptr<const std::atomic_bool> cancel)
{
    ReadOutcome outcome;
    Core::CsvReader reader;
    reader.setCancelFlag(std::move(cancel));
    // QFuture reports progress as an int.
    promise.setProgressRange(0, std::numeric_limits<int>::max());
    reader.setProgressHandler([&promise](qsizetype rows) {
        promise.setProgressValue(int(qMin<qsizetype>(rows, std::numeric_limits<int>::max() - 1)));
    });
    auto table = reader.readFile(path);
    if (!table) {
        outcome.error = table.error();
        promise.addResult(std::move(outcome));
        return;
    }
    outcome.table = std::move(table).value();
    outcome.rowCount = outcome.table.rows.size();
    // Only the examples column uses rows, so a large file is not kept in memory.
    outcome.table.rows.resize(qMin<qsizetype>(ExampleRows, outcome.rowCount));
    promise.addResult(std::move(outcome));
}

void ImportPreviewPage::readFile()
{
    abandonRead();
    m_readOk = false;
    m_columns->setRowCount(0);
    m_wizard->setTable({});
    const QString path = m_wizard->filePath();
    const bool vcard = m_wizard->isVCard();
    m_target->setEnabled(false);
    m_save->setEnabled(false);
    m_load->setEnabled(false);
    m_columns->setVisible(!vcard);
    emit completeChanged();
    if (vcard) {
        showVCard(path);
        return;
    }
    m_format->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_busy->setVisible(true);
    qCInfo(lcUiImport) << "Reading" << path << "for the preview";
    auto *watcher = new QFutureWatcher<ReadOutcome>(this);
    m_watcher = watcher;
    m_readPath = path;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        m_busy->setVisible(false);
        showReadOutcome(path, watcher->result());
    });
    connect(
        watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher, path](int rows) {
            // QFutureWatcher also reports the start value 0, before any row is read.
            if (watcher != m_watcher || rows <= 0)
                return;
            m_format->setText(tr("Reading %1... %n row(s) so far.", nullptr, rows)
                                  .arg(QFileInfo(path).fileName()));
            emit readProgress(rows);
        });
    m_cancelRead = std::make_shared<std::atomic_bool>(false);
    watcher->setFuture(QtConcurrent::run(
        &ImportPreviewPage::readCsv, path, std::shared_ptr<const std::atomic_bool>(m_cancelRead)));
}

void ImportPreviewPage::showVCard(const QString &path)
{
    m_format->setText(tr("%1 is a vCard file: each card is imported as a person, so no "
                         "column mapping is needed.")
                          .arg(QFileInfo(path).fileName()));
    m_readOk = true;
    emit completeChanged();
}

void ImportPreviewPage::showReadOutcome(const QString &path, ReadOutcome outcome)
{
    if (outcome.error) {
        qCWarning(lcUiImport) << "Reading" << path << "failed:" << outcome.error->text();
        m_format->setText(tr("The file could not be read: %1\nChoose another file or save it "
                             "as CSV in UTF-8 and try again.")
                              .arg(outcome.error->text()));
        return;
    }
    m_format->setText(
        tr("%1: %n row(s), encoding %2, delimiter %3.", nullptr, int(outcome.rowCount))
            .arg(QFileInfo(path).fileName(),
                 Core::encodingName(outcome.table.encoding),
                 delimiterName(outcome.table.delimiter)));
    const auto detected
        = Core::ColumnMapping::detect(outcome.table.headers, outcome.table.delimiter);
    m_wizard->setTable(std::move(outcome.table));
    Core::ColumnMapping mapping;
    mapping.target = Core::RecordTarget::Organisation;
    showMapping(detected.value_or(mapping));
    m_target->setEnabled(true);
    m_save->setEnabled(true);
    m_load->setEnabled(true);
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
    // QWizard::next() skips isComplete(), so a read that failed or still runs is checked here.
    if (!m_readOk)
        return false;
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
