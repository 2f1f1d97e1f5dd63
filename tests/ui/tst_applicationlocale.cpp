// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/applicationlocale.h>
#include <ui/export/calendarexportdialog.h>

#include <QDateEdit>
#include <QTest>

using CoopAtlas::Ui::applicationLocale;
using CoopAtlas::Ui::CalendarExportDialog;

/// The interface locale of each language, as Brussels readers expect dates.
class tst_ApplicationLocale : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void englishDatesPutDayFirst();
    void englishNumbersKeepPoint();
    void frenchAndDutchLanguages();
    void emptyLanguageIsSystem();
    void dialogDateEditsFollowDefault();
};

void tst_ApplicationLocale::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void tst_ApplicationLocale::englishDatesPutDayFirst()
{
    const QLocale english = applicationLocale(u"en"_qs);
    QCOMPARE(english.language(), QLocale::English);
    QCOMPARE(english.toString(QDate(2026, 12, 5), QLocale::ShortFormat), u"05/12/2026"_qs);
    QCOMPARE(english.toString(QDate(2026, 1, 1), QLocale::ShortFormat), u"01/01/2026"_qs);
    QCOMPARE(english.toString(QDate(2026, 12, 5), QLocale::LongFormat),
             u"Saturday, 5 December 2026"_qs);
    QCOMPARE(english.firstDayOfWeek(), Qt::Monday);
}

void tst_ApplicationLocale::englishNumbersKeepPoint()
{
    const QLocale english = applicationLocale(u"en"_qs);
    QCOMPARE(english.toString(1234.56, 'f', 2), u"1,234.56"_qs);
    bool ok = false;
    QCOMPARE(english.toDouble(u"1,234.56"_qs, &ok), 1234.56);
    QVERIFY(ok);
}

void tst_ApplicationLocale::frenchAndDutchLanguages()
{
    const QLocale french = applicationLocale(u"fr"_qs);
    QCOMPARE(french.language(), QLocale::French);
    QCOMPARE(french.toString(QDate(2026, 12, 5), QLocale::ShortFormat), u"05/12/2026"_qs);
    const QLocale dutch = applicationLocale(u"nl"_qs);
    QCOMPARE(dutch.language(), QLocale::Dutch);
    QCOMPARE(dutch.toString(QDate(2026, 12, 5), QLocale::ShortFormat), u"05-12-2026"_qs);
}

void tst_ApplicationLocale::emptyLanguageIsSystem()
{
    QCOMPARE(applicationLocale(QString()), QLocale::system());
}

void tst_ApplicationLocale::dialogDateEditsFollowDefault()
{
    // main() makes the interface locale the default before any widget exists.
    QLocale::setDefault(applicationLocale(u"en"_qs));
    CalendarExportDialog dialog(nullptr, {});
    dialog.fromEdit()->setDate(QDate(2026, 12, 5));
    QCOMPARE(dialog.fromEdit()->text(), u"05/12/2026"_qs);
}

QTEST_MAIN(tst_ApplicationLocale)
#include "tst_applicationlocale.moc"
