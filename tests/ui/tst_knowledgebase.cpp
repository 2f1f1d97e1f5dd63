// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/commands/knowledgecommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/knowledge/knowledgepage.h>
#include <ui/knowledge/resourceform.h>
#include <ui/knowledge/resourcelistmodel.h>
#include <ui/mainwindow.h>
#include <ui/storeopener.h>

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace CoopAtlas;

/// The knowledge base page and form on a real store file: file size limit,
/// attached files, search, filters, and undo of every change.
class tst_KnowledgeBase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fileOverLimitRejectedWithMessage();
    void fileUnderLimitSavedAndSavedAs();
    void searchWithAndWithoutAccents();
    void filtersByKindLanguageAndTag();
    void titleRequiredAtField();
    void undoEditRestoresFieldsAndFile();
    void undoCreateAndDelete();
    void undoSkipsChangeMadeElsewhere();
    void windowRevealsResource();

private:
    QString writeFile(const QString &name, int size, quint32 seed);
    QString insertResource(const QString &title,
                           const QString &kind,
                           const QString &language,
                           const QStringList &tags,
                           const QString &text = {});
    int resourceCount();
    QStringList listedTitles();
    void search(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::KnowledgePage> m_page;
};

void tst_KnowledgeBase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("knowledge.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<Ui::KnowledgePage>(m_stack.get(), m_context.get());
    m_page->setStore(m_store.get());
}

void tst_KnowledgeBase::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_KnowledgeBase::writeFile(const QString &name, int size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &byte : data)
        byte = char(random.bounded(256));
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != size)
        return {};
    return path;
}

QString tst_KnowledgeBase::insertResource(const QString &title,
                                          const QString &kind,
                                          const QString &language,
                                          const QStringList &tags,
                                          const QString &text)
{
    Core::Resource resource;
    resource.title = title;
    resource.kind = kind;
    resource.language = language;
    resource.tags = tags;
    resource.text = text;
    auto id = Core::ActivityStore(*m_store).insertResource(resource);
    return id ? id.value() : QString();
}

int tst_KnowledgeBase::resourceCount()
{
    Core::ActivityListQuery query;
    query.kind = Core::RecordKind::Resource;
    auto count = Core::ActivityStore(*m_store).count(query);
    return count ? int(count.value()) : -1;
}

QStringList tst_KnowledgeBase::listedTitles()
{
    m_page->listModel()->refresh();
    QStringList titles;
    const auto *model = m_page->listModel();
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, Ui::ResourceListModel::Title).data().toString();
    return titles;
}

void tst_KnowledgeBase::search(const QString &text)
{
    m_page->searchEdit()->setText(text);
    m_page->applyFilterNow();
}

void tst_KnowledgeBase::fileOverLimitRejectedWithMessage()
{
    const QString path = m_dir->filePath(QStringLiteral("large-study.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Core::MaxResourceFileBytes + 1)); // sparse on most file systems
    file.close();

    Ui::ResourceForm *form = m_page->form();
    QVERIFY(form->limitLabel()->text().contains(QLatin1String("20 MiB")));
    qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("title")))
        ->setText(QStringLiteral("Study of platform cooperatives"));
    form->attachFile(path);
    QVERIFY(form->problemText(QStringLiteral("file")).contains(QLatin1String("large-study.pdf")));

    QVERIFY(!form->save());
    const QString message = form->problemText(QStringLiteral("file"));
    QVERIFY2(message.contains(QLatin1String("large-study.pdf")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("20.0 MiB")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("20 MiB")), qPrintable(message));
    QCOMPARE(resourceCount(), 0);
    QCOMPARE(m_stack->count(), 0);
}

void tst_KnowledgeBase::fileUnderLimitSavedAndSavedAs()
{
    const QString path = writeFile(QStringLiteral("statutes-template.odt"), 300 * 1024, 7);
    QVERIFY(!path.isEmpty());
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();

    Ui::ResourceForm *form = m_page->form();
    qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("title")))
        ->setText(QStringLiteral("Model statutes for a platform cooperative"));
    form->attachFile(path);
    QCOMPARE(form->problemText(QStringLiteral("file")), QString());
    QVERIFY(form->save());
    QCOMPARE(resourceCount(), 1);
    QVERIFY(!form->resourceId().isEmpty());

    auto stored = Core::ActivityStore(*m_store).resource(form->resourceId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->file.name, QStringLiteral("statutes-template.odt"));
    QCOMPARE(stored->file.size, qint64(bytes.size()));
    QCOMPARE(
        stored->file.sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(form->fileLabel()->text().contains(QLatin1String("statutes-template.odt")));

    const QString copy = m_dir->filePath(QStringLiteral("copy.odt"));
    const auto written = form->saveFileAs(copy);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), bytes);
}

void tst_KnowledgeBase::searchWithAndWithoutAccents()
{
    insertResource(QStringLiteral("Le réseau des coopératives de plateforme"),
                   QStringLiteral("study"),
                   QStringLiteral("fr"),
                   {QStringLiteral("réseau")});
    insertResource(QStringLiteral("Statutes template"),
                   QStringLiteral("template"),
                   QStringLiteral("en"),
                   {QStringLiteral("legal")},
                   QStringLiteral("Articles of association for a worker-owned platform."));
    QCOMPARE(listedTitles().size(), 2);

    search(QStringLiteral("reseau"));
    QCOMPARE(listedTitles(),
             QStringList{QStringLiteral("Le réseau des coopératives de plateforme")});
    search(QStringLiteral("réseau"));
    QCOMPARE(listedTitles(),
             QStringList{QStringLiteral("Le réseau des coopératives de plateforme")});
    search(QStringLiteral("COOPERATIVES"));
    QCOMPARE(listedTitles(),
             QStringList{QStringLiteral("Le réseau des coopératives de plateforme")});
    search(QStringLiteral("association"));
    QCOMPARE(listedTitles(), QStringList{QStringLiteral("Statutes template")});
    search(QStringLiteral("blockchain"));
    QCOMPARE(listedTitles(), QStringList());
    search(QString());
    QCOMPARE(listedTitles().size(), 2);
}

void tst_KnowledgeBase::filtersByKindLanguageAndTag()
{
    insertResource(QStringLiteral("Guide de la gouvernance partagée"),
                   QStringLiteral("guide"),
                   QStringLiteral("fr"),
                   {QStringLiteral("governance")});
    insertResource(QStringLiteral("Handleiding coöperatief ondernemen"),
                   QStringLiteral("guide"),
                   QStringLiteral("nl"),
                   {QStringLiteral("governance"), QStringLiteral("legal")});
    insertResource(QStringLiteral("Cooperative data study"),
                   QStringLiteral("study"),
                   QStringLiteral("en"),
                   {QStringLiteral("data")});

    QComboBox *kind = m_page->kindFilter();
    kind->setCurrentIndex(kind->findData(QStringLiteral("guide")));
    QVERIFY(kind->currentIndex() > 0);
    QCOMPARE(listedTitles().size(), 2);

    QComboBox *language = m_page->languageFilter();
    language->setCurrentIndex(language->findData(QStringLiteral("nl")));
    QCOMPARE(listedTitles(), QStringList{QStringLiteral("Handleiding coöperatief ondernemen")});

    language->setCurrentIndex(0);
    m_page->tagFilter()->setText(QStringLiteral("LEGAL"));
    m_page->applyFilterNow();
    QCOMPARE(listedTitles(), QStringList{QStringLiteral("Handleiding coöperatief ondernemen")});

    kind->setCurrentIndex(0);
    m_page->tagFilter()->setText(QStringLiteral("data"));
    m_page->applyFilterNow();
    QCOMPARE(listedTitles(), QStringList{QStringLiteral("Cooperative data study")});
}

void tst_KnowledgeBase::titleRequiredAtField()
{
    Ui::ResourceForm *form = m_page->form();
    qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("url")))
        ->setText(QStringLiteral("ftp://example.org/guide.pdf"));
    QVERIFY(!form->save());
    QVERIFY(!form->problemText(QStringLiteral("title")).isEmpty());
    QVERIFY(form->problemText(QStringLiteral("url")).contains(QLatin1String("ftp://")));
    QCOMPARE(resourceCount(), 0);
}

void tst_KnowledgeBase::undoEditRestoresFieldsAndFile()
{
    const QString first = writeFile(QStringLiteral("first.pdf"), 4096, 1);
    const QString second = writeFile(QStringLiteral("second.pdf"), 8192, 2);
    Ui::ResourceForm *form = m_page->form();
    auto *title = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("title")));
    title->setText(QStringLiteral("Funding guide"));
    form->attachFile(first);
    QVERIFY(form->save());
    const QString id = form->resourceId();

    title->setText(QStringLiteral("Funding guide 2026"));
    qobject_cast<QPlainTextEdit *>(form->fieldWidget(QStringLiteral("summary")))
        ->setPlainText(QStringLiteral("Regional grants and loans."));
    form->attachFile(second);
    QVERIFY(form->save());
    QCOMPARE(m_stack->count(), 2);

    Core::ActivityStore activities(*m_store);
    QCOMPARE(activities.resource(id)->title, QStringLiteral("Funding guide 2026"));
    QCOMPARE(activities.resource(id)->file.name, QStringLiteral("second.pdf"));

    m_stack->undo();
    QCOMPARE(activities.resource(id)->title, QStringLiteral("Funding guide"));
    QCOMPARE(activities.resource(id)->summary, QString());
    QCOMPARE(activities.resource(id)->file.name, QStringLiteral("first.pdf"));
    QCOMPARE(activities.resourceFileData(id)->size(), 4096);

    m_stack->redo();
    QCOMPARE(activities.resource(id)->title, QStringLiteral("Funding guide 2026"));
    QCOMPARE(activities.resource(id)->file.name, QStringLiteral("second.pdf"));
    QCOMPARE(activities.resourceFileData(id)->size(), 8192);

    form->showResource(id);
    form->removeFile();
    QVERIFY(form->save());
    QVERIFY(activities.resource(id)->file.isEmpty());
    m_stack->undo();
    QCOMPARE(activities.resource(id)->file.name, QStringLiteral("second.pdf"));
}

void tst_KnowledgeBase::undoCreateAndDelete()
{
    Ui::ResourceForm *form = m_page->form();
    qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("title")))
        ->setText(QStringLiteral("Legal forms compared"));
    QVERIFY(form->save());
    const QString id = form->resourceId();
    QCOMPARE(resourceCount(), 1);
    QCOMPARE(listedTitles(), QStringList{QStringLiteral("Legal forms compared")});

    m_stack->undo();
    QCOMPARE(resourceCount(), 0);
    QCOMPARE(listedTitles(), QStringList());
    m_stack->redo();
    QCOMPARE(resourceCount(), 1);

    m_stack->push(new Ui::DeleteKnowledgeCommand(
        m_context.get(), Core::RecordKind::Resource, id, QStringLiteral("Legal forms compared")));
    QCOMPARE(resourceCount(), 0);
    m_stack->undo();
    QCOMPARE(resourceCount(), 1);
    QCOMPARE(Core::ActivityStore(*m_store).resource(id)->title,
             QStringLiteral("Legal forms compared"));
}

void tst_KnowledgeBase::undoSkipsChangeMadeElsewhere()
{
    Ui::ResourceForm *form = m_page->form();
    auto *title = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("title")));
    title->setText(QStringLiteral("Data cooperatives"));
    QVERIFY(form->save());
    const QString id = form->resourceId();
    title->setText(QStringLiteral("Data cooperatives in Europe"));
    QVERIFY(form->save());

    // Another connection to the same file plays the part of another window.
    auto otherDb = Core::Database::open(m_store->database().path());
    QVERIFY(otherDb.ok());
    Core::Store other(std::move(otherDb).value());
    Core::ActivityStore elsewhere(other);
    Core::Resource changed = elsewhere.resource(id).value();
    changed.summary = QStringLiteral("Written in another window.");
    QVERIFY(elsewhere.updateResource(changed).ok());

    QSignalSpy skipped(m_context.get(), &Ui::CommandContext::skipped);
    m_stack->undo();
    QCOMPARE(skipped.count(), 1);
    Core::ActivityStore activities(*m_store);
    QCOMPARE(activities.resource(id)->title, QStringLiteral("Data cooperatives in Europe"));
    QCOMPARE(activities.resource(id)->summary, QStringLiteral("Written in another window."));
}

void tst_KnowledgeBase::windowRevealsResource()
{
    const QString id = insertResource(QStringLiteral("Platform co-op toolkit"),
                                      QStringLiteral("tool"),
                                      QStringLiteral("en"),
                                      {QStringLiteral("toolkit")});
    QVERIFY(!id.isEmpty());
    m_page.reset();
    Ui::MainWindow window;
    window.setStore(std::move(m_store));
    window.revealRecord(Core::RecordKind::Resource, id);
    QCOMPARE(window.currentSection(), Ui::MainWindow::Section::Knowledge);
    QCOMPARE(window.knowledgePage()->form()->resourceId(), id);
    QVERIFY(window.action(QStringLiteral("delete"))->isEnabled());
    QVERIFY(!window.action(QStringLiteral("duplicate"))->isEnabled());
    window.showSection(Ui::MainWindow::Section::Obstacles);
    QCOMPARE(window.currentSection(), Ui::MainWindow::Section::Obstacles);
    QVERIFY(!window.action(QStringLiteral("delete"))->isEnabled());
}

QTEST_MAIN(tst_KnowledgeBase)
#include "tst_knowledgebase.moc"
