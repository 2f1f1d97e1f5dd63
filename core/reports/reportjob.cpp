// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QtConcurrent>

namespace CoopAtlas::Core {

namespace {
Q_LOGGING_CATEGORY(lcReportJob, "coopatlas.core.reports")
} // namespace

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher,
            &QFutureWatcher<Result<ReportOutcome>>::finished,
            this,
            &ReportJob::handleFinished);
}

ReportJob::~ReportJob()
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

void ReportJob::start(const ReportRequest &request)
{
    if (m_watcher.isRunning()) {
        return;
    }
    qCInfo(lcReportJob) << "Starting the report for" << request.period.name();
    m_cancelled = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const ReportCancelFlag cancel = m_cancel;
    // The destructor waits for the worker, so `job` outlives every call below.
    ReportJob *job = this;
    m_watcher.setFuture(QtConcurrent::run([request, cancel, job]() {
        return generateReport(
            request,
            [job](int percent) {
                QMetaObject::invokeMethod(
                    job,
                    [job, percent]() { emit job->progressChanged(percent); },
                    Qt::QueuedConnection);
            },
            cancel);
    }));
}

void ReportJob::cancel()
{
    if (m_cancel) {
        qCInfo(lcReportJob) << "Cancelling the report";
        m_cancel->store(true);
    }
}

void ReportJob::handleFinished()
{
    const Result<ReportOutcome> outcome = m_watcher.result();
    if (!outcome && m_cancel && m_cancel->load()) {
        // The interrupted statement or step is the cancellation, not a failure.
        qCInfo(lcReportJob) << "Report cancelled:" << outcome.error().text();
        m_cancelled = true;
        emit finished({},
                      QCoreApplication::translate("CoopAtlas::Core::ReportJob",
                                                  "The report was cancelled; no file was written."),
                      false,
                      {});
        return;
    }
    if (!outcome) {
        qCWarning(lcReportJob) << "Report failed:" << outcome.error().text();
        emit finished({}, outcome.error().text(), false, {});
        return;
    }
    emit finished(outcome->outputPath, {}, outcome->emptyPeriod, outcome->warnings);
}

} // namespace CoopAtlas::Core
