#pragma once

#include <QMap>
#include <QString>
#include <vector>

namespace traceo::slo {

/// One time series of imported samples: a metric name, its labels (without `__name__`) and its samples
/// sorted by time, one per millisecond at most.
struct MetricSeries
{
    QString name;
    QMap<QString, QString> labels;
    QString type; ///< the metric family's `# TYPE` (counter, summary, …) or "unknown"
    std::vector<qint64> timesMs;
    std::vector<double> values;

    size_t size() const { return timesMs.size(); }
    /// `name{a="x",b="y"}` with label values escaped as in the exposition format: the series' identity.
    QString key() const;
    /// Labels with `__name__` added, as PromQL matchers see them.
    QMap<QString, QString> allLabels() const;
};

/// Adds `incoming`'s samples to `into` (same series): a sample at a time `into` already has replaces it.
void mergeSamples(MetricSeries& into, const MetricSeries& incoming);

} // namespace traceo::slo
