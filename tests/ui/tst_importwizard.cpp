// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/import/importduplicatespage.h>
#include <ui/import/importpreviewpage.h>
#include <ui/import/importrunpage.h>
#include <ui/import/importwizard.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace CoopAtlas;

namespace {

constexpr qsizetype LargeFileRows = 300000;

QMutex logMutex;
QStringList logMessages;
QtMessageHandler previousHandler = nullptr;

/// Keeps the messages of the import logging category, written from any thread.
void keepImportMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category) == "coopatlas.core.import") {
        const QMutexLocker locker(&logMutex);
        logMessages.append(text);
    }
    previousHandler(type, context, text);
}

// A tab-separated directory of Berlin's solidarity economy: 76 organisations.
const QString DirectoryFile
    = QStringLiteral(TESTS_DATA_DIR "/directories/Wandelwoche_wandelwoche-ganz.csv");
const QString KnownName = QStringLiteral("AGBeratung - Projekte beraten Projekte");

} // namespace

class tst_ImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void previewShowsFormatAndMapping();
    void editedMappingDropsIgnoredColumn();
    void importSkipsChosenDuplicate();
    void vcardNeedsNoMapping();
    void previewShowsBusyStateThenMapping();
    void readErrorNamesFileAndLine_data();
    void readErrorNamesFileAndLine();
    void backDuringReadShowsOnlyNextFile();
    void cancelDuringReadDropsResult();
    void readerStopsWhenFlagSet();
    void otherFileStopsLargeRead();
    void closingWizardStopsLargeRead();

private:
    int rowOfColumn(const QString &column) const;
    void waitForRead();
    void waitForDroppedReads();
    QString writeFile(const QString &name, const QByteArray &bytes);
    void goToDuplicates();
    /// Writes a CSV file of LargeFileRows rows and returns its path.
    QString writeLargeFile();
    /// Waits for the dropped read of the large file and returns the number of rows
    /// that CsvReader logged when it stopped, or -1 without such a message.
    qsizetype rowsReadBeforeStop();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::ImportWizard> m_wizard;
};

void tst_ImportWizard::init()
{
    QVERIFY2(QFileInfo::exists(DirectoryFile), "The directory file of tests/data is missing.");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("import.sqlite")));
    QVERIFY(db.ok());
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    Core::Organisation existing;
    existing.name = KnownName;
    // Same name and website: a likely duplicate; the file adds its phone and address.
    existing.websites = {QStringLiteral("http://agberatung-berlin.org")};
    QVERIFY(m_store->insertOrganisation(existing).ok());
    m_wizard = std::make_unique<Ui::ImportWizard>(m_store.get());
    m_wizard->setFilePath(DirectoryFile);
    m_wizard->show();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::FilePageId));
    QVERIFY(m_wizard->currentPage()->isComplete());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::PreviewPageId));
}

void tst_ImportWizard::cleanup()
{
    m_wizard.reset();
    m_store.reset();
    m_dir.reset();
}

int tst_ImportWizard::rowOfColumn(const QString &column) const
{
    QTableWidget *table = m_wizard->previewPage()->mappingTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == column)
            return row;
    }
    return -1;
}

void tst_ImportWizard::waitForRead()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->previewPage()->isReading(), 30000);
}

void tst_ImportWizard::waitForDroppedReads()
{
    // A dropped read still runs to its end on the global thread pool. After that,
    // processEvents() delivers any result it posted to the GUI thread.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QCoreApplication::processEvents();
}

QString tst_ImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_ImportWizard::goToDuplicates()
{
    waitForRead();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::DuplicatesPageId));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->duplicatesPage()->isAnalysed(), 30000);
}

void tst_ImportWizard::previewShowsFormatAndMapping()
{
    waitForRead();
    Ui::ImportPreviewPage *page = m_wizard->previewPage();
    const QString format = page->formatLabel()->text();
    QVERIFY2(format.contains(QStringLiteral("76 row")), qPrintable(format));
    QVERIFY2(format.contains(QStringLiteral("tab")), qPrintable(format));
    QVERIFY2(format.contains(QStringLiteral("UTF-8")), qPrintable(format));
    QCOMPARE(page->mappingTable()->rowCount(), 12);
    QCOMPARE(page->targetCombo()->currentData().toInt(), int(Core::RecordTarget::Organisation));
    const int nameRow = rowOfColumn(QStringLiteral("name"));
    QVERIFY(nameRow >= 0);
    QCOMPARE(page->fieldCombo(nameRow)->currentData().toString(), QStringLiteral("name"));
    QVERIFY(page->mappingTable()->item(nameRow, 1)->text().startsWith(KnownName));
}

void tst_ImportWizard::editedMappingDropsIgnoredColumn()
{
    waitForRead();
    Ui::ImportPreviewPage *page = m_wizard->previewPage();
    const int cityRow = rowOfColumn(QStringLiteral("addr:city"));
    QVERIFY(cityRow >= 0);
    QComboBox *combo = page->fieldCombo(cityRow);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("locality"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ignore")));
    const Core::ColumnMapping mapping = page->editedMapping();
    for (const Core::ColumnRule &rule : mapping.rules)
        QVERIFY(rule.column != QStringLiteral("addr:city"));
    QVERIFY(!mapping.rules.isEmpty());
    QCOMPARE(mapping.preset, QString());
}

void tst_ImportWizard::importSkipsChosenDuplicate()
{
    goToDuplicates();
    QTableWidget *duplicates = m_wizard->duplicatesPage()->duplicateTable();
    int knownRow = -1;
    for (int row = 0; row < duplicates->rowCount(); ++row) {
        if (duplicates->item(row, 2)->text() == KnownName)
            knownRow = row;
    }
    QVERIFY(knownRow >= 0);
    QCOMPARE(duplicates->item(knownRow, 0)->text(), QStringLiteral("2"));
    auto *decision = qobject_cast<QComboBox *>(duplicates->cellWidget(knownRow, 4));
    QVERIFY(decision);
    decision->setCurrentIndex(decision->findData(int(Core::DuplicateDecision::Skip)));

    QSignalSpy imported(m_wizard.get(), &Ui::ImportWizard::imported);
    const qint64 before = m_store->totalCount(Core::RecordKind::Organisation).value();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::RunPageId));
    Ui::ImportRunPage *run = m_wizard->runPage();
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 30000);
    QCOMPARE(imported.count(), 1);
    const qint64 after = m_store->totalCount(Core::RecordKind::Organisation).value();
    QVERIFY(after > before);
    QVERIFY2(run->summaryLabel()->text().contains(
                 QStringLiteral("%1 record(s) created").arg(after - before)),
             qPrintable(run->summaryLabel()->text()));
    QTableWidget *skipped = run->skippedTable();
    bool listed = false;
    for (int row = 0; row < skipped->rowCount(); ++row) {
        if (skipped->item(row, 1)->text() == KnownName) {
            listed = true;
            QCOMPARE(skipped->item(row, 0)->text(), QStringLiteral("2"));
            QVERIFY(!skipped->item(row, 2)->text().isEmpty());
        }
    }
    QVERIFY(listed);
}

void tst_ImportWizard::vcardNeedsNoMapping()
{
    const QString vcard = QStringLiteral(TESTS_DATA_DIR "/contacts/kcontacts_vcard9.vcf");
    QVERIFY2(QFileInfo::exists(vcard), "The vCard file of tests/data is missing.");
    m_wizard->back();
    m_wizard->setFilePath(vcard);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::PreviewPageId));
    QVERIFY(m_wizard->isVCard());
    QVERIFY(m_wizard->previewPage()->isComplete());
    QVERIFY(!m_wizard->previewPage()->mappingTable()->isVisible());
    goToDuplicates();
    QVERIFY(m_wizard->duplicatesPage()->statusLabel()->text().contains(QStringLiteral("read")));
}

void tst_ImportWizard::previewShowsBusyStateThenMapping()
{
    // The read started by next() in init() reports its result through the event loop,
    // which has not run yet.
    Ui::ImportPreviewPage *page = m_wizard->previewPage();
    QAbstractButton *nextButton = m_wizard->button(QWizard::NextButton);
    QVERIFY(page->isReading());
    QVERIFY(page->busyIndicator()->isVisible());
    QCOMPARE(page->busyIndicator()->minimum(), 0);
    QCOMPARE(page->busyIndicator()->maximum(), 0);
    QVERIFY2(page->formatLabel()->text().contains(QFileInfo(DirectoryFile).fileName()),
             qPrintable(page->formatLabel()->text()));
    QVERIFY(!page->isComplete());
    QVERIFY(!nextButton->isEnabled());
    QCOMPARE(page->mappingTable()->rowCount(), 0);

    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30000);
    QVERIFY(!page->isReading());
    QVERIFY(!page->busyIndicator()->isVisible());
    QVERIFY(nextButton->isEnabled());
    QCOMPARE(page->mappingTable()->rowCount(), 12);
    const QString format = page->formatLabel()->text();
    QVERIFY2(format.contains(QStringLiteral("76 row")), qPrintable(format));
    QCOMPARE(m_wizard->table().headers.size(), 12);
}

void tst_ImportWizard::readErrorNamesFileAndLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("place");
    QTest::newRow("unclosed quote")
        << QByteArray("name,city\nAtelier,Brussels\n\"Open,Ghent\nBee,Liege\n")
        << QStringLiteral("broken.csv, line 3");
    QByteArray binary("name,city\nAtelier,Brussels\nB");
    binary.append('\0');
    binary.append("e,Ghent\n");
    QTest::newRow("binary") << binary << QStringLiteral("broken.csv, line 3");
}

void tst_ImportWizard::readErrorNamesFileAndLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, place);
    const QString path = writeFile(QStringLiteral("broken.csv"), bytes);
    QVERIFY(!path.isEmpty());
    waitForRead();
    m_wizard->back();
    m_wizard->setFilePath(path);
    m_wizard->next();
    Ui::ImportPreviewPage *page = m_wizard->previewPage();
    QVERIFY(page->isReading());
    waitForRead();
    const QString message = page->formatLabel()->text();
    QVERIFY2(message.contains(place), qPrintable(message));
    QVERIFY(!page->busyIndicator()->isVisible());
    QVERIFY(!page->isComplete());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(page->mappingTable()->rowCount(), 0);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::PreviewPageId));
}

void tst_ImportWizard::backDuringReadShowsOnlyNextFile()
{
    const QString path
        = writeFile(QStringLiteral("second.csv"), "Name,City\nAtelier,Brussels\nBee,Ghent\n");
    QVERIFY(!path.isEmpty());
    Ui::ImportPreviewPage *page = m_wizard->previewPage();
    QVERIFY(page->isReading());
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::FilePageId));
    QVERIFY(!page->isReading());
    m_wizard->setFilePath(path);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(Ui::ImportWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30000);
    waitForDroppedReads();

    const QString format = page->formatLabel()->text();
    QVERIFY2(format.startsWith(QStringLiteral("second.csv: 2 row(s)")), qPrintable(format));
    QVERIFY2(!format.contains(QFileInfo(DirectoryFile).fileName()), qPrintable(format));
    QCOMPARE(m_wizard->table().headers,
             QStringList({QStringLiteral("Name"), QStringLiteral("City")}));
    QCOMPARE(page->mappingTable()->rowCount(), 2);
    QCOMPARE(page->mappingTable()->item(0, 1)->text(), QStringLiteral("Atelier | Bee"));
}

void tst_ImportWizard::cancelDuringReadDropsResult()
{
    Ui::ImportPreviewPage *page = m_wizard->previewPage();
    QVERIFY(page->isReading());
    m_wizard->button(QWizard::CancelButton)->click();
    QVERIFY(!m_wizard->isVisible());
    QVERIFY(!page->isReading());
    waitForDroppedReads();
    QVERIFY(!page->isComplete());
    QCOMPARE(page->mappingTable()->rowCount(), 0);
    QVERIFY(m_wizard->table().headers.isEmpty());
}

QString tst_ImportWizard::writeLargeFile()
{
    QByteArray bytes = "Name,City,Website\n";
    bytes.reserve(LargeFileRows * 40);
    for (qsizetype row = 0; row < LargeFileRows; ++row)
        bytes += "Cooperative " + QByteArray::number(row) + ",Brussels,https://example.org\n";
    return writeFile(QStringLiteral("large.csv"), bytes);
}

qsizetype tst_ImportWizard::rowsReadBeforeStop()
{
    waitForDroppedReads();
    const QMutexLocker locker(&logMutex);
    static const QRegularExpression stopped(
        QStringLiteral("^Stopped reading \"large.csv\" after (\\d+) rows on request$"));
    for (const QString &message : std::as_const(logMessages)) {
        const auto match = stopped.match(message);
        if (match.hasMatch())
            return match.captured(1).toLongLong();
    }
    return -1;
}

void tst_ImportWizard::readerStopsWhenFlagSet()
{
    const QString path = writeLargeFile();
    QVERIFY(!path.isEmpty());
    auto cancel = std::make_shared<std::atomic_bool>(true);
    Core::CsvReader reader;
    reader.setCancelFlag(cancel);
    auto table = reader.readFile(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message,
             QStringLiteral("Reading the file was cancelled after 0 row(s)."));
    QCOMPARE(table.error().context, QStringLiteral("large.csv"));

    cancel->store(false);
    auto complete = reader.readFile(path);
    QVERIFY(complete.ok());
    QCOMPARE(complete->rows.size(), LargeFileRows);
}

void tst_ImportWizard::otherFileStopsLargeRead()
{
    const QString large = writeLargeFile();
    const QString small = writeFile(QStringLiteral("small.csv"), "Name\nAtelier\n");
    QVERIFY(!large.isEmpty());
    QVERIFY(!small.isEmpty());
    waitForRead();
    {
        const QMutexLocker locker(&logMutex);
        logMessages.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("coopatlas.core.import.info=true"));
    previousHandler = qInstallMessageHandler(keepImportMessages);

    Ui::ImportPreviewPage *page = m_wizard->previewPage();
    QSignalSpy progress(page, &Ui::ImportPreviewPage::readProgress);
    m_wizard->back();
    m_wizard->setFilePath(large);
    m_wizard->next();
    // Once the reader reports progress, it is parsing, so the flag and not
    // QFuture::cancel() must stop it.
    QVERIFY(progress.wait(30000));
    const qsizetype reported = progress.last().at(0).value<qsizetype>();
    m_wizard->back();
    m_wizard->setFilePath(small);
    m_wizard->next();
    const qsizetype rows = rowsReadBeforeStop();
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(rows >= 0, "CsvReader did not report a stopped read of large.csv");
    QVERIFY2(rows < LargeFileRows, qPrintable(QString::number(rows)));
    QVERIFY2(rows > reported, qPrintable(QString::number(rows)));
    QCOMPARE(rows % Core::CsvReader::CancelCheckInterval, 0);
    waitForRead();
    QVERIFY2(m_wizard->previewPage()->formatLabel()->text().startsWith(
                 QStringLiteral("small.csv: 1 row(s)")),
             qPrintable(m_wizard->previewPage()->formatLabel()->text()));
}

void tst_ImportWizard::closingWizardStopsLargeRead()
{
    const QString large = writeLargeFile();
    QVERIFY(!large.isEmpty());
    waitForRead();
    {
        const QMutexLocker locker(&logMutex);
        logMessages.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("coopatlas.core.import.info=true"));
    previousHandler = qInstallMessageHandler(keepImportMessages);

    QSignalSpy progress(m_wizard->previewPage(), &Ui::ImportPreviewPage::readProgress);
    m_wizard->back();
    m_wizard->setFilePath(large);
    m_wizard->next();
    QVERIFY(progress.wait(30000));
    m_wizard->button(QWizard::CancelButton)->click();
    QVERIFY(!m_wizard->isVisible());
    const qsizetype rows = rowsReadBeforeStop();
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(rows >= 0, "CsvReader did not report a stopped read of large.csv");
    QVERIFY2(rows < LargeFileRows, qPrintable(QString::number(rows)));
    QVERIFY2(rows >= Core::CsvReader::CancelCheckInterval, qPrintable(QString::number(rows)));
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
