#include "slosnapshot.h"

#include <algorithm>

namespace traceo::slo {

SliSeries loadSliSeries(const SloRepository& repo, qint64 sloId, qint64 fromMinute, qint64 toMinute)
{
    const QList<SliBucket> b = repo.buckets(sloId, fromMinute, toMinute);
    return SliSeries::fromBuckets(std::span<const SliBucket>(b.constData(), size_t(b.size())));
}

SloSnapshot computeSloSnapshot(const SloRepository& repo, qint64 atMinute, PeriodMode mode)
{
    SloSnapshot snap;
    snap.atMinute = atMinute;
    for (const SloDefinition& d : repo.slos()) {
        SloSnapshotRow row;
        row.slo = d;
        row.table = AlertTable::slothDefault(d.periodDays);
        const SloParams params { d.objective, d.periodDays, mode };
        // The windows and alerts need three days of minutes. The traffic-weighted period needs only its two
        // sums, which the database adds up without sending a month of rows; Sloth's mean of 5-minute
        // ratios needs every minute of the period (and the 5 minutes before it).
        qint64 reach = kStatusWindows.back();
        for (const AlertTier& t : row.table.tiers)
            reach = std::max(reach, t.longMinutes);
        std::optional<EventSums> period;
        if (mode == PeriodMode::SlothMean5m)
            reach = std::max(reach, params.periodMinutes() + kCurrentBurnWindow);
        else if (params.periodMinutes() > reach)
            period = repo.bucketSums(d.id, atMinute - params.periodMinutes(), atMinute);
        const SliSeries series = loadSliSeries(repo, d.id, atMinute - reach, atMinute);
        row.status = sloStatus(series, params, atMinute, period);
        row.alerts = evaluateAlerts(series, d.objective, row.table, atMinute);
        snap.rows.push_back(std::move(row));
    }
    return snap;
}

} // namespace traceo::slo
