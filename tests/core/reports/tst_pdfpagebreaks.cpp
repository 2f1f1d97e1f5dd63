// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PDF reports whose sector table and chart do not fit on one page, and
// reads each page back with pdftotext (poppler-utils). Every page after the
// contents starts with a heading and no page ends with one. Nothing but the
// page number is drawn below the text area.
#include <core/reports/reportgenerator.h>
#include <core/reports/reporttemplates.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

/// Bottom of the text area of a report page, 25 mm above the foot of A4, in points.
constexpr qreal TextAreaBottom = (297.0 - 25.0) / 25.4 * 72.0;

/// Runs a program for at most 60 seconds and returns its standard output.
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        process.kill();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of page `page` of `pdf`, as pdftotext -f N -l N writes it.
QString pageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    return run(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-f"), number, QStringLiteral("-l"), number, pdf, QStringLiteral("-")});
}

/// The non-empty lines of a page without its page number ("3 / 17").
QStringList contentLines(const QString &text)
{
    static const QRegularExpression pageNumber(QStringLiteral(R"(^\d+ / \d+$)"));
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed().remove(u'\f');
        if (!trimmed.isEmpty() && !pageNumber.match(trimmed).hasMatch()) {
            lines.append(trimmed);
        }
    }
    return lines;
}

/// The largest bottom edge, in points, of a word of `pdf` other than the page
/// numbers, read from pdftotext -bbox.
qreal lowestWordBottom(const QString &pdf)
{
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>)re"));
    static const QRegularExpression pageNumberPart(QStringLiteral(R"(^(\d+|/)$)"));
    const QString html
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    qreal lowest = 0;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!pageNumberPart.match(match.captured(2)).hasMatch()) {
            lowest = std::max(lowest, match.captured(1).toDouble());
        }
    }
    return lowest;
}

} // namespace

class tst_PdfPageBreaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesStartWithHeading_data();
    void pagesStartWithHeading();
    void chartMovesWithContinuedHeading();
    void tallChartSplitsWithLegendOnEachPart();
    void contentsNameFirstPages();

private:
    /// Writes a store with one supported project holder in each of `sectors`
    /// sectors (the seeded ones, then added terms) and returns its path.
    QString createSectorStore(int sectors);
    /// Writes the English PDF of 2026 for `store` and returns its path.
    QString writeReport(const QString &store);
    int pageCount(const QString &pdf);
    /// Number of the page whose first line is `heading`, or 0 when no page starts with it.
    int pageStartingWith(const QString &pdf, const QString &heading);

    QTemporaryDir m_dir;
    qsizetype m_seededSectors = 0; ///< sector terms of a new store
    QStringList m_headings;        ///< every section title of the English report
};

void tst_PdfPageBreaks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto templates = ReportTemplates::load(QStringLiteral("en"), {});
    QVERIFY(templates.ok());
    for (const QString &key : templates->keys()) {
        if ((key.startsWith(u"section.") && key.endsWith(u".title"))
            || key == u"report.definitions.title" || key == u"report.warnings.title") {
            m_headings.append(templates->text(key));
        }
    }
    QVERIFY(m_headings.contains(QStringLiteral("Project holders by sector")));
}

QString tst_PdfPageBreaks::createSectorStore(int sectors)
{
    const QString path = m_dir.filePath(QStringLiteral("sectors-%1.sqlite").arg(sectors));
    if (QFile::exists(path)) {
        return path;
    }
    auto database = Database::open(path);
    if (!database) {
        return {};
    }
    Store store(std::move(database).value());
    const auto seeded = store.terms(QString::fromLatin1(Vocabulary::Sector));
    if (!seeded) {
        return {};
    }
    QStringList keys;
    for (const TaxonomyTerm &term : *seeded) {
        keys.append(term.key);
    }
    m_seededSectors = keys.size();
    for (int i = int(keys.size()); i < sectors; ++i) {
        TaxonomyTerm term;
        term.vocabulary = QString::fromLatin1(Vocabulary::Sector);
        term.key = QStringLiteral("added-%1").arg(i);
        term.labelEn = QStringLiteral("Added sector %1").arg(i);
        term.labelFr = term.labelEn;
        term.labelNl = term.labelEn;
        term.position = i;
        if (!store.insertTerm(term)) {
            return {};
        }
        keys.append(term.key);
    }
    Organisation support;
    support.name = QStringLiteral("Support Agency");
    support.kind = QStringLiteral("support-organisation");
    const auto supportId = store.insertOrganisation(support);
    if (!supportId) {
        return {};
    }
    for (int i = 0; i < sectors; ++i) {
        Organisation holder;
        holder.name = QStringLiteral("Holder %1").arg(i, 2, 10, QChar(u'0'));
        holder.kind = QStringLiteral("project-holder");
        holder.sectors = {keys.at(i)};
        const auto holderId = store.insertOrganisation(holder);
        if (!holderId) {
            return {};
        }
        Link link;
        link.fromId = *supportId;
        link.toId = *holderId;
        link.type = QStringLiteral("supports");
        link.start = QDate(2026, 1, 1).addDays(i);
        if (!store.insertLink(link)) {
            return {};
        }
    }
    return path;
}

QString tst_PdfPageBreaks::writeReport(const QString &store)
{
    ReportRequest request;
    request.databasePath = store;
    request.period = *ReportPeriod::year(2026);
    request.language = QStringLiteral("en");
    request.format = ReportFormat::Pdf;
    request.outputPath = store + QStringLiteral(".pdf");
    request.templateFolder.clear();
    const auto outcome = generateReport(request);
    if (!outcome) {
        qWarning("%s", qPrintable(outcome.error().text()));
        return {};
    }
    return request.outputPath;
}

int tst_PdfPageBreaks::pageCount(const QString &pdf)
{
    return int(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).count(u'\f'));
}

int tst_PdfPageBreaks::pageStartingWith(const QString &pdf, const QString &heading)
{
    const int pages = pageCount(pdf);
    for (int page = 1; page <= pages; ++page) {
        const QStringList lines = contentLines(pageText(pdf, page));
        if (!lines.isEmpty() && lines.constFirst() == heading) {
            return page;
        }
    }
    return 0;
}

void tst_PdfPageBreaks::pagesStartWithHeading_data()
{
    QTest::addColumn<int>("sectors");
    QTest::newRow("chart moves") << 16;
    QTest::newRow("chart splits") << 25;
}

void tst_PdfPageBreaks::pagesStartWithHeading()
{
    QFETCH(int, sectors);
    const QString pdf = writeReport(createSectorStore(sectors));
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY(pages > 15);
    // Page 1 is the title page and page 2 the contents.
    for (int page = 3; page <= pages; ++page) {
        const QStringList lines = contentLines(pageText(pdf, page));
        QVERIFY2(lines.size() >= 2, qPrintable(QString::number(page)));
        QString first = lines.constFirst();
        if (first.endsWith(u" (continued)")) {
            first.chop(qsizetype(sizeof(" (continued)") - 1));
        }
        QVERIFY2(m_headings.contains(first),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(first)));
        QVERIFY2(
            !m_headings.contains(lines.constLast()),
            qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(lines.constLast())));
    }
    QVERIFY2(lowestWordBottom(pdf) <= TextAreaBottom,
             qPrintable(QString::number(lowestWordBottom(pdf))));
}

void tst_PdfPageBreaks::chartMovesWithContinuedHeading()
{
    // 16 sectors: the table fills most of the section's page and the chart
    // fits on the next page as a whole.
    const QString pdf = writeReport(createSectorStore(16));
    QVERIFY(!pdf.isEmpty());
    const int tablePage = pageStartingWith(pdf, QStringLiteral("Project holders by sector"));
    QVERIFY(tablePage > 2);
    const QString table = pageText(pdf, tablePage);
    QCOMPARE(table.count(QStringLiteral("This period")), 1); // the table header, no legend
    QVERIFY(table.contains(QStringLiteral("Change")));

    const QString chart = pageText(pdf, tablePage + 1);
    const QStringList lines = contentLines(chart);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constFirst(), QStringLiteral("Project holders by sector (continued)"));
    QCOMPARE(chart.count(QStringLiteral("This period")), 1); // the legend
    QCOMPARE(chart.count(QStringLiteral("Previous period")), 1);
    QVERIFY(!chart.contains(QStringLiteral("Change")));
    QVERIFY(chart.contains(QStringLiteral("Mobility")));
    QVERIFY(chart.contains(QStringLiteral("Food")));

    const QStringList next = contentLines(pageText(pdf, tablePage + 2));
    QVERIFY(!next.isEmpty());
    QCOMPARE(next.constFirst(), QStringLiteral("Project holders by stage"));
}

void tst_PdfPageBreaks::tallChartSplitsWithLegendOnEachPart()
{
    // 25 sectors: the chart is taller than a page, so it is split.
    const QString pdf = writeReport(createSectorStore(25));
    QVERIFY(!pdf.isEmpty());
    const int tablePage = pageStartingWith(pdf, QStringLiteral("Project holders by sector"));
    const int stagePage = pageStartingWith(pdf, QStringLiteral("Project holders by stage"));
    QVERIFY(tablePage > 2);
    QVERIFY2(stagePage >= tablePage + 3, qPrintable(QString::number(stagePage - tablePage)));

    // The whole table is on the section's first page, which may also start the
    // chart with its legend when at least three bars fit under the table.
    const qsizetype added = 25 - m_seededSectors;
    const QString table = pageText(pdf, tablePage);
    QVERIFY(table.contains(QStringLiteral("Change")));
    qsizetype legends = table.count(QStringLiteral("This period")) - 1;
    qsizetype addedLabels = table.count(QStringLiteral("Added sector"));
    QVERIFY(addedLabels >= added);
    QCOMPARE(legends, qsizetype(addedLabels > added ? 1 : 0));
    // Each following page has a part of the chart under the continued heading.
    for (int page = tablePage + 1; page < stagePage; ++page) {
        const QString text = pageText(pdf, page);
        QCOMPARE(contentLines(text).constFirst(),
                 QStringLiteral("Project holders by sector (continued)"));
        QVERIFY(!text.contains(QStringLiteral("Change")));
        QCOMPARE(text.count(QStringLiteral("This period")), 1);
        QCOMPARE(text.count(QStringLiteral("Previous period")), 1);
        legends += 1;
        addedLabels += text.count(QStringLiteral("Added sector"));
    }
    QVERIFY(legends >= 2);
    // Every added sector is in the table once and in the chart once.
    QCOMPARE(addedLabels, 2 * added);
}

void tst_PdfPageBreaks::contentsNameFirstPages()
{
    // The continued pages of the sector section move every later section on.
    const QString pdf = writeReport(createSectorStore(25));
    QVERIFY(!pdf.isEmpty());
    const QString contents = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"),
                                  QStringLiteral("-f"),
                                  QStringLiteral("2"),
                                  QStringLiteral("-l"),
                                  QStringLiteral("2"),
                                  pdf,
                                  QStringLiteral("-")});
    static const QRegularExpression entry(QStringLiteral(R"(^\s*(\S.*\S)\s{2,}(\d+)\s*$)"));
    int entries = 0;
    for (const QString &line : contents.split(u'\n')) {
        const QRegularExpressionMatch match = entry.match(line);
        if (!match.hasMatch()) {
            continue;
        }
        const QString title = match.captured(1);
        QCOMPARE(pageStartingWith(pdf, title), match.captured(2).toInt());
        ++entries;
    }
    // The definitions and the twelve sections.
    QCOMPARE(entries, 13);
}

QTEST_MAIN(tst_PdfPageBreaks)
#include "tst_pdfpagebreaks.moc"
