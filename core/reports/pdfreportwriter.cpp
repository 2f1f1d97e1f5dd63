// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreportwriter.h"

#include "reportchartpainter.h"
#include "reportlocale.h"

#include <core/interchange/outputfile.h>

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

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
/// Share of a table's width given to its first column; the three counts share the rest.
constexpr qreal NameShare = 0.43;
const QColor HeaderFill(0xe8, 0xee, 0xf4);
const QColor RuleColour(0xbb, 0xbb, 0xbb);

using PaintStep = std::function<void(QPainter &)>;

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
    void ensureSpace(qreal height);
    void
    addText(const QString &text, const QFont &font, qreal spaceAfter, QColor colour = Qt::black);
    void addHeading(const QString &title);
    void addTitlePage();
    void addContentsPage();
    void addSection(const ReportSection &section);
    void addTable(const ReportSection &section);
    void addTableHeader(const ReportSection &section, qreal rowHeight);
    void addChart(const ReportSection &section);
    [[nodiscard]] qreal textHeight(const QString &text, const QFont &font) const;
    [[nodiscard]] QString periodText(const QString &key, const ReportPeriod &period) const;

    QPdfWriter &m_writer;
    const ReportData &m_data;
    const ReportTemplates &m_templates;
    QRectF m_content;
    ReportChartPainter m_charts;
    std::vector<std::vector<PaintStep>> m_pages;
    qreal m_y = 0;
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

void PdfLayout::ensureSpace(qreal height)
{
    if (m_y + height > m_content.bottom()) {
        newPage();
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
    m_contents->append({title, qsizetype(m_pages.size())});
    addText(title, reportFont(18, true), 3 * Unit, QColor(0x1f, 0x3a, 0x5f));
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

void PdfLayout::addTableHeader(const ReportSection &section, qreal rowHeight)
{
    const QFont font = reportFont(9, true);
    const QRectF row(m_content.left(), m_y, m_content.width(), rowHeight);
    const QStringList headers{section.nameHeader,
                              m_templates.text(QStringLiteral("column.current")),
                              m_templates.text(QStringLiteral("column.previous")),
                              m_templates.text(QStringLiteral("column.change"))};
    m_pages.back().push_back([row, font, headers](QPainter &painter) {
        painter.fillRect(row, HeaderFill);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const qreal nameWidth = row.width() * NameShare;
        const qreal numberWidth = (row.width() - nameWidth) / 3;
        painter.drawText(QRectF(row.left() + Unit, row.top(), nameWidth - 2 * Unit, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         headers.at(0));
        for (int i = 1; i < 4; ++i) {
            const QRectF cell(row.left() + nameWidth + (i - 1) * numberWidth,
                              row.top(),
                              numberWidth - Unit,
                              row.height());
            painter.drawText(
                cell, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, headers.at(i));
        }
    });
    m_y += rowHeight;
}

void PdfLayout::addTable(const ReportSection &section)
{
    const QFont font = reportFont(9);
    const QFontMetricsF metrics(font, &m_writer);
    const qreal rowHeight = metrics.height() * 1.7;
    const qreal headerHeight = rowHeight * 1.4;
    ensureSpace(headerHeight + rowHeight);
    addTableHeader(section, headerHeight);
    for (const ReportFigure &figure : section.figures) {
        if (m_y + rowHeight > m_content.bottom()) {
            newPage();
            addTableHeader(section, headerHeight); // the header row repeats on each page
        }
        const QRectF row(m_content.left(), m_y, m_content.width(), rowHeight);
        const QString name
            = metrics.elidedText(figure.label, Qt::ElideRight, row.width() * NameShare - 2 * Unit);
        const QStringList numbers{QString::number(figure.current()),
                                  QString::number(figure.previous()),
                                  reportChange(figure.current(), figure.previous())};
        m_pages.back().push_back([row, font, name, numbers](QPainter &painter) {
            painter.setFont(font);
            painter.setPen(Qt::black);
            const qreal nameWidth = row.width() * NameShare;
            const qreal numberWidth = (row.width() - nameWidth) / 3;
            painter.drawText(QRectF(row.left() + Unit, row.top(), nameWidth, row.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             name);
            for (int i = 0; i < 3; ++i) {
                const QRectF cell(row.left() + nameWidth + i * numberWidth,
                                  row.top(),
                                  numberWidth - Unit,
                                  row.height());
                painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, numbers.at(i));
            }
            painter.setPen(QPen(RuleColour, 0.2 * Unit));
            painter.drawLine(row.bottomLeft(), row.bottomRight());
        });
        m_y += rowHeight;
    }
    m_y += 6 * Unit;
}

void PdfLayout::addChart(const ReportSection &section)
{
    const bool bars = section.chart == ReportChart::Bars;
    const qreal height
        = bars ? m_charts.barChartHeight(section.figures) : m_charts.lineChartHeight();
    ensureSpace(height);
    const QRectF area(m_content.left(), m_y, m_content.width(), height);
    const QList<ReportFigure> figures = section.figures;
    const ReportChartPainter *charts = &m_charts;
    m_pages.back().push_back([area, figures, charts, bars](QPainter &painter) {
        if (bars) {
            charts->drawBarChart(painter, area, figures);
        } else {
            charts->drawLineChart(painter, area, figures);
        }
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
    const bool painted = painter.begin(&writer) && layout.paint(painter);
    // end() writes the cross-reference table, so it runs also after a failed page.
    const bool ended = !painter.isActive() || painter.end();
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
