// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Network analytics on generated networks (fixed seed):
//   betweenness  computeNetworkMetrics() against bench_igraph_betweenness, the
//                same igraph call in a program of its own, on the same graph;
//   layout       computeNetworkLayout() against Graphviz sfdp on the same graph.
// Both sides of a comparison run alternately in one run, and the medians of
// their wall-clock times give the RESULT line. The medians of their processor
// times are printed too, because other work on a shared machine slows the
// wall clock of either side. Every run is bounded by --timeout.
#include "benchutil.h"

#include <core/analytics/networklayout.h>
#include <core/analytics/networkmetrics.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <sys/resource.h>

using namespace CoopAtlas;

namespace {

constexpr std::uint64_t Seed = 20261204;

struct Settings
{
    qint64 nodes = 10000;
    qint64 links = 50000;
    int runs = 3;
    std::optional<double> cutoff;
    int iterations = 300;
    int timeoutSeconds = 1800;
    QString baseline;
    QString sfdp;
};

/// A random network: every node an organisation, links between two distinct
/// nodes drawn uniformly by a seeded generator, so each run builds the same graph.
Core::NetworkSnapshot generate(qint64 nodeCount, qint64 linkCount)
{
    std::mt19937_64 random(Seed);
    std::uniform_int_distribution<qint64> pick(0, nodeCount - 1);
    const auto id = [](qint64 index) {
        return QStringLiteral("n%1").arg(index, 7, 10, QLatin1Char('0'));
    };
    QList<Core::NetworkNode> nodes;
    nodes.reserve(nodeCount);
    for (qint64 i = 0; i < nodeCount; ++i) {
        Core::NetworkNode node;
        node.id = id(i);
        node.kind = QStringLiteral("other");
        node.label = node.id;
        nodes.append(node);
    }
    QList<Core::NetworkSnapshot::EdgeRecord> edges;
    edges.reserve(linkCount);
    for (qint64 e = 0; e < linkCount; ++e) {
        const qint64 from = pick(random);
        qint64 to = pick(random);
        while (to == from) {
            to = pick(random);
        }
        edges.append({QStringLiteral("e%1").arg(e, 8, 10, QLatin1Char('0')),
                      id(from),
                      id(to),
                      QStringLiteral("partners-with"),
                      {},
                      {}});
    }
    return Core::NetworkSnapshot(nodes, edges);
}

bool writeEdgeList(const Core::NetworkSnapshot &snapshot, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QTextStream out(&file);
    out << snapshot.nodeCount() << ' ' << snapshot.edgeCount() << '\n';
    for (const Core::NetworkEdge &edge : snapshot.edges()) {
        out << edge.from << ' ' << edge.to << '\n';
    }
    return out.status() == QTextStream::Ok;
}

bool writeDot(const Core::NetworkSnapshot &snapshot, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QTextStream out(&file);
    out << "graph network {\n";
    for (qint64 i = 0; i < snapshot.nodeCount(); ++i) {
        out << i << ";\n";
    }
    for (const Core::NetworkEdge &edge : snapshot.edges()) {
        out << edge.from << " -- " << edge.to << ";\n";
    }
    out << "}\n";
    return out.status() == QTextStream::Ok;
}

/// Wall-clock and processor time of one run, in ms; negative when the run failed.
struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;

    [[nodiscard]] bool ok() const { return wallMs >= 0; }
};

/// Processor time used by this thread, in ms.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// Processor time of the child processes that ended, in ms.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &time) {
        return double(time.tv_sec) * 1e3 + double(time.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

/// Runs `program` and times it from start to exit. Its output goes to `output`.
Timing runProgram(const QString &program,
                  const QStringList &arguments,
                  int timeoutSeconds,
                  QByteArray *output = nullptr)
{
    QProcess process;
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        std::fprintf(
            stderr, "%s did not finish within %d s\n", qPrintable(program), timeoutSeconds);
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    const Timing timing{double(timer.nsecsElapsed()) / 1e6, childrenCpuMs() - cpuBefore};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr,
                     "%s failed: %s\n",
                     qPrintable(program),
                     process.readAllStandardError().constData());
        return {};
    }
    if (output != nullptr) {
        *output = process.readAllStandardOutput();
    }
    return timing;
}

/// Gives up on a run once the deadline passed, through the run's cancel flag.
Core::RunControl deadlineControl(int timeoutSeconds)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    Core::RunControl control;
    control.cancel = cancel;
    control.progress = [cancel, deadline](qint64, qint64) {
        if (deadline.hasExpired()) {
            cancel->store(true);
        }
    };
    return control;
}

Timing timeMetrics(const Core::NetworkSnapshot &snapshot, const Settings &settings, double &sum)
{
    Core::MetricsOptions options;
    options.betweennessOnly = true;
    options.betweennessCutoff = settings.cutoff;
    const double cpuBefore = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    auto metrics
        = Core::computeNetworkMetrics(snapshot, options, deadlineControl(settings.timeoutSeconds));
    const Timing timing{double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpuBefore};
    if (!metrics) {
        std::fprintf(
            stderr, "CoopAtlas betweenness failed: %s\n", qPrintable(metrics.error().text()));
        return {};
    }
    sum = 0;
    for (const double value : metrics->betweenness) {
        sum += value;
    }
    return timing;
}

/// The baseline's own timing of igraph_create and igraph_betweenness.
Timing timeBaseline(const QString &edgeList, const Settings &settings, double &sum)
{
    QStringList arguments{edgeList};
    if (settings.cutoff) {
        arguments.append(QString::number(*settings.cutoff));
    }
    QByteArray output;
    if (!runProgram(settings.baseline, arguments, settings.timeoutSeconds, &output).ok()) {
        return {};
    }
    Timing timing;
    if (std::sscanf(
            output.constData(), "ms=%lf cpu_ms=%lf sum=%lf", &timing.wallMs, &timing.cpuMs, &sum)
        != 3) {
        std::fprintf(stderr, "unreadable baseline output: %s\n", output.constData());
        return {};
    }
    return timing;
}

/// Medians of both sides, wall-clock and processor time.
struct Comparison
{
    std::vector<double> oursWall;
    std::vector<double> oursCpu;
    std::vector<double> baselineWall;
    std::vector<double> baselineCpu;

    void add(const Timing &ours, const Timing &baseline)
    {
        oursWall.push_back(ours.wallMs);
        oursCpu.push_back(ours.cpuMs);
        baselineWall.push_back(baseline.wallMs);
        baselineCpu.push_back(baseline.cpuMs);
    }

    /// Prints the processor-time ratio, then the RESULT line of the wall-clock
    /// ratio, which decides the target.
    bool report(const QString &name, double limit) const
    {
        const double oursCpuMs = Bench::median(oursCpu);
        const double baselineCpuMs = Bench::median(baselineCpu);
        std::printf("processor time %s: %.1f ms / %.1f ms, ratio %.2f\n",
                    qPrintable(name),
                    oursCpuMs,
                    baselineCpuMs,
                    baselineCpuMs > 0 ? oursCpuMs / baselineCpuMs : 0.0);
        return Bench::reportRatio(name,
                                  Bench::median(oursWall),
                                  Bench::median(baselineWall),
                                  limit,
                                  QStringLiteral("ms"));
    }
};

bool benchBetweenness(const Settings &settings, const QTemporaryDir &dir)
{
    const Core::NetworkSnapshot snapshot = generate(settings.nodes, settings.links);
    const QString edgeList = dir.filePath(QStringLiteral("edges.txt"));
    if (!writeEdgeList(snapshot, edgeList)) {
        return false;
    }
    Comparison comparison;
    for (int run = 0; run < settings.runs; ++run) {
        double ourSum = 0;
        double baselineSum = 0;
        const Timing baseline = timeBaseline(edgeList, settings, baselineSum);
        const Timing ours = timeMetrics(snapshot, settings, ourSum);
        if (!ours.ok() || !baseline.ok()) {
            return false;
        }
        std::printf("run %d: CoopAtlas %.1f ms (processor %.1f ms), igraph alone %.1f ms "
                    "(processor %.1f ms), sums %.6e / %.6e\n",
                    run + 1,
                    ours.wallMs,
                    ours.cpuMs,
                    baseline.wallMs,
                    baseline.cpuMs,
                    ourSum,
                    baselineSum);
        std::fflush(stdout);
        if (std::abs(ourSum - baselineSum) > 1e-6 * std::max(1.0, std::abs(baselineSum))) {
            std::fprintf(stderr, "betweenness sums differ\n");
            return false;
        }
        comparison.add(ours, baseline);
    }
    const QString name
        = QStringLiteral("network-betweenness-%1-%2%3")
              .arg(settings.nodes)
              .arg(settings.links)
              .arg(settings.cutoff ? QStringLiteral("-cutoff%1").arg(*settings.cutoff) : QString());
    return comparison.report(name, 1.2);
}

Timing timeLayout(const Core::NetworkSnapshot &snapshot, const Settings &settings)
{
    Core::LayoutOptions options;
    options.iterations = settings.iterations;
    const double cpuBefore = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    auto layout
        = Core::computeNetworkLayout(snapshot, options, deadlineControl(settings.timeoutSeconds));
    const Timing timing{double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpuBefore};
    if (!layout) {
        std::fprintf(stderr, "CoopAtlas layout failed: %s\n", qPrintable(layout.error().text()));
        return {};
    }
    return timing;
}

bool benchLayout(const Settings &settings, const QTemporaryDir &dir)
{
    const Core::NetworkSnapshot snapshot = generate(settings.nodes, settings.links);
    const QString dot = dir.filePath(QStringLiteral("network.dot"));
    const QString plain = dir.filePath(QStringLiteral("network.plain"));
    if (!writeDot(snapshot, dot)) {
        return false;
    }
    Comparison comparison;
    for (int run = 0; run < settings.runs; ++run) {
        const Timing sfdp
            = runProgram(settings.sfdp,
                         {QStringLiteral("-Tplain"), QStringLiteral("-o"), plain, dot},
                         settings.timeoutSeconds);
        const Timing ours = timeLayout(snapshot, settings);
        if (!ours.ok() || !sfdp.ok()) {
            return false;
        }
        std::printf("run %d: CoopAtlas %.1f ms (processor %.1f ms), sfdp %.1f ms (processor "
                    "%.1f ms)\n",
                    run + 1,
                    ours.wallMs,
                    ours.cpuMs,
                    sfdp.wallMs,
                    sfdp.cpuMs);
        std::fflush(stdout);
        comparison.add(ours, sfdp);
    }
    const QString name
        = QStringLiteral("network-layout-%1-%2").arg(settings.nodes).arg(settings.links);
    return comparison.report(name, 1.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Network analytics against igraph alone and Graphviz sfdp"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("betweenness or layout"));
    const QCommandLineOption nodes(QStringLiteral("nodes"),
                                   QStringLiteral("Number of nodes."),
                                   QStringLiteral("count"),
                                   QStringLiteral("10000"));
    const QCommandLineOption links(QStringLiteral("links"),
                                   QStringLiteral("Number of links."),
                                   QStringLiteral("count"),
                                   QStringLiteral("50000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs of each side; the medians are compared."),
                                  QStringLiteral("count"),
                                  QStringLiteral("3"));
    const QCommandLineOption cutoff(
        QStringLiteral("cutoff"),
        QStringLiteral("Longest path counted by betweenness, in links (both sides)."),
        QStringLiteral("length"));
    const QCommandLineOption iterations(QStringLiteral("iterations"),
                                        QStringLiteral("Layout iterations."),
                                        QStringLiteral("count"),
                                        QStringLiteral("300"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Longest time of one run, in seconds."),
                                     QStringLiteral("seconds"),
                                     QStringLiteral("1800"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("Path of bench_igraph_betweenness."),
                                      QStringLiteral("program"));
    const QCommandLineOption sfdp(QStringLiteral("sfdp"),
                                  QStringLiteral("Path of Graphviz sfdp."),
                                  QStringLiteral("program"),
                                  QStringLiteral("sfdp"));
    parser.addOptions({nodes, links, runs, cutoff, iterations, timeout, baseline, sfdp});
    parser.process(app);

    Settings settings;
    settings.nodes = std::max<qint64>(2, parser.value(nodes).toLongLong());
    settings.links = std::max<qint64>(0, parser.value(links).toLongLong());
    settings.runs = std::clamp(parser.value(runs).toInt(), 1, 20);
    if (parser.isSet(cutoff)) {
        settings.cutoff = parser.value(cutoff).toDouble();
    }
    settings.iterations = std::max(1, parser.value(iterations).toInt());
    settings.timeoutSeconds = std::max(1, parser.value(timeout).toInt());
    settings.baseline = parser.value(baseline);
    settings.sfdp = parser.value(sfdp);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        return 2;
    }
    const QString mode = parser.positionalArguments().value(0);
    std::printf("%s: %lld nodes, %lld links, seed %llu\n",
                qPrintable(mode),
                settings.nodes,
                settings.links,
                static_cast<unsigned long long>(Seed));
    if (mode == QLatin1String("betweenness") && !settings.baseline.isEmpty()) {
        return benchBetweenness(settings, dir) ? 0 : 1;
    }
    if (mode == QLatin1String("layout")) {
        return benchLayout(settings, dir) ? 0 : 1;
    }
    parser.showHelp(2);
}
