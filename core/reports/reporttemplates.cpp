// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace CoopAtlas::Core {

namespace {

Q_LOGGING_CATEGORY(lcReportTemplates, "coopatlas.core.reports")

QString tr(const char *text)
{
    return QCoreApplication::translate("CoopAtlas::Core::ReportTemplates", text);
}

const QString FileName = QStringLiteral("report.txt");

Result<QString> readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate(
                         "CoopAtlas::Core::ReportTemplates",
                         "The report wording cannot be read (%1). Check the file's permissions.")
                         .arg(file.errorString()),
                     path};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList ReportTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")};
}

QString ReportTemplates::defaultOverrideFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/report-templates");
}

Result<ReportTemplates> ReportTemplates::load(const QString &language,
                                              const QString &overrideFolder)
{
    if (!languages().contains(language)) {
        return Error{tr("Reports are written in en, fr or nl."), language};
    }
    ReportTemplates templates;
    templates.m_language = language;
    const QString bundled = QStringLiteral(":/reports/%1/").arg(language) + FileName;
    Result<QString> content = readUtf8(bundled);
    if (!content) {
        return content.error();
    }
    templates.parse(*content, bundled);
    templates.m_warnings.clear(); // the bundled files are checked by the tests
    if (overrideFolder.isEmpty()) {
        return templates;
    }
    const QString override = QDir(overrideFolder).filePath(language + u'/' + FileName);
    if (!QFile::exists(override)) {
        return templates;
    }
    qCInfo(lcReportTemplates) << "Reading report wording from" << override;
    content = readUtf8(override);
    if (!content) {
        qCWarning(lcReportTemplates) << content.error().text();
        return content.error();
    }
    templates.parse(*content, override);
    return templates;
}

void ReportTemplates::parse(const QString &content, const QString &fileName)
{
    const QStringList lines = content.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        const QString key = line.left(equals).trimmed();
        if (equals <= 0 || key.contains(u' ')) {
            m_warnings.append(tr("%1, line %2: expected \"key = text\"; the line was skipped.")
                                  .arg(fileName)
                                  .arg(i + 1));
            continue;
        }
        QString value = line.mid(equals + 1).trimmed();
        value.replace(QLatin1String("\\n"), QLatin1String("\n"));
        m_texts.insert(key, value);
    }
}

QString ReportTemplates::text(const QString &key, const QHash<QString, QString> &values) const
{
    const auto found = m_texts.constFind(key);
    if (found == m_texts.cend()) {
        return u'[' + key + u']';
    }
    QString result = *found;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        result.replace(u'{' + it.key() + u'}', it.value());
    }
    return result;
}

} // namespace CoopAtlas::Core
