// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/detail/detailpane.h>
#include <ui/detail/extrafieldsedit.h>
#include <ui/detail/recordform.h>
#include <ui/storeopener.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace CoopAtlas;

namespace {

QJsonObject importedFields()
{
    return QJsonObject{
        {QStringLiteral("Membership fee"), QStringLiteral("25 EUR")},
        {QStringLiteral("employees"), 12},
        {QStringLiteral("X-SOCIALPROFILE"),
         QJsonArray{QStringLiteral("https://social.coop/@smart"),
                    QStringLiteral("https://mastodon.social/@smartbe")}},
    };
}

} // namespace

/// The custom fields (extra JSON) of organisations and people in the detail pane.
class tst_CustomFields : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fieldsShownWithJsonReadOnly();
    void editAddRemoveSavedAndUndone();
    void personFieldsSaved();
    void nameUsedTwiceRejected();
    void screenshot();

private:
    Ui::ExtraFieldsEdit *extra() const;
    QJsonObject storedExtra() const;
    /// Row of the field `name` in the table, or -1.
    int rowOf(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<Ui::DetailPane> m_pane;
    QString m_id;
};

void tst_CustomFields::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("extra.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    Core::Organisation org;
    org.name = QStringLiteral("Smart");
    org.extra = importedFields();
    auto id = m_store->insertOrganisation(org);
    QVERIFY(id.ok());
    m_id = id.value();

    m_stack = std::make_unique<QUndoStack>();
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_pane = std::make_unique<Ui::DetailPane>(m_stack.get(), m_context.get());
    m_pane->setStore(m_store.get());
    m_pane->resize(560, 760);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QVERIFY(m_pane->showRecord(Core::RecordKind::Organisation, m_id));
}

void tst_CustomFields::cleanup()
{
    m_pane.reset();
    m_stack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

Ui::ExtraFieldsEdit *tst_CustomFields::extra() const
{
    Ui::RecordForm *form = m_pane->currentForm();
    return form ? qobject_cast<Ui::ExtraFieldsEdit *>(form->fieldWidget(QStringLiteral("extra")))
                : nullptr;
}

QJsonObject tst_CustomFields::storedExtra() const
{
    auto org = m_store->organisation(m_id);
    return org ? org->extra : QJsonObject();
}

int tst_CustomFields::rowOf(const QString &name) const
{
    QTableWidget *table = extra()->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

void tst_CustomFields::fieldsShownWithJsonReadOnly()
{
    QVERIFY(extra());
    QTableWidget *table = extra()->table();
    QCOMPARE(table->rowCount(), 3);
    const int fee = rowOf(QStringLiteral("Membership fee"));
    const int employees = rowOf(QStringLiteral("employees"));
    const int social = rowOf(QStringLiteral("X-SOCIALPROFILE"));
    QVERIFY(fee >= 0);
    QVERIFY(employees >= 0);
    QVERIFY(social >= 0);
    QCOMPARE(table->item(fee, 1)->text(), QStringLiteral("25 EUR"));
    QVERIFY(table->item(fee, 1)->flags() & Qt::ItemIsEditable);
    QCOMPARE(table->item(employees, 1)->text(), QStringLiteral("12"));
    QVERIFY(!(table->item(employees, 1)->flags() & Qt::ItemIsEditable));
    QCOMPARE(
        table->item(social, 1)->text(),
        QStringLiteral("[\"https://social.coop/@smart\",\"https://mastodon.social/@smartbe\"]"));
    QVERIFY(!(table->item(social, 1)->flags() & Qt::ItemIsEditable));
    // Shown values go back unchanged.
    QCOMPARE(extra()->fields(), importedFields());
}

void tst_CustomFields::editAddRemoveSavedAndUndone()
{
    QTableWidget *table = extra()->table();
    table->item(rowOf(QStringLiteral("Membership fee")), 1)->setText(QStringLiteral("30 EUR"));
    table->setCurrentCell(rowOf(QStringLiteral("X-SOCIALPROFILE")), 0);
    extra()->removeButton()->click();
    extra()->addButton()->click();
    const int added = table->rowCount() - 1;
    table->item(added, 0)->setText(QStringLiteral("Cohort"));
    table->item(added, 1)->setText(QStringLiteral("2026 Berlin residency"));
    QVERIFY(m_pane->isDirty());
    QVERIFY(m_pane->save());

    const QJsonObject saved{
        {QStringLiteral("Membership fee"), QStringLiteral("30 EUR")},
        {QStringLiteral("employees"), 12},
        {QStringLiteral("Cohort"), QStringLiteral("2026 Berlin residency")},
    };
    QCOMPARE(storedExtra(), saved);
    QCOMPARE(storedExtra().value(QStringLiteral("employees")).type(), QJsonValue::Double);
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(storedExtra(), importedFields());
    QCOMPARE(extra()->fields(), importedFields());
    m_stack->redo();
    QCOMPARE(storedExtra(), saved);
    QCOMPARE(extra()->table()->rowCount(), 3);
}

void tst_CustomFields::personFieldsSaved()
{
    Core::Person person;
    person.formattedName = QStringLiteral("Ana Ferreira");
    person.extra = QJsonObject{
        {QStringLiteral("vcard"),
         QJsonObject{{QStringLiteral("X-PHONETIC-FIRST-NAME"), QStringLiteral("Ana")}}}};
    auto id = m_store->insertPerson(person);
    QVERIFY(id.ok());
    QVERIFY(m_pane->showRecord(Core::RecordKind::Person, id.value()));
    QVERIFY(extra());
    QCOMPARE(extra()->table()->rowCount(), 1);
    QCOMPARE(extra()->table()->item(0, 1)->text(),
             QStringLiteral("{\"X-PHONETIC-FIRST-NAME\":\"Ana\"}"));
    extra()->addButton()->click();
    extra()->table()->item(1, 0)->setText(QStringLiteral("Pronouns"));
    extra()->table()->item(1, 1)->setText(QStringLiteral("she/her"));
    QVERIFY(m_pane->save());

    auto stored = m_store->person(id.value());
    QVERIFY(stored.ok());
    QCOMPARE(stored->extra.value(QStringLiteral("Pronouns")).toString(), QStringLiteral("she/her"));
    QCOMPARE(stored->extra.value(QStringLiteral("vcard")),
             person.extra.value(QStringLiteral("vcard")));
    QCOMPARE(stored->extra.size(), 2);
}

void tst_CustomFields::nameUsedTwiceRejected()
{
    extra()->addButton()->click();
    QTableWidget *table = extra()->table();
    table->item(3, 0)->setText(QStringLiteral("employees"));
    table->item(3, 1)->setText(QStringLiteral("14"));
    QCOMPARE(m_pane->currentForm()->problemText(QStringLiteral("extra")),
             QStringLiteral("The custom field name \"employees\" is used twice. Rename or remove "
                            "one of them."));
    QVERIFY(!m_pane->saveButton()->isEnabled());
    QVERIFY(!m_pane->save());
    QCOMPARE(storedExtra(), importedFields());
}

void tst_CustomFields::screenshot()
{
    // Scroll to the custom fields so that the picture shows them.
    auto *scroll = m_pane->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCoreApplication::processEvents();
    scroll->ensureWidgetVisible(extra(), 0, 0);
    QCoreApplication::processEvents();
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
    const QString path = qEnvironmentVariable("COOPATLAS_SCREENSHOT_DIR");
    if (path.isEmpty())
        QSKIP("Set COOPATLAS_SCREENSHOT_DIR to save the picture of the detail pane.");
    QVERIFY(m_pane->grab().save(path + QStringLiteral("/customfields.png")));
}

QTEST_MAIN(tst_CustomFields)
#include "tst_customfields.moc"
