// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports the organisation and people lists as the list export of the GUI
// writes them, with translated column titles, and term labels and commune
// names in the UI language. Each file is imported into a new store through
// ImportJob and the values are compared. Every column must map to a field, so
// none is kept as a custom field and the import gives no warning.
#include <core/domain/communes.h>
#include <core/import/importjob.h>
#include <core/interchange/csvwriter.h>
#include <core/interchange/listcsvexport.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/export/listvalueformatter.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace CoopAtlas;

namespace {

QLocale localeOf(const QString &language)
{
    if (language == u"fr") {
        return QLocale(QLocale::French, QLocale::Belgium);
    }
    if (language == u"nl") {
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

class tst_ListExportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void organisationList_data();
    void organisationList();
    void peopleList_data();
    void peopleList();

private:
    /// Installs the translation of `language` and makes it the default locale.
    bool useLanguage(const QString &language);
    std::unique_ptr<Core::Store> openStore(const QString &name);
    /// Exports the list `table` of the store "original.sqlite" as the GUI does.
    QString exportList(Core::Store &store, Core::ListTable table, const QString &language);
    /// Analyses `csv` for the store "copy.sqlite" and commits it.
    Core::Result<Core::ImportPreview> importFile(const QString &csv);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTranslator> m_translator;
};

void tst_ListExportRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ListExportRoundTrip::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    QLocale::setDefault(QLocale::c());
    m_dir.reset();
}

bool tst_ListExportRoundTrip::useLanguage(const QString &language)
{
    QLocale::setDefault(localeOf(language));
    if (language == u"en") {
        return true; // the source strings are English
    }
    m_translator = std::make_unique<QTranslator>();
    const QString file
        = QStringLiteral(COOPATLAS_TRANSLATIONS_DIR "/coopatlas_%1.qm").arg(language);
    return m_translator->load(file) && QCoreApplication::installTranslator(m_translator.get());
}

std::unique_ptr<Core::Store> tst_ListExportRoundTrip::openStore(const QString &name)
{
    auto db = Core::Database::open(m_dir->filePath(name));
    if (!db) {
        qWarning("%s", qPrintable(db.error().text()));
        return nullptr;
    }
    return std::make_unique<Core::Store>(std::move(db).value());
}

QString tst_ListExportRoundTrip::exportList(Core::Store &store,
                                            Core::ListTable table,
                                            const QString &language)
{
    Core::ListCsvOptions options;
    options.query.table = table;
    options.headers = Core::Store::listColumns(table);
    options.dialect = Core::defaultCsvDialect(language);
    const Ui::ListValueFormatter formatter(store, table);
    options.formatter = [formatter](int column, const QVariant &value) {
        return formatter.format(column, value);
    };
    const QString csv = m_dir->filePath(QStringLiteral("list-%1.csv").arg(language));
    const auto written = Core::ListCsvExport().writeFile(
        m_dir->filePath(QStringLiteral("original.sqlite")), options, csv);
    if (!written) {
        qWarning("%s", qPrintable(written.error().text()));
        return {};
    }
    return csv;
}

Core::Result<Core::ImportPreview> tst_ListExportRoundTrip::importFile(const QString &csv)
{
    Core::ImportJob job(m_dir->filePath(QStringLiteral("copy.sqlite")));
    auto preview = job.analyse(csv);
    if (!preview) {
        return preview.error();
    }
    auto summary = job.commit(*preview, {}, Core::DuplicateDecision::KeepBoth);
    if (!summary) {
        return summary.error();
    }
    return preview;
}

void tst_ListExportRoundTrip::organisationList_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("headers");
    QTest::newRow("en") << u"en"_qs
                        << QStringList{u"Name"_qs,
                                       u"Kind"_qs,
                                       u"Stage"_qs,
                                       u"Commune"_qs,
                                       u"Locality"_qs,
                                       u"Country"_qs,
                                       u"Founded"_qs,
                                       u"Updated"_qs};
    QTest::newRow("fr") << u"fr"_qs
                        << QStringList{u"Nom"_qs,
                                       u"Type"_qs,
                                       u"Stade"_qs,
                                       u"Commune"_qs,
                                       u"Localité"_qs,
                                       u"Pays"_qs,
                                       u"Fondée le"_qs,
                                       u"Mise à jour"_qs};
    QTest::newRow("nl") << u"nl"_qs
                        << QStringList{u"Naam"_qs,
                                       u"Soort"_qs,
                                       u"Fase"_qs,
                                       u"Gemeente"_qs,
                                       u"Plaats"_qs,
                                       u"Land"_qs,
                                       u"Opgericht"_qs,
                                       u"Bijgewerkt"_qs};
}

void tst_ListExportRoundTrip::organisationList()
{
    QFETCH(QString, language);
    QFETCH(QStringList, headers);
    QVERIFY(useLanguage(language));
    QCOMPARE(Core::Store::listColumns(Core::ListTable::Organisations), headers);

    auto store = openStore(QStringLiteral("original.sqlite"));
    QVERIFY(store);
    QList<Core::Organisation> originals;
    Core::Organisation holder;
    holder.name = u"Ateliers Łódź"_qs;
    holder.kind = u"project-holder"_qs;
    holder.stage = u"launched"_qs;
    holder.locality = u"Ixelles"_qs;
    holder.commune = u"ixelles"_qs;
    holder.country = u"BE"_qs;
    holder.founded = QDate(2021, 3, 4);
    originals.append(holder);
    // A commune without a locality comes back from the commune column alone.
    Core::Organisation support;
    support.name = u"Coop Sint-Gillis"_qs;
    support.kind = u"support-organisation"_qs;
    support.stage = u"scaling"_qs;
    support.commune = u"saint-gilles"_qs;
    originals.append(support);
    Core::Organisation funder;
    funder.name = u"Fonds européen"_qs;
    funder.kind = u"funder"_qs;
    funder.locality = u"Paris"_qs;
    funder.country = u"FR"_qs;
    originals.append(funder);
    QHash<QString, Core::Organisation> byName;
    for (const Core::Organisation &org : std::as_const(originals)) {
        QVERIFY(store->insertOrganisation(org).ok());
        byName.insert(org.name, org);
    }

    const QString csv = exportList(*store, Core::ListTable::Organisations, language);
    QVERIFY(!csv.isEmpty());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    // The file contains labels, not keys, so the test covers the label mapping.
    QVERIFY2(!written.contains(u"project-holder"_qs), qPrintable(written));
    QVERIFY(!written.contains(u"saint-gilles"_qs));

    const auto preview = importFile(csv);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().text()));
    QVERIFY(preview->mapping.has_value());
    QCOMPARE(preview->mapping->target, Core::RecordTarget::Organisation);
    for (const Core::ColumnRule &rule : preview->mapping->rules) {
        QVERIFY2(rule.field != u"extra", qPrintable(rule.column));
    }
    QCOMPARE(preview->mapping->rules.constLast().field, u"ignore"_qs); // Updated
    QCOMPARE(preview->warnings, QStringList());
    QCOMPARE(preview->records.size(), originals.size());

    auto copy = openStore(QStringLiteral("copy.sqlite"));
    QVERIFY(copy);
    Core::ListQuery query;
    query.table = Core::ListTable::Organisations;
    const auto rows = copy->page(query, 0, 100);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), originals.size());
    for (const Core::ListRow &row : *rows) {
        const auto imported = copy->organisation(row.id);
        QVERIFY(imported.ok());
        QVERIFY2(byName.contains(imported->name), qPrintable(imported->name));
        const Core::Organisation &original = byName.value(imported->name);
        QCOMPARE(imported->kind, original.kind);
        QCOMPARE(imported->stage, original.stage);
        QCOMPARE(imported->commune, original.commune);
        QCOMPARE(imported->locality, original.locality);
        QCOMPARE(imported->country, original.country);
        QCOMPARE(imported->founded, original.founded);
        QVERIFY2(imported->extra.isEmpty(), qPrintable(imported->name));
    }
}

void tst_ListExportRoundTrip::peopleList_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_qs;
    QTest::newRow("fr") << u"fr"_qs;
    QTest::newRow("nl") << u"nl"_qs;
}

void tst_ListExportRoundTrip::peopleList()
{
    QFETCH(QString, language);
    QVERIFY(useLanguage(language));
    auto store = openStore(QStringLiteral("original.sqlite"));
    QVERIFY(store);
    Core::Person person;
    person.formattedName = u"Zoë Řehoř"_qs;
    person.organisationName = u"Febecoop"_qs;
    person.emails.append(Core::ContactValue{u"zoe@example.org"_qs, {}, {}, true});
    person.phones.append(Core::ContactValue{u"+32 2 555 00 00"_qs, {}, {}, true});
    QVERIFY(store->insertPerson(person).ok());

    const QString csv = exportList(*store, Core::ListTable::People, language);
    QVERIFY(!csv.isEmpty());
    const auto preview = importFile(csv);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().text()));
    QCOMPARE(preview->mapping->target, Core::RecordTarget::Person);
    for (const Core::ColumnRule &rule : preview->mapping->rules) {
        QVERIFY2(rule.field != u"extra", qPrintable(rule.column));
    }
    QCOMPARE(preview->warnings, QStringList());
    QCOMPARE(preview->records.size(), 1);

    auto copy = openStore(QStringLiteral("copy.sqlite"));
    QVERIFY(copy);
    Core::ListQuery query;
    query.table = Core::ListTable::People;
    const auto rows = copy->page(query, 0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const auto imported = copy->person(rows->constFirst().id);
    QVERIFY(imported.ok());
    QCOMPARE(imported->formattedName, person.formattedName);
    QCOMPARE(imported->organisationName, person.organisationName);
    QCOMPARE(imported->emails.size(), 1);
    QCOMPARE(imported->emails.constFirst().value, person.emails.constFirst().value);
    QCOMPARE(imported->phones.size(), 1);
    QCOMPARE(imported->phones.constFirst().value, person.phones.constFirst().value);
    QVERIFY(imported->extra.isEmpty());
}

QTEST_MAIN(tst_ListExportRoundTrip)
#include "tst_listexportroundtrip.moc"
