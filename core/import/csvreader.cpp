// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <core/interchange/csvwriter.h>
#include <core/logging.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <limits>

namespace CoopAtlas::Core {

namespace {

class CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::CsvReader)
};

struct RawRecord
{
    qsizetype line = 0;
    QStringList fields;
    QList<qsizetype> unguardedFields;
};

/// Position and message of a parse failure, before the header names are known.
struct ParseFailure
{
    qsizetype line = 0;
    qsizetype fieldIndex = 0;
    QString message;
};

/// Splits decoded text into records. Line breaks inside quoted fields stay as written.
class RecordParser
{
public:
    RecordParser(QStringView text, QChar delimiter, qsizetype maxFieldSize)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_maxFieldSize(maxFieldSize)
    {}

    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] std::optional<ParseFailure> next(RawRecord &record);

private:
    std::optional<ParseFailure> readQuoted(QString &field, const RawRecord &record);
    std::optional<ParseFailure> readPlain(QString &field, const RawRecord &record);
    std::optional<ParseFailure> tooLarge(const RawRecord &record) const;
    void consumeLineBreak();

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_maxFieldSize;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
};

std::optional<ParseFailure> RecordParser::tooLarge(const RawRecord &record) const
{
    return ParseFailure{
        record.line,
        record.fields.size(),
        CsvReaderText::tr("The field is larger than %1 characters. Split the value or "
                          "check that the file is really a CSV file.")
            .arg(m_maxFieldSize)};
}

void RecordParser::consumeLineBreak()
{
    if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n') {
        ++m_pos;
    }
    ++m_pos;
    ++m_line;
}

std::optional<ParseFailure> RecordParser::readQuoted(QString &field, const RawRecord &record)
{
    const qsizetype openedOnLine = m_line;
    ++m_pos; // opening quote
    while (true) {
        if (atEnd()) {
            return ParseFailure{
                openedOnLine,
                record.fields.size(),
                CsvReaderText::tr("A quoted field opened on line %1 is not closed before the end "
                                  "of the file. Check for a missing closing quote (\").")
                    .arg(openedOnLine)};
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'"') {
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                field.append(u'"');
                m_pos += 2;
                continue;
            }
            ++m_pos;
            // Text after the closing quote is kept, as spreadsheets do.
            return readPlain(field, record);
        }
        if (c == u'\r' || c == u'\n') {
            const qsizetype start = m_pos;
            consumeLineBreak();
            field.append(m_text.sliced(start, m_pos - start));
        } else {
            field.append(c);
            ++m_pos;
        }
        if (field.size() > m_maxFieldSize) {
            return tooLarge(record);
        }
    }
}

std::optional<ParseFailure> RecordParser::readPlain(QString &field, const RawRecord &record)
{
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c == m_delimiter || c == u'\r' || c == u'\n') {
            break;
        }
        field.append(c);
        ++m_pos;
        if (field.size() > m_maxFieldSize) {
            return tooLarge(record);
        }
    }
    return std::nullopt;
}

std::optional<ParseFailure> RecordParser::next(RawRecord &record)
{
    record.line = m_line;
    record.fields.clear();
    record.unguardedFields.clear();
    while (true) {
        QString field;
        const bool quoted = !atEnd() && m_text.at(m_pos) == u'"';
        if (auto failure = quoted ? readQuoted(field, record) : readPlain(field, record)) {
            return failure;
        }
        // Undoes the formula guard of CoopAtlas's own CSV export (see csvwriter.h)
        // before any trimming, which would drop a guarded leading tab or space.
        QString value = removeCsvFormulaGuard(field);
        if (value.size() != field.size()) {
            record.unguardedFields.append(record.fields.size());
        }
        record.fields.append(std::move(value));
        if (atEnd()) {
            return std::nullopt;
        }
        if (m_text.at(m_pos) == m_delimiter) {
            ++m_pos;
            continue;
        }
        consumeLineBreak();
        return std::nullopt;
    }
}

QStringList uniqueHeaders(const QStringList &raw, QStringList &warnings)
{
    QStringList headers;
    QSet<QString> seen;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString name = raw.at(i).trimmed();
        if (name.isEmpty()) {
            name = CsvReaderText::tr("Column %1").arg(i + 1);
        }
        if (seen.contains(name)) {
            const qsizetype first = headers.indexOf(name) + 1;
            QString renamed;
            for (int n = 2; n <= raw.size() + 1; ++n) {
                renamed = QStringLiteral("%1 (%2)").arg(name).arg(n);
                if (!seen.contains(renamed)) {
                    break;
                }
            }
            warnings.append(
                CsvReaderText::tr("Column %1 \"%2\" has the same name as column %3; it is read as "
                                  "\"%4\".")
                    .arg(i + 1)
                    .arg(name)
                    .arg(first)
                    .arg(renamed));
            name = renamed;
        }
        seen.insert(name);
        headers.append(name);
    }
    return headers;
}

bool isBlank(const RawRecord &record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
}

/// Appends a row with exactly one field per header column: missing fields are
/// empty, and extra fields are dropped with a warning unless they are empty.
void appendRow(CsvTable &table, CsvRow row)
{
    const qsizetype columns = table.headers.size();
    if (row.fields.size() > columns) {
        const QStringList extra = row.fields.mid(columns);
        if (!extra.join(QString()).trimmed().isEmpty()) {
            table.warnings.append(
                CsvReaderText::tr("%1, line %2: %3 fields but %4 columns in the header; "
                                  "the extra fields are ignored.")
                    .arg(table.fileName)
                    .arg(row.line)
                    .arg(row.fields.size())
                    .arg(columns));
        }
        row.fields.resize(columns);
    }
    while (row.fields.size() < columns) {
        row.fields.append(QString());
    }
    table.rows.append(std::move(row));
}

Error failureError(const ParseFailure &failure, const QString &fileName, const QStringList &headers)
{
    QString context = CsvReaderText::tr("%1, line %2").arg(fileName).arg(failure.line);
    if (failure.fieldIndex < headers.size()) {
        context += CsvReaderText::tr(", column \"%1\"").arg(headers.at(failure.fieldIndex));
    } else {
        context += CsvReaderText::tr(", column %1").arg(failure.fieldIndex + 1);
    }
    return Error{failure.message, context};
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!inQuotes) {
            commas += c == u',';
            semicolons += c == u';';
            tabs += c == u'\t';
        }
    }
    if (tabs > commas && tabs >= semicolons) {
        return u'\t';
    }
    if (semicolons > commas) {
        return u';';
    }
    return u',';
}

namespace {

Error cancelledError(const QString &fileName, qsizetype rows)
{
    qCInfo(lcImport) << "Stopped reading" << fileName << "after" << rows << "rows on request";
    return Error{CsvReaderText::tr("Reading the file was cancelled after %n row(s).",
                                   nullptr,
                                   int(qMin<qsizetype>(rows, std::numeric_limits<int>::max()))),
                 fileName};
}

} // namespace

Result<CsvTable> CsvReader::readFile(const QString &path) const
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcImport) << "Cannot open" << path << file.errorString();
        return Error{CsvReaderText::tr(
                         "The file cannot be opened: %1. Check that it exists and that you may "
                         "read it.")
                         .arg(file.errorString()),
                     path};
    }
    if (isCancelled()) {
        return cancelledError(name, 0);
    }
    return read(file.readAll(), name);
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes, const QString &fileName) const
{
    if (isCancelled()) {
        return cancelledError(fileName, 0);
    }
    CsvTable table;
    table.fileName = fileName;
    table.encoding = detectEncoding(bytes);
    if (looksBinary(bytes, table.encoding)) {
        const qsizetype line = lineOfFirstNul(bytes);
        return Error{CsvReaderText::tr(
                         "This is not a text file: line %1 contains a NUL byte. Choose a CSV file "
                         "exported as text.")
                         .arg(line),
                     CsvReaderText::tr("%1, line %2").arg(fileName).arg(line)};
    }
    const QString text = decodeText(bytes, table.encoding);
    if (text.trimmed().isEmpty()) {
        return Error{CsvReaderText::tr("The file is empty. Choose a CSV file with a header row."),
                     fileName};
    }
    table.delimiter = detectDelimiter(text);

    RecordParser parser(text, table.delimiter, m_maxFieldSize);
    RawRecord record;
    if (auto failure = parser.next(record)) {
        return failureError(*failure, fileName, {});
    }
    table.headers = uniqueHeaders(record.fields, table.warnings);

    qsizetype number = 0;
    while (!parser.atEnd()) {
        if (auto failure = parser.next(record)) {
            return failureError(*failure, fileName, table.headers);
        }
        if (isBlank(record)) {
            continue;
        }
        appendRow(table, CsvRow{record.line, ++number, record.fields, record.unguardedFields});
        if (number % CancelCheckInterval != 0) {
            continue;
        }
        if (isCancelled()) {
            return cancelledError(fileName, number);
        }
        if (m_progress) {
            m_progress(number);
        }
    }
    qCInfo(lcImport) << "Read" << table.rows.size() << "rows from" << fileName << "as"
                     << encodingName(table.encoding);
    return table;
}

} // namespace CoopAtlas::Core
