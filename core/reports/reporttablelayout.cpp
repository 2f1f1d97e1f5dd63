// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablelayout.h"

#include <QFontMetricsF>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace CoopAtlas::Core {

namespace {

/// Share of the table width that the first column keeps when the count headers
/// are set on one line each.
constexpr qreal OneLineHeadersNameShare = 0.5;
/// Share of the table width that the first column keeps in every case. Count
/// headers with words so long that they leave less are squeezed.
constexpr qreal MinNameShare = 0.25;

/// Calls `visit(word, spaces)` for each part of `text` that ends at a line
/// break opportunity: `word` is the part without the spaces that end it, which
/// may hang past the end of a line and so never count towards its width.
template <typename Visit> void forEachBreakPart(const QString &text, Visit visit)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    // Each pass moves `start` on by at least one character.
    for (qsizetype pass = 0; pass < text.size() && start < text.size(); ++pass) {
        qsizetype end = finder.toNextBoundary();
        if (end <= start) {
            end = text.size();
        }
        const QString part = text.mid(start, end - start);
        qsizetype wordEnd = part.size();
        while (wordEnd > 0 && part.at(wordEnd - 1).isSpace()) {
            --wordEnd;
        }
        visit(part.left(wordEnd), part.mid(wordEnd));
        start = end;
    }
}

/// `text` with each part between line break opportunities that is wider than
/// `width` elided to `width`.
QString elideLongParts(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QString result;
    result.reserve(text.size());
    forEachBreakPart(text, [&](const QString &word, const QString &spaces) {
        result += metrics.horizontalAdvance(word) > width
                      ? metrics.elidedText(word, Qt::ElideRight, width)
                      : word;
        result += spaces;
    });
    return result;
}

qreal widestPart(const QString &text, const QFontMetricsF &metrics)
{
    qreal widest = 0;
    forEachBreakPart(text, [&](const QString &word, const QString &) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    });
    return widest;
}

qreal sum(const QList<qreal> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), qreal(0));
}

} // namespace

ReportTableLayout::ReportTableLayout(QFont cellFont,
                                     QFont headerFont,
                                     const QPaintDevice *device,
                                     qreal padding)
    : m_cellFont(std::move(cellFont))
    , m_headerFont(std::move(headerFont))
    , m_device(device)
    , m_padding(padding)
{}

ReportTableColumns ReportTableLayout::columns(qreal tableWidth,
                                              const QStringList &countHeaders,
                                              const QList<QStringList> &countRows) const
{
    const QFontMetricsF cellMetrics(m_cellFont, m_device);
    const QFontMetricsF headerMetrics(m_headerFont, m_device);
    QList<qreal> wordWidths;
    QList<qreal> lineWidths;
    for (qsizetype column = 0; column < countHeaders.size(); ++column) {
        qreal cells = 0;
        for (const QStringList &row : countRows) {
            cells = std::max(cells, cellMetrics.horizontalAdvance(row.value(column)));
        }
        const QString header = countHeaders.at(column).simplified();
        wordWidths.append(std::max(cells, widestPart(header, headerMetrics)) + 2 * m_padding);
        lineWidths.append(std::max(cells, headerMetrics.horizontalAdvance(header)) + 2 * m_padding);
    }
    ReportTableColumns result;
    if (tableWidth - sum(lineWidths) >= tableWidth * OneLineHeadersNameShare) {
        result.counts = lineWidths;
    } else if (tableWidth - sum(wordWidths) >= tableWidth * MinNameShare) {
        result.counts = wordWidths;
    } else {
        // NOTE: the count headers' words are then wider than their columns and
        // are elided; only a template with very long header words gets here.
        const qreal scale = tableWidth * (1 - MinNameShare) / sum(wordWidths);
        for (const qreal width : std::as_const(wordWidths)) {
            result.counts.append(width * scale);
        }
    }
    result.name = tableWidth - sum(result.counts);
    return result;
}

QStringList ReportTableLayout::cellLines(const QString &text, qreal width, int maxLines) const
{
    return wrapText(text, m_cellFont, m_device, width, maxLines);
}

QStringList ReportTableLayout::headerLines(const QString &text, qreal width, int maxLines) const
{
    return wrapText(text, m_headerFont, m_device, width, maxLines);
}

QStringList ReportTableLayout::wrapText(
    const QString &text, const QFont &font, const QPaintDevice *device, qreal width, int maxLines)
{
    maxLines = std::max(maxLines, 1);
    const QFontMetricsF metrics(font, device);
    const QString fitted = elideLongParts(text.simplified(), metrics, width);
    if (fitted.isEmpty()) {
        return {QString()};
    }
    QTextLayout layout(fitted, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    QList<qsizetype> starts;
    layout.beginLayout();
    // Each line contains at least one character, so the loop ends at the end of the text.
    for (QTextLine line = layout.createLine(); line.isValid() && lines.size() <= maxLines;
         line = layout.createLine()) {
        line.setLineWidth(width);
        starts.append(line.textStart());
        lines.append(fitted.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (lines.size() > maxLines) {
        lines.resize(maxLines);
        lines.last()
            = metrics.elidedText(fitted.mid(starts.at(maxLines - 1)), Qt::ElideRight, width);
    }
    return lines;
}

} // namespace CoopAtlas::Core
