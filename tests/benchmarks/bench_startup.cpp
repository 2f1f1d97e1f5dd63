// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up of the GUI to its first painted main window, on an empty store and
// on a generated store of 1,000,000 records: wall time and peak resident memory.
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace CoopAtlas;

namespace {

struct Run
{
    double milliseconds = -1;
    double peakMegabytes = -1;
};

/// Starts the GUI with --startup-report, which quits once the main window has
/// painted, and waits for it.
Run startOnce(const QString &program, const QString &store)
{
    const QByteArray programBytes = QFile::encodeName(program);
    const QByteArray storeBytes = QFile::encodeName(store);
    QList<QByteArray> arguments{programBytes,
                                "--database",
                                storeBytes,
                                "--empty",
                                "--startup-report",
                                "-platform",
                                "offscreen"};
    std::vector<char *> argv;
    for (QByteArray &argument : arguments) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, programBytes.constData(), nullptr, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "Cannot start %s\n", programBytes.constData());
        return {};
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s exited with an error\n", programBytes.constData());
        return {};
    }
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6,
            static_cast<double>(usage.ru_maxrss) / 1024.0};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up time and memory"));
    parser.addHelpOption();
    const QCommandLineOption programOption(QStringLiteral("program"),
                                           QStringLiteral("Path of the coopatlas executable."),
                                           QStringLiteral("file"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Large store, generated when missing."),
                                         QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions."),
                                        QStringLiteral("count"),
                                        QStringLiteral("5"));
    parser.addOptions({programOption, storeOption, runsOption});
    parser.process(app);
    const QString program = parser.value(programOption);
    const QString large = parser.isSet(storeOption)
                              ? parser.value(storeOption)
                              : QDir::temp().filePath(QStringLiteral("coopatlas-bench-1m.sqlite"));
    const int runs = parser.value(runsOption).toInt();

    if (!Bench::ensureLargeStore(large, 600000, 300000, 100000)) {
        return 2;
    }
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));

    std::vector<double> emptyTimes;
    std::vector<double> largeTimes;
    std::vector<double> emptyMemory;
    std::vector<double> largeMemory;
    // One warm-up of each, so that both runs read the files from the page cache.
    startOnce(program, empty);
    startOnce(program, large);
    for (int i = 0; i < runs; ++i) {
        const Run emptyRun = startOnce(program, empty);
        const Run largeRun = startOnce(program, large);
        if (emptyRun.milliseconds < 0 || largeRun.milliseconds < 0) {
            return 2;
        }
        std::printf("run %d: empty %.0f ms %.1f MB, 1M records %.0f ms %.1f MB\n",
                    i + 1,
                    emptyRun.milliseconds,
                    emptyRun.peakMegabytes,
                    largeRun.milliseconds,
                    largeRun.peakMegabytes);
        emptyTimes.push_back(emptyRun.milliseconds);
        largeTimes.push_back(largeRun.milliseconds);
        emptyMemory.push_back(emptyRun.peakMegabytes);
        largeMemory.push_back(largeRun.peakMegabytes);
    }
    const bool timePass = Bench::reportRatio(QStringLiteral("startup-1m-records"),
                                             Bench::median(largeTimes),
                                             Bench::median(emptyTimes),
                                             1.2,
                                             QStringLiteral("ms"));
    // The memory target is 1.5 x the empty start-up plus 50 MB.
    const double emptyPeak = Bench::median(emptyMemory);
    const double largePeak = Bench::median(largeMemory);
    const double allowed = 1.5 * emptyPeak + 50.0;
    const bool memoryPass = largePeak <= allowed;
    std::printf("RESULT startup-memory measured=%.1fMB baseline=%.1fMB allowed=%.1fMB %s\n",
                largePeak,
                emptyPeak,
                allowed,
                memoryPass ? "PASS" : "FAIL");
    return timePass && memoryPass ? 0 : 1;
}
