// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace CoopAtlas::Core {

/// Cancel flag and progress handler of one analytics run (loading, metrics,
/// layout). Every analytics function takes one; both members may be empty.
///
/// A run that finds the flag set stops at its next check and returns an Error.
/// The caller that set the flag tells a cancel from a failure by reading its
/// own flag, as the dashboard loader does.
struct RunControl
{
    /// Set it to true from any thread to stop the run.
    std::shared_ptr<const std::atomic_bool> cancel;
    /// Called on the worker thread with the steps done and the steps expected.
    /// The total may change between phases of one run; `done` never exceeds it.
    std::function<void(qint64 done, qint64 total)> progress;

    [[nodiscard]] bool isCancelled() const { return cancel && cancel->load(); }
    void report(qint64 done, qint64 total) const
    {
        if (progress) {
            progress(done, total);
        }
    }
};

} // namespace CoopAtlas::Core
