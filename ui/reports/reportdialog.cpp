// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include <core/reports/reportjob.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUrl>

namespace CoopAtlas::Ui {

namespace {

Q_LOGGING_CATEGORY(lcReportDialog, "coopatlas.ui.reports")

enum PeriodKind { YearPeriod, QuarterPeriod, RangePeriod };

QSpinBox *yearSpinBox(int year)
{
    auto *box = new QSpinBox;
    box->setRange(1900, 2999);
    box->setValue(year);
    return box;
}

} // namespace

ReportDialog::ReportDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_job(new Core::ReportJob(this))
{
    setWindowTitle(tr("Activity Report"));
    buildForm();
    connect(m_job, &Core::ReportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &Core::ReportJob::finished, this, &ReportDialog::handleFinished);
}

void ReportDialog::buildForm()
{
    const QDate today = QDate::currentDate();
    m_periodKind = new QComboBox;
    m_periodKind->addItems({tr("Year"), tr("Quarter"), tr("From and to dates")});
    m_periodStack = new QStackedWidget;
    m_year = yearSpinBox(today.year() - 1);
    m_periodStack->addWidget(m_year);
    auto *quarterRow = new QWidget;
    auto *quarterLayout = new QHBoxLayout(quarterRow);
    quarterLayout->setContentsMargins(0, 0, 0, 0);
    m_quarterYear = yearSpinBox(today.year());
    m_quarter = new QComboBox;
    m_quarter->addItems({tr("Q1 (January–March)"),
                         tr("Q2 (April–June)"),
                         tr("Q3 (July–September)"),
                         tr("Q4 (October–December)")});
    m_quarter->setCurrentIndex((today.month() - 1) / 3);
    quarterLayout->addWidget(m_quarterYear);
    quarterLayout->addWidget(m_quarter, 1);
    m_periodStack->addWidget(quarterRow);
    auto *rangeRow = new QWidget;
    auto *rangeLayout = new QHBoxLayout(rangeRow);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(QDate(today.year(), 1, 1));
    m_to = new QDateEdit(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    rangeLayout->addWidget(m_from);
    rangeLayout->addWidget(new QLabel(tr("to")));
    rangeLayout->addWidget(m_to);
    m_periodStack->addWidget(rangeRow);
    connect(m_periodKind,
            &QComboBox::currentIndexChanged,
            m_periodStack,
            &QStackedWidget::setCurrentIndex);

    m_language = new QComboBox;
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString uiLanguage = QLocale().name().left(2);
    m_language->setCurrentIndex(std::max(0, m_language->findData(uiLanguage)));
    m_format = new QComboBox;
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("Excel workbook (XLSX)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV files in a folder"), QStringLiteral("csv"));

    m_output = new QLineEdit;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_output->setText(QDir(documents).filePath(tr("activity-report") + QStringLiteral(".pdf")));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, &ReportDialog::chooseOutput);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updateOutputSuffix);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_generate = m_buttons->addButton(tr("&Write Report"), QDialogButtonBox::AcceptRole);
    connect(m_generate, &QPushButton::clicked, this, &ReportDialog::generate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    // QFormLayout makes a row's field the buddy of a label given as a string.
    // A row whose field is a layout gets no buddy, so it needs a label of its own.
    auto *outputLabel = new QLabel(tr("&Save to:"));
    outputLabel->setBuddy(m_output);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Period:"), m_periodKind);
    form->addRow(QString(), m_periodStack);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(outputLabel, outputRow);
    form->addRow(m_progress);
    form->addRow(m_status);
    form->addRow(m_buttons);
    clearOutcomeOnChanges();
}

void ReportDialog::clearOutcomeOnChanges()
{
    for (QComboBox *box : {m_periodKind, m_quarter, m_language, m_format}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ReportDialog::clearOutcome);
    }
    for (QSpinBox *box : {m_year, m_quarterYear}) {
        connect(box, &QSpinBox::valueChanged, this, &ReportDialog::clearOutcome);
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, &ReportDialog::clearOutcome);
    }
    connect(m_output, &QLineEdit::textEdited, this, &ReportDialog::clearOutcome);
}

void ReportDialog::clearOutcome()
{
    if (m_job->isRunning()) {
        return;
    }
    m_progress->setValue(0);
    m_progress->hide();
    showStatus(QString());
}

void ReportDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    // A wrapped label needs more height than the dialog had when it was laid
    // out: grow the dialog so that every line shows.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->heightForWidth(width())
                                                     : layout()->sizeHint().height();
    if (isVisible() && needed > height()) {
        resize(width(), needed);
    }
}

Core::ReportFormat ReportDialog::format() const
{
    return Core::reportFormatFromName(m_format->currentData().toString())
        .value_or(Core::ReportFormat::Pdf);
}

void ReportDialog::updateOutputSuffix()
{
    const QFileInfo info(m_output->text());
    const QString base = info.path() + u'/' + info.completeBaseName();
    switch (format()) {
    case Core::ReportFormat::Pdf:
        m_output->setText(base + QStringLiteral(".pdf"));
        break;
    case Core::ReportFormat::Xlsx:
        m_output->setText(base + QStringLiteral(".xlsx"));
        break;
    case Core::ReportFormat::Csv:
        m_output->setText(base); // a folder
        break;
    }
}

void ReportDialog::chooseOutput()
{
    QString path;
    if (format() == Core::ReportFormat::Csv) {
        path = QFileDialog::getExistingDirectory(
            this, tr("Folder for the CSV Files"), m_output->text());
    } else {
        const QString filter = format() == Core::ReportFormat::Pdf ? tr("PDF documents (*.pdf)")
                                                                   : tr("Excel workbooks (*.xlsx)");
        path = QFileDialog::getSaveFileName(this, tr("Save Report As"), m_output->text(), filter);
    }
    if (!path.isEmpty()) {
        m_output->setText(path);
    }
}

Core::ReportRequest ReportDialog::request() const
{
    Core::ReportRequest request;
    request.databasePath = m_databasePath;
    request.language = m_language->currentData().toString();
    request.format = format();
    request.outputPath = m_output->text().trimmed();
    switch (m_periodKind->currentIndex()) {
    case YearPeriod:
        request.period = Core::ReportPeriod::year(m_year->value()).value();
        break;
    case QuarterPeriod:
        request.period = Core::ReportPeriod::quarter(QStringLiteral("%1-Q%2")
                                                         .arg(m_quarterYear->value())
                                                         .arg(m_quarter->currentIndex() + 1))
                             .value();
        break;
    default:
        request.period = {Core::ReportPeriod::Kind::Range, m_from->date(), m_to->date()};
        break;
    }
    return request;
}

bool ReportDialog::isRunning() const
{
    return m_job->isRunning();
}

void ReportDialog::generate()
{
    const Core::ReportRequest report = request();
    if (!report.period.isValid()) {
        clearOutcome();
        showStatus(tr("The end date comes before the start date. Swap the two dates."));
        return;
    }
    if (report.outputPath.isEmpty()) {
        clearOutcome();
        showStatus(tr("Choose where to save the report."));
        return;
    }
    qCInfo(lcReportDialog) << "Writing the activity report for" << report.period.name();
    m_progress->setValue(0);
    m_progress->show();
    showStatus(tr("Writing the report for %1...").arg(report.period.name()));
    setRunning(true);
    m_job->start(report);
}

void ReportDialog::setRunning(bool running)
{
    m_generate->setEnabled(!running);
    for (QWidget *field : {static_cast<QWidget *>(m_periodKind),
                           static_cast<QWidget *>(m_periodStack),
                           static_cast<QWidget *>(m_language),
                           static_cast<QWidget *>(m_format),
                           static_cast<QWidget *>(m_output)}) {
        field->setEnabled(!running);
    }
}

void ReportDialog::reject()
{
    // Cancel stops a running report first; a second Cancel closes the dialog.
    if (m_job->isRunning()) {
        showStatus(tr("Cancelling..."));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ReportDialog::handleFinished(const QString &outputPath,
                                  const QString &errorText,
                                  bool emptyPeriod,
                                  const QStringList &warnings)
{
    setRunning(false);
    emit reportFinished(outputPath, errorText);
    if (!errorText.isEmpty()) {
        m_progress->setValue(0);
        m_progress->hide();
        showStatus(m_job->wasCancelled() ? errorText
                                         : tr("The report was not written: %1").arg(errorText));
        return;
    }
    QString text = emptyPeriod
                       ? tr("Report written to %1. There was no activity in this period.")
                             .arg(QDir::toNativeSeparators(outputPath))
                       : tr("Report written to %1.").arg(QDir::toNativeSeparators(outputPath));
    for (const QString &warning : warnings) {
        text += u'\n' + warning;
    }
    showStatus(text);
    if (!m_offerToOpen) {
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Activity Report"), tr("The report is written. Open it now?"));
    if (answer == QMessageBox::Yes) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(outputPath));
    }
}

} // namespace CoopAtlas::Ui
