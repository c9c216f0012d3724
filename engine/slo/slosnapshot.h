#pragma once

#include "alerting.h"
#include "labeledsli.h"
#include "slomath.h"
#include "slorepository.h"

namespace traceo::slo {

class MetricSeriesStore;

/// One SLO's status and alert state at one instant.
struct SloSnapshotRow
{
    SloDefinition slo;
    SloStatus status;
    AlertTable table; ///< alertTableAt(the SLO's params, the instant)
    AlertState alerts;
    QString source; ///< where the SLI came from: "buckets", "imported" (series) or "prometheus"
};

/// The status of every SLO at one instant: a value type the CLI prints and the pane's model swaps in.
struct SloSnapshot
{
    qint64 atMinute = 0;
    qint64 atMs = 0; ///< the exact instant (bucket statuses use the whole minute atMinute)
    std::vector<SloSnapshotRow> rows; ///< ordered by service, then name
};

/// An SLO's parameters for status computations.
SloParams sloParams(const SloDefinition& slo, PeriodMode mode = PeriodMode::TrafficWeighted);
/// Sloth's default alert tiers for the period containing the instant (a calendar month: its own length).
AlertTable alertTableAt(const SloParams& params, qint64 atMinute);

/// The buckets of minutes [fromMinute, toMinute) of one SLO as a series.
SliSeries loadSliSeries(const SloRepository& repo, qint64 sloId, qint64 fromMinute, qint64 toMinute);

/// A row from per-window figures (imported series, Prometheus): status and alerts at the source's instant.
SloSnapshotRow sloStatusRow(const SloDefinition& slo, const WindowSource& source, qint64 atMinute, PeriodMode mode);

/// The rows of an SLO whose SLI may give one series per label set (`sum by (route) (…)`): one row per
/// label set seen in the status windows or the period, named slo::instanceName(slo.name, labels); one row
/// named as the SLO when its queries give a single series without labels (or nothing at all).
std::vector<SloSnapshotRow> sloStatusRows(
    const SloDefinition& slo, const LabeledSource& source, qint64 atMinute, PeriodMode mode);

/// Computes each SLO's status at `atMs`. An SLO with SLI buckets (demo data, `slo refresh`) is computed
/// from them at the whole minute; an SLO without buckets but with Sloth queries, when metric series were
/// imported, is evaluated over those series at the exact instant (LocalSli), one row per label set. An
/// SLO whose buckets were refreshed per label set (instances, SloDefinition::instanceOf) is listed as
/// its instances. Throws traceo::Error.
SloSnapshot computeSloSnapshot(const SloRepository& repo, const MetricSeriesStore& series, qint64 atMs,
    PeriodMode mode = PeriodMode::TrafficWeighted);

} // namespace traceo::slo
