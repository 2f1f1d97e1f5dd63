// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include "generator.h"

#include <core/storage/store.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

namespace CoopAtlas::Bench {

bool reportRatio(
    const QString &name, double measured, double baseline, double limit, const QString &unit)
{
    const double ratio = baseline > 0 ? measured / baseline : 0.0;
    const bool pass = ratio <= limit;
    std::printf("RESULT %s measured=%.1f%s baseline=%.1f%s ratio=%.2f limit=%.2f %s\n",
                qPrintable(name),
                measured,
                qPrintable(unit),
                baseline,
                qPrintable(unit),
                ratio,
                limit,
                pass ? "PASS" : "FAIL");
    std::fflush(stdout);
    return pass;
}

namespace {

QString csvField(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

bool writeDirectoryCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "Cannot write %s\n", qPrintable(path));
        return false;
    }
    QTextStream out(&file);
    out << "Identifier,Name,Description,Organisational Structure,Primary Activity,Activities,"
           "Street Address,Locality,Region,Postcode,Country Name,Website,Phone,Email,Twitter,"
           "Facebook,Companies House Number,Qualifiers,Membership Type,Latitude,Longitude,"
           "Geo Container,Geo Container Latitude,Geo Container Longitude\n";
    Generator generator;
    for (qint64 i = 0; i < rows; ++i) {
        const Core::Organisation org = generator.organisation(i);
        const QStringList fields{QString::number(i + 1),
                                 csvField(org.name),
                                 csvField(org.description),
                                 QString(),
                                 QString(),
                                 QString(),
                                 csvField(org.street),
                                 csvField(org.locality),
                                 QStringLiteral("Brussels"),
                                 org.postcode,
                                 QStringLiteral("Belgium"),
                                 org.websites.join(QLatin1Char(';')),
                                 csvField(org.phones.first().value),
                                 org.emails.first().value,
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString()};
        out << fields.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    return file.error() == QFile::NoError;
}

bool ensureLargeStore(const QString &path, qint64 organisations, qint64 people, qint64 links)
{
    auto opened = Core::Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return false;
    }
    Core::Store store(std::move(opened).value());
    auto existing = store.totalCount(Core::RecordKind::Organisation);
    if (existing && existing.value() >= organisations) {
        return true;
    }
    std::printf("Generating %lld organisations, %lld people and %lld links in %s ...\n",
                organisations,
                people,
                links,
                qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    Generator generator;
    constexpr qint64 Batch = 50000;
    auto writeBatches = [&](qint64 total, auto insert) {
        for (qint64 start = 0; start < total; start += Batch) {
            Core::Transaction transaction(store.database());
            for (qint64 i = start; i < std::min(total, start + Batch); ++i) {
                if (!insert(i)) {
                    return false;
                }
            }
            if (!transaction.commit()) {
                return false;
            }
        }
        return true;
    };
    const bool written
        = writeBatches(
              organisations,
              [&](qint64 i) { return store.insertOrganisation(generator.organisation(i)).ok(); })
          && writeBatches(people,
                          [&](qint64 i) { return store.insertPerson(generator.person(i)).ok(); })
          && writeBatches(links, [&](qint64 i) {
                 return store.insertLink(generator.link(i, organisations)).ok();
             });
    std::printf("Generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
    return written;
}

} // namespace CoopAtlas::Bench
