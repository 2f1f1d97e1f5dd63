// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/barriers/barrierform.h>
#include <ui/barriers/barrierspage.h>
#include <ui/knowledge/knowledgepage.h>
#include <ui/knowledge/resourceform.h>
#include <ui/mainwindow.h>
#include <ui/residencies/residenciespage.h>
#include <ui/residencies/residencyform.h>
#include <ui/storeopener.h>
#include <ui/workshops/workshopform.h>
#include <ui/workshops/workshopspage.h>

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace CoopAtlas;

/// Edit > Delete and the leave-with-unsaved-changes flow of the activity sections,
/// in a main window on the sample data.
class tst_ActivityActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deleteFollowsWorkshopChosenInList();
    void deleteFollowsResidencyChosenInList();
    void deleteFollowsResourceChosenInList();
    void deleteFollowsObstacleChosenInList();
    void newWorkshopAfterFailedSaveKeepsOldWorkshop();
    void newResidencyAfterFailedSaveKeepsOldResidency();

private:
    [[nodiscard]] QAction *deleteAction() const
    {
        return m_window->action(QStringLiteral("delete"));
    }
    /// Clicks `button` (or OK where it is missing) in each message box that opens, at
    /// most `count` of them, and keeps their texts.
    void answerMessageBoxes(QMessageBox::StandardButton button, int count);
    [[nodiscard]] Core::ActivityStore activities() const
    {
        return Core::ActivityStore(*m_window->store());
    }

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
    QStringList m_boxTexts;
};

void tst_ActivityActions::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_ActivityActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("actions.sqlite")), true);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    QCOMPARE(opened->sampleLoaded, true);
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->setStore(std::move(opened.value().store));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_boxTexts.clear();
}

void tst_ActivityActions::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void tst_ActivityActions::answerMessageBoxes(QMessageBox::StandardButton button, int count)
{
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    auto remaining = std::make_shared<int>(count);
    connect(timer, &QTimer::timeout, this, [this, timer, button, remaining] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_boxTexts.append(box->text());
        // A box without that button is a notice: acknowledge it.
        QAbstractButton *answer = box->button(button);
        (answer ? answer : box->button(QMessageBox::Ok))->click();
        if (--*remaining <= 0)
            timer->deleteLater();
    });
    // Stops with the test function at the latest.
    connect(this, &QObject::destroyed, timer, &QObject::deleteLater);
    QTimer::singleShot(5000, timer, &QObject::deleteLater);
    timer->start();
}

void tst_ActivityActions::deleteFollowsWorkshopChosenInList()
{
    m_window->showSection(Ui::MainWindow::Section::Workshops);
    QTableView *list = m_window->workshopsPage()->listView();
    QVERIFY(list->model()->rowCount() > 0);
    QVERIFY(!deleteAction()->isEnabled());
    list->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(!m_window->workshopsPage()->form()->workshopId().isEmpty());
    QVERIFY(deleteAction()->isEnabled());
    m_window->workshopsPage()->form()->clear();
    QVERIFY(!deleteAction()->isEnabled());
}

void tst_ActivityActions::deleteFollowsResidencyChosenInList()
{
    m_window->showSection(Ui::MainWindow::Section::Residencies);
    QTableView *list = m_window->residenciesPage()->listView();
    QVERIFY(list->model()->rowCount() > 0);
    QVERIFY(!deleteAction()->isEnabled());
    list->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(!m_window->residenciesPage()->form()->residencyId().isEmpty());
    QVERIFY(deleteAction()->isEnabled());
}

void tst_ActivityActions::deleteFollowsResourceChosenInList()
{
    m_window->showSection(Ui::MainWindow::Section::Knowledge);
    QTableView *list = m_window->knowledgePage()->listView();
    QVERIFY(list->model()->rowCount() > 0);
    QVERIFY(!deleteAction()->isEnabled());
    list->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(!m_window->knowledgePage()->form()->resourceId().isEmpty());
    QVERIFY(deleteAction()->isEnabled());
}

void tst_ActivityActions::deleteFollowsObstacleChosenInList()
{
    m_window->showSection(Ui::MainWindow::Section::Obstacles);
    QTreeView *tree = m_window->barriersPage()->treeView();
    QAbstractItemModel *model = tree->model();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(!deleteAction()->isEnabled());
    // The tree may group obstacles under headings: take the first row with an id.
    QModelIndex chosen = model->index(0, 0);
    if (model->rowCount(chosen) > 0)
        chosen = model->index(0, 0, chosen);
    tree->setCurrentIndex(chosen);
    QVERIFY(!m_window->barriersPage()->form()->barrierId().isEmpty());
    QVERIFY(deleteAction()->isEnabled());
}

void tst_ActivityActions::newWorkshopAfterFailedSaveKeepsOldWorkshop()
{
    m_window->showSection(Ui::MainWindow::Section::Workshops);
    Ui::WorkshopsPage *page = m_window->workshopsPage();
    QTableView *list = page->listView();
    list->setCurrentIndex(list->model()->index(0, 0));
    Ui::WorkshopForm *form = page->form();
    const QString id = form->workshopId();
    QVERIFY(!id.isEmpty());
    const QString title = activities().workshop(id)->title;
    const int undoCount = m_window->undoStack()->count();

    // An end before the start makes the save fail.
    form->endEdit()->setDateTime(form->startEdit()->dateTime().addSecs(-3600));
    form->titleEdit()->setText(QStringLiteral("Renamed before a failed save"));
    emit form->titleEdit()->textEdited(form->titleEdit()->text());
    answerMessageBoxes(QMessageBox::Save, 2);
    page->newWorkshop();

    QCOMPARE(form->workshopId(), id);
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Renamed before a failed save"));
    QVERIFY(form->isModified());
    QCOMPARE(m_boxTexts.size(), 2);
    QCOMPARE(m_boxTexts.at(1),
             QStringLiteral("The changes to the workshop \"Renamed before a failed save\" could "
                            "not be saved, so it stays open. Correct the fields marked in the "
                            "form, or press Revert, and try again."));
    QCOMPARE(activities().workshop(id)->title, title);
    QCOMPARE(m_window->undoStack()->count(), undoCount);
}

void tst_ActivityActions::newResidencyAfterFailedSaveKeepsOldResidency()
{
    m_window->showSection(Ui::MainWindow::Section::Residencies);
    Ui::ResidenciesPage *page = m_window->residenciesPage();
    QTableView *list = page->listView();
    list->setCurrentIndex(list->model()->index(0, 0));
    Ui::ResidencyForm *form = page->form();
    const QString id = form->residencyId();
    QVERIFY(!id.isEmpty());
    const QString title = activities().residency(id)->title;

    form->endEdit()->setDate(form->startEdit()->date().addDays(-3));
    answerMessageBoxes(QMessageBox::Save, 2);
    page->newResidency();

    QCOMPARE(form->residencyId(), id);
    QVERIFY(form->isModified());
    QCOMPARE(m_boxTexts.size(), 2);
    QCOMPARE(m_boxTexts.at(1),
             QStringLiteral("The changes to the residency \"%1\" could not be saved, so it "
                            "stays open. Correct the fields marked in the form, or press Revert, "
                            "and try again.")
                 .arg(title));
    QCOMPARE(activities().residency(id)->title, title);
}

QTEST_MAIN(tst_ActivityActions)
#include "tst_activityactions.moc"
