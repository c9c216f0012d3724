#pragma once

#include "labeledsli.h"
#include "metricseriesstore.h"
#include "promql/promqleval.h"
#include "slomath.h"
#include "slorepository.h"

namespace traceo::slo {

/// An events SLI evaluated over imported counter series (MetricSeriesStore) exactly as Prometheus
/// evaluates the Sloth rule `slo:sli_error:ratio_rate<w>` at an instant: `(error_query) / (total_query)`
/// with `{{.window}}` = w, rate and increase by Prometheus 2.x's extrapolatedRate (promql/promqleval.h).
/// Minute buckets cannot reproduce that (extrapolation depends on where the samples fall relative to the
/// window edges), so a status over imported series reads the windows from here; see docs/slo-evaluation.md.
class LocalSli
{
    Q_DECLARE_TR_FUNCTIONS(traceo::slo::LocalSli)

public:
    /// Loads the series the queries read. Throws traceo::Error naming the SLO and the query when the SLI
    /// is raw or a query is outside the locally evaluated subset: those need a Prometheus source.
    LocalSli(const QString& sloName, const SloSliQuery& sli, const MetricSeriesStore& store);

    /// The window of `minutes` ending at `atMs`, per label set of the queries' results (one, without
    /// labels, for `sum(…)`; one per route for `sum by (route) (…)`): bad and total are the queries'
    /// values as events (a rate times the window), errorRatio is error / total as Prometheus divides them
    /// (label sets matched as PromQL's `/` matches them); NaN when either query has no value.
    LabeledWindows windows(qint64 atMs, qint64 minutes, double budgetRatio) const;
    /// Sloth's period ratio per label set: the mean of the 5-minute ratio at the whole minutes back from
    /// `atMs` over the period, instants without a finite ratio skipped.
    LabeledValues slothMeanRatios(qint64 atMs, qint64 periodMinutes) const;
    LabeledSource source(qint64 atMs, double budgetRatio) const;

private:
    struct Side
    {
        QString text;
        promql::EventsQuery query;
        bool templated = false;
        std::vector<MetricSeries> series;
    };
    Side side(const QString& text, const MetricSeriesStore& store) const;
    LabeledValues values(const Side& s, qint64 atMs, qint64 minutes) const;

    QString m_slo;
    Side m_error;
    Side m_total;
};

} // namespace traceo::slo
