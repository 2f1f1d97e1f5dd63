// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes real reports from a hand-made store and reads them back with the
// tools a reader would use: pdftotext, pdffonts and pdftoppm (poppler-utils)
// for the PDF, unzip for the XLSX.
#include "reportfixture.h"

#include <core/interchange/csvwriter.h>
#include <core/reports/reportcelltext.h>
#include <core/reports/reportgenerator.h>
#include <core/reports/reportjob.h>
#include <core/reports/reporttablelayout.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QMap>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <unistd.h>

using namespace CoopAtlas::Core;

namespace {

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

QString unzipped(const QString &archive, const QString &member)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
}

/// The cells of worksheet `sheet` (1 for sheet1.xml) of an XLSX file by cell
/// name ("B2"), with shared strings as their text and numbers as written.
QHash<QString, QString> sheetCells(const QString &xlsx, int sheet)
{
    QStringList shared;
    QXmlStreamReader strings(unzipped(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    QString item;
    while (!strings.atEnd() && !strings.hasError()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == u"si") {
            item.clear();
        } else if (strings.isStartElement() && strings.name() == u"t") {
            item += strings.readElementText();
        } else if (strings.isEndElement() && strings.name() == u"si") {
            shared.append(item);
        }
    }
    QHash<QString, QString> cells;
    QXmlStreamReader xml(unzipped(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    QString cell;
    bool sharedString = false;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"c") {
            cell = xml.attributes().value(QLatin1String("r")).toString();
            sharedString = xml.attributes().value(QLatin1String("t")) == u"s";
        } else if (xml.isStartElement() && xml.name() == u"v") {
            const QString value = xml.readElementText();
            cells.insert(cell, sharedString ? shared.value(value.toInt()) : value);
        }
    }
    return cells;
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// A row of a PDF table as `pdftotext -layout` prints it.
struct LayoutRow
{
    QString name;                  ///< the first column, its lines joined with spaces
    qsizetype lineCount = 0;       ///< lines of the first column
    QRegularExpressionMatch first; ///< the row's first line: captures 2 to 4 are its counts
};

/// Finds the first table row whose name starts with `start`: the line that
/// starts the name and ends with three counts, then the lines that continue the
/// name, up to a blank line or the next row.
LayoutRow findLayoutRow(const QStringList &lines, const QString &start)
{
    static const QRegularExpression countsAtEnd(uR"(^(.*\S)\s+(\d+)\s+(\d+)\s+(\S+)\s*$)"_qs);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = countsAtEnd.match(lines.at(i));
        if (!match.hasMatch() || !match.captured(1).trimmed().startsWith(start)) {
            continue;
        }
        QStringList parts{match.captured(1).trimmed()};
        for (qsizetype next = i + 1; next < lines.size(); ++next) {
            const QString line = lines.at(next).trimmed();
            if (line.isEmpty() || countsAtEnd.match(lines.at(next)).hasMatch()) {
                break;
            }
            parts.append(line);
        }
        return {parts.join(u' '), parts.size(), match};
    }
    return {};
}

/// Writes a store at `path` in which each of `supporters`, a support
/// organisation, supports a project holder of its own from a day of January 2026.
bool createSupportStore(const QString &path, const QStringList &supporters)
{
    auto database = Database::open(path);
    if (!database) {
        return false;
    }
    Store store(std::move(database).value());
    for (qsizetype i = 0; i < supporters.size(); ++i) {
        Organisation holder;
        holder.name = QStringLiteral("Holder %1").arg(i);
        holder.kind = QStringLiteral("project-holder");
        Organisation support;
        support.name = supporters.at(i);
        support.kind = QStringLiteral("support-organisation");
        Link link;
        link.fromId = *store.insertOrganisation(support);
        link.toId = *store.insertOrganisation(holder);
        link.type = QStringLiteral("supports");
        link.start = QDate(2026, 1, 1).addDays(i);
        if (!store.insertLink(link)) {
            return false;
        }
    }
    return true;
}

/// The row of sheet `cells` whose first column is `label`, or 0.
int rowWithLabel(const QHash<QString, QString> &cells, const QString &label)
{
    for (int row = 1; row < 10000 && cells.contains(u"A%1"_qs.arg(row)); ++row) {
        if (cells.value(u"A%1"_qs.arg(row)) == label) {
            return row;
        }
    }
    return 0;
}

/// The bytes of each file of `folder`, by file name.
QMap<QString, QByteArray> folderContents(const QString &folder)
{
    QMap<QString, QByteArray> contents;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(dir.filePath(name));
        contents.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return contents;
}

/// Names of the entries of `folder` that start with `prefix`.
QStringList entriesStartingWith(const QString &folder, const QString &prefix)
{
    return QDir(folder).entryList({prefix + u'*'},
                                  QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

/// Makes a folder read-only until destroyed. Root ignores file modes, so as
/// root it sets the immutable attribute with chattr +i, and otherwise the mode.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(QString path)
        : m_path(std::move(path))
    {
        if (::geteuid() == 0) {
            m_immutable = runChattr(QStringLiteral("+i"));
            m_set = m_immutable;
        } else {
            m_set = QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable) {
            runChattr(QStringLiteral("-i"));
        } else if (m_set) {
            QFile::setPermissions(
                m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    [[nodiscard]] bool isSet() const { return m_set; }

private:
    bool runChattr(const QString &flag) const
    {
        const QString chattr = QStandardPaths::findExecutable(QStringLiteral("chattr"));
        if (chattr.isEmpty()) {
            return false;
        }
        QProcess process;
        process.start(chattr, {flag, m_path});
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
               && process.exitCode() == 0;
    }

    QString m_path;
    bool m_immutable = false;
    bool m_set = false;
};

} // namespace

class tst_ReportWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfTextInEachLanguage_data();
    void pdfTextInEachLanguage();
    void pdfFontsEmbedded();
    void pdfPagesRender();
    void pdfTableHeaderRepeatsOnEachPage();
    void pdfTableWrapsLongNames();
    void tableLayoutWrapsAndElides();
    void xlsxCells();
    void xlsxRecordSheetsTraceFigures();
    void xlsxCutsLongCellsWithWarning();
    void xlsxMeasuresAsNumbers();
    void csvMeasuresAsNumbers();
    void xlsxSheetNamesFromTemplateTitles();
    void csvFilesAndFormulaGuard();
    void csvCancelKeepsEarlierReport();
    void csvReplacesEarlierReport();
    void csvUnwritableParentNamed();
    void csvReadOnlyFolderUnchanged();
    void cellTextHelpers();
    void emptyPeriod_data();
    void emptyPeriod();
    void overrideTemplateReplacesWording();
    void overrideTemplateInPdf_data();
    void overrideTemplateInPdf();
    void jobReportsProgressAndOutcome();

private:
    Result<ReportOutcome> generate(const QString &database,
                                   ReportFormat format,
                                   const QString &output,
                                   const QString &language,
                                   const ReportPeriod &period);
    QString addUnusualStore();
    Result<ReportOutcome> generateCsv(const QString &folder,
                                      const QString &language,
                                      const ReportProgress &progress = {},
                                      const ReportCancelFlag &cancel = {});

    QTemporaryDir m_dir;
    QString m_store;
    QString m_pdf; ///< the English PDF of 2026-Q1, written by pdfTextInEachLanguage
};

void tst_ReportWriters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("report.sqlite"));
    QCOMPARE(ReportFixture::createStore(m_store).size(), 25);
}

Result<ReportOutcome> tst_ReportWriters::generate(const QString &database,
                                                  ReportFormat format,
                                                  const QString &output,
                                                  const QString &language,
                                                  const ReportPeriod &period)
{
    ReportRequest request;
    request.databasePath = database;
    request.period = period;
    request.language = language;
    request.format = format;
    request.outputPath = output;
    request.templateFolder.clear();
    return generateReport(request);
}

void tst_ReportWriters::pdfTextInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << u"en"_qs
                        << QStringList{u"Activity report"_qs,
                                       u"Period: 1 January 2026 to 31 March 2026"_qs,
                                       u"Compared with: 1 October 2025 to 31 December 2025"_qs,
                                       u"Contents"_qs,
                                       u"Key figures"_qs,
                                       u"Project holders supported"_qs,
                                       u"Project holders by sector"_qs,
                                       u"Sector not recorded"_qs,
                                       u"Support and funding organisations"_qs,
                                       u"Growth"_qs};
    QTest::newRow("fr") << u"fr"_qs
                        << QStringList{u"Rapport d’activité"_qs,
                                       u"Période : du 1 janvier 2026 au 31 mars 2026"_qs,
                                       u"Table des matières"_qs,
                                       u"Chiffres clés"_qs,
                                       u"Porteurs de projet soutenus"_qs,
                                       u"Porteurs de projet par commune"_qs,
                                       u"Ixelles"_qs,
                                       u"Idée"_qs};
    QTest::newRow("nl") << u"nl"_qs
                        << QStringList{u"Activiteitenverslag"_qs,
                                       u"Periode: van 1 januari 2026 tot 31 maart 2026"_qs,
                                       u"Inhoud"_qs,
                                       u"Kerncijfers"_qs,
                                       u"Ondersteunde projectdragers"_qs,
                                       u"Projectdragers per gemeente"_qs,
                                       u"Elsene"_qs,
                                       u"Idee"_qs};
}

void tst_ReportWriters::pdfTextInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString pdf = m_dir.filePath(language + u".pdf");
    const auto outcome = generate(m_store,
                                  ReportFormat::Pdf,
                                  pdf,
                                  language,
                                  *ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text()));
    QVERIFY(!outcome->emptyPeriod);
    if (const QByteArray keep = qgetenv("COOPATLAS_REPORT_KEEP"); !keep.isEmpty()) {
        QFile::copy(pdf, QString::fromLocal8Bit(keep) + u'/' + language + u".pdf");
    }
    const QString text
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &line : expected) {
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    // Names with Ł, Ø, Ř, · and collation across languages.
    QVERIFY(text.contains(QStringLiteral("Febecoop · Łódź Ősz Řeka")));
    QEXPECT_FAIL("",
                 "pdftotext finds no text for an emoji drawn by the PDF writer of Qt 6.4.2, "
                 "although the glyph is drawn and its font embedded",
                 Continue);
    QVERIFY(text.contains(QStringLiteral("Febecoop · Łódź Ősz Řeka 🤝")));
    QVERIFY(text.contains(QStringLiteral("SAW-B")));
    QVERIFY(text.contains(QStringLiteral("Région de Bruxelles-Capitale")));
    const qsizetype pages = text.count(u'\f');
    QVERIFY(pages >= 10);
    QVERIFY(text.contains(QStringLiteral("1 / %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("%1 / %1").arg(pages)));
    if (language == u"en") {
        m_pdf = pdf;
    }
}

void tst_ReportWriters::pdfFontsEmbedded()
{
    QVERIFY(!m_pdf.isEmpty());
    const QStringList lines
        = run(QStringLiteral("pdffonts"), {m_pdf}).split(u'\n', Qt::SkipEmptyParts);
    // Two header lines, then one line per font: name, type, encoding, emb, sub, uni, object, id.
    QVERIFY(lines.size() >= 3);
    bool dejaVu = false;
    bool symbola = false; // draws the emoji, which DejaVu Sans lacks
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(u' ', Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 7);
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes")); // emb
        dejaVu = dejaVu || columns.constFirst().contains(QStringLiteral("DejaVuSans"));
        symbola = symbola || columns.constFirst().contains(QStringLiteral("Symbola"));
    }
    QVERIFY(dejaVu);
    QVERIFY(symbola);
}

void tst_ReportWriters::pdfPagesRender()
{
    QVERIFY(!m_pdf.isEmpty());
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), m_pdf, prefix});
    const QStringList pngs = QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")});
    const QString text = run(QStringLiteral("pdftotext"), {m_pdf, QStringLiteral("-")});
    QCOMPARE(pngs.size(), text.count(u'\f'));
    for (const QString &png : pngs) {
        QVERIFY(QFileInfo(QDir(m_dir.path()).filePath(png)).size() > 1000);
    }
}

QString tst_ReportWriters::addUnusualStore()
{
    // 70 support organisations, each supporting one project holder in 2026: the
    // organisations table needs more than one page. One name is longer than a
    // spreadsheet cell, one contains a control character, some start like formulas.
    const QString path = m_dir.filePath(QStringLiteral("unusual.sqlite"));
    if (QFile::exists(path)) {
        return path;
    }
    auto database = Database::open(path);
    if (!database) {
        return {};
    }
    Store store(std::move(database).value());
    const QStringList specialNames{QString(40000, u'x'),
                                   u"Bell\u0007Coop"_qs,
                                   u"=1+2"_qs,
                                   u"@SUM(A1)"_qs,
                                   u"-minus"_qs,
                                   u"+plus"_qs};
    for (int i = 0; i < 70; ++i) {
        Organisation holder;
        holder.name = i < specialNames.size()
                          ? specialNames.at(i)
                          : QStringLiteral("Holder %1").arg(i, 2, 10, QChar(u'0'));
        holder.kind = QStringLiteral("project-holder");
        Organisation support;
        support.name = QStringLiteral("Support %1").arg(i, 2, 10, QChar(u'0'));
        support.kind = QStringLiteral("support-organisation");
        Link link;
        link.fromId = *store.insertOrganisation(support);
        link.toId = *store.insertOrganisation(holder);
        link.type = QStringLiteral("supports");
        link.start = QDate(2026, 1, 1).addDays(i);
        if (!store.insertLink(link)) {
            return {};
        }
    }
    return path;
}

void tst_ReportWriters::pdfTableHeaderRepeatsOnEachPage()
{
    const QString store = addUnusualStore();
    QVERIFY(!store.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(generate(store, ReportFormat::Pdf, pdf, u"en"_qs, *ReportPeriod::year(2026)).ok());
    const QStringList pages = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                  .split(u'\f', Qt::SkipEmptyParts);
    int pagesWithRows = 0;
    for (const QString &page : pages) {
        if (page.contains(QStringLiteral("Support 3"))
            || page.contains(QStringLiteral("Support 6"))) {
            ++pagesWithRows;
            QVERIFY2(page.contains(QStringLiteral("Organisation")), qPrintable(page.left(200)));
            QVERIFY(page.contains(QStringLiteral("Previous period")));
        }
    }
    QVERIFY(pagesWithRows >= 2);
}

void tst_ReportWriters::pdfTableWrapsLongNames()
{
    const QString longName
        = u"Agence coopérative d’accompagnement des plateformes numériques et des porteuses de projets"_qs;
    QCOMPARE(longName.size(), 90);
    const QString longWord = u"Zusammenarbeit"_qs.repeated(8);
    const QString store = m_dir.filePath(QStringLiteral("names.sqlite"));
    QVERIFY(createSupportStore(store, {longName, u"Short Support"_qs, longWord}));
    const QString pdf = m_dir.filePath(QStringLiteral("names.pdf"));
    QVERIFY(generate(store, ReportFormat::Pdf, pdf, u"en"_qs, *ReportPeriod::year(2026)).ok());
    const QStringList lines
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
              .split(u'\n');

    // The whole name, on more than one line, with its counts on the first line.
    const LayoutRow wrapped = findLayoutRow(lines, u"Agence"_qs);
    QCOMPARE(wrapped.name, longName);
    QVERIFY2(wrapped.lineCount >= 2, qPrintable(QString::number(wrapped.lineCount)));
    QCOMPARE(wrapped.first.captured(2), u"1"_qs);
    QCOMPARE(wrapped.first.captured(3), u"0"_qs);
    QCOMPARE(wrapped.first.captured(4), u"+1"_qs);

    // A single word wider than the column is elided on one line.
    const LayoutRow elided = findLayoutRow(lines, u"Zusammenarbeit"_qs);
    QCOMPARE(elided.lineCount, 1);
    QVERIFY2(elided.name.endsWith(u'…'), qPrintable(elided.name));
    QVERIFY(longWord.startsWith(elided.name.chopped(1)));

    // The counts of every row end in the same text column.
    const LayoutRow single = findLayoutRow(lines, u"Short Support"_qs);
    QCOMPARE(single.name, u"Short Support"_qs);
    for (int count = 2; count <= 4; ++count) {
        QCOMPARE(wrapped.first.capturedEnd(count), single.first.capturedEnd(count));
        QCOMPARE(elided.first.capturedEnd(count), single.first.capturedEnd(count));
    }
}

void tst_ReportWriters::tableLayoutWrapsAndElides()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter device(&buffer);
    device.setResolution(300);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font, &device);
    const qreal width = metrics.horizontalAdvance(u"plateformes numériques"_qs);
    const auto wrap = [&](const QString &text, int maxLines) {
        return ReportTableLayout::wrapText(text, font, &device, width, maxLines);
    };

    QCOMPARE(wrap(u"Nubo"_qs, 10), QStringList{u"Nubo"_qs});
    const QString name = u"Agence coopérative d’accompagnement des plateformes numériques"_qs;
    const QStringList lines = wrap(name, 10);
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.join(u' '), name);
    for (const QString &line : lines) {
        QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
    }

    // Only the word wider than the width is elided.
    const QString word = u"Zusammenarbeit"_qs.repeated(4);
    const QStringList elided = wrap(u"Die "_qs + word + u" eG"_qs, 10);
    QCOMPARE(elided.size(), 3);
    QCOMPARE(elided.at(0), u"Die"_qs);
    QVERIFY2(elided.at(1).endsWith(u'…'), qPrintable(elided.at(1)));
    QVERIFY(word.startsWith(elided.at(1).chopped(1)));
    QVERIFY(metrics.horizontalAdvance(elided.at(1)) <= width);
    QCOMPARE(elided.at(2), u"eG"_qs);

    // Past maxLines, the last line kept ends with "…".
    const QStringList cut = wrap(name, 2);
    QCOMPARE(cut.size(), 2);
    QCOMPARE(cut.at(0), lines.at(0));
    QVERIFY2(cut.at(1).endsWith(u'…'), qPrintable(cut.at(1)));

    // Count columns get their whole header while the first column keeps half the table.
    const ReportTableLayout table(font, bold, &device, 10);
    const QFontMetricsF boldMetrics(bold, &device);
    const QStringList headers{u"This period"_qs, u"Previous period"_qs, u"Change"_qs};
    const QList<QStringList> counts{{u"12"_qs, u"3"_qs, u"+9"_qs}};
    qreal oneLine = 0;
    for (const QString &header : headers) {
        oneLine += boldMetrics.horizontalAdvance(header) + 20;
    }
    const ReportTableColumns wide = table.columns(3 * oneLine, headers, counts);
    QCOMPARE(wide.counts.size(), 3);
    QCOMPARE(wide.counts.at(1), boldMetrics.horizontalAdvance(u"Previous period"_qs) + 20);
    QCOMPARE(wide.name, 3 * oneLine - oneLine);

    // Otherwise they get their widest header word and the headers wrap.
    const ReportTableColumns narrow = table.columns(1.5 * oneLine, headers, counts);
    QCOMPARE(narrow.counts.size(), 3);
    QCOMPARE(narrow.counts.at(1), boldMetrics.horizontalAdvance(u"Previous"_qs) + 20);
    QCOMPARE(narrow.counts.at(2), boldMetrics.horizontalAdvance(u"Change"_qs) + 20);
    QVERIFY(narrow.name > 0.75 * oneLine);
}

void tst_ReportWriters::xlsxCells()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
    QVERIFY(generate(m_store,
                     ReportFormat::Xlsx,
                     xlsx,
                     u"en"_qs,
                     *ReportPeriod::quarter(QStringLiteral("2026-Q1")))
                .ok());
    const QString workbook = unzipped(xlsx, QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Report\"")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Key figures\"")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Key figures ids\"")));
    // 1 + 12 sections + 12 record lists.
    QCOMPARE(workbook.count(QStringLiteral("<sheet ")), 25);
    const QString summary = unzipped(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(summary.contains(QStringLiteral(
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
    QVERIFY(summary.contains(QStringLiteral("<c r=\"A2\" t=\"s\"")));
    // "Project holders supported": 3 now, 3 before, change 0, as numbers.
    QVERIFY(summary.contains(QStringLiteral("<c r=\"B2\"><v>3</v></c>")));
    QVERIFY(summary.contains(QStringLiteral("<c r=\"D3\"><v>-1</v></c>")));
    const QString strings = unzipped(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings.contains(QStringLiteral("Łódź Food Co-op")));
    QVERIFY(strings.contains(QStringLiteral("Ősz Platform 🚲")));
    for (int sheet = 1; sheet <= 25; ++sheet) {
        const QString xml = unzipped(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
        QVERIFY(!xml.isEmpty());
        QVERIFY2(!xml.contains(QStringLiteral("<f>")) && !xml.contains(QStringLiteral("<f ")),
                 qPrintable(QString::number(sheet)));
        QVERIFY(xml.contains(QStringLiteral("state=\"frozen\"")));
    }
}

void tst_ReportWriters::xlsxRecordSheetsTraceFigures()
{
    const QString store = m_dir.filePath(QStringLiteral("traced.sqlite"));
    const QHash<QString, QString> ids = ReportFixture::createStore(store);
    QCOMPARE(ids.size(), 25);
    const QString xlsx = m_dir.filePath(QStringLiteral("traced.xlsx"));
    QVERIFY(generate(store,
                     ReportFormat::Xlsx,
                     xlsx,
                     u"en"_qs,
                     *ReportPeriod::quarter(QStringLiteral("2026-Q1")))
                .ok());
    // Sheet 2 is "Key figures" and sheet 14 its record list "Key figures ids".
    const QHash<QString, QString> figures = sheetCells(xlsx, 2);
    const QHash<QString, QString> records = sheetCells(xlsx, 14);
    QCOMPARE(records.value(u"A1"_qs), u"Figure"_qs);
    QCOMPARE(records.value(u"B1"_qs), u"Period"_qs);
    QCOMPARE(records.value(u"C1"_qs), u"Record id"_qs);
    QCOMPARE(records.value(u"D1"_qs), u"Record"_qs);

    QHash<QString, int> rowsPerFigure; // "<figure>\n<period>" to its number of record rows
    QStringList supported;
    for (int row = 2; row < 10000 && records.contains(u"A%1"_qs.arg(row)); ++row) {
        const QString figure = records.value(u"A%1"_qs.arg(row));
        const QString period = records.value(u"B%1"_qs.arg(row));
        rowsPerFigure[figure + u'\n' + period] += 1;
        if (figure == u"Project holders supported" && period == u"This period") {
            supported.append(records.value(u"C%1"_qs.arg(row)));
            const QString name = records.value(u"D%1"_qs.arg(row));
            QVERIFY2(ids.key(supported.constLast()).startsWith(u'H'), qPrintable(name));
            QCOMPARE(name, ReportFixture::organisationName(ids.key(supported.constLast())));
        }
    }
    QStringList expected{ids.value(u"H1"_qs), ids.value(u"H2"_qs), ids.value(u"H3"_qs)};
    std::sort(expected.begin(), expected.end());
    std::sort(supported.begin(), supported.end());
    QCOMPARE(supported, expected);

    // Every count of the key figures has as many record rows.
    int checked = 0;
    for (int row = 2; figures.contains(u"A%1"_qs.arg(row)); ++row) {
        const QString figure = figures.value(u"A%1"_qs.arg(row));
        QCOMPARE(rowsPerFigure.value(figure + u"\nThis period"_qs),
                 figures.value(u"B%1"_qs.arg(row)).toInt());
        QCOMPARE(rowsPerFigure.value(figure + u"\nPrevious period"_qs),
                 figures.value(u"C%1"_qs.arg(row)).toInt());
        ++checked;
    }
    QCOMPARE(checked, 6);
}

void tst_ReportWriters::xlsxCutsLongCellsWithWarning()
{
    const QString store = addUnusualStore();
    const QString xlsx = m_dir.filePath(QStringLiteral("unusual.xlsx"));
    const auto outcome
        = generate(store, ReportFormat::Xlsx, xlsx, u"en"_qs, *ReportPeriod::year(2026));
    QVERIFY(outcome.ok());
    QVERIFY(!outcome->warnings.isEmpty());
    QVERIFY(outcome->warnings.constFirst().contains(
        QStringLiteral("a text of 40000 characters was cut to 32,767 characters")));
    const QString strings = unzipped(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings.contains(u'>' + QString(32767, u'x') + u'<'));
    QVERIFY(!strings.contains(QString(32768, u'x')));
    QVERIFY(strings.contains(QStringLiteral(">BellCoop<")));
    QVERIFY(strings.contains(QStringLiteral(">=1+2<")));
    // The first sheet lists the warning.
    const QString info = unzipped(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(info.contains(QStringLiteral("<c r=\"A")));
    QVERIFY(strings.contains(QStringLiteral("Warnings")));
}

void tst_ReportWriters::xlsxMeasuresAsNumbers()
{
    const QString store = m_dir.filePath(QStringLiteral("measures.sqlite"));
    const QHash<QString, QString> ids = ReportFixture::createStore(store);
    QCOMPARE(ids.size(), 25);
    const QString xlsx = m_dir.filePath(QStringLiteral("measures.xlsx"));
    QVERIFY(generate(store,
                     ReportFormat::Xlsx,
                     xlsx,
                     u"en"_qs,
                     *ReportPeriod::quarter(QStringLiteral("2026-Q1")))
                .ok());
    // Sheets 2 to 13 are the sections and 14 to 25 their record lists, in the same order.
    const QString rateLabel = u"Attendance rate (attended / registered), %"_qs;
    const QString plannedLabel = u"Residency budget planned, EUR"_qs;
    const QString actualLabel = u"Residency budget spent, EUR"_qs;
    int workshops = 0;
    int residencies = 0;
    for (int sheet = 2; sheet <= 13; ++sheet) {
        const QHash<QString, QString> cells = sheetCells(xlsx, sheet);
        workshops = rowWithLabel(cells, rateLabel) > 0 ? sheet : workshops;
        residencies = rowWithLabel(cells, plannedLabel) > 0 ? sheet : residencies;
    }
    QVERIFY(workshops > 0);
    QVERIFY(residencies > 0);

    // W1: A1 attended and A2 absent, so 50 %. 2025-Q4 has no registration.
    const QHash<QString, QString> workshopCells = sheetCells(xlsx, workshops);
    const int rate = rowWithLabel(workshopCells, rateLabel);
    QCOMPARE(workshopCells.value(u"B%1"_qs.arg(rate)), u"50"_qs);
    QCOMPARE(workshopCells.value(u"C%1"_qs.arg(rate)), u"not measured (no registration)"_qs);
    QVERIFY(!workshopCells.contains(u"D%1"_qs.arg(rate)));
    const QString workshopXml
        = unzipped(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(workshops));
    QVERIFY(workshopXml.contains(QStringLiteral("<v>50</v>")));

    // R1: 1,200.00 EUR planned and 980.50 EUR spent; nothing in 2025-Q4.
    const QHash<QString, QString> residencyCells = sheetCells(xlsx, residencies);
    const int planned = rowWithLabel(residencyCells, plannedLabel);
    const int actual = rowWithLabel(residencyCells, actualLabel);
    QCOMPARE(residencyCells.value(u"B%1"_qs.arg(planned)), u"1200"_qs);
    QCOMPARE(residencyCells.value(u"C%1"_qs.arg(planned)), u"0"_qs);
    QCOMPARE(residencyCells.value(u"D%1"_qs.arg(planned)), u"1200"_qs);
    QCOMPARE(residencyCells.value(u"B%1"_qs.arg(actual)), u"980.5"_qs);
    QCOMPARE(residencyCells.value(u"C%1"_qs.arg(actual)), u"0"_qs);

    // The record lists name the registrations and the residency behind each value.
    const QHash<QString, QString> workshopRecords = sheetCells(xlsx, workshops + 12);
    QStringList rateIds;
    QStringList budgetIds;
    for (int row = 2; row < 10000 && workshopRecords.contains(u"A%1"_qs.arg(row)); ++row) {
        if (workshopRecords.value(u"A%1"_qs.arg(row)) == rateLabel) {
            QCOMPARE(workshopRecords.value(u"B%1"_qs.arg(row)), u"This period"_qs);
            rateIds.append(workshopRecords.value(u"C%1"_qs.arg(row)));
        }
    }
    const QHash<QString, QString> residencyRecords = sheetCells(xlsx, residencies + 12);
    for (int row = 2; row < 10000 && residencyRecords.contains(u"A%1"_qs.arg(row)); ++row) {
        if (residencyRecords.value(u"A%1"_qs.arg(row)) == plannedLabel) {
            budgetIds.append(residencyRecords.value(u"C%1"_qs.arg(row)));
            QCOMPARE(residencyRecords.value(u"D%1"_qs.arg(row)), u"Berlin spring residency"_qs);
        }
    }
    QStringList registrations{ids.value(u"A1"_qs), ids.value(u"A2"_qs)};
    registrations.sort();
    rateIds.sort();
    QCOMPARE(rateIds, registrations);
    QCOMPARE(budgetIds, QStringList{ids.value(u"R1"_qs)});
}

void tst_ReportWriters::csvMeasuresAsNumbers()
{
    const QString store = m_dir.filePath(QStringLiteral("measures-csv.sqlite"));
    const QHash<QString, QString> ids = ReportFixture::createStore(store);
    QCOMPARE(ids.size(), 25);
    const QString folder = m_dir.filePath(QStringLiteral("measures-csv"));
    QVERIFY(generate(store,
                     ReportFormat::Csv,
                     folder,
                     u"en"_qs,
                     *ReportPeriod::quarter(QStringLiteral("2026-Q1")))
                .ok());
    const QDir dir(folder);
    const QString workshops = fileText(dir.filePath(QStringLiteral("workshops.csv")));
    QVERIFY2(workshops.contains(QStringLiteral("\"Attendance rate (attended / registered), %\","
                                               "50,not measured (no registration),\r\n")),
             qPrintable(workshops));
    const QString residencies = fileText(dir.filePath(QStringLiteral("residencies.csv")));
    QVERIFY2(residencies.contains(
                 QStringLiteral("\"Residency budget planned, EUR\",1200.00,0.00,1200.00\r\n")),
             qPrintable(residencies));
    QVERIFY(residencies.contains(
        QStringLiteral("\"Residency budget spent, EUR\",980.50,0.00,980.50\r\n")));
    const QString records = fileText(dir.filePath(QStringLiteral("residencies-records.csv")));
    QVERIFY(records.contains(QStringLiteral("\"Residency budget spent, EUR\",This period,%1,"
                                            "Berlin spring residency\r\n")
                                 .arg(ids.value(u"R1"_qs))));
    const QString workshopRecords = fileText(dir.filePath(QStringLiteral("workshops-records.csv")));
    QVERIFY(workshopRecords.contains(
        QStringLiteral("\"Attendance rate (attended / registered), %\",This period,%1,")
            .arg(ids.value(u"A1"_qs))));
}

void tst_ReportWriters::xlsxSheetNamesFromTemplateTitles()
{
    // Spreadsheet programs reject a sheet name that starts or ends with an apostrophe.
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("en")));
    QFile file(folder.filePath(QStringLiteral("en/report.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("section.summary.title = 'Key figures'\n"
               "section.sectors.title = Project holders by each sector's activity\n");
    file.close();
    ReportRequest request;
    request.databasePath = m_store;
    request.period = *ReportPeriod::quarter(QStringLiteral("2026-Q1"));
    request.format = ReportFormat::Xlsx;
    request.outputPath = m_dir.filePath(QStringLiteral("apostrophes.xlsx"));
    request.templateFolder = folder.path();
    const auto outcome = generateReport(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text()));
    const QString workbook = unzipped(request.outputPath, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains(QStringLiteral("name=\"Key figures\"")), qPrintable(workbook));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Key figures' ids\"")));
    // Cut to 31 characters, the sectors title would end with its apostrophe.
    QVERIFY(workbook.contains(QStringLiteral("name=\"Project holders by each sector\"")));
    QCOMPARE(workbook.count(QStringLiteral("<sheet ")), 25);
}

void tst_ReportWriters::csvFilesAndFormulaGuard()
{
    const QString store = addUnusualStore();
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(generate(store, ReportFormat::Csv, folder, u"en"_qs, *ReportPeriod::year(2026)).ok());
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 24);
    QVERIFY(files.contains(QStringLiteral("summary.csv")));
    QVERIFY(files.contains(QStringLiteral("organisations-records.csv")));
    const QString summary = fileText(QDir(folder).filePath(QStringLiteral("summary.csv")));
    QFile raw(QDir(folder).filePath(QStringLiteral("summary.csv")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.read(3) == "\xEF\xBB\xBF");
    QVERIFY(summary.contains(QStringLiteral("Project holders supported,70,0,70\r\n")));
    const QString records = fileText(QDir(folder).filePath(QStringLiteral("summary-records.csv")));
    QVERIFY(records.contains(QStringLiteral(",'=1+2\r\n")));
    QVERIFY(records.contains(QStringLiteral(",'@SUM(A1)\r\n")));
    QVERIFY(records.contains(QStringLiteral(",'-minus\r\n")));
    QVERIFY(records.contains(QStringLiteral(",'+plus\r\n")));
    QVERIFY(records.contains(QStringLiteral(",BellCoop\r\n")));
    QVERIFY(!records.contains(QStringLiteral(",=1+2")));
}

Result<ReportOutcome> tst_ReportWriters::generateCsv(const QString &folder,
                                                     const QString &language,
                                                     const ReportProgress &progress,
                                                     const ReportCancelFlag &cancel)
{
    ReportRequest request;
    request.databasePath = m_store;
    request.period = *ReportPeriod::quarter(QStringLiteral("2026-Q1"));
    request.language = language;
    request.format = ReportFormat::Csv;
    request.outputPath = folder;
    request.templateFolder.clear();
    return generateReport(request, progress, cancel);
}

void tst_ReportWriters::csvCancelKeepsEarlierReport()
{
    const QString folder = m_dir.filePath(QStringLiteral("csv-cancel"));
    QVERIFY(generateCsv(folder, u"en"_qs).ok());
    QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    QCOMPARE(notes.write("kept\n"), qint64(5));
    notes.close();
    const QMap<QString, QByteArray> before = folderContents(folder);
    QCOMPARE(before.size(), 25);

    // The French report differs in every file, so a file it wrote into the
    // folder would show. The cancel comes after its first file.
    const ReportCancelFlag cancel = std::make_shared<std::atomic_bool>(false);
    QList<int> writingSteps;
    const auto outcome = generateCsv(
        folder,
        u"fr"_qs,
        [&](int percent) {
            if (percent > 80 && percent < 100) {
                writingSteps.append(percent);
                cancel->store(true);
            }
        },
        cancel);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().message, QStringLiteral("The report was cancelled."));
    QCOMPARE(writingSteps.size(), 1);

    const QMap<QString, QByteArray> after = folderContents(folder);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(entriesStartingWith(m_dir.path(), QStringLiteral("csv-cancel.part")), QStringList());
}

void tst_ReportWriters::csvReplacesEarlierReport()
{
    const QString folder = m_dir.filePath(QStringLiteral("csv-replace"));
    QVERIFY(generateCsv(folder, u"en"_qs).ok());
    QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    QCOMPARE(notes.write("kept\n"), qint64(5));
    notes.close();
    const QMap<QString, QByteArray> english = folderContents(folder);

    QList<int> steps;
    const auto outcome
        = generateCsv(folder, u"fr"_qs, [&steps](int percent) { steps.append(percent); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text()));
    QCOMPARE(outcome->outputPath, folder);
    QCOMPARE(steps.constLast(), 100);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    // One step per file written, between computing (up to 80) and the end.
    QCOMPARE(std::count_if(steps.cbegin(), steps.cend(), [](int p) { return p > 80 && p < 100; }),
             qsizetype(24));

    const QString fresh = m_dir.filePath(QStringLiteral("csv-replace-fresh"));
    QVERIFY(generateCsv(fresh, u"fr"_qs).ok());
    const QMap<QString, QByteArray> french = folderContents(fresh);
    QCOMPARE(french.size(), 24);
    const QMap<QString, QByteArray> after = folderContents(folder);
    QCOMPARE(after.size(), 25);
    QCOMPARE(after.value(QStringLiteral("notes.txt")), QByteArray("kept\n"));
    for (auto it = french.cbegin(); it != french.cend(); ++it) {
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY2(english.value(it.key()) != it.value(), qPrintable(it.key()));
    }
    QVERIFY(after.value(QStringLiteral("summary.csv")).startsWith("\xEF\xBB\xBF"));
    QCOMPARE(entriesStartingWith(m_dir.path(), QStringLiteral("csv-replace.part")), QStringList());
    QCOMPARE(entriesStartingWith(m_dir.path(), QStringLiteral("csv-replace-fresh.part")),
             QStringList());
}

void tst_ReportWriters::csvUnwritableParentNamed()
{
    const QString parent = m_dir.filePath(QStringLiteral("locked-parent"));
    QVERIFY(QDir().mkpath(parent));
    const QString folder = parent + QStringLiteral("/csv");
    const ReadOnlyFolder readOnly(parent);
    if (!readOnly.isSet()) {
        QSKIP("The folder could not be made read-only here (chattr +i needs root and an "
              "ext2/3/4-like file system)");
    }
    const auto outcome = generateCsv(folder, u"en"_qs);
    QVERIFY(!outcome.ok());
    const QString text = outcome.error().text();
    QVERIFY2(text.contains(QStringLiteral("the folder ") + parent + QStringLiteral(" does not")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Check that you may write there, or choose another "
                                          "folder.")),
             qPrintable(text));
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void tst_ReportWriters::csvReadOnlyFolderUnchanged()
{
    const QString folder = m_dir.filePath(QStringLiteral("csv-locked"));
    QVERIFY(generateCsv(folder, u"en"_qs).ok());
    const QMap<QString, QByteArray> before = folderContents(folder);
    QCOMPARE(before.size(), 24);
    const ReadOnlyFolder readOnly(folder);
    if (!readOnly.isSet()) {
        QSKIP("The folder could not be made read-only here (chattr +i needs root and an "
              "ext2/3/4-like file system)");
    }
    const auto outcome = generateCsv(folder, u"fr"_qs);
    QVERIFY(!outcome.ok());
    const QString text = outcome.error().text();
    QVERIFY2(
        text.contains(QStringLiteral("The CSV files cannot be moved into the folder ") + folder),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Check that you may write in that folder")),
             qPrintable(text));
    QCOMPARE(folderContents(folder), before);
    QCOMPARE(entriesStartingWith(m_dir.path(), QStringLiteral("csv-locked.part")), QStringList());
}

void tst_ReportWriters::cellTextHelpers()
{
    QCOMPARE(guardCsvFormula(u"=A1"_qs), u"'=A1"_qs);
    QCOMPARE(guardCsvFormula(u"\tx"_qs), u"'\tx"_qs);
    QCOMPARE(guardCsvFormula(u"\rx"_qs), u"'\rx"_qs);
    QCOMPARE(guardCsvFormula(u"a=b"_qs), u"a=b"_qs);
    QCOMPARE(removeControlCharacters(u"a\u0000b\u001fc\u0085d\te\nf"_qs), u"abcd\te\nf"_qs);
    QCOMPARE(cellName(0, 0), u"A1"_qs);
    QCOMPARE(cellName(9, 27), u"AB10"_qs);
    // A cut never splits a surrogate pair.
    const QString emoji = QString(MaxCellLength - 1, u'a') + u"🚲"_qs;
    QCOMPARE(cutToCellLength(emoji).size(), MaxCellLength - 1);
}

void tst_ReportWriters::emptyPeriod_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("pdf") << int(ReportFormat::Pdf);
    QTest::newRow("xlsx") << int(ReportFormat::Xlsx);
    QTest::newRow("csv") << int(ReportFormat::Csv);
}

void tst_ReportWriters::emptyPeriod()
{
    QFETCH(int, format);
    const QString output = m_dir.filePath(QStringLiteral("empty-%1").arg(format));
    const auto outcome
        = generate(m_store, ReportFormat(format), output, u"en"_qs, *ReportPeriod::year(2010));
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text()));
    QVERIFY(outcome->emptyPeriod);
    QString text;
    if (ReportFormat(format) == ReportFormat::Pdf) {
        text = run(QStringLiteral("pdftotext"), {output, QStringLiteral("-")});
        // The key figures table is the only one, and no chart legend shows.
        QCOMPARE(text.count(QStringLiteral("This period")), 1);
        QCOMPARE(text.count(QStringLiteral("Previous period")), 1);
        if (const QByteArray keep = qgetenv("COOPATLAS_REPORT_KEEP"); !keep.isEmpty()) {
            QFile::copy(output, QString::fromLocal8Bit(keep) + QStringLiteral("/empty.pdf"));
        }
        // Title page, contents, definitions and one page per section.
        QCOMPARE(text.count(u'\f'), 15);
    } else if (ReportFormat(format) == ReportFormat::Xlsx) {
        text = unzipped(output, QStringLiteral("xl/sharedStrings.xml"));
    } else {
        text = fileText(QDir(output).filePath(QStringLiteral("sectors.csv")));
        QCOMPARE(text.count(u'\n'), 2);
    }
    QVERIFY(text.contains(QStringLiteral("No activity in this period.")));
    static const QRegularExpression notANumber(QStringLiteral(R"(\b(nan|inf)\b)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!notANumber.match(text).hasMatch(), qPrintable(notANumber.match(text).captured()));
}

void tst_ReportWriters::overrideTemplateReplacesWording()
{
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("en")));
    QFile file(folder.filePath(QStringLiteral("en/report.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("report.title = Rapport annuel pour la Région\nnot a line\n");
    file.close();
    const auto templates = ReportTemplates::load(u"en"_qs, folder.path());
    QVERIFY(templates.ok());
    QCOMPARE(templates->text(u"report.title"_qs), u"Rapport annuel pour la Région"_qs);
    QCOMPARE(templates->text(u"report.contents"_qs), u"Contents"_qs);
    QCOMPARE(templates->warnings().size(), 1);
    QVERIFY(templates->warnings().constFirst().contains(u"line 2"_qs));
    QVERIFY(!ReportTemplates::load(u"de"_qs, {}).ok());
    // Every bundled language sets every key of the English file.
    const auto english = ReportTemplates::load(u"en"_qs, {});
    for (const QString &language : {u"fr"_qs, u"nl"_qs}) {
        const auto other = ReportTemplates::load(language, {});
        QVERIFY(other.ok());
        for (const QString &key : english->keys()) {
            QVERIFY2(other->contains(key), qPrintable(language + u' ' + key));
        }
        QCOMPARE(other->keys().size(), english->keys().size());
    }
}

void tst_ReportWriters::overrideTemplateInPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fr") << u"fr"_qs << QByteArray("section.summary.title = Chiffres de l’année\n")
                        << u"Chiffres de l’année"_qs;
    QTest::newRow("nl") << u"nl"_qs << QByteArray("section.summary.title = Cijfers van het jaar\n")
                        << u"Cijfers van het jaar"_qs;
    QTest::newRow("en") << u"en"_qs << QByteArray("section.summary.title = Figures of the year\n")
                        << u"Figures of the year"_qs;
}

void tst_ReportWriters::overrideTemplateInPdf()
{
    // A report.txt in the template folder changes the next report, without a rebuild.
    QFETCH(QString, language);
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(language));
    QFile file(folder.filePath(language + u"/report.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line);
    file.close();
    ReportRequest request;
    request.databasePath = m_store;
    request.period = *ReportPeriod::quarter(QStringLiteral("2026-Q1"));
    request.language = language;
    request.format = ReportFormat::Pdf;
    request.outputPath = m_dir.filePath(QStringLiteral("override-%1.pdf").arg(language));
    request.templateFolder = folder.path();
    const auto outcome = generateReport(request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text()));
    const QString text
        = run(QStringLiteral("pdftotext"), {request.outputPath, QStringLiteral("-")});
    // The contents page and the section's heading.
    QCOMPARE(text.count(expected), 2);
    const auto bundled = ReportTemplates::load(language, {});
    QVERIFY(bundled.ok());
    QVERIFY(!text.contains(bundled->text(u"section.summary.title"_qs)));
    QVERIFY(text.contains(bundled->text(u"report.contents"_qs)));
}

void tst_ReportWriters::jobReportsProgressAndOutcome()
{
    ReportJob job;
    QSignalSpy progress(&job, &ReportJob::progressChanged);
    QSignalSpy finished(&job, &ReportJob::finished);
    ReportRequest request;
    request.databasePath = m_store;
    request.period = *ReportPeriod::quarter(QStringLiteral("2026-Q1"));
    request.format = ReportFormat::Xlsx;
    request.outputPath = m_dir.filePath(QStringLiteral("job.xlsx"));
    request.templateFolder.clear();
    job.start(request);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toString(), request.outputPath);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(finished.at(0).at(2).toBool(), false);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), 100);
    QVERIFY(QFile::exists(request.outputPath));
}

QTEST_MAIN(tst_ReportWriters)
#include "tst_reportwriters.moc"
