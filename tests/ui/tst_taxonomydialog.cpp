// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/mainwindow.h>
#include <ui/settings/taxonomydialog.h>
#include <ui/storeopener.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

private:
    void showSectors();
    /// Runs `fill` on the term form once it opens, then clicks OK if it is enabled.
    void answerForm(std::function<void(Ui::TermFormDialog *)> fill, bool *okEnabled);
    const Core::TaxonomyTerm *storedTerm(const QString &key);

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
    QVERIFY(keyReadOnly);
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

QTEST_MAIN(tst_TaxonomyDialog)
#include "tst_taxonomydialog.moc"
