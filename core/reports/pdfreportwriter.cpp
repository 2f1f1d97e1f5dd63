// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreportwriter.h"

#include "reportchartpainter.h"
#include "reportlocale.h"
#include "reporttablelayout.h"

#include <core/interchange/outputfile.h>

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace CoopAtlas::Core {

namespace {

Q_LOGGING_CATEGORY(lcPdfReport, "coopatlas.core.reports")

QString tr(const char *text)
{
    return QCoreApplication::translate("CoopAtlas::Core::PdfReportWriter", text);
}

constexpr int Resolution = 300;
constexpr qreal Unit = Resolution / 25.4; ///< device pixels per millimetre
/// Space left and right of the text of a table cell, in device pixels.
constexpr qreal CellPadding = 1.5 * Unit;
const QColor HeaderFill(0xe8, 0xee, 0xf4);
const QColor RuleColour(0xbb, 0xbb, 0xbb);
const QColor HeadingColour(0x1f, 0x3a, 0x5f);
/// Minimum number of bars that start a chart part at the foot of a page, when
/// a chart taller than a page is split anyway.
constexpr qsizetype MinBarsOnPage = 3;

using PaintStep = std::function<void(QPainter &)>;

/// One line of text of a table row, placed relative to the row's top left corner.
struct CellLine
{
    QRectF rect;
    Qt::Alignment alignment;
    QString text;
};

/// A table row laid out: its height and the lines of text of all its cells.
struct TableRow
{
    qreal height = 0;
    QList<CellLine> lines;
};

/// Places the lines of each cell of a row in `columns`: the first column's
/// lines left-aligned, the others right-aligned. With Qt::AlignTop every cell
/// starts at the top padding, so that the first lines of all cells share a
/// baseline. With Qt::AlignVCenter each cell is centred in the row.
TableRow placeRow(const QList<QStringList> &cells,
                  const ReportTableColumns &columns,
                  const QFontMetricsF &metrics,
                  qreal verticalPadding,
                  Qt::Alignment vertical)
{
    qsizetype lineCount = 1;
    for (const QStringList &cell : cells) {
        lineCount = std::max(lineCount, cell.size());
    }
    const auto blockHeight = [&metrics](qsizetype lines) {
        return metrics.height() + qreal(lines - 1) * metrics.lineSpacing();
    };
    TableRow row;
    row.height = 2 * verticalPadding + blockHeight(lineCount);
    qreal left = 0;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const qreal width = column == 0 ? columns.name : columns.counts.value(column - 1);
        const QStringList &lines = cells.at(column);
        const qreal top = vertical == Qt::AlignVCenter
                              ? (row.height - blockHeight(lines.size())) / 2
                              : verticalPadding;
        const Qt::Alignment alignment = column == 0 ? Qt::AlignLeft : Qt::AlignRight;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QRectF rect(left + CellPadding,
                              top + qreal(i) * metrics.lineSpacing(),
                              width - 2 * CellPadding,
                              metrics.height());
            row.lines.append({rect, alignment | Qt::AlignTop, lines.at(i)});
        }
        left += width;
    }
    return row;
}

/// Width of the text of `column` in `columns`, without its padding.
qreal innerWidth(const ReportTableColumns &columns, qsizetype column)
{
    return (column == 0 ? columns.name : columns.counts.value(column - 1)) - 2 * CellPadding;
}

/// The header row of a table, each title wrapped in its column and centred vertically.
TableRow tableHeader(const ReportTableLayout &table,
                     const ReportTableColumns &columns,
                     const QFontMetricsF &metrics,
                     const QStringList &titles)
{
    QList<QStringList> cells;
    for (qsizetype column = 0; column < titles.size(); ++column) {
        cells.append(table.headerLines(titles.at(column), innerWidth(columns, column)));
    }
    return placeRow(cells, columns, metrics, 0.7 * metrics.height(), Qt::AlignVCenter);
}

QFont reportFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Symbola")});
    font.setPointSizeF(points);
    font.setBold(bold);
    // Qt shapes text without ligatures when letter spacing is set, so that "fi"
    // stays two letters and the PDF's text can be searched and copied as typed.
    // TODO: use QFont::setFeature("liga", 0) instead once Qt 6.6 is the minimum.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

/// Lays a report out into pages of paint steps, then paints them, so that the
/// page count and the contents' page numbers are known before the first page
/// is drawn.
class PdfLayout
{
public:
    PdfLayout(QPdfWriter &writer, const ReportData &data, const ReportTemplates &templates)
        : m_writer(writer)
        , m_data(data)
        , m_templates(templates)
        , m_content(25 * Unit, 25 * Unit, 210 * Unit - 50 * Unit, 297 * Unit - 50 * Unit)
        , m_charts(reportFont(8),
                   Unit,
                   templates.text(QStringLiteral("report.chart.current")),
                   templates.text(QStringLiteral("report.chart.previous")))
    {}

    void layOut();
    [[nodiscard]] bool paint(QPainter &painter);

private:
    struct ContentsEntry
    {
        QString title;
        qsizetype page = 0;
    };

    void newPage();
    /// Starts a new page that continues the current heading's content. The
    /// page opens with the heading followed by "(continued)".
    void continuePage();
    [[nodiscard]] QString continuedHeading() const;
    [[nodiscard]] qreal continuedHeadingHeight() const;
    void ensureSpace(qreal height);
    void
    addText(const QString &text, const QFont &font, qreal spaceAfter, QColor colour = Qt::black);
    void addHeading(const QString &title);
    void addTitlePage();
    void addContentsPage();
    void addSection(const ReportSection &section);
    void addTable(const ReportSection &section);
    void addTableRow(const TableRow &row, const QFont &font, bool header);
    void addChart(const ReportSection &section);
    void addBarChart(const QList<ReportFigure> &figures);
    void placeBars(const QList<ReportFigure> &bars, qsizetype scale);
    [[nodiscard]] qreal textHeight(const QString &text, const QFont &font) const;
    [[nodiscard]] QString periodText(const QString &key, const ReportPeriod &period) const;

    QPdfWriter &m_writer;
    const ReportData &m_data;
    const ReportTemplates &m_templates;
    QRectF m_content;
    ReportChartPainter m_charts;
    std::vector<std::vector<PaintStep>> m_pages;
    qreal m_y = 0;
    /// Title of the last heading, which a page continuing its content repeats;
    /// empty on the title and contents pages.
    QString m_heading;
    /// Shared with the paint steps of the contents page, which read it when painting.
    std::shared_ptr<QList<ContentsEntry>> m_contents = std::make_shared<QList<ContentsEntry>>();
};

qreal PdfLayout::textHeight(const QString &text, const QFont &font) const
{
    const QFontMetricsF metrics(font, &m_writer);
    return metrics.boundingRect(QRectF(0, 0, m_content.width(), 1e6), Qt::TextWordWrap, text)
        .height();
}

void PdfLayout::newPage()
{
    m_pages.emplace_back();
    m_y = m_content.top();
}

QString PdfLayout::continuedHeading() const
{
    return m_templates.text(QStringLiteral("report.continued"),
                            {{QStringLiteral("title"), m_heading}});
}

qreal PdfLayout::continuedHeadingHeight() const
{
    return m_heading.isEmpty() ? 0
                               : textHeight(continuedHeading(), reportFont(13, true)) + 4 * Unit;
}

void PdfLayout::continuePage()
{
    newPage();
    if (m_heading.isEmpty()) {
        return;
    }
    // The heading is placed without ensureSpace(), which calls this function.
    // It is the first line of an empty page, so it always fits.
    const QString text = continuedHeading();
    const QFont font = reportFont(13, true);
    const QRectF rect(m_content.left(), m_y, m_content.width(), textHeight(text, font));
    m_pages.back().push_back([rect, text, font](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(HeadingColour);
        painter.drawText(rect, Qt::TextWordWrap, text);
    });
    m_y += continuedHeadingHeight();
}

void PdfLayout::ensureSpace(qreal height)
{
    if (m_y + height > m_content.bottom()) {
        continuePage();
    }
}

void PdfLayout::addText(const QString &text, const QFont &font, qreal spaceAfter, QColor colour)
{
    const qreal height = textHeight(text, font);
    ensureSpace(height);
    const QRectF rect(m_content.left(), m_y, m_content.width(), height);
    m_pages.back().push_back([rect, text, font, colour](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(rect, Qt::TextWordWrap, text);
    });
    m_y += height + spaceAfter;
}

void PdfLayout::addHeading(const QString &title)
{
    newPage();
    m_heading = title;
    m_contents->append({title, qsizetype(m_pages.size())});
    addText(title, reportFont(18, true), 3 * Unit, HeadingColour);
    const qreal y = m_y;
    const qreal left = m_content.left();
    const qreal right = m_content.right();
    m_pages.back().push_back([=](QPainter &painter) {
        painter.setPen(QPen(RuleColour, 0.3 * Unit));
        painter.drawLine(QPointF(left, y), QPointF(right, y));
    });
    m_y += 5 * Unit;
}

QString PdfLayout::periodText(const QString &key, const ReportPeriod &period) const
{
    return m_templates.text(key,
                            {{QStringLiteral("from"), reportDate(period.from, m_data.language)},
                             {QStringLiteral("to"), reportDate(period.to, m_data.language)}});
}

void PdfLayout::addTitlePage()
{
    m_heading.clear();
    newPage();
    m_y = m_content.top() + 60 * Unit;
    addText(m_templates.text(QStringLiteral("report.title")), reportFont(30, true), 4 * Unit);
    addText(m_templates.text(QStringLiteral("report.subtitle")), reportFont(18), 2 * Unit);
    addText(m_data.period.name(), reportFont(18), 20 * Unit, QColor(0x2e, 0x6d, 0xa4));
    addText(periodText(QStringLiteral("report.period"), m_data.period), reportFont(12), 2 * Unit);
    addText(periodText(QStringLiteral("report.previous-period"), m_data.previousPeriod),
            reportFont(12),
            2 * Unit);
    const QDate generated = m_data.generatedAt.toLocalTime().date();
    addText(m_templates.text(QStringLiteral("report.generated"),
                             {{QStringLiteral("date"), reportDate(generated, m_data.language)}}),
            reportFont(12),
            20 * Unit);
    if (m_data.isEmptyPeriod()) {
        addText(m_templates.text(QStringLiteral("report.no-activity")),
                reportFont(14, true),
                20 * Unit);
    }
    addText(m_templates.text(QStringLiteral("report.organisations")), reportFont(14), 2 * Unit);
    addText(m_templates.text(QStringLiteral("report.funder")), reportFont(11), 0);
}

void PdfLayout::addContentsPage()
{
    m_heading.clear();
    newPage();
    addText(m_templates.text(QStringLiteral("report.contents")), reportFont(18, true), 8 * Unit);
    const QFont font = reportFont(11);
    const QRectF area(m_content.left(), m_y, m_content.width(), m_content.bottom() - m_y);
    const auto contents = m_contents;
    m_pages.back().push_back([area, font, contents](QPainter &painter) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QFontMetricsF metrics(font, painter.device());
        qreal y = area.top();
        for (const ContentsEntry &entry : *contents) {
            const QString number = QString::number(entry.page);
            const qreal numberWidth = metrics.horizontalAdvance(number);
            const QString title = metrics.elidedText(
                entry.title, Qt::ElideRight, area.width() - numberWidth - 20 * Unit);
            painter.drawText(QPointF(area.left(), y + metrics.ascent()), title);
            painter.drawText(QPointF(area.right() - numberWidth, y + metrics.ascent()), number);
            painter.setPen(QPen(RuleColour, 0.3 * Unit, Qt::DotLine));
            const qreal lineY = y + metrics.ascent();
            painter.drawLine(
                QPointF(area.left() + metrics.horizontalAdvance(title) + 2 * Unit, lineY),
                QPointF(area.right() - numberWidth - 2 * Unit, lineY));
            painter.setPen(Qt::black);
            y += metrics.height() * 1.8;
        }
    });
}

void PdfLayout::addTableRow(const TableRow &row, const QFont &font, bool header)
{
    const QRectF area(m_content.left(), m_y, m_content.width(), row.height);
    m_pages.back().push_back([area, row, font, header](QPainter &painter) {
        if (header) {
            painter.fillRect(area, HeaderFill);
        }
        painter.setFont(font);
        painter.setPen(Qt::black);
        for (const CellLine &line : row.lines) {
            painter.drawText(line.rect.translated(area.topLeft()), int(line.alignment), line.text);
        }
        if (!header) {
            painter.setPen(QPen(RuleColour, 0.2 * Unit));
            painter.drawLine(area.bottomLeft(), area.bottomRight());
        }
    });
    m_y += row.height;
}

void PdfLayout::addTable(const ReportSection &section)
{
    const QFont font = reportFont(9);
    const QFont headerFont = reportFont(9, true);
    const QFontMetricsF metrics(font, &m_writer);
    const QFontMetricsF headerMetrics(headerFont, &m_writer);
    const ReportTableLayout table(font, headerFont, &m_writer, CellPadding);
    const QStringList countHeaders{m_templates.text(QStringLiteral("column.current")),
                                   m_templates.text(QStringLiteral("column.previous")),
                                   m_templates.text(QStringLiteral("column.change"))};
    QList<QStringList> counts;
    for (const ReportFigure &figure : section.figures) {
        counts.append({QString::number(figure.current()),
                       QString::number(figure.previous()),
                       reportChange(figure.current(), figure.previous())});
    }
    const ReportTableColumns columns = table.columns(m_content.width(), countHeaders, counts);
    const TableRow header = tableHeader(
        table, columns, headerMetrics, QStringList{section.nameHeader} + countHeaders);
    const qreal padding = 0.35 * metrics.height();
    // A row is never split across pages, so a name has at most the lines of one page.
    const qreal room = m_content.height() - header.height - 2 * padding - metrics.height();
    const int maxLines = std::max(1, int(room / metrics.lineSpacing()) + 1);

    QList<TableRow> rows;
    for (qsizetype i = 0; i < section.figures.size(); ++i) {
        const QString &label = section.figures.at(i).label;
        QList<QStringList> cells{table.cellLines(label, innerWidth(columns, 0), maxLines)};
        for (const QString &count : counts.at(i)) {
            cells.append({count});
        }
        rows.append(placeRow(cells, columns, metrics, padding, Qt::AlignTop));
    }

    // The header never ends a page without a row under it.
    ensureSpace(header.height + (rows.isEmpty() ? 0 : rows.constFirst().height));
    addTableRow(header, headerFont, true);
    for (const TableRow &row : std::as_const(rows)) {
        if (m_y + row.height > m_content.bottom()) {
            continuePage();
            addTableRow(header, headerFont, true); // the header row repeats on each page
        }
        addTableRow(row, font, false);
    }
    m_y += 6 * Unit;
}

void PdfLayout::addChart(const ReportSection &section)
{
    if (section.chart == ReportChart::Bars) {
        addBarChart(section.figures);
        return;
    }
    const qreal height = m_charts.lineChartHeight();
    ensureSpace(height);
    const QRectF area(m_content.left(), m_y, m_content.width(), height);
    const QList<ReportFigure> figures = section.figures;
    const ReportChartPainter *charts = &m_charts;
    m_pages.back().push_back([area, figures, charts](QPainter &painter) {
        charts->drawLineChart(painter, area, figures);
    });
    m_y += height + 4 * Unit;
}

/// Keeps a bar chart whole when it fits on the rest of the page or on a page
/// of its own. A taller chart is split between pages, and every part gets the
/// legend and the scale of the whole chart.
void PdfLayout::addBarChart(const QList<ReportFigure> &figures)
{
    const QList<ReportFigure> bars = figures.mid(0, ReportChartPainter::MaxBars);
    const qsizetype scale = ReportChartPainter::barScale(bars);
    const qreal pageRoom = m_content.height() - continuedHeadingHeight();
    qsizetype first = 0;
    // Each pass places at least one bar.
    for (qsizetype pass = 0; pass < bars.size() && first < bars.size(); ++pass) {
        const qsizetype left = bars.size() - first;
        qsizetype fitting = m_charts.barsFitting(m_content.bottom() - m_y);
        const bool fitsOnNewPage = m_charts.barChartHeight(left) <= pageRoom;
        if (fitting < left && (fitsOnNewPage || fitting < MinBarsOnPage)) {
            continuePage();
            fitting = m_charts.barsFitting(m_content.bottom() - m_y);
        }
        const qsizetype count = std::clamp<qsizetype>(fitting, 1, left);
        placeBars(bars.mid(first, count), scale);
        first += count;
    }
}

void PdfLayout::placeBars(const QList<ReportFigure> &bars, qsizetype scale)
{
    const qreal height = m_charts.barChartHeight(bars.size());
    const QRectF area(m_content.left(), m_y, m_content.width(), height);
    const ReportChartPainter *charts = &m_charts;
    m_pages.back().push_back([area, bars, scale, charts](QPainter &painter) {
        charts->drawBarChart(painter, area, bars, scale);
    });
    m_y += height + 4 * Unit;
}

void PdfLayout::addSection(const ReportSection &section)
{
    addHeading(section.title);
    addText(section.introduction, reportFont(10), 5 * Unit, QColor(0x33, 0x33, 0x33));
    const bool currentActivity = std::any_of(section.figures.cbegin(),
                                             section.figures.cend(),
                                             [](const ReportFigure &f) { return f.current() > 0; });
    if (!currentActivity) {
        addText(
            m_templates.text(QStringLiteral("report.no-activity")), reportFont(11, true), 5 * Unit);
    }
    // The summary always shows its table, so that zeros are printed; other
    // sections without any record in either period print only the sentence.
    if (section.figures.isEmpty() || (!section.hasActivity() && section.key != u"summary")) {
        return;
    }
    addTable(section);
    if (section.chart != ReportChart::None && section.hasActivity()) {
        addChart(section);
    }
}

void PdfLayout::layOut()
{
    addTitlePage();
    addContentsPage();
    addHeading(m_templates.text(QStringLiteral("report.definitions.title")));
    for (const QString &paragraph :
         m_templates.text(QStringLiteral("report.definitions")).split(u'\n')) {
        addText(paragraph, reportFont(10), 3 * Unit);
    }
    for (const ReportSection &section : m_data.sections) {
        addSection(section);
    }
    if (!m_data.warnings.isEmpty()) {
        addHeading(m_templates.text(QStringLiteral("report.warnings.title")));
        for (const QString &warning : m_data.warnings) {
            addText(warning, reportFont(10), 2 * Unit);
        }
    }
}

bool PdfLayout::paint(QPainter &painter)
{
    const QString pages = QString::number(m_pages.size());
    const QFont footerFont = reportFont(8);
    for (size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !m_writer.newPage()) {
            return false;
        }
        for (const PaintStep &step : m_pages[i]) {
            step(painter);
        }
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString footer = m_templates.text(
            QStringLiteral("report.page"),
            {{QStringLiteral("page"), QString::number(i + 1)}, {QStringLiteral("pages"), pages}});
        painter.drawText(
            QRectF(m_content.left(), m_content.bottom() + 8 * Unit, m_content.width(), 8 * Unit),
            Qt::AlignHCenter | Qt::AlignTop,
            footer);
    }
    return true;
}

} // namespace

Result<void> PdfReportWriter::write(const ReportData &data,
                                    const ReportTemplates &templates,
                                    const QString &path)
{
    qCInfo(lcPdfReport) << "Writing the PDF report" << path;
    OutputFile file(path);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    QPdfWriter writer(&file.device());
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(templates.text(QStringLiteral("report.title")) + u" – " + data.period.name());
    writer.setCreator(QStringLiteral("CoopAtlas"));
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    PdfLayout layout(writer, data, templates);
    layout.layOut();
    QPainter painter;
    // NOTE: no case is known where begin() fails once `file` is open, so this
    // branch is a guard, not a tested path.
    if (!painter.begin(&writer)) {
        qCWarning(lcPdfReport) << "Cannot start painting the PDF report" << path;
        file.cancel();
        return Error{tr("The PDF report could not be started because its file is not open for "
                        "writing. Check that the folder exists and that you may write in it, "
                        "then write the report again."),
                     path};
    }
    const bool painted = layout.paint(painter);
    // end() writes the cross-reference table, so it runs also after a failed page.
    const bool ended = painter.end();
    if (!painted || !ended) {
        qCWarning(lcPdfReport) << "Cannot write the PDF report" << path;
        // A failed write of the device explains the failure better than the painter.
        if (auto committed = file.commit(); !committed) {
            return committed.error();
        }
        return Error{tr("The PDF file cannot be written. Check that the folder exists, that you "
                        "may write in it and that the disk is not full."),
                     path};
    }
    return file.commit();
}

} // namespace CoopAtlas::Core
