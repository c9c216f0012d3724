#pragma once

#include "prometheusclient.h"
#include "slo/metricseriesstore.h"
#include "slo/slomath.h"
#include "slo/slorepository.h"

namespace traceo {

/// An SLO's SLI read from Prometheus with its Sloth queries.
///
/// Status windows are instant queries at the status instant of the queries with `{{.window}}` = w: the
/// very expressions of Sloth's `slo:sli_error:ratio_rate<w>` rules, so the ratios are Prometheus's own.
/// SLI buckets (`slo refresh`) are the queries with `{{.window}}` = 1m at every whole minute (a range
/// query with a 60 s step): the bucket of minute m is the value at (m + 1) × 60 s. For samples on a
/// regular grid that divides the minute, these per-minute increases add up exactly to the increase over
/// any whole-minute window; around gaps and at irregular samples they do not (docs/slo-evaluation.md).
class PrometheusSli
{
    Q_DECLARE_TR_FUNCTIONS(traceo::PrometheusSli)

public:
    PrometheusSli(PrometheusClient* client, QString sloName, SloSliQuery sli);

    /// The window per label set of the result (one without labels for `sum(…)`, one per route for
    /// `sum by (route) (…)`; see slo::eventWindows). Throws traceo::Error naming the SLO and the query when
    /// Prometheus fails.
    slo::LabeledWindows windows(qint64 atMs, qint64 minutes, double budgetRatio) const;
    /// Sloth's period ratio per label set as one subquery: avg_over_time of the 5-minute ratio every minute
    /// over the period.
    slo::LabeledValues slothMeanRatios(qint64 atMs, qint64 periodMinutes) const;
    slo::LabeledSource source(qint64 atMs, double budgetRatio) const;

    /// The buckets of minutes [fromMinute, toMinute) per label set (events SLIs only). Minutes where the
    /// total query has no value or a NaN have no bucket; an error query without a value where the total has
    /// one counts 0.
    struct LabeledBuckets
    {
        slo::InstanceLabels labels;
        QList<SliBucket> buckets;
    };
    std::map<QString, LabeledBuckets> buckets(qint64 fromMinute, qint64 toMinute, int* skippedNaN = nullptr) const;

private:
    slo::LabeledValues instant(const QString& expr, qint64 atMs) const;
    /// Per label set: the points of the range query.
    std::map<QString, std::pair<slo::InstanceLabels, QMap<qint64, double>>> range(
        const QString& expr, qint64 fromMs, qint64 toMs) const;
    [[noreturn]] void fail(const QString& expr, const QString& problem) const;
    double eventsPerValue(const QString& query, qint64 minutes) const;

    PrometheusClient* m_client;
    QString m_slo;
    SloSliQuery m_sli;
};

struct SloRefreshResult
{
    qint64 fromMinute = 0;
    qint64 toMinute = 0; ///< the new high-water mark (exclusive)
    int buckets = 0;
    int instances = 0; ///< label sets with buckets (1 for an SLO without labels)
    int skippedNaN = 0;
};

/// Fills the SLO's buckets from Prometheus for the minutes since the last refresh (or the last
/// `backfillMinutes` before `toMinute` on the first one) up to `toMinute`, storing the buckets and the new
/// high-water mark (one past the last minute with data) in one transaction. When the queries give one
/// series per label set (`sum by (route) (…)`), each label set's buckets go to its instance
/// (SloRepository::ensureInstance), added as new label sets appear. Throws traceo::Error.
SloRefreshResult refreshSloBuckets(PrometheusClient* client, SloRepository& repo, slo::MetricSeriesStore& marks,
    const SloDefinition& slo, qint64 toMinute, qint64 backfillMinutes);

} // namespace traceo
