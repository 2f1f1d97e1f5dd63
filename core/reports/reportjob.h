// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportgenerator.h>

#include <QFutureWatcher>
#include <QObject>

namespace CoopAtlas::Core {

/// Runs generateReport() on a worker thread of the global thread pool and
/// reports progress and the outcome as signals on the thread that started it.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    explicit ReportJob(QObject *parent = nullptr);
    /// Cancels a running report and waits for the worker to stop.
    ~ReportJob() override;

    /// Starts the report; ignored while one runs.
    void start(const ReportRequest &request);
    /// Asks the worker to stop; finished() follows with a "cancelled" error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    /// True when the last report stopped because cancel() was called: its
    /// error, such as a database statement interrupted, is the cancellation.
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

signals:
    void progressChanged(int percent);
    /// `errorText` is empty on success.
    void finished(const QString &outputPath,
                  const QString &errorText,
                  bool emptyPeriod,
                  const QStringList &warnings);

private:
    void handleFinished();

    QFutureWatcher<Result<ReportOutcome>> m_watcher;
    ReportCancelFlag m_cancel;
    bool m_cancelled = false;
};

} // namespace CoopAtlas::Core
