// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreportwriter.h"

#include "reportcelltext.h"

#include <core/interchange/csvwriter.h>
#include <core/interchange/outputfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

namespace CoopAtlas::Core {

namespace {

Q_LOGGING_CATEGORY(lcCsvReport, "coopatlas.core.reports")

QString tr(const char *text)
{
    return QCoreApplication::translate("CoopAtlas::Core::CsvReportWriter", text);
}

QString textCell(const QString &text)
{
    return guardCsvFormula(removeControlCharacters(text));
}

/// A measure's value with its fixed decimals and a point as separator, or its
/// "not measured" text.
QString measureCell(const ReportMeasure &measure, const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', measure.decimals) : textCell(measure.notMeasured);
}

/// Appends a row per measure to `figures` and a row per record of each measure to `records`.
void appendMeasures(const ReportData &data,
                    const ReportSection &section,
                    const std::pair<QString, QString> &periods,
                    QList<QStringList> &figures,
                    QList<QStringList> &records)
{
    for (const ReportMeasure &measure : section.measures) {
        const std::optional<double> change
            = measure.current && measure.previous
                  ? std::optional<double>(*measure.current - *measure.previous)
                  : std::nullopt;
        figures.append({textCell(measure.label),
                        measureCell(measure, measure.current),
                        measureCell(measure, measure.previous),
                        change ? QString::number(*change, 'f', measure.decimals) : QString()});
        for (const auto &[period, ids] : {std::pair{periods.first, measure.currentIds},
                                          std::pair{periods.second, measure.previousIds}}) {
            for (const QString &id : ids) {
                records.append({textCell(measure.label),
                                period,
                                textCell(id),
                                textCell(data.recordNames.value(id))});
            }
        }
    }
}

/// Writes one CSV file through OutputFile, whose error names the file and,
/// for a full disk, the lack of space.
Result<void> writeFile(const QString &path, const QList<QStringList> &rows)
{
    OutputFile file(path);
    if (Result<void> opened = file.open(); !opened) {
        return opened;
    }
    file.write("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        if (!file.write(CsvReportWriter::line(row))) {
            break; // commit() returns the error of the failed write
        }
    }
    return file.commit();
}

} // namespace

QByteArray CsvReportWriter::line(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells) {
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
                           || cell.contains(u'\r');
        quoted.append(quote ? u'"' + QString(cell).replace(u'"', QLatin1String("\"\"")) + u'"'
                            : cell);
    }
    return quoted.join(u',').toUtf8() + "\r\n";
}

Result<void> CsvReportWriter::write(const ReportData &data,
                                    const ReportTemplates &templates,
                                    const QString &folder,
                                    const ReportProgress &progress,
                                    const ReportCancelFlag &cancel)
{
    qCInfo(lcCsvReport) << "Writing the CSV report into" << folder;
    if (!QDir().mkpath(folder)) {
        return Error{tr("The folder for the CSV files cannot be created. Check the path and that "
                        "you may write there."),
                     folder};
    }
    const QDir dir(folder);
    const QString current = textCell(templates.text(QStringLiteral("records.period.current")));
    const QString previous = textCell(templates.text(QStringLiteral("records.period.previous")));
    const qsizetype fileCount = 2 * data.sections.size();
    qsizetype filesWritten = 0;
    for (const ReportSection &section : data.sections) {
        QList<QStringList> figures{{textCell(section.nameHeader),
                                    textCell(templates.text(QStringLiteral("column.current"))),
                                    textCell(templates.text(QStringLiteral("column.previous"))),
                                    textCell(templates.text(QStringLiteral("column.change")))}};
        QList<QStringList> records{
            {textCell(templates.text(QStringLiteral("records.column.figure"))),
             textCell(templates.text(QStringLiteral("records.column.period"))),
             textCell(templates.text(QStringLiteral("records.column.id"))),
             textCell(templates.text(QStringLiteral("records.column.name")))}};
        for (const ReportFigure &figure : section.figures) {
            figures.append({textCell(figure.label),
                            QString::number(figure.current()),
                            QString::number(figure.previous()),
                            QString::number(figure.current() - figure.previous())});
            for (const QString &id : figure.currentIds) {
                records.append({textCell(figure.label),
                                current,
                                textCell(id),
                                textCell(data.recordNames.value(id))});
            }
            for (const QString &id : figure.previousIds) {
                records.append({textCell(figure.label),
                                previous,
                                textCell(id),
                                textCell(data.recordNames.value(id))});
            }
        }
        appendMeasures(data, section, {current, previous}, figures, records);
        if (!section.hasActivity()) {
            figures.append({textCell(templates.text(QStringLiteral("report.no-activity")))});
        }
        const std::pair<QString, const QList<QStringList> *> files[]
            = {{section.key + QStringLiteral(".csv"), &figures},
               {section.key + QStringLiteral("-records.csv"), &records}};
        for (const auto &[name, rows] : files) {
            if (Result<void> written = writeFile(dir.filePath(name), *rows); !written) {
                qCWarning(lcCsvReport) << written.error().text();
                return written;
            }
            ++filesWritten;
            if (progress) {
                progress(int(filesWritten * 100 / fileCount));
            }
            if (cancel && cancel->load()) {
                qCInfo(lcCsvReport)
                    << "CSV report cancelled after" << filesWritten << "of" << fileCount << "files";
                return Error{QCoreApplication::translate("CoopAtlas::Core::ReportGenerator",
                                                         "The report was cancelled."),
                             {}};
            }
        }
    }
    return {};
}

} // namespace CoopAtlas::Core
