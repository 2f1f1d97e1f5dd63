// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/mainwindow.h>
#include <ui/settings/replacetermdialog.h>
#include <ui/settings/taxonomydialog.h>
#include <ui/storeopener.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace CoopAtlas;

class tst_TaxonomyDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsSeededSectors();
    void addTermWritesStore();
    void editFrenchLabelWritesStore();
    void invalidKeyDisablesOk();
    void duplicateKeyShowsStoreError();
    void editMenuOpensDialog();
    void addTermUndoRedo();
    void renameKeyRewritesRecords();
    void deleteUnusedTermUndo();
    void deleteUsedTermReplaces();
    void moveButtonsReorder();
    void dropMovesTerm();
    void undoAfterOtherEditSkipped();
    void screenshot();

private:
    void showSectors();
    /// Runs `fill` on the term form once it opens, then clicks OK if it is enabled.
    void answerForm(std::function<void(Ui::TermFormDialog *)> fill, bool *okEnabled);
    const Core::TaxonomyTerm *storedTerm(const QString &key);
    void selectKey(const QString &key);
    /// Keys of the stored sectors, in their order.
    QStringList sectorKeys();
    QString insertOrganisation(const QString &name, const QStringList &sectors);

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::TaxonomyDialog> m_dialog;
    QList<Core::TaxonomyTerm> m_stored;
};

void tst_TaxonomyDialog::initTestCase()
{
    // Keep the window settings of the tests away from the user's configuration.
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_TaxonomyDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("terms.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    m_dialog = std::make_unique<Ui::TaxonomyDialog>(m_store.get());
}

void tst_TaxonomyDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_TaxonomyDialog::showSectors()
{
    QComboBox *combo = m_dialog->vocabularyCombo();
    const int index = combo->findData(QStringLiteral("sector"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QCOMPARE(m_dialog->currentVocabulary(), QStringLiteral("sector"));
}

void tst_TaxonomyDialog::answerForm(std::function<void(Ui::TermFormDialog *)> fill, bool *okEnabled)
{
    QTimer::singleShot(0, this, [fill = std::move(fill), okEnabled] {
        auto *form = qobject_cast<Ui::TermFormDialog *>(QApplication::activeModalWidget());
        if (!form)
            return;
        fill(form);
        *okEnabled = form->okButton()->isEnabled();
        if (*okEnabled)
            form->okButton()->click();
        else
            form->reject();
    });
}

const Core::TaxonomyTerm *tst_TaxonomyDialog::storedTerm(const QString &key)
{
    auto terms = m_store->terms(QStringLiteral("sector"));
    m_stored = terms.ok() ? terms.value() : QList<Core::TaxonomyTerm>();
    for (const Core::TaxonomyTerm &term : std::as_const(m_stored)) {
        if (term.key == key)
            return &term;
    }
    return nullptr;
}

void tst_TaxonomyDialog::listsSeededSectors()
{
    showSectors();
    QTableWidget *table = m_dialog->table();
    QCOMPARE(table->rowCount(), 14);
    QList<QTableWidgetItem *> housing
        = table->findItems(QStringLiteral("housing"), Qt::MatchExactly);
    QCOMPARE(housing.size(), 1);
    const int row = housing.first()->row();
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Housing"));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Logement"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Huisvesting"));
}

void tst_TaxonomyDialog::addTermWritesStore()
{
    showSectors();
    bool okEnabled = false;
    answerForm(
        [](Ui::TermFormDialog *form) {
            QTest::keyClicks(form->keyEdit(), QStringLiteral("social-housing"));
            QTest::keyClicks(form->labelEdit(QStringLiteral("en")),
                             QStringLiteral("Social housing"));
            QTest::keyClicks(form->labelEdit(QStringLiteral("fr")),
                             QStringLiteral("Logement social"));
            QTest::keyClicks(form->labelEdit(QStringLiteral("nl")),
                             QStringLiteral("Sociale huisvesting"));
        },
        &okEnabled);
    m_dialog->addButton()->click();

    QVERIFY(okEnabled);
    const Core::TaxonomyTerm *term = storedTerm(QStringLiteral("social-housing"));
    QVERIFY(term);
    QCOMPARE(term->vocabulary, QStringLiteral("sector"));
    QCOMPARE(term->labelEn, QStringLiteral("Social housing"));
    QCOMPARE(term->labelFr, QStringLiteral("Logement social"));
    QCOMPARE(term->labelNl, QStringLiteral("Sociale huisvesting"));
    QCOMPARE(m_stored.size(), 15);
    QCOMPARE(m_dialog->table()->rowCount(), 15);
}

void tst_TaxonomyDialog::editFrenchLabelWritesStore()
{
    showSectors();
    QTableWidget *table = m_dialog->table();
    QList<QTableWidgetItem *> food = table->findItems(QStringLiteral("food"), Qt::MatchExactly);
    QCOMPARE(food.size(), 1);
    const int row = food.first()->row();
    table->selectRow(row);
    QVERIFY(m_dialog->editButton()->isEnabled());

    bool okEnabled = false;
    bool keyReadOnly = false;
    answerForm(
        [&keyReadOnly](Ui::TermFormDialog *form) {
            keyReadOnly = form->keyEdit()->isReadOnly();
            QLineEdit *french = form->labelEdit(QStringLiteral("fr"));
            french->clear();
            QTest::keyClicks(french, QStringLiteral("Alimentation durable"));
        },
        &okEnabled);
    m_dialog->editButton()->click();

    QVERIFY(okEnabled);
    QVERIFY(!keyReadOnly);
    const Core::TaxonomyTerm *term = storedTerm(QStringLiteral("food"));
    QVERIFY(term);
    QCOMPARE(term->labelFr, QStringLiteral("Alimentation durable"));
    QCOMPARE(term->labelEn, QStringLiteral("Food"));
    QCOMPARE(m_stored.size(), 14);
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Alimentation durable"));
}

void tst_TaxonomyDialog::invalidKeyDisablesOk()
{
    Core::TaxonomyTerm term;
    term.vocabulary = QStringLiteral("sector");
    Ui::TermFormDialog form(term, true);
    QVERIFY(!form.keyEdit()->isReadOnly());
    QTest::keyClicks(form.labelEdit(QStringLiteral("en")), QStringLiteral("Social housing"));
    QTest::keyClicks(form.keyEdit(), QStringLiteral("Social Housing"));
    QVERIFY(!form.okButton()->isEnabled());
    QVERIFY(form.messageLabel()->text().contains(QStringLiteral("\"Social Housing\"")));

    form.keyEdit()->setText(QStringLiteral("social-housing"));
    QVERIFY(form.okButton()->isEnabled());
    QCOMPARE(form.messageLabel()->text(), QString());
}

void tst_TaxonomyDialog::duplicateKeyShowsStoreError()
{
    showSectors();
    bool okEnabled = false;
    QString boxText;
    answerForm(
        [this, &boxText](Ui::TermFormDialog *form) {
            QTest::keyClicks(form->keyEdit(), QStringLiteral("housing"));
            QTest::keyClicks(form->labelEdit(QStringLiteral("en")), QStringLiteral("Homes"));
            // The timer fires once the form has closed, in the event loop of the message box.
            QTimer::singleShot(0, this, [&boxText] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                boxText = box->text();
                box->accept();
            });
        },
        &okEnabled);
    m_dialog->addButton()->click();

    QVERIFY(okEnabled);
    QVERIFY(boxText.contains(QStringLiteral("\"housing\"")));
    QVERIFY(boxText.contains(QStringLiteral("already has a term")));
    QCOMPARE(storedTerm(QStringLiteral("housing"))->labelEn, QStringLiteral("Housing"));
    QCOMPARE(m_stored.size(), 14);
    QCOMPARE(m_dialog->table()->rowCount(), 14);
}

void tst_TaxonomyDialog::editMenuOpensDialog()
{
    Ui::MainWindow window;
    window.setStore(std::move(m_store));
    QAction *action = window.action(QStringLiteral("taxonomies"));
    QVERIFY(action);
    int rows = -1;
    QTimer::singleShot(0, this, [&rows] {
        auto *dialog = qobject_cast<Ui::TaxonomyDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        rows = dialog->table()->rowCount();
        dialog->reject();
    });
    action->trigger();
    // The first vocabulary shown is "organisation-kind", read from the window's store.
    auto kinds = window.store()->terms(QStringLiteral("organisation-kind"));
    QVERIFY(kinds.ok());
    QVERIFY(!kinds.value().isEmpty());
    QCOMPARE(rows, int(kinds.value().size()));
}

void tst_TaxonomyDialog::selectKey(const QString &key)
{
    QList<QTableWidgetItem *> items = m_dialog->table()->findItems(key, Qt::MatchExactly);
    QVERIFY(!items.isEmpty());
    m_dialog->table()->setCurrentCell(items.first()->row(), 0);
    m_dialog->table()->selectRow(items.first()->row());
}

QStringList tst_TaxonomyDialog::sectorKeys()
{
    QStringList keys;
    auto terms = m_store->terms(QStringLiteral("sector"));
    for (const Core::TaxonomyTerm &term : terms ? terms.value() : QList<Core::TaxonomyTerm>())
        keys.append(term.key);
    return keys;
}

QString tst_TaxonomyDialog::insertOrganisation(const QString &name, const QStringList &sectors)
{
    Core::Organisation org;
    org.name = name;
    org.sectors = sectors;
    auto id = m_store->insertOrganisation(org);
    return id ? id.value() : QString();
}

void tst_TaxonomyDialog::addTermUndoRedo()
{
    showSectors();
    bool okEnabled = false;
    answerForm(
        [](Ui::TermFormDialog *form) {
            QTest::keyClicks(form->keyEdit(), QStringLiteral("water"));
            QTest::keyClicks(form->labelEdit(QStringLiteral("en")), QStringLiteral("Water"));
        },
        &okEnabled);
    m_dialog->addButton()->click();
    QVERIFY(okEnabled);
    QVERIFY(storedTerm(QStringLiteral("water")));
    QCOMPARE(m_dialog->undoStack()->count(), 1);
    QCOMPARE(m_dialog->undoStack()->undoText(), QStringLiteral("Add term \"water\""));

    m_dialog->undoStack()->undo();
    QVERIFY(!storedTerm(QStringLiteral("water")));
    QCOMPARE(m_dialog->table()->rowCount(), 14);
    m_dialog->undoStack()->redo();
    QVERIFY(storedTerm(QStringLiteral("water")));
    QCOMPARE(m_dialog->table()->rowCount(), 15);
}

void tst_TaxonomyDialog::renameKeyRewritesRecords()
{
    const QString id = insertOrganisation(QStringLiteral("Bees Coop"),
                                          {QStringLiteral("food"), QStringLiteral("care")});
    showSectors();
    selectKey(QStringLiteral("food"));
    bool okEnabled = false;
    answerForm(
        [](Ui::TermFormDialog *form) {
            form->keyEdit()->setText(QStringLiteral("food-and-farming"));
        },
        &okEnabled);
    m_dialog->editButton()->click();
    QVERIFY(okEnabled);

    QCOMPARE(m_store->organisation(id)->sectors,
             QStringList({QStringLiteral("food-and-farming"), QStringLiteral("care")}));
    QVERIFY(storedTerm(QStringLiteral("food-and-farming")));
    QVERIFY(!storedTerm(QStringLiteral("food")));
    QCOMPARE(
        m_dialog->table()->findItems(QStringLiteral("food-and-farming"), Qt::MatchExactly).size(),
        1);

    m_dialog->undoStack()->undo();
    QCOMPARE(m_store->organisation(id)->sectors,
             QStringList({QStringLiteral("food"), QStringLiteral("care")}));
    QVERIFY(storedTerm(QStringLiteral("food")));
}

void tst_TaxonomyDialog::deleteUnusedTermUndo()
{
    showSectors();
    selectKey(QStringLiteral("energy"));
    QVERIFY(m_dialog->deleteButton()->isEnabled());
    m_dialog->deleteButton()->click();
    QVERIFY(!storedTerm(QStringLiteral("energy")));
    QCOMPARE(m_dialog->table()->rowCount(), 13);
    QCOMPARE(m_dialog->undoStack()->undoText(), QStringLiteral("Delete term \"energy\""));

    m_dialog->undoStack()->undo();
    QVERIFY(storedTerm(QStringLiteral("energy")));
    QCOMPARE(m_dialog->table()->rowCount(), 14);
}

void tst_TaxonomyDialog::deleteUsedTermReplaces()
{
    const QString first = insertOrganisation(QStringLiteral("Bees Coop"),
                                             {QStringLiteral("food"), QStringLiteral("care")});
    const QString second = insertOrganisation(QStringLiteral("Färm"), {QStringLiteral("food")});
    showSectors();
    selectKey(QStringLiteral("food"));
    QString message;
    QTimer::singleShot(0, this, [&message] {
        auto *ask = qobject_cast<Ui::ReplaceTermDialog *>(QApplication::activeModalWidget());
        if (!ask)
            return;
        message = ask->findChild<QLabel *>(QStringLiteral("message"))->text();
        QComboBox *combo = ask->replacementCombo();
        combo->setCurrentIndex(combo->findData(QStringLiteral("culture")));
        ask->replaceButton()->click();
    });
    m_dialog->deleteButton()->click();

    QCOMPARE(message,
             QStringLiteral("\"Food\" is used by 2 record(s). Choose the term that replaces it in "
                            "those records, and \"Food\" is deleted after that. Undo reverses "
                            "both steps."));
    QVERIFY(!storedTerm(QStringLiteral("food")));
    QCOMPARE(m_store->organisation(first)->sectors,
             QStringList({QStringLiteral("culture"), QStringLiteral("care")}));
    QCOMPARE(m_store->organisation(second)->sectors, QStringList({QStringLiteral("culture")}));
    QCOMPARE(*m_store->termUsage(QStringLiteral("sector"), QStringLiteral("culture")), qint64(2));

    m_dialog->undoStack()->undo();
    QVERIFY(storedTerm(QStringLiteral("food")));
    QCOMPARE(m_store->organisation(first)->sectors,
             QStringList({QStringLiteral("food"), QStringLiteral("care")}));
    QCOMPARE(m_store->organisation(second)->sectors, QStringList({QStringLiteral("food")}));
}

void tst_TaxonomyDialog::moveButtonsReorder()
{
    showSectors();
    const QStringList before = sectorKeys();
    QCOMPARE(before.at(0), QStringLiteral("mobility"));
    selectKey(QStringLiteral("mobility"));
    QVERIFY(!m_dialog->moveUpButton()->isEnabled());
    m_dialog->moveDownButton()->click();
    QStringList expected = before;
    expected.move(0, 1);
    QCOMPARE(sectorKeys(), expected);
    QCOMPARE(m_dialog->table()->item(1, 0)->text(), QStringLiteral("mobility"));
    QCOMPARE(m_dialog->table()->currentRow(), 1);

    // Ctrl+Down moves the selected term again.
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    m_dialog->table()->setFocus();
    QTest::keyClick(m_dialog->table(), Qt::Key_Down, Qt::ControlModifier);
    expected.move(1, 2);
    // A button shortcut clicks the button after a short animation.
    QTRY_COMPARE(sectorKeys(), expected);
    QTest::keyClick(m_dialog->table(), Qt::Key_Up, Qt::ControlModifier);
    expected.move(2, 1);
    QTRY_COMPARE(sectorKeys(), expected);

    m_dialog->undoStack()->undo();
    m_dialog->undoStack()->undo();
    m_dialog->undoStack()->undo();
    QCOMPARE(sectorKeys(), before);
    auto terms = m_store->terms(QStringLiteral("sector"));
    QVERIFY(terms.ok());
    for (int position = 0; position < terms->size(); ++position)
        QCOMPARE(terms->at(position).position, position);
}

void tst_TaxonomyDialog::dropMovesTerm()
{
    showSectors();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    const QStringList before = sectorKeys();
    selectKey(before.at(0));
    QTableWidget *table = m_dialog->table();
    const QPoint target = table->visualItemRect(table->item(3, 0)).center();
    m_dialog->dropTermAt(target);

    QStringList expected = before;
    expected.move(0, 3);
    QCOMPARE(sectorKeys(), expected);
    QCOMPARE(table->item(3, 0)->text(), before.at(0));
    QCOMPARE(table->rowCount(), int(before.size()));
}

void tst_TaxonomyDialog::undoAfterOtherEditSkipped()
{
    showSectors();
    selectKey(QStringLiteral("media"));
    bool okEnabled = false;
    answerForm(
        [](Ui::TermFormDialog *form) {
            form->labelEdit(QStringLiteral("en"))->setText(QStringLiteral("News media"));
        },
        &okEnabled);
    m_dialog->editButton()->click();
    QVERIFY(okEnabled);
    QCOMPARE(storedTerm(QStringLiteral("media"))->labelEn, QStringLiteral("News media"));

    // A second connection plays the part of another window that edits the same term.
    auto otherDb = Core::Database::open(m_store->database().path());
    QVERIFY(otherDb.ok());
    Core::Store other(std::move(otherDb).value());
    Core::TaxonomyTerm changed = *storedTerm(QStringLiteral("media"));
    changed.labelNl = QStringLiteral("Nieuwsmedia");
    QVERIFY(other.updateTerm(changed).ok());

    auto *context = m_dialog->findChild<Ui::CommandContext *>();
    QVERIFY(context);
    QSignalSpy skipped(context, &Ui::CommandContext::skipped);
    m_dialog->undoStack()->undo();
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(storedTerm(QStringLiteral("media"))->labelEn, QStringLiteral("News media"));
    QCOMPARE(storedTerm(QStringLiteral("media"))->labelNl, QStringLiteral("Nieuwsmedia"));
    QCOMPARE(m_dialog->undoStack()->count(), 0);
}

void tst_TaxonomyDialog::screenshot()
{
    showSectors();
    selectKey(QStringLiteral("housing"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    const QString path = qEnvironmentVariable("COOPATLAS_SCREENSHOT_DIR");
    if (path.isEmpty())
        QSKIP("Set COOPATLAS_SCREENSHOT_DIR to save the picture of the dialog.");
    QVERIFY(m_dialog->grab().save(path + QStringLiteral("/taxonomydialog.png")));
}

QTEST_MAIN(tst_TaxonomyDialog)
#include "tst_taxonomydialog.moc"
