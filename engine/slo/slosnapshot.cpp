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
        qint64 reach = params.periodMinutes() + kCurrentBurnWindow; // Sloth mode samples 5m windows back to T − period
        for (const AlertTier& t : row.table.tiers)
            reach = std::max(reach, t.longMinutes);
        const SliSeries series = loadSliSeries(repo, d.id, atMinute - reach, atMinute);
        row.status = sloStatus(series, params, atMinute);
        row.alerts = evaluateAlerts(series, d.objective, row.table, atMinute);
        snap.rows.push_back(std::move(row));
    }
    return snap;
}

} // namespace traceo::slo
