// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <core/interchange/exportlogging.h>

#include <QCoreApplication>
#include <QIODevice>

namespace CoopAtlas::Core {

namespace {

class CsvWriterText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::CsvWriter)
};

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

/// True when a spreadsheet could run `text` as a formula: its first character
/// after any spaces starts a formula. Leading apostrophes are skipped too, so
/// that a value which itself starts with an apostrophe keeps it after a round
/// trip through guardCsvFormula() and removeCsvFormulaGuard().
bool needsGuard(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'') {
        ++i;
    }
    while (i < text.size() && text.at(i) == u' ') {
        ++i;
    }
    return i < text.size() && isFormulaStart(text.at(i));
}

} // namespace

CsvDialect defaultCsvDialect(const QString &language)
{
    const QString code = language.left(2).toLower();
    if (code == u"fr" || code == u"nl" || code == u"de") {
        return CsvDialect::Excel;
    }
    return CsvDialect::Plain;
}

std::optional<CsvDialect> csvDialectFromName(const QString &name)
{
    if (name == u"excel") {
        return CsvDialect::Excel;
    }
    if (name == u"plain") {
        return CsvDialect::Plain;
    }
    return std::nullopt;
}

QString guardCsvFormula(const QString &cell)
{
    return needsGuard(cell) ? u'\'' + cell : cell;
}

QString removeCsvFormulaGuard(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsGuard(cell)) {
        return cell.mid(1);
    }
    return cell;
}

CsvWriter::CsvWriter(QIODevice &device, CsvDialect dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_delimiter(dialect == CsvDialect::Excel ? u';' : u',')
{}

Result<void> CsvWriter::writeStart()
{
    if (m_dialect == CsvDialect::Excel) {
        return write(QByteArrayLiteral("\xEF\xBB\xBF"));
    }
    return {};
}

QString CsvWriter::encodeField(const QString &cell) const
{
    const QString guarded = guardCsvFormula(cell);
    const bool needsQuotes = guarded.contains(m_delimiter) || guarded.contains(u'"')
                             || guarded.contains(u'\n') || guarded.contains(u'\r')
                             || guarded.startsWith(u' ') || guarded.endsWith(u' ');
    if (!needsQuotes) {
        return guarded;
    }
    QString quoted = guarded;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<void> CsvWriter::writeRecord(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += m_delimiter;
        }
        line += encodeField(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    return write(line.toUtf8());
}

Result<void> CsvWriter::write(const QByteArray &bytes)
{
    if (m_device.write(bytes) != bytes.size()) {
        qCWarning(lcExport) << "CSV write failed:" << m_device.errorString();
        return Error{CsvWriterText::tr("Writing the CSV file failed: %1. Check that the disk "
                                       "is not full and that you may write to the folder.")
                         .arg(m_device.errorString()),
                     QString()};
    }
    return {};
}

} // namespace CoopAtlas::Core
