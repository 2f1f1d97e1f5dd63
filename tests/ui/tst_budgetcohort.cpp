// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/residencies/budgetpanel.h>
#include <ui/residencies/cohortpanel.h>
#include <ui/residencies/residencyform.h>
#include <ui/storeopener.h>

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace CoopAtlas;

/// Amounts typed in the budget and cohort stays outside the residency, on a real store file.
class tst_BudgetCohort : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void budgetReadsBelgianForms();
    void budgetRejectsAmbiguousAndHuge();
    void cohortWarnsOutsideResidency();

private:
    QString addResidency();
    [[nodiscard]] Core::ActivityStore activities() { return Core::ActivityStore(*m_store); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::ResidencyForm> m_form;
};

void tst_BudgetCohort::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("budget.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
    m_form = std::make_unique<Ui::ResidencyForm>(m_stack.get(), m_context.get());
    m_form->setStore(m_store.get());
}

void tst_BudgetCohort::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_form.reset();
    m_stack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_BudgetCohort::addResidency()
{
    Core::Residency residency;
    residency.title = QStringLiteral("Barcelona spring");
    residency.city = QStringLiteral("barcelona");
    residency.start = QDate(2026, 4, 10);
    residency.end = QDate(2026, 4, 30);
    auto id = activities().insertResidency(residency);
    return id ? id.value() : QString();
}

void tst_BudgetCohort::budgetReadsBelgianForms()
{
    const QString id = addResidency();
    QVERIFY(m_form->showResidency(id));
    Ui::BudgetPanel *budget = m_form->budget();
    QVERIFY(budget->addLine(QStringLiteral("Hotel"), QStringLiteral("accommodation"), 0));
    budget->reload();
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
    QVERIFY2(budget->setCellText(0, Ui::BudgetPanel::Planned, QStringLiteral("1.234,56")),
             qPrintable(budget->message()));
    QCOMPARE(activities().budgetLinesOf(id)->first().plannedCents, 123456);
    budget->reload();
    QVERIFY(budget->setCellText(0, Ui::BudgetPanel::Planned, QStringLiteral("1.234")));
    QCOMPARE(activities().budgetLinesOf(id)->first().plannedCents, 123400);
    budget->reload();
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
    QVERIFY(budget->setCellText(0, Ui::BudgetPanel::Actual, QStringLiteral("1 234,50")));
    QCOMPARE(activities().budgetLinesOf(id)->first().actualCents, std::optional<qint64>(123450));
}

void tst_BudgetCohort::budgetRejectsAmbiguousAndHuge()
{
    const QString id = addResidency();
    QVERIFY(m_form->showResidency(id));
    Ui::BudgetPanel *budget = m_form->budget();
    QVERIFY(budget->addLine(QStringLiteral("Hotel"), QStringLiteral("accommodation"), 5000));
    budget->reload();
    const int commands = m_stack->count();
    QVERIFY(!budget->setCellText(0, Ui::BudgetPanel::Planned, QStringLiteral("0,005")));
    QVERIFY(!budget->setCellText(0, Ui::BudgetPanel::Planned, QStringLiteral("1e20")));
    QVERIFY2(budget->message().contains(QStringLiteral("\"1e20\" is not an amount")),
             qPrintable(budget->message()));
    QVERIFY(!budget->setCellText(0, Ui::BudgetPanel::Planned, QStringLiteral("50000000000000000")));
    QVERIFY2(budget->message().contains(QStringLiteral("above the largest amount")),
             qPrintable(budget->message()));
    QVERIFY(!budget->message().contains(QStringLiteral("negative")));
    QVERIFY(!budget->message().contains(QStringLiteral("plannedCents")));
    QCOMPARE(m_stack->count(), commands);
    QCOMPARE(activities().budgetLinesOf(id)->first().plannedCents, 5000);
}

void tst_BudgetCohort::cohortWarnsOutsideResidency()
{
    const QString id = addResidency();
    QVERIFY(m_form->showResidency(id));
    Core::Person person;
    person.formattedName = QStringLiteral("Outsider");
    const QString personId = m_store->insertPerson(person).value();
    Core::Stay stay;
    stay.personId = personId;
    stay.residencyId = id;
    stay.arrival = QDate(2025, 1, 1);
    stay.departure = QDate(2027, 1, 1);
    Ui::CohortPanel *cohort = m_form->cohort();
    const QStringList warnings = cohort->stayWarnings(stay);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("not within the residency")),
             qPrintable(warnings.first()));
    stay.arrival = QDate(2026, 4, 10);
    stay.departure = QDate(2026, 4, 30);
    QVERIFY(cohort->stayWarnings(stay).isEmpty());
    QVERIFY(cohort->addStay(stay));
    QCOMPARE(activities().staysOf(id)->size(), 1);
}

QTEST_MAIN(tst_BudgetCohort)
#include "tst_budgetcohort.moc"
