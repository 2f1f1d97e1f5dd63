// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/amounts.h>

#include <QTest>

using namespace CoopAtlas::Core;

class tst_Amounts : public QObject
{
    Q_OBJECT

private slots:
    void testAcceptedForms_data();
    void testAcceptedForms();
    void testRejectedForms_data();
    void testRejectedForms();
    void testLimitIsInclusive();
    void messageNamesFieldLabel();
};

namespace {
const QLocale English(QLocale::English, QLocale::UnitedStates);
const QLocale FrenchBelgium(QLocale::French, QLocale::Belgium);
const QLocale DutchBelgium(QLocale::Dutch, QLocale::Belgium);
} // namespace

void tst_Amounts::testAcceptedForms_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    const QList<QPair<const char *, QLocale>> locales{
        {"en", English}, {"fr_BE", FrenchBelgium}, {"nl_BE", DutchBelgium}};
    struct Form
    {
        const char *name;
        QString text;
        qint64 cents;
    };
    const QList<Form> forms{
        {"dot group comma decimal", QStringLiteral("1.234,56"), 123'456},
        {"space group comma decimal", QStringLiteral("1 234,56"), 123'456},
        {"no-break space group", QStringLiteral("1\u00A0234,56"), 123'456},
        {"narrow space group", QStringLiteral("1\u202F234,56"), 123'456},
        {"dot decimal", QStringLiteral("1234.56"), 123'456},
        {"comma decimal", QStringLiteral("1234,56"), 123'456},
        {"comma group dot decimal", QStringLiteral("1,234.56"), 123'456},
        {"one decimal", QStringLiteral("0,5"), 50},
        {"whole", QStringLiteral("250"), 25'000},
        {"euro sign", QStringLiteral("€ 12,30"), 1230},
        {"EUR suffix", QStringLiteral("12.30 EUR"), 1230},
        {"two dot groups", QStringLiteral("1.234.567"), 123'456'700},
        {"zero", QStringLiteral("0"), 0},
        {"maximum", QStringLiteral("1.000.000.000,00"), MaxAmountCents},
    };
    for (const auto &[name, locale] : locales) {
        for (const Form &form : forms) {
            QTest::addRow("%s %s", name, form.name) << locale << form.text << form.cents;
        }
    }
    // A lone separator before three digits: a group, unless it is the locale's decimal point.
    QTest::addRow("fr_BE 1.234") << FrenchBelgium << QStringLiteral("1.234") << qint64(123'400);
    QTest::addRow("nl_BE 1.234") << DutchBelgium << QStringLiteral("1.234") << qint64(123'400);
    QTest::addRow("en 1,234") << English << QStringLiteral("1,234") << qint64(123'400);
}

void tst_Amounts::testAcceptedForms()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto parsed = parseAmount(text, QStringLiteral("Planned"), locale);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(*parsed, cents);
}

void tst_Amounts::testRejectedForms_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const QString decimals = QStringLiteral("more than 2 decimals");
    const QString notAmount = QStringLiteral("is not an amount");
    const QString tooLarge = QStringLiteral("above the largest amount");
    const QString negative = QStringLiteral("is negative");
    QTest::addRow("en 1.234") << English << QStringLiteral("1.234") << decimals;
    QTest::addRow("fr_BE 1,234") << FrenchBelgium << QStringLiteral("1,234") << decimals;
    QTest::addRow("fr_BE 0,005") << FrenchBelgium << QStringLiteral("0,005") << decimals;
    QTest::addRow("nl_BE 0,005") << DutchBelgium << QStringLiteral("0,005") << decimals;
    QTest::addRow("en 0,005") << English << QStringLiteral("0,005") << notAmount;
    QTest::addRow("en 12.345") << English << QStringLiteral("12.3456") << decimals;
    QTest::addRow("fr_BE space then 3 decimals")
        << FrenchBelgium << QStringLiteral("1 234,567") << decimals;
    QTest::addRow("mixed groups") << FrenchBelgium << QStringLiteral("1 234.567,89") << notAmount;
    QTest::addRow("short group") << DutchBelgium << QStringLiteral("1.23.456") << notAmount;
    QTest::addRow("exponent") << English << QStringLiteral("1e20") << notAmount;
    QTest::addRow("letters") << FrenchBelgium << QStringLiteral("douze") << notAmount;
    QTest::addRow("empty") << DutchBelgium << QStringLiteral("  ") << notAmount;
    QTest::addRow("separator only") << English << QStringLiteral(".") << notAmount;
    QTest::addRow("17 digits") << English << QStringLiteral("99999999999999999") << tooLarge;
    QTest::addRow("past qint64") << FrenchBelgium << QStringLiteral("92233720368547758")
                                 << tooLarge;
    QTest::addRow("one cent over")
        << DutchBelgium << QStringLiteral("1.000.000.000,01") << tooLarge;
    QTest::addRow("minus") << English << QStringLiteral("-5") << negative;
}

void tst_Amounts::testRejectedForms()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = parseAmount(text, QStringLiteral("Planned"), locale);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void tst_Amounts::testLimitIsInclusive()
{
    QCOMPARE(parseAmount(QStringLiteral("1000000000"), QStringLiteral("Actual"), English).value(),
             MaxAmountCents);
    QVERIFY(!parseAmount(QStringLiteral("1000000000.01"), QStringLiteral("Actual"), English).ok());
    // Totals of as many maximal amounts as MaxSummedAmounts stay in range.
    QVERIFY(MaxSummedAmounts * MaxAmountCents > 0);
}

void tst_Amounts::messageNamesFieldLabel()
{
    const auto parsed
        = parseAmount(QStringLiteral("0,005"), QStringLiteral("Prévu"), FrenchBelgium);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QStringLiteral("Prévu")));
    QVERIFY(!parsed.error().message.contains(QStringLiteral("Cents")));
    QCOMPARE(parsed.error().context, QStringLiteral("Prévu"));
}

QTEST_MAIN(tst_Amounts)
#include "tst_amounts.moc"
