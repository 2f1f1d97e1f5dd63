// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/reports/reportfixture.h"

#include <ui/reports/reportdialog.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using CoopAtlas::Core::ReportFormat;
using CoopAtlas::Core::ReportPeriod;
using CoopAtlas::Ui::ReportDialog;

class tst_ReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testRequestFromFields();
    void testFormatChangesSuffix();
    void writesReportWithProgress();
    void rejectsDatesInWrongOrder();
    void showsErrorForMissingDatabase();
    void cancelWritesNoFile();
    void labelsWithMnemonicHaveBuddy();
    void errorAfterRunHidesProgress();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void tst_ReportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("report.sqlite"));
    QCOMPARE(ReportFixture::createStore(m_store).size(), 25);
}

void tst_ReportDialog::testRequestFromFields()
{
    ReportDialog dialog(m_store);
    dialog.periodKindBox()->setCurrentIndex(1);
    dialog.quarterBox()->setCurrentIndex(0);
    dialog.quarterYearBox()->setValue(2026);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"nl"_qs));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"xlsx"_qs));
    const auto request = dialog.request();
    QCOMPARE(request.databasePath, m_store);
    QCOMPARE(request.period.kind, ReportPeriod::Kind::Quarter);
    QCOMPARE(request.period.from, QDate(2026, 1, 1));
    QCOMPARE(request.period.to, QDate(2026, 3, 31));
    QCOMPARE(request.language, u"nl"_qs);
    QCOMPARE(request.format, ReportFormat::Xlsx);
    dialog.periodKindBox()->setCurrentIndex(0);
    dialog.yearBox()->setValue(2024);
    QCOMPARE(dialog.request().period.from, QDate(2024, 1, 1));
    QCOMPARE(dialog.request().period.to, QDate(2024, 12, 31));
}

void tst_ReportDialog::testFormatChangesSuffix()
{
    ReportDialog dialog(m_store);
    dialog.outputEdit()->setText(m_dir.filePath(QStringLiteral("out.pdf")));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"xlsx"_qs));
    QCOMPARE(dialog.outputEdit()->text(), m_dir.filePath(QStringLiteral("out.xlsx")));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"csv"_qs));
    QCOMPARE(dialog.outputEdit()->text(), m_dir.filePath(QStringLiteral("out")));
}

void tst_ReportDialog::writesReportWithProgress()
{
    ReportDialog dialog(m_store);
    dialog.setOfferToOpen(false);
    dialog.periodKindBox()->setCurrentIndex(2);
    dialog.fromEdit()->setDate(QDate(2026, 1, 1));
    dialog.toEdit()->setDate(QDate(2026, 3, 31));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"fr"_qs));
    const QString output = m_dir.filePath(QStringLiteral("dialog.pdf"));
    dialog.outputEdit()->setText(output);
    QSignalSpy finished(&dialog, &ReportDialog::reportFinished);
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(!dialog.generateButton()->isEnabled());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toString(), output);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(dialog.progressBar()->value(), 100);
    QVERIFY(dialog.generateButton()->isEnabled());
    QVERIFY(QFile::exists(output));
    QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("Report written to")));
}

void tst_ReportDialog::rejectsDatesInWrongOrder()
{
    ReportDialog dialog(m_store);
    dialog.periodKindBox()->setCurrentIndex(2);
    dialog.fromEdit()->setDate(QDate(2026, 3, 1));
    dialog.toEdit()->setDate(QDate(2026, 2, 1));
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.statusLabel()->text(),
             QStringLiteral("The end date comes before the start date. Swap the two dates."));
}

void tst_ReportDialog::showsErrorForMissingDatabase()
{
    ReportDialog dialog(m_dir.filePath(QStringLiteral("missing.sqlite")));
    dialog.setOfferToOpen(false);
    dialog.outputEdit()->setText(m_dir.filePath(QStringLiteral("never.pdf")));
    QSignalSpy finished(&dialog, &ReportDialog::reportFinished);
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("The report was not written:")));
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("does not exist")));
}

void tst_ReportDialog::cancelWritesNoFile()
{
    ReportDialog dialog(m_store);
    dialog.setOfferToOpen(false);
    dialog.periodKindBox()->setCurrentIndex(0);
    dialog.yearBox()->setValue(2026);
    const QString output = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    dialog.outputEdit()->setText(output);
    QSignalSpy finished(&dialog, &ReportDialog::reportFinished);
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QCOMPARE(dialog.statusLabel()->text(),
             QStringLiteral("The report was cancelled; no file was written."));
    QVERIFY(!QFile::exists(output));
}

void tst_ReportDialog::labelsWithMnemonicHaveBuddy()
{
    ReportDialog dialog(m_store);
    int mnemonics = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&')) {
            continue;
        }
        ++mnemonics;
        QVERIFY2(label->buddy() != nullptr, qPrintable(label->text()));
        if (label->text() == u"&Save to:") {
            QCOMPARE(label->buddy(), dialog.outputEdit());
        }
    }
    QCOMPARE(mnemonics, 4); // Period, Language, Format and Save to
}

void tst_ReportDialog::errorAfterRunHidesProgress()
{
    ReportDialog dialog(m_store);
    dialog.setOfferToOpen(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.progressBar()->isHidden());
    dialog.yearBox()->setValue(2026);
    dialog.outputEdit()->setText(m_dir.filePath(QStringLiteral("before-error.pdf")));
    QSignalSpy finished(&dialog, &ReportDialog::reportFinished);
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog.progressBar()->isVisible());
    QCOMPARE(dialog.progressBar()->value(), 100);

    // Changing a field clears the outcome of the last run.
    dialog.periodKindBox()->setCurrentIndex(2);
    QVERIFY(dialog.progressBar()->isHidden());
    QCOMPARE(dialog.progressBar()->value(), 0);
    QCOMPARE(dialog.statusLabel()->text(), QString());

    // A narrow dialog wraps the message over several lines, all of them shown.
    dialog.resize(dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height());
    dialog.fromEdit()->setDate(QDate(2026, 12, 31));
    dialog.toEdit()->setDate(QDate(2026, 1, 1));
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.progressBar()->isHidden());
    QLabel *status = dialog.statusLabel();
    QCOMPARE(status->text(),
             QStringLiteral("The end date comes before the start date. Swap the two dates."));
    QVERIFY(status->isVisible());
    QVERIFY2(status->height() >= status->heightForWidth(status->width()),
             qPrintable(
                 u"%1 < %2"_qs.arg(status->height()).arg(status->heightForWidth(status->width()))));
    QVERIFY(status->geometry().bottom() <= dialog.height());
    if (const QByteArray keep = qgetenv("COOPATLAS_REPORT_KEEP"); !keep.isEmpty()) {
        dialog.grab().save(QString::fromLocal8Bit(keep) + u"/report-dialog-error.png");
    }
}

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
