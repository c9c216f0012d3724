#pragma once

#include "metricseries.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace traceo::slo {

/// What one exposition file holds: its series, each sorted by time.
struct MetricFile
{
    std::vector<MetricSeries> series; ///< ordered by MetricSeries::key()
    qint64 samples = 0; ///< sample lines read
    bool openMetrics = false; ///< true for OpenMetrics (ends with `# EOF`), false for the Prometheus text format
};

/// Reads OpenMetrics text or the Prometheus text exposition format with timestamps, the input of
/// `promtool tsdb create-blocks-from openmetrics`: `# TYPE`, `# HELP`, `# UNIT`, `metric{labels} value
/// timestamp`, `# EOF`. A file whose last line is `# EOF` is OpenMetrics and its timestamps are seconds
/// (fractions allowed, truncated to milliseconds as Prometheus does); otherwise timestamps are integer
/// milliseconds. Exemplars are skipped. Every sample needs a timestamp. Two samples of a series at the
/// same millisecond: the later line wins.
class OpenMetricsReader
{
    Q_DECLARE_TR_FUNCTIONS(traceo::slo::OpenMetricsReader)

public:
    /// A pure function, safe on any input: throws traceo::Error naming `name:line:column` and the problem.
    static MetricFile parse(QByteArrayView data, const QString& name);
    /// Reads and parses a file; throws traceo::Error.
    static MetricFile readFile(const QString& path);
};

} // namespace traceo::slo
