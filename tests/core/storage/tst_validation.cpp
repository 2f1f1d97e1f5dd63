// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/validation.h>
#include <core/storage/searchexpression.h>

#include <QTest>

using namespace CoopAtlas::Core;

namespace {

QStringList fields(const QList<FieldError> &errors)
{
    QStringList names;
    for (const FieldError &error : errors) {
        names.append(error.field);
    }
    return names;
}

} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void validOrganisationHasNoErrors();
    void organisationErrorsNameFields();
    void emailAddresses_data();
    void emailAddresses();
    void websites_data();
    void websites();
    void personErrors();
    void birthdays_data();
    void birthdays();
    void linkErrors();
    void noteErrors();
    void termErrors();
    void matchExpression_data();
    void matchExpression();
};

void tst_Validation::validOrganisationHasNoErrors()
{
    Organisation org;
    org.name = QStringLiteral("Febecoop");
    org.founded = QDate(1970, 1, 1);
    org.closed = QDate(1970, 1, 1);
    org.memberCount = 0;
    org.websites = {QStringLiteral("www.febecoop.be")};
    org.commune = QStringLiteral("saint-gilles");
    QCOMPARE(validate(org).size(), 0);
}

void tst_Validation::organisationErrorsNameFields()
{
    Organisation org;
    org.founded = QDate(2020, 6, 1);
    org.closed = QDate(2020, 5, 31);
    org.memberCount = -1;
    org.websites = {QStringLiteral("ftp://files.example.org")};
    org.emails = {{QStringLiteral("a@b"), {}, {}, false}};
    org.commune = QStringLiteral("gent");
    const auto errors = validate(org);
    QCOMPARE(fields(errors),
             (QStringList{QStringLiteral("name"),
                          QStringLiteral("closed"),
                          QStringLiteral("memberCount"),
                          QStringLiteral("commune"),
                          QStringLiteral("websites"),
                          QStringLiteral("emails")}));
    QVERIFY(errors.at(3).message.contains(QLatin1String("\"gent\"")));
    QVERIFY(errors.at(4).message.contains(QLatin1String("\"ftp://files.example.org\"")));
    QVERIFY(errors.at(5).message.contains(QLatin1String("\"a@b\"")));
    QCOMPARE(joinMessages(errors).count(QLatin1Char('\n')), 5);
}

void tst_Validation::emailAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("info@saw-b.be") << true;
    QTest::newRow("subdomain") << QStringLiteral("a.b+c@mail.smart.coop") << true;
    QTest::newRow("no at") << QStringLiteral("info.saw-b.be") << false;
    QTest::newRow("two at") << QStringLiteral("a@b@c.be") << false;
    QTest::newRow("space") << QStringLiteral("a b@c.be") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("a@localhost") << false;
    QTest::newRow("trailing dot") << QStringLiteral("a@c.") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Validation::emailAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(isValidEmail(address), valid);
}

void tst_Validation::websites_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << QStringLiteral("https://smartbe.be/fr/") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org") << true;
    QTest::newRow("bare host") << QStringLiteral("www.febecoop.be") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << false;
    QTest::newRow("words") << QStringLiteral("see our page") << false;
    QTest::newRow("no dot") << QStringLiteral("intranet") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:a@b.be") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Validation::websites()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(isValidWebsite(address), valid);
}

void tst_Validation::personErrors()
{
    Person person;
    person.birthday = QStringLiteral("12/04/1980");
    QCOMPARE(fields(validate(person)),
             (QStringList{QStringLiteral("formattedName"), QStringLiteral("birthday")}));
    person.formattedName = QStringLiteral("Alice");
    person.birthday = QStringLiteral("1980-04-12");
    QCOMPARE(validate(person).size(), 0);
    person.birthday = QStringLiteral("--04-12");
    QCOMPARE(validate(person).size(), 0);
}

void tst_Validation::birthdays_data()
{
    QTest::addColumn<QString>("birthday");
    QTest::addColumn<bool>("valid");
    QTest::newRow("full date") << QStringLiteral("1980-04-12") << true;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true;
    QTest::newRow("month and day") << QStringLiteral("--04-12") << true;
    QTest::newRow("leap day without year") << QStringLiteral("--02-29") << true;
    QTest::newRow("month 13") << QStringLiteral("2023-13-45") << false;
    QTest::newRow("day 45") << QStringLiteral("2023-01-45") << false;
    QTest::newRow("day 0") << QStringLiteral("2023-01-00") << false;
    QTest::newRow("february 29 in 2023") << QStringLiteral("2023-02-29") << false;
    QTest::newRow("month 0 without year") << QStringLiteral("--00-10") << false;
    QTest::newRow("april 31 without year") << QStringLiteral("--04-31") << false;
    QTest::newRow("february 30 without year") << QStringLiteral("--02-30") << false;
}

void tst_Validation::birthdays()
{
    QFETCH(QString, birthday);
    QFETCH(bool, valid);
    Person person;
    person.formattedName = QStringLiteral("Alice");
    person.birthday = birthday;
    QCOMPARE(fields(validate(person)),
             valid ? QStringList() : QStringList{QStringLiteral("birthday")});
}

void tst_Validation::linkErrors()
{
    Link link;
    QCOMPARE(fields(validate(link)),
             (QStringList{QStringLiteral("fromId"), QStringLiteral("type")}));
    link.fromId = QStringLiteral("a");
    link.toId = QStringLiteral("a");
    link.type = QStringLiteral("funds");
    link.start = QDate(2024, 1, 2);
    link.end = QDate(2024, 1, 1);
    QCOMPARE(fields(validate(link)), (QStringList{QStringLiteral("toId"), QStringLiteral("end")}));
    link.toId = QStringLiteral("b");
    link.end = link.start;
    QCOMPARE(validate(link).size(), 0);
}

void tst_Validation::noteErrors()
{
    Note note;
    note.text = QStringLiteral("  ");
    QCOMPARE(fields(validate(note)),
             (QStringList{QStringLiteral("recordId"), QStringLiteral("text")}));
}

void tst_Validation::termErrors()
{
    TaxonomyTerm term;
    term.key = QStringLiteral("Social Housing");
    QCOMPARE(fields(validate(term)),
             (QStringList{
                 QStringLiteral("vocabulary"), QStringLiteral("key"), QStringLiteral("labelEn")}));
    term.vocabulary = QStringLiteral("sector");
    term.key = QStringLiteral("social-housing-2");
    term.labelEn = QStringLiteral("Social housing");
    QCOMPARE(validate(term).size(), 0);
    term.key = QStringLiteral("double--hyphen");
    QCOMPARE(fields(validate(term)), QStringList{QStringLiteral("key")});
}

void tst_Validation::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << QStringLiteral("coop") << QStringLiteral("\"coop\"*");
    QTest::newRow("two words") << QStringLiteral(" food  coop ")
                               << QStringLiteral("\"food\" \"coop\"*");
    QTest::newRow("quote inside") << QStringLiteral("say\"hi") << QStringLiteral("\"say\"\"hi\"*");
    QTest::newRow("operators") << QStringLiteral("a AND ( b")
                               << QStringLiteral("\"a\" \"AND\" \"b\"*");
    QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
    QTest::newRow("punctuation only") << QStringLiteral("( ) * -") << QString();
    QTest::newRow("accents kept") << QStringLiteral("Énergiris")
                                  << QStringLiteral("\"Énergiris\"*");
}

void tst_Validation::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(ftsMatchExpression(text), expression);
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
