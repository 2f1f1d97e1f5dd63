// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/detail/detailpane.h>
#include <ui/detail/linkform.h>
#include <ui/detail/recordpicker.h>
#include <ui/storeopener.h>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace CoopAtlas;

/// Changing the two ends of a stored link in the detail pane.
class tst_LinkForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void changedEndSavedAndUndone();
    void searchDialogChangesEnd();
    void sameRecordTwiceRejected();
    void deletedEndRejected();

private:
    QString insertOrganisation(const QString &name);
    Ui::LinkForm *form() const;
    Core::Link storedLink() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<Ui::DetailPane> m_pane;
    QString m_smart;
    QString m_febecoop;
    QString m_sawb;
    QString m_linkId;
};

void tst_LinkForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("links.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    m_smart = insertOrganisation(QStringLiteral("Smart"));
    m_febecoop = insertOrganisation(QStringLiteral("Febecoop"));
    m_sawb = insertOrganisation(QStringLiteral("SAW-B"));
    Core::Link link;
    link.fromId = m_smart;
    link.toId = m_febecoop;
    link.type = QStringLiteral("partners-with");
    auto id = m_store->insertLink(link);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
    m_linkId = id.value();

    m_stack = std::make_unique<QUndoStack>();
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_pane = std::make_unique<Ui::DetailPane>(m_stack.get(), m_context.get());
    m_pane->setStore(m_store.get());
    m_pane->resize(600, 700);
    m_pane->show();
    QVERIFY(m_pane->showRecord(Core::RecordKind::Link, m_linkId));
}

void tst_LinkForm::cleanup()
{
    m_pane.reset();
    m_stack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_LinkForm::insertOrganisation(const QString &name)
{
    Core::Organisation org;
    org.name = name;
    auto id = m_store->insertOrganisation(org);
    return id ? id.value() : QString();
}

Ui::LinkForm *tst_LinkForm::form() const
{
    return qobject_cast<Ui::LinkForm *>(m_pane->currentForm());
}

Core::Link tst_LinkForm::storedLink() const
{
    auto link = m_store->link(m_linkId);
    return link ? link.value() : Core::Link();
}

void tst_LinkForm::changedEndSavedAndUndone()
{
    QVERIFY(form());
    form()->setEnd(Ui::LinkForm::End::To, m_sawb);
    QVERIFY(m_pane->isDirty());
    QVERIFY(m_pane->saveButton()->isEnabled());
    QVERIFY(m_pane->save());

    QCOMPARE(storedLink().fromId, m_smart);
    QCOMPARE(storedLink().toId, m_sawb);
    QCOMPARE(m_stack->count(), 1);
    auto ofSawb = m_store->linksOf(m_sawb);
    QVERIFY(ofSawb.ok());
    QCOMPARE(ofSawb->size(), 1);
    auto ofFebecoop = m_store->linksOf(m_febecoop);
    QVERIFY(ofFebecoop.ok());
    QCOMPARE(ofFebecoop->size(), 0);
    auto hits = m_store->search(QStringLiteral("SAW"));
    QVERIFY(hits.ok());
    bool linkFound = false;
    for (const Core::SearchHit &hit : *hits)
        linkFound = linkFound || hit.id == m_linkId;
    QVERIFY(linkFound);

    m_stack->undo();
    QCOMPARE(storedLink().toId, m_febecoop);
    m_stack->redo();
    QCOMPARE(storedLink().toId, m_sawb);
    auto *toName = form()->fieldWidget(QStringLiteral("toId"))->findChild<QLabel *>();
    QVERIFY(toName);
    QCOMPARE(toName->text(), QStringLiteral("SAW-B"));
}

void tst_LinkForm::searchDialogChangesEnd()
{
    bool excludedOther = false;
    bool okEnabled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("chooseEndDialog"));
        auto *picker = dialog->findChild<Ui::RecordPicker *>();
        QVERIFY(picker);
        // "Smart" is the other end, so the search leaves it out.
        picker->searchEdit()->setText(QStringLiteral("Smart"));
        picker->searchNow();
        excludedOther = picker->resultList()->count() == 0;
        picker->searchEdit()->setText(QStringLiteral("SAW"));
        picker->searchNow();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        okEnabled = buttons->button(QDialogButtonBox::Ok)->isEnabled();
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    form()->changeButton(Ui::LinkForm::End::To)->click();
    QVERIFY(excludedOther);
    QVERIFY(okEnabled);
    QVERIFY(m_pane->isDirty());
    QVERIFY(m_pane->save());
    QCOMPARE(storedLink().toId, m_sawb);
    QCOMPARE(storedLink().fromId, m_smart);
}

void tst_LinkForm::sameRecordTwiceRejected()
{
    form()->setEnd(Ui::LinkForm::End::To, m_smart);
    QVERIFY(!form()->problemText(QStringLiteral("toId")).isEmpty());
    QVERIFY(!m_pane->saveButton()->isEnabled());
    QVERIFY(!m_pane->save());
    QCOMPARE(storedLink().toId, m_febecoop);
    QCOMPARE(m_stack->count(), 0);
}

void tst_LinkForm::deletedEndRejected()
{
    const QString closed = insertOrganisation(QStringLiteral("Closed Coop"));
    QVERIFY(m_store->remove(Core::RecordKind::Organisation, closed).ok());
    form()->setEnd(Ui::LinkForm::End::From, closed);
    QCOMPARE(form()->problemText(QStringLiteral("fromId")),
             QStringLiteral("\"Closed Coop\" was deleted. Choose another organisation or person, "
                            "or restore it first."));
    QVERIFY(!m_pane->save());
    QCOMPARE(storedLink().fromId, m_smart);
}

QTEST_MAIN(tst_LinkForm)
#include "tst_linkform.moc"
