#pragma once

#include "alerting.h"
#include "slomath.h"
#include "slorepository.h"

namespace traceo::slo {

/// One SLO's status and alert state at one instant.
struct SloSnapshotRow
{
    SloDefinition slo;
    SloStatus status;
    AlertTable table; ///< AlertTable::slothDefault(slo.periodDays)
    AlertState alerts;
};

/// The status of every SLO at one instant: a value type the CLI prints and the pane's model swaps in.
struct SloSnapshot
{
    qint64 atMinute = 0;
    std::vector<SloSnapshotRow> rows; ///< ordered by service, then name
};

/// The buckets of minutes [fromMinute, toMinute) of one SLO as a series.
SliSeries loadSliSeries(const SloRepository& repo, qint64 sloId, qint64 fromMinute, qint64 toMinute);

/// Loads what each SLO's period and longest alert window need and computes its status. Throws traceo::Error.
SloSnapshot computeSloSnapshot(
    const SloRepository& repo, qint64 atMinute, PeriodMode mode = PeriodMode::TrafficWeighted);

} // namespace traceo::slo
