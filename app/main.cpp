// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/applicationlocale.h>
#include <ui/logging.h>
#include <ui/mainwindow.h>
#include <ui/settings/settingsdialog.h>
#include <ui/storeopener.h>
#include <ui/workshops/activityviews.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace {

using namespace CoopAtlas;

/// Installs the CoopAtlas and Qt translations for a language ("fr", "nl", "en"),
/// or for the system locale when language is empty, and makes it the default QLocale.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = Ui::applicationLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(
            locale, QStringLiteral("coopatlas"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    else
        qCInfo(lcUi) << "No CoopAtlas translation for" << locale.name() << "- using English";
    auto *qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

/// Waits for the first paint of the window, then saves QWidget::grab() of the
/// window (or of the dialog open in front of it) when a path is given, and quits.
/// The exit status is 0, or 1 when the image cannot be written.
class FirstPaintExit : public QObject
{
public:
    FirstPaintExit(Ui::MainWindow &window, const QString &screenshotPath)
        : QObject(&window)
        , m_window(window)
        , m_path(screenshotPath)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !m_scheduled) {
            m_scheduled = true;
            // Let the updates queued by the first paint (charts, list rows) run first.
            QTimer::singleShot(m_path.isEmpty() ? 0 : 100, this, &FirstPaintExit::finish);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void finish()
    {
        if (m_path.isEmpty()) {
            qCInfo(lcUi) << "The main window has painted";
            QApplication::exit(0);
            return;
        }
        // An open dialog (the import wizard) is what the screenshot shows.
        QWidget *dialog = QApplication::activeModalWidget();
        const bool saved = (dialog ? dialog : &m_window)->grab().save(m_path);
        if (saved)
            qCInfo(lcUi) << "Saved the screenshot" << m_path;
        else
            qCWarning(lcUi) << "Writing the screenshot" << m_path << "failed";
        QApplication::exit(saved ? 0 : 1);
    }

    Ui::MainWindow &m_window;
    QString m_path;
    bool m_scheduled = false;
};

/// The store opened last when its file still exists, else the default store.
QString startupStorePath()
{
    const QString last = QSettings().value(QLatin1String(Ui::SettingsKey::LastStore)).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : Ui::defaultStorePath();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoopAtlas"));
    QApplication::setApplicationName(QStringLiteral("CoopAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(COOPATLAS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tracks the ecosystem of cooperative digital platforms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Open or create the store FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty"),
        QStringLiteral("Do not load the sample data set into a newly created store."));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language: fr, nl or en."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Show the window, save it to FILE.png and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QStringLiteral("Open the import wizard on FILE (a .csv or .vcf file)."),
        QStringLiteral("FILE"));
    const QCommandLineOption startupReportOption(
        QStringLiteral("startup-report"),
        QStringLiteral("Quit with status 0 once the main window has painted (for start-up "
                       "benchmarks)."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("Open the window on VIEW: %1.")
            .arg(Ui::activityViewNames().join(QStringLiteral(", "))),
        QStringLiteral("VIEW"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"),
        QStringLiteral("Show the calendar or timeline of --view at DATE (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    parser.addOptions({viewOption, dateOption});
    parser.addOptions({databaseOption,
                       emptyOption,
                       languageOption,
                       screenshotOption,
                       importOption,
                       startupReportOption});
    parser.process(app);

    QString language = QSettings().value(QLatin1String(Ui::SettingsKey::Language)).toString();
    if (parser.isSet(languageOption))
        language = parser.value(languageOption);
    const QStringList languages{QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")};
    if (!language.isEmpty() && !languages.contains(language)) {
        qCWarning(lcUi) << "Unknown language" << language << "- use fr, nl or en";
        language.clear();
    }
    installTranslations(app, language);

    const QString path
        = parser.isSet(databaseOption) ? parser.value(databaseOption) : startupStorePath();
    auto opened = Ui::openStore(path, !parser.isSet(emptyOption));
    if (!opened) {
        // Errors about the file carry its path as context, so the path is shown once.
        const Core::Error &error = opened.error();
        const QString reason = error.context == path ? error.message : error.text();
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "Store Not Opened"),
                              QApplication::translate("main",
                                                      "%1 could not be opened. %2\n\nYou can "
                                                      "also start CoopAtlas with --database and "
                                                      "another file.")
                                  .arg(QDir::toNativeSeparators(path), reason));
        return 1;
    }

    Ui::MainWindow window;
    window.setStore(std::move(opened.value().store), opened.value().sampleLoaded);
    window.show();
    if (parser.isSet(viewOption)) {
        const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (parser.isSet(dateOption) && !date.isValid())
            qCWarning(lcUi) << "Invalid --date" << parser.value(dateOption)
                            << "- use YYYY-MM-DD; showing today";
        if (!Ui::showActivityView(window, parser.value(viewOption), date))
            qCWarning(lcUi) << "Unknown --view" << parser.value(viewOption) << "- use one of"
                            << Ui::activityViewNames().join(QStringLiteral(", "));
    }
    if (parser.isSet(importOption))
        window.openImportWizard(parser.value(importOption));
    if (parser.isSet(screenshotOption) || parser.isSet(startupReportOption))
        new FirstPaintExit(window, parser.value(screenshotOption));
    qCInfo(lcUi) << "Started with the store" << path;
    const int status = QApplication::exec();
    qCInfo(lcUi) << "Stopped with status" << status;
    return status;
}
