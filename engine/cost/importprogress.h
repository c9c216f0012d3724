#pragma once

#include "core/error.h"

#include <QtGlobal>
#include <functional>

namespace traceo::cost {

/// Progress and cancellation of a cost import, for a progress bar with a Cancel button.
struct ImportProgress
{
    enum class Stage
    {
        Reading, ///< `done` and `total` are bytes of the input files
        Storing ///< `done` and `total` are billing periods
    };
    /// Called about once per MiB read (from the reading threads, two at once: it must be thread-safe)
    /// and once per billing period stored.
    std::function<void(Stage stage, qint64 done, qint64 total)> report;
    /// Polled as often as `report` is called; once it returns true the import stops and throws
    /// ImportCanceled, and nothing is stored.
    std::function<bool()> canceled;

    bool isCanceled() const { return canceled && canceled(); }
    void reportProgress(Stage stage, qint64 done, qint64 total) const
    {
        if (report)
            report(stage, done, total);
    }
};

/// Thrown when an import was canceled through ImportProgress::canceled.
class ImportCanceled : public Error
{
public:
    using Error::Error;
};

} // namespace traceo::cost
