#pragma once

#include "promqlquery.h"
#include "slo/metricseries.h"

namespace traceo::slo::promql {

/// One element of an instant vector.
struct VectorElement
{
    QMap<QString, QString> labels;
    double value = 0;
};
using Vector = std::vector<VectorElement>; ///< ordered by labels

/// Prometheus 2.x's `extrapolatedRate` (functions.go) over the samples of one series, evaluated at `atMs`
/// with a range of `rangeMs`: the samples in the closed range [at − range, at]; with fewer than two of
/// them there is no result (false). The counter delta adds the value before every drop (a reset); the
/// delta is extrapolated towards each range edge by the distance to it when that is below 1.1 × the
/// average sample interval, else by half an interval, and towards the start no further than the
/// counter's extrapolated zero. `rate` divides by the range in seconds, `increase` does not.
bool extrapolatedRate(const MetricSeries& series, qint64 atMs, qint64 rangeMs, bool isRate, double* result);

/// Evaluates `query` at `atMs` over `series` (those of query.metric; the matchers are applied here), as
/// Prometheus's instant query would: rate/increase per series (dropping `__name__`), then the aggregation.
Vector evaluate(const EventsQuery& query, const std::vector<MetricSeries>& series, qint64 atMs);

/// `lhs / rhs` with one-to-one matching on all labels, as PromQL's `/` between two vectors.
Vector divide(const Vector& lhs, const Vector& rhs);

} // namespace traceo::slo::promql
