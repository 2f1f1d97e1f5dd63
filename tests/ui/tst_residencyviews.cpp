// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/amounts.h>
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/calendar/timelinewidget.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/residencies/budgetpanel.h>
#include <ui/residencies/cohortpanel.h>
#include <ui/residencies/residenciespage.h>
#include <ui/residencies/residencyform.h>
#include <ui/residencies/residencylistmodel.h>
#include <ui/residencies/timelinerows.h>
#include <ui/storeopener.h>
#include <ui/workshops/activityfields.h>
#include <ui/workshops/activityfilterbar.h>
#include <ui/workshops/workshopspage.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QUndoStack>

using namespace CoopAtlas;

namespace {

QString rectText(const QRect &rect)
{
    return QStringLiteral("(%1,%2 %3x%4)")
        .arg(rect.x())
        .arg(rect.y())
        .arg(rect.width())
        .arg(rect.height());
}

QModelIndex indexOfWidget(const QTableWidget *table, const QWidget *widget)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QModelIndex index = table->model()->index(row, column);
            if (table->indexWidget(index) == widget)
                return index;
        }
    }
    return {};
}

/// Describes each widget shown in the table's viewport away from its cell: a
/// widget of no cell, a category box whose geometry differs from its cell's
/// visualRect, or an editor outside its cell's visualRect.
QStringList misplacedEditors(const QTableWidget *table)
{
    QStringList problems;
    QWidget *viewport = table->viewport();
    for (QWidget *widget : viewport->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!widget->isVisibleTo(viewport))
            continue;
        const QString name = QString::fromLatin1(widget->metaObject()->className());
        const QModelIndex owner = indexOfWidget(table, widget);
        if (!owner.isValid()) {
            problems.append(
                QStringLiteral("%1 of no cell at %2").arg(name, rectText(widget->geometry())));
            continue;
        }
        const QRect cell = table->visualRect(owner);
        const bool placed = owner.column() == Ui::BudgetPanel::Category
                                ? widget->geometry() == cell
                                : cell.contains(widget->geometry());
        if (!placed) {
            problems.append(QStringLiteral("%1 of row %2, column %3 at %4, cell at %5")
                                .arg(name)
                                .arg(owner.row())
                                .arg(owner.column())
                                .arg(rectText(widget->geometry()), rectText(cell)));
        }
    }
    return problems;
}

/// The open editors: shown widgets of the viewport outside the category column.
QList<QWidget *> openEditors(const QTableWidget *table)
{
    QList<QWidget *> editors;
    QWidget *viewport = table->viewport();
    for (QWidget *widget : viewport->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (widget->isVisibleTo(viewport)
            && indexOfWidget(table, widget).column() != Ui::BudgetPanel::Category)
            editors.append(widget);
    }
    return editors;
}

/// Describes each row whose category box shows another line than the row.
QStringList mismatchedCategoryBoxes(const Ui::BudgetPanel *budget)
{
    QStringList problems;
    const QTableWidget *table = budget->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto *box
            = qobject_cast<QComboBox *>(table->cellWidget(row, Ui::BudgetPanel::Category));
        const Core::BudgetLine &line = budget->lines().at(row);
        if (!box) {
            problems.append(QStringLiteral("row %1 has no category box").arg(row));
        } else if (box->currentData().toString() != line.category
                   || box->accessibleName() != QStringLiteral("Category of %1").arg(line.label)) {
            problems.append(QStringLiteral("row %1 (%2) shows \"%3\"")
                                .arg(row)
                                .arg(line.label, box->accessibleName()));
        }
    }
    return problems;
}

/// Runs the zero-delay reload timers. Widgets that the view released stay until
/// deleteLater() runs, so a shown one of them is still drawn over the table.
void processPendingEvents()
{
    QCoreApplication::processEvents();
}

/// Deletes the widgets released by the view, as the event loop does.
void deleteReleasedWidgets()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

/// The residency form, budget, cohort and timeline on a real store file.
class tst_ResidencyViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void formCreatesBerlinResidency();
    void formShowsEndBeforeStart();
    void formStartMoveKeepsLength();
    void budgetShowsTotalsAndVariance();
    void budgetRejectsNegativeAmount();
    void budgetRejectsText();
    void budgetEditUndoes();
    void budgetEditorsStayOnTheirRows();
    void euroAmountsParse();
    void timelineWarnsOnOverlappingStays();
    void timelineWarnsOnWorkshopDuringStay();
    void timelineHasNoWarningWithoutClash();
    void timelineClickSelectsResidency();
    void deleteResidencyUndoRestoresCohort();
    void listFiltersBySearchCityAndStatus();
    void searchFieldsShowWholePlaceholder_data();
    void searchFieldsShowWholePlaceholder();

private:
    QString addPerson(const QString &name);
    QString addResidency(const QString &title, const QString &city, QDate start, QDate end);
    QString addStay(const QString &residencyId, const QString &personId, QDate from, QDate to);
    [[nodiscard]] Core::ActivityStore activities() { return Core::ActivityStore(*m_store); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::ResidencyForm> m_form;
};

void tst_ResidencyViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("residencies.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
    m_form = std::make_unique<Ui::ResidencyForm>(m_stack.get(), m_context.get());
    m_form->setStore(m_store.get());
}

void tst_ResidencyViews::cleanup()
{
    m_form.reset();
    m_stack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_ResidencyViews::addPerson(const QString &name)
{
    Core::Person person;
    person.formattedName = name;
    auto id = m_store->insertPerson(person);
    return id ? id.value() : QString();
}

QString
tst_ResidencyViews::addResidency(const QString &title, const QString &city, QDate start, QDate end)
{
    Core::Residency residency;
    residency.title = title;
    residency.city = city;
    residency.start = start;
    residency.end = end;
    auto id = activities().insertResidency(residency);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

QString tst_ResidencyViews::addStay(const QString &residencyId,
                                    const QString &personId,
                                    QDate from,
                                    QDate to)
{
    Core::Stay stay;
    stay.residencyId = residencyId;
    stay.personId = personId;
    stay.arrival = from;
    stay.departure = to;
    auto id = activities().insertStay(stay);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

void tst_ResidencyViews::formCreatesBerlinResidency()
{
    m_form->showNew(QDate(2026, 4, 1));
    m_form->titleEdit()->setText(QStringLiteral("Berlin platform co-op week"));
    m_form->startEdit()->setDate(QDate(2026, 4, 13));
    m_form->endEdit()->setDate(QDate(2026, 4, 17));
    QVERIFY(m_form->save());
    const auto stored = activities().residency(m_form->residencyId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->city, QStringLiteral("berlin"));
    QCOMPARE(stored->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(stored->start, QDate(2026, 4, 13));
    QCOMPARE(stored->end, QDate(2026, 4, 17));
    m_stack->undo();
    Core::ActivityListQuery residencies;
    residencies.kind = Core::RecordKind::Residency;
    QCOMPARE(activities().count(residencies).value(), 0);
}

void tst_ResidencyViews::formShowsEndBeforeStart()
{
    m_form->showNew(QDate(2026, 4, 1));
    m_form->titleEdit()->setText(QStringLiteral("Barcelona"));
    m_form->startEdit()->setDate(QDate(2026, 4, 13));
    m_form->endEdit()->setDate(QDate(2026, 4, 10));
    QVERIFY(!m_form->save());
    QVERIFY(!m_form->problems().text(QStringLiteral("end")).isEmpty());
    QCOMPARE(m_stack->count(), 0);
}

void tst_ResidencyViews::formStartMoveKeepsLength()
{
    m_form->showNew(QDate(2026, 12, 1));
    m_form->titleEdit()->setText(QStringLiteral("Barcelona autumn"));
    m_form->startEdit()->setDate(QDate(2026, 12, 14));
    m_form->endEdit()->setDate(QDate(2026, 12, 18));

    // An earlier start takes the end along, though the old end is still after it.
    m_form->startEdit()->setDate(QDate(2026, 10, 19));
    QCOMPARE(m_form->endEdit()->date(), QDate(2026, 10, 23));
    m_form->startEdit()->setDate(QDate(2026, 10, 26));
    QCOMPARE(m_form->endEdit()->date(), QDate(2026, 10, 30));

    // Moving the end leaves the start where it is.
    m_form->endEdit()->setDate(QDate(2026, 10, 28));
    QCOMPARE(m_form->startEdit()->date(), QDate(2026, 10, 26));
    QVERIFY(m_form->save());
    const auto stored = activities().residency(m_form->residencyId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->start, QDate(2026, 10, 26));
    QCOMPARE(stored->end, QDate(2026, 10, 28));
}

void tst_ResidencyViews::budgetShowsTotalsAndVariance()
{
    const QString id = addResidency(QStringLiteral("Barcelona exchange"),
                                    QStringLiteral("barcelona"),
                                    QDate(2026, 5, 4),
                                    QDate(2026, 5, 8));
    QVERIFY(m_form->showResidency(id));
    Ui::BudgetPanel *budget = m_form->budget();
    QVERIFY(budget->addLine(
        QStringLiteral("Train Brussels–Barcelona"), QStringLiteral("travel"), 120000, 131050));
    QVERIFY(
        budget->addLine(QStringLiteral("Hostel"), QStringLiteral("accommodation"), 80000, 75000));
    QVERIFY(budget->addLine(QStringLiteral("Venue"), QStringLiteral("venue"), 30000));
    budget->reload();
    QCOMPARE(budget->table()->rowCount(), 3);

    const QString totals = budget->totalsLabel()->text();
    // Planned 2,300.00; actual 2,060.50 over two lines; variance (1,310.50 + 750.00) - 2,000.00.
    QVERIFY2(totals.contains(Ui::formatEuros(230000).toHtmlEscaped()), qPrintable(totals));
    QVERIFY2(totals.contains(Ui::formatEuros(206050).toHtmlEscaped()), qPrintable(totals));
    QVERIFY2(totals.contains(u'+' + Ui::formatEuros(6050).toHtmlEscaped()), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("#b00020")), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("(1 line")), qPrintable(totals));
    QCOMPARE(Ui::formatEuros(230000), QStringLiteral("2,300.00€"));

    // Variance per line: the train is over budget and red, the hostel under.
    int train = -1;
    for (int row = 0; row < 3; ++row) {
        if (budget->table()->item(row, Ui::BudgetPanel::Label)->text().startsWith(u'T'))
            train = row;
    }
    QVERIFY(train >= 0);
    QTableWidgetItem *variance = budget->table()->item(train, Ui::BudgetPanel::Variance);
    QCOMPARE(variance->text(), QStringLiteral("+110.50€"));
    QCOMPARE(variance->foreground().color(), QColor(0xb0, 0x00, 0x20));

    // Under budget overall once the train costs less.
    QVERIFY(budget->setCellText(train, Ui::BudgetPanel::Actual, QStringLiteral("1000")));
    budget->reload();
    QVERIFY2(budget->totalsLabel()->text().contains(Ui::formatEuros(-25000).toHtmlEscaped()),
             qPrintable(budget->totalsLabel()->text()));
    QVERIFY(!budget->totalsLabel()->text().contains(QStringLiteral("#b00020")));
}

void tst_ResidencyViews::budgetRejectsNegativeAmount()
{
    const QString id = addResidency(
        QStringLiteral("Berlin"), QStringLiteral("berlin"), QDate(2026, 5, 4), QDate(2026, 5, 8));
    QVERIFY(m_form->showResidency(id));
    Ui::BudgetPanel *budget = m_form->budget();
    QVERIFY(budget->addLine(QStringLiteral("Fees"), QStringLiteral("fees"), 50000));
    budget->reload();
    const int commands = m_stack->count();
    QVERIFY(!budget->setCellText(0, Ui::BudgetPanel::Planned, QStringLiteral("-20")));
    QVERIFY2(budget->message().startsWith(QStringLiteral("Row 1, Planned:")),
             qPrintable(budget->message()));
    QCOMPARE(m_stack->count(), commands);
    QCOMPARE(activities().budgetLinesOf(id)->first().plannedCents, 50000);
    QVERIFY(!budget->addLine(QStringLiteral("Refund"), QStringLiteral("other"), -100));
    QVERIFY(!budget->message().isEmpty());
    QCOMPARE(activities().budgetLinesOf(id)->size(), 1);
}

void tst_ResidencyViews::budgetRejectsText()
{
    const QString id = addResidency(
        QStringLiteral("Berlin"), QStringLiteral("berlin"), QDate(2026, 5, 4), QDate(2026, 5, 8));
    QVERIFY(m_form->showResidency(id));
    Ui::BudgetPanel *budget = m_form->budget();
    QVERIFY(budget->addLine(QStringLiteral("Fees"), QStringLiteral("fees"), 50000));
    budget->reload();
    QVERIFY(!budget->setCellText(0, Ui::BudgetPanel::Actual, QStringLiteral("about 300")));
    QVERIFY2(budget->message().contains(QStringLiteral("\"about 300\" is not an amount")),
             qPrintable(budget->message()));
    QVERIFY(!activities().budgetLinesOf(id)->first().actualCents.has_value());
}

void tst_ResidencyViews::budgetEditUndoes()
{
    const QString id = addResidency(
        QStringLiteral("Berlin"), QStringLiteral("berlin"), QDate(2026, 5, 4), QDate(2026, 5, 8));
    QVERIFY(m_form->showResidency(id));
    Ui::BudgetPanel *budget = m_form->budget();
    QVERIFY(budget->addLine(QStringLiteral("Fees"), QStringLiteral("fees"), 50000));
    budget->reload();
    QVERIFY(budget->setCellText(0, Ui::BudgetPanel::Actual, QStringLiteral("612.40")));
    QCOMPARE(activities().budgetLinesOf(id)->first().actualCents, std::optional<qint64>(61240));
    m_stack->undo();
    QVERIFY(!activities().budgetLinesOf(id)->first().actualCents.has_value());
    m_stack->undo();
    QCOMPARE(activities().budgetLinesOf(id)->size(), 0);
}

void tst_ResidencyViews::budgetEditorsStayOnTheirRows()
{
    const QString id = addResidency(QStringLiteral("Barcelona exchange"),
                                    QStringLiteral("barcelona"),
                                    QDate(2026, 5, 4),
                                    QDate(2026, 5, 8));
    QVERIFY(m_form->showResidency(id));
    Ui::BudgetPanel *budget = m_form->budget();
    // Lines sort by category, so new lines ("other") land between these two.
    QVERIFY(budget->addLine(QStringLiteral("Hostel"), QStringLiteral("accommodation"), 80000));
    QVERIFY(budget->addLine(QStringLiteral("Train"), QStringLiteral("travel"), 120000));
    budget->reload();
    m_form->resize(900, 1600);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    QTableWidget *table = budget->table();

    for (int added = 1; added <= 3; ++added) {
        QTest::mouseClick(budget->addButton(), Qt::LeftButton);
        processPendingEvents();
        QCOMPARE(table->rowCount(), 2 + added);
        const auto *command = static_cast<const Ui::CreateActivityCommand *>(
            m_stack->command(m_stack->index() - 1));
        const QStringList misplaced = misplacedEditors(table);
        QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.join(QStringLiteral("; "))));
        const QStringList mismatched = mismatchedCategoryBoxes(budget);
        QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(QStringLiteral("; "))));
        // The label editor opens on the new line, which sorts before "Train".
        QCOMPARE(openEditors(table).size(), 1);
        QVERIFY(qobject_cast<QLineEdit *>(openEditors(table).constFirst()));
        QCOMPARE(table->currentRow(), added);
        QCOMPARE(table->currentColumn(), int(Ui::BudgetPanel::Label));
        QCOMPARE(budget->lines().at(added).meta.id, command->createdId());
        deleteReleasedWidgets();
    }

    for (int removed = 1; removed <= 3; ++removed) {
        m_stack->undo();
        processPendingEvents();
        QCOMPARE(table->rowCount(), 5 - removed);
        const QStringList misplaced = misplacedEditors(table);
        QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.join(QStringLiteral("; "))));
        const QStringList mismatched = mismatchedCategoryBoxes(budget);
        QVERIFY2(mismatched.isEmpty(), qPrintable(mismatched.join(QStringLiteral("; "))));
        deleteReleasedWidgets();
    }
    QCOMPARE(budget->lines().at(0).label, QStringLiteral("Hostel"));
    QCOMPARE(budget->lines().at(1).label, QStringLiteral("Train"));
}

void tst_ResidencyViews::euroAmountsParse()
{
    const QString field = QStringLiteral("Planned");
    QCOMPARE(Core::parseAmount(QStringLiteral("1,250.50"), field).value(), 125050);
    QCOMPARE(Core::parseAmount(QStringLiteral("€ 12"), field).value(), 1200);
    const auto negative = Core::parseAmount(QStringLiteral("-3.5"), field);
    QVERIFY(!negative.ok());
    QVERIFY2(negative.error().message.contains(QStringLiteral("is negative")),
             qPrintable(negative.error().message));
    QVERIFY(!Core::parseAmount(QStringLiteral("twelve"), field).ok());
    QVERIFY(!Core::parseAmount(QString(), field).ok());
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
    const auto french = Core::parseAmount(QStringLiteral("1250,50"), field);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(french.value(), 125050);
}

void tst_ResidencyViews::timelineWarnsOnOverlappingStays()
{
    const QString berlin = addResidency(QStringLiteral("Berlin spring"),
                                        QStringLiteral("berlin"),
                                        QDate(2026, 5, 4),
                                        QDate(2026, 5, 15));
    const QString barcelona = addResidency(QStringLiteral("Barcelona spring"),
                                           QStringLiteral("barcelona"),
                                           QDate(2026, 5, 11),
                                           QDate(2026, 5, 22));
    const QString ana = addPerson(QStringLiteral("Ana Lopes"));
    addStay(berlin, ana, QDate(2026, 5, 4), QDate(2026, 5, 13));
    addStay(barcelona, ana, QDate(2026, 5, 12), QDate(2026, 5, 20));

    const auto rows = Ui::loadTimelineRows(*m_store, QDate(2026, 4, 1), QDate(2026, 6, 30));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).label, QStringLiteral("Berlin spring (Berlin)"));
    QCOMPARE(rows->at(1).label, QStringLiteral("Ana Lopes"));
    QCOMPARE(rows->at(1).depth, 1);
    QCOMPARE(rows->at(1).warning,
             QStringLiteral("Also staying in \"Barcelona spring\" (12 May 2026 – 20 May 2026)."));
    QCOMPARE(rows->at(1).conflicts.size(), 1);
    QCOMPARE(rows->at(1).conflicts.first().first, QDate(2026, 5, 12));
    QCOMPARE(rows->at(1).conflicts.first().second, QDate(2026, 5, 13));
    QVERIFY(rows->at(0).warning.isEmpty());
    QVERIFY(rows->at(3).warning.contains(QStringLiteral("Berlin spring")));

    Ui::ResidenciesPage page(m_stack.get(), m_context.get());
    page.resize(1200, 700);
    page.setStore(m_store.get());
    page.timeline()->setCurrentDate(QDate(2026, 5, 1));
    page.setTimelineShown(true);
    QCOMPARE(page.timeline()->rows().size(), 4);
    QVERIFY(!page.timeline()->warningRect(1).isEmpty());
    QVERIFY(page.timeline()->warningRect(0).isEmpty());
}

void tst_ResidencyViews::timelineWarnsOnWorkshopDuringStay()
{
    const QString berlin = addResidency(QStringLiteral("Berlin spring"),
                                        QStringLiteral("berlin"),
                                        QDate(2026, 5, 4),
                                        QDate(2026, 5, 15));
    const QString ana = addPerson(QStringLiteral("Ana Lopes"));
    addStay(berlin, ana, QDate(2026, 5, 4), QDate(2026, 5, 13));
    Core::Workshop workshop;
    workshop.title = QStringLiteral("Funding in Brussels");
    workshop.axis = QStringLiteral("equip");
    workshop.start = QDateTime(QDate(2026, 5, 7), QTime(12, 0), Qt::UTC);
    workshop.end = QDateTime(QDate(2026, 5, 7), QTime(15, 0), Qt::UTC);
    const auto workshopId = activities().insertWorkshop(workshop);
    QVERIFY(workshopId.ok());
    Core::Participation participation;
    participation.workshopId = workshopId.value();
    participation.participantId = ana;
    QVERIFY(activities().insertParticipation(participation).ok());

    const auto rows = Ui::loadTimelineRows(*m_store, QDate(2026, 4, 1), QDate(2026, 6, 30));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QVERIFY2(rows->at(1).warning.startsWith(
                 QStringLiteral("Also registered for the workshop \"Funding in Brussels\"")),
             qPrintable(rows->at(1).warning));
    QCOMPARE(rows->at(1).conflicts.first().first, QDate(2026, 5, 7));
    QCOMPARE(rows->at(1).conflicts.first().second, QDate(2026, 5, 7));
}

void tst_ResidencyViews::timelineHasNoWarningWithoutClash()
{
    const QString berlin = addResidency(QStringLiteral("Berlin spring"),
                                        QStringLiteral("berlin"),
                                        QDate(2026, 5, 4),
                                        QDate(2026, 5, 15));
    const QString barcelona = addResidency(QStringLiteral("Barcelona autumn"),
                                           QStringLiteral("barcelona"),
                                           QDate(2026, 10, 5),
                                           QDate(2026, 10, 9));
    const QString ana = addPerson(QStringLiteral("Ana Lopes"));
    const QString bram = addPerson(QStringLiteral("Bram Peeters"));
    addStay(berlin, ana, QDate(2026, 5, 4), QDate(2026, 5, 13));
    addStay(berlin, bram, QDate(2026, 5, 4), QDate(2026, 5, 13));
    addStay(barcelona, ana, QDate(2026, 10, 5), QDate(2026, 10, 9));
    const auto rows = Ui::loadTimelineRows(*m_store, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 5);
    for (const Ui::TimelineRow &row : rows.value())
        QVERIFY2(row.warning.isEmpty(), qPrintable(row.label));
}

void tst_ResidencyViews::timelineClickSelectsResidency()
{
    const QString berlin = addResidency(QStringLiteral("Berlin spring"),
                                        QStringLiteral("berlin"),
                                        QDate(2026, 5, 4),
                                        QDate(2026, 5, 15));
    addStay(berlin, addPerson(QStringLiteral("Ana Lopes")), QDate(2026, 5, 4), QDate(2026, 5, 13));
    Ui::ResidenciesPage page(m_stack.get(), m_context.get());
    page.resize(1200, 700);
    page.setStore(m_store.get());
    page.timeline()->setCurrentDate(QDate(2026, 5, 1));
    page.setTimelineShown(true);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(
        page.timeline(), Qt::LeftButton, {}, page.timeline()->barRect(1).center().toPoint());
    QCOMPARE(page.form()->residencyId(), berlin);
    QCOMPARE(page.form()->cohort()->table()->rowCount(), 1);
}

void tst_ResidencyViews::deleteResidencyUndoRestoresCohort()
{
    const QString berlin = addResidency(QStringLiteral("Berlin spring"),
                                        QStringLiteral("berlin"),
                                        QDate(2026, 5, 4),
                                        QDate(2026, 5, 15));
    addStay(berlin, addPerson(QStringLiteral("Ana Lopes")), QDate(2026, 5, 4), QDate(2026, 5, 13));
    QVERIFY(m_form->showResidency(berlin));
    QVERIFY(m_form->budget()->addLine(QStringLiteral("Fees"), QStringLiteral("fees"), 1000));
    m_stack->push(new Ui::DeleteActivityCommand(
        m_context.get(), Core::RecordKind::Residency, berlin, QStringLiteral("Berlin spring")));
    QCOMPARE(activities().staysOf(berlin)->size(), 0);
    QCOMPARE(activities().budgetLinesOf(berlin)->size(), 0);
    m_stack->undo();
    QCOMPARE(activities().staysOf(berlin)->size(), 1);
    QCOMPARE(activities().budgetLinesOf(berlin)->size(), 1);
    QCOMPARE(activities().residency(berlin)->title, QStringLiteral("Berlin spring"));
}

void tst_ResidencyViews::listFiltersBySearchCityAndStatus()
{
    const QString berlin = addResidency(QStringLiteral("Platform co-ops"),
                                        QStringLiteral("berlin"),
                                        QDate(2026, 4, 1),
                                        QDate(2026, 4, 10));
    const QString barcelona = addResidency(QStringLiteral("Delivery cooperatives"),
                                           QStringLiteral("barcelona"),
                                           QDate(2026, 5, 1),
                                           QDate(2026, 5, 10));
    Core::Residency confirmed = activities().residency(barcelona).value();
    confirmed.status = QStringLiteral("confirmed");
    confirmed.objectives = QStringLiteral("Meet the riders' cooperatives");
    QVERIFY(activities().updateResidency(confirmed).ok());

    Ui::ResidenciesPage page(m_stack.get(), m_context.get());
    page.setStore(m_store.get());
    Ui::ActivityFilterBar *filter = page.filterBar();
    Ui::ResidencyListModel *model = page.listModel();
    QCOMPARE(model->rowCount(), 2);

    filter->searchEdit()->setText(QStringLiteral("RIDERS"));
    filter->applyNow();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), barcelona);

    filter->searchEdit()->clear();
    filter->choiceCombo()->setCurrentIndex(
        filter->choiceCombo()->findData(QStringLiteral("berlin")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), berlin);

    filter->statusCombo()->setCurrentIndex(
        filter->statusCombo()->findData(QStringLiteral("confirmed")));
    QCOMPARE(model->rowCount(), 0);
    filter->choiceCombo()->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), barcelona);
}

void tst_ResidencyViews::searchFieldsShowWholePlaceholder_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("workshops");
    for (const char *language : {"en", "fr", "nl"}) {
        QTest::addRow("residencies %s", language) << QString::fromLatin1(language) << false;
        QTest::addRow("workshops %s", language) << QString::fromLatin1(language) << true;
    }
}

void tst_ResidencyViews::searchFieldsShowWholePlaceholder()
{
    QFETCH(QString, language);
    QFETCH(bool, workshops);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("coopatlas_") + language,
                             QStringLiteral(COOPATLAS_TRANSLATIONS_DIR)),
             COOPATLAS_TRANSLATIONS_DIR);
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));
    std::unique_ptr<QWidget> page;
    Ui::ActivityFilterBar *filter = nullptr;
    if (workshops) {
        auto *workshopsPage = new Ui::WorkshopsPage(m_stack.get(), m_context.get());
        filter = workshopsPage->filterBar();
        page.reset(workshopsPage);
    } else {
        auto *residenciesPage = new Ui::ResidenciesPage(m_stack.get(), m_context.get());
        filter = residenciesPage->filterBar();
        page.reset(residenciesPage);
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
    // Narrower than a section of the 1280 x 800 main window, about 1,140 px wide.
    page->resize(1000, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));

    QLineEdit *search = filter->searchEdit();
    const QString placeholder = search->placeholderText();
    if (language != QLatin1String("en"))
        QVERIFY2(!placeholder.startsWith(QStringLiteral("Search")), qPrintable(placeholder));
    // Typed as text, the placeholder must fit without scrolling: the cursor moves
    // by the whole text width from its start to its end.
    search->setText(placeholder);
    search->setCursorPosition(0);
    search->grab();
    const int start = search->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    search->setCursorPosition(int(placeholder.size()));
    search->grab();
    const int end = search->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    const int textWidth = search->fontMetrics().horizontalAdvance(placeholder);
    QVERIFY2(end - start >= textWidth - 1,
             qPrintable(QStringLiteral("\"%1\" is %2 px wide, the field shows %3 px of it")
                            .arg(placeholder)
                            .arg(textWidth)
                            .arg(end - start)));
}

QTEST_MAIN(tst_ResidencyViews)
#include "tst_residencyviews.moc"
