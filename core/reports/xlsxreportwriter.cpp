// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreportwriter.h"

#include "reportcelltext.h"
#include "reportlocale.h"

#include <core/interchange/outputfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace CoopAtlas::Core {

namespace {

Q_LOGGING_CATEGORY(lcXlsxReport, "coopatlas.core.reports")

QString tr(const char *text)
{
    return QCoreApplication::translate("CoopAtlas::Core::XlsxReportWriter", text);
}

/// Maximum length of a sheet name in spreadsheet programs.
constexpr qsizetype MaxSheetName = 31;

/// Writes the cells of one worksheet, cleaning every text first.
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet,
                QString name,
                ReportData &data,
                const ReportTemplates &templates)
        : m_sheet(sheet)
        , m_name(std::move(name))
        , m_data(data)
        , m_templates(templates)
    {}

    void text(int row, int column, const QString &value, lxw_format *format = nullptr)
    {
        QString clean = removeControlCharacters(value);
        if (clean.size() > MaxCellLength) {
            m_data.warnings.append(
                m_templates.text(QStringLiteral("warning.cell-cut"),
                                 {{QStringLiteral("sheet"), m_name},
                                  {QStringLiteral("cell"), cellName(row, column)},
                                  {QStringLiteral("length"), QString::number(clean.size())}}));
            qCWarning(lcXlsxReport) << "Cut a cell of" << clean.size() << "characters in sheet"
                                    << m_name << cellName(row, column);
            clean = cutToCellLength(clean);
        }
        const QByteArray utf8 = clean.toUtf8();
        record(worksheet_write_string(
            m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format));
    }

    void number(int row, int column, double value, lxw_format *format = nullptr)
    {
        record(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }

    void header(const QStringList &titles, lxw_format *format)
    {
        for (int column = 0; column < titles.size(); ++column) {
            text(0, column, titles.at(column), format);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
    }

    void widths(const QList<double> &widths)
    {
        for (int column = 0; column < widths.size(); ++column) {
            record(worksheet_set_column(
                m_sheet, lxw_col_t(column), lxw_col_t(column), widths.at(column), nullptr));
        }
    }

    [[nodiscard]] lxw_error firstError() const { return m_error; }

private:
    void record(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
            m_error = error;
        }
    }

    lxw_worksheet *m_sheet;
    QString m_name;
    ReportData &m_data;
    const ReportTemplates &m_templates;
    lxw_error m_error = LXW_NO_ERROR;
};

/// At most `length` code units of `name`, without splitting a surrogate pair
/// and without the spaces and apostrophes that a sheet name may not start or
/// end with.
QString sheetNamePrefix(const QString &name, qsizetype length)
{
    QString prefix = name.left(length);
    if (!prefix.isEmpty() && prefix.back().isHighSurrogate()) {
        prefix.chop(1);
    }
    const auto trimmable = [](QChar c) {
        return c.isSpace() || c == u'\'';
    };
    while (!prefix.isEmpty() && trimmable(prefix.back())) {
        prefix.chop(1);
    }
    while (!prefix.isEmpty() && trimmable(prefix.front())) {
        prefix.remove(0, 1);
    }
    return prefix;
}

/// A valid, unique sheet name made from `title`: the characters []:*?/\ become
/// spaces, apostrophes at either end are removed, and the name is cut to 31
/// characters with a number added when taken.
QString sheetName(const QString &title, QSet<QString> &taken)
{
    QString base = removeControlCharacters(title).simplified();
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        base.replace(c, u' ');
    }
    base = base.simplified();
    if (base.isEmpty()) {
        base = QStringLiteral("Sheet");
    }
    QString name = sheetNamePrefix(base, MaxSheetName);
    for (int i = 2; i < 1000 && taken.contains(name.toLower()); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        name = sheetNamePrefix(base, MaxSheetName - suffix.size()) + suffix;
    }
    if (name.isEmpty()) {
        name = QStringLiteral("Sheet");
    }
    taken.insert(name.toLower());
    return name;
}

class WorkbookWriter
{
public:
    WorkbookWriter(lxw_workbook *workbook, ReportData &data, const ReportTemplates &templates)
        : m_workbook(workbook)
        , m_data(data)
        , m_templates(templates)
    {}

    lxw_error write();
    /// The name of the sheet that could not be added, when write() failed on one.
    [[nodiscard]] QString rejectedSheet() const { return m_rejectedSheet; }

private:
    lxw_error addFormats();
    lxw_worksheet *addSheet(const QString &title, QString &name);
    lxw_error writeSection(const ReportSection &section);
    void writeMeasure(SheetWriter &sheet, int row, const ReportMeasure &measure);
    lxw_error writeRecords(const ReportSection &section);
    lxw_error writeInfo(lxw_worksheet *sheet, const QString &name);

    lxw_workbook *m_workbook;
    ReportData &m_data;
    const ReportTemplates &m_templates;
    QSet<QString> m_taken;
    lxw_format *m_bold = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_whole = nullptr;
    lxw_format *m_amount = nullptr;
    QString m_rejectedSheet;
};

lxw_error WorkbookWriter::addFormats()
{
    m_bold = workbook_add_format(m_workbook);
    m_headerFormat = workbook_add_format(m_workbook);
    m_wrap = workbook_add_format(m_workbook);
    m_whole = workbook_add_format(m_workbook);
    m_amount = workbook_add_format(m_workbook);
    if (m_bold == nullptr || m_headerFormat == nullptr || m_wrap == nullptr || m_whole == nullptr
        || m_amount == nullptr) {
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    format_set_num_format(m_whole, "0");
    format_set_num_format(m_amount, "#,##0.00");
    format_set_bold(m_bold);
    format_set_bold(m_headerFormat);
    format_set_bg_color(m_headerFormat, 0xE8EEF4);
    format_set_bottom(m_headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(m_wrap);
    return LXW_NO_ERROR;
}

/// Adds a sheet named after `title`, or returns null with the name in
/// rejectedSheet(). The name is checked first because workbook_add_worksheet()
/// prints its own warning to standard error when it rejects a name.
lxw_worksheet *WorkbookWriter::addSheet(const QString &title, QString &name)
{
    name = sheetName(title, m_taken);
    const QByteArray utf8 = name.toUtf8();
    if (workbook_validate_sheet_name(m_workbook, utf8.constData()) != LXW_NO_ERROR) {
        m_rejectedSheet = name;
        return nullptr;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, utf8.constData());
    if (sheet == nullptr) {
        m_rejectedSheet = name;
    }
    return sheet;
}

lxw_error WorkbookWriter::writeSection(const ReportSection &section)
{
    QString name;
    lxw_worksheet *worksheet = addSheet(section.title, name);
    if (worksheet == nullptr) {
        return LXW_ERROR_PARAMETER_VALIDATION;
    }
    SheetWriter sheet(worksheet, name, m_data, m_templates);
    sheet.header({section.nameHeader,
                  m_templates.text(QStringLiteral("column.current")),
                  m_templates.text(QStringLiteral("column.previous")),
                  m_templates.text(QStringLiteral("column.change"))},
                 m_headerFormat);
    sheet.widths({48, 16, 16, 12});
    int row = 1;
    for (const ReportFigure &figure : section.figures) {
        sheet.text(row, 0, figure.label);
        sheet.number(row, 1, double(figure.current()));
        sheet.number(row, 2, double(figure.previous()));
        sheet.number(row, 3, double(figure.current() - figure.previous()));
        ++row;
    }
    for (const ReportMeasure &measure : section.measures) {
        writeMeasure(sheet, row, measure);
        ++row;
    }
    if (!section.hasActivity()) {
        sheet.text(row, 0, m_templates.text(QStringLiteral("report.no-activity")));
    }
    return sheet.firstError();
}

/// Writes a measure as numbers in the columns of the counts, or its
/// "not measured" text where a period has no value. The change is left empty
/// unless both periods have a value.
void WorkbookWriter::writeMeasure(SheetWriter &sheet, int row, const ReportMeasure &measure)
{
    lxw_format *format = measure.decimals > 0 ? m_amount : m_whole;
    sheet.text(row, 0, measure.label);
    for (const auto &[column, value] :
         {std::pair{1, measure.current}, std::pair{2, measure.previous}}) {
        if (value) {
            sheet.number(row, column, *value, format);
        } else {
            sheet.text(row, column, measure.notMeasured);
        }
    }
    if (measure.current && measure.previous) {
        sheet.number(row, 3, *measure.current - *measure.previous, format);
    }
}

lxw_error WorkbookWriter::writeRecords(const ReportSection &section)
{
    QString name;
    const QString title = section.title.left(MaxSheetName - 4).trimmed() + u' '
                          + m_templates.text(QStringLiteral("records.sheet"));
    lxw_worksheet *worksheet = addSheet(title, name);
    if (worksheet == nullptr) {
        return LXW_ERROR_PARAMETER_VALIDATION;
    }
    SheetWriter sheet(worksheet, name, m_data, m_templates);
    sheet.header({m_templates.text(QStringLiteral("records.column.figure")),
                  m_templates.text(QStringLiteral("records.column.period")),
                  m_templates.text(QStringLiteral("records.column.id")),
                  m_templates.text(QStringLiteral("records.column.name"))},
                 m_headerFormat);
    sheet.widths({40, 18, 40, 48});
    const QString current = m_templates.text(QStringLiteral("records.period.current"));
    const QString previous = m_templates.text(QStringLiteral("records.period.previous"));
    int row = 1;
    for (const ReportFigure &figure : section.figures) {
        for (const auto &[period, ids] :
             {std::pair{current, figure.currentIds}, std::pair{previous, figure.previousIds}}) {
            for (const QString &id : ids) {
                sheet.text(row, 0, figure.label);
                sheet.text(row, 1, period);
                sheet.text(row, 2, id);
                sheet.text(row, 3, m_data.recordNames.value(id));
                ++row;
            }
        }
    }
    for (const ReportMeasure &measure : section.measures) {
        for (const auto &[period, ids] :
             {std::pair{current, measure.currentIds}, std::pair{previous, measure.previousIds}}) {
            for (const QString &id : ids) {
                sheet.text(row, 0, measure.label);
                sheet.text(row, 1, period);
                sheet.text(row, 2, id);
                sheet.text(row, 3, m_data.recordNames.value(id));
                ++row;
            }
        }
    }
    return sheet.firstError();
}

lxw_error WorkbookWriter::writeInfo(lxw_worksheet *worksheet, const QString &name)
{
    SheetWriter sheet(worksheet, name, m_data, m_templates);
    sheet.widths({110});
    const auto period = [&](const QString &key, const ReportPeriod &value) {
        return m_templates.text(key,
                                {{QStringLiteral("from"), reportDate(value.from, m_data.language)},
                                 {QStringLiteral("to"), reportDate(value.to, m_data.language)}});
    };
    QStringList lines{
        m_templates.text(QStringLiteral("report.subtitle")),
        m_templates.text(QStringLiteral("report.organisations")),
        period(QStringLiteral("report.period"), m_data.period),
        period(QStringLiteral("report.previous-period"), m_data.previousPeriod),
        m_templates.text(QStringLiteral("report.generated"),
                         {{QStringLiteral("date"),
                           reportDate(m_data.generatedAt.toLocalTime().date(), m_data.language)}})};
    if (m_data.isEmptyPeriod()) {
        lines.append(m_templates.text(QStringLiteral("report.no-activity")));
    }
    lines.append(QString());
    lines.append(m_templates.text(QStringLiteral("report.definitions.title")));
    lines.append(m_templates.text(QStringLiteral("report.definitions")).split(u'\n'));
    if (!m_data.warnings.isEmpty()) {
        lines.append(QString());
        lines.append(m_templates.text(QStringLiteral("report.warnings.title")));
        lines.append(m_data.warnings);
    }
    sheet.header({m_templates.text(QStringLiteral("report.title")) + u" – " + m_data.period.name()},
                 m_bold);
    for (int row = 0; row < lines.size(); ++row) {
        sheet.text(row + 1, 0, lines.at(row), m_wrap);
    }
    return sheet.firstError();
}

lxw_error WorkbookWriter::write()
{
    if (const lxw_error error = addFormats(); error != LXW_NO_ERROR) {
        return error;
    }
    // The first sheet lists the warnings, which are known only once the others are written.
    QString infoName;
    lxw_worksheet *info = addSheet(m_templates.text(QStringLiteral("report.info.sheet")), infoName);
    if (info == nullptr) {
        return LXW_ERROR_PARAMETER_VALIDATION;
    }
    for (const ReportSection &section : std::as_const(m_data.sections)) {
        if (const lxw_error error = writeSection(section); error != LXW_NO_ERROR) {
            return error;
        }
    }
    for (const ReportSection &section : std::as_const(m_data.sections)) {
        if (const lxw_error error = writeRecords(section); error != LXW_NO_ERROR) {
            return error;
        }
    }
    return writeInfo(info, infoName);
}

/// A sentence for a failed libxlsxwriter call while writing `path`, with what
/// to do. `errorNumber` is errno after the call.
QString describeXlsxError(lxw_error error,
                          int errorNumber,
                          const QString &path,
                          const QString &rejectedSheet)
{
    const QString file = QDir::toNativeSeparators(path);
    if (errorNumber == ENOSPC || errorNumber == EFBIG || errorNumber == EDQUOT) {
        return describeWriteError(path, errorNumber, {});
    }
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return tr("Not enough memory to write the spreadsheet %1. Close other programs or "
                  "write the report of a shorter period.")
            .arg(file);
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return describeWriteError(
            path,
            errorNumber,
            errorNumber != 0 ? QString::fromLocal8Bit(std::strerror(errorNumber))
                             : tr("the ZIP archive of the spreadsheet could not be written"));
    default:
        break;
    }
    if (!rejectedSheet.isEmpty()) {
        return tr("The sheet name \"%1\" is not valid in a spreadsheet, so %2 was not written. "
                  "Change the section title in the report template.")
            .arg(rejectedSheet, file);
    }
    return tr("The spreadsheet %1 was not written because libxlsxwriter reported: %2. Write "
              "the report as PDF or CSV, and report this error to the CoopAtlas developers.")
        .arg(file, QString::fromUtf8(lxw_strerror(error)));
}

} // namespace

Result<void>
XlsxReportWriter::write(ReportData &data, const ReportTemplates &templates, const QString &path)
{
    qCInfo(lcXlsxReport) << "Writing the XLSX report" << path;
    // libxlsxwriter writes to a file name, so the workbook goes to a temporary
    // file in the same folder that replaces `path` only after a checked close.
    const QFileInfo target(path);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open()) {
        return Error{describeWriteError(path, errno, temporary.errorString()), {}};
    }
    temporary.close();
    // libxlsxwriter assembles the parts of the workbook in temporary files of its
    // own, by default in the folder of tmpfile(). They go to the output's folder,
    // just shown to be writable, so that a failure concerns that folder only.
    QByteArray folder = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.tmpdir = folder.data();
    errno = 0;
    lxw_workbook *workbook
        = workbook_new_opt(QFile::encodeName(temporary.fileName()).constData(), &options);
    if (workbook == nullptr) {
        qCWarning(lcXlsxReport) << "Cannot create the XLSX workbook for" << path;
        return Error{describeXlsxError(LXW_ERROR_MEMORY_MALLOC_FAILED, errno, path, {}), {}};
    }
    WorkbookWriter writer(workbook, data, templates);
    const lxw_error written = writer.write();
    errno = 0;
    // NOTE: workbook_close() prints "[ERROR] workbook_close(): ..." to standard
    // error when it cannot create or zip the file. It prints nothing on success.
    const lxw_error closed = workbook_close(workbook); // frees the workbook in every case
    const int closeErrno = errno;
    if (written != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        const lxw_error error = written != LXW_NO_ERROR ? written : closed;
        const int errorNumber = written != LXW_NO_ERROR ? 0 : closeErrno;
        qCWarning(lcXlsxReport) << "Cannot write the XLSX report" << path << lxw_strerror(error)
                                << std::strerror(errorNumber);
        return Error{describeXlsxError(error, errorNumber, path, writer.rejectedSheet()), {}};
    }
    // QTemporaryFile creates the file for its owner only; a report is as readable as other files.
    temporary.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                             | QFile::ReadOther);
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(path).constData())
        != 0) {
        const int renameErrno = errno;
        qCWarning(lcXlsxReport) << "Cannot rename the XLSX report to" << path;
        return Error{describeWriteError(
                         path, renameErrno, QString::fromLocal8Bit(std::strerror(renameErrno))),
                     {}};
    }
    temporary.setAutoRemove(false);
    return {};
}

} // namespace CoopAtlas::Core
