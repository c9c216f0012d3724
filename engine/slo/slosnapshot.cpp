#include "slosnapshot.h"

#include "localsli.h"
#include "metricseriesstore.h"

#include <QSet>
#include <algorithm>

namespace traceo::slo {

namespace {

qint64 floorMinute(qint64 ms)
{
    return ms >= 0 ? ms / 60'000 : -((-ms + 59'999) / 60'000);
}

SloSnapshotRow bucketRow(const SloRepository& repo, const SloDefinition& d, qint64 atMinute, PeriodMode mode)
{
    SloSnapshotRow row;
    row.slo = d;
    row.source = QStringLiteral("buckets");
    const SloParams params = sloParams(d, mode);
    row.table = alertTableAt(params, atMinute);
    // The windows and alerts need three days of minutes. The traffic-weighted period needs only its two
    // sums, which the database adds up without sending a month of rows; Sloth's mean of 5-minute
    // ratios needs every minute of the period (and the 5 minutes before it).
    qint64 reach = kStatusWindows.back();
    for (const AlertTier& t : row.table.tiers)
        reach = std::max(reach, t.longMinutes);
    std::optional<EventSums> period;
    const qint64 periodWindow = params.periodElapsedMinutes(atMinute);
    if (mode == PeriodMode::SlothMean5m)
        reach = std::max(reach, periodWindow + kCurrentBurnWindow);
    else if (periodWindow > reach)
        period = repo.bucketSums(d.id, atMinute - periodWindow, atMinute);
    const SliSeries series = loadSliSeries(repo, d.id, atMinute - reach, atMinute);
    row.status = sloStatus(series, params, atMinute, period);
    row.alerts = evaluateAlerts(series, d.objective, row.table, atMinute);
    return row;
}

} // namespace

SloParams sloParams(const SloDefinition& slo, PeriodMode mode)
{
    return { slo.objective, slo.periodDays, mode, slo.periodKind };
}

AlertTable alertTableAt(const SloParams& params, qint64 atMinute)
{
    return AlertTable::slothDefault(int(params.periodMinutes(atMinute) / 1440));
}

SliSeries loadSliSeries(const SloRepository& repo, qint64 sloId, qint64 fromMinute, qint64 toMinute)
{
    const QList<SliBucket> b = repo.buckets(sloId, fromMinute, toMinute);
    return SliSeries::fromBuckets(std::span<const SliBucket>(b.constData(), size_t(b.size())));
}

SloSnapshotRow sloStatusRow(const SloDefinition& slo, const WindowSource& source, qint64 atMinute, PeriodMode mode)
{
    SloSnapshotRow row;
    row.slo = slo;
    const SloParams params = sloParams(slo, mode);
    row.table = alertTableAt(params, atMinute);
    row.status = sloStatus(source, params, atMinute);
    const SloStatus& st = row.status;
    row.alerts = evaluateAlerts(
        [&](qint64 minutes) {
            for (size_t i = 0; i < kStatusWindows.size(); ++i)
                if (kStatusWindows[i] == minutes)
                    return st.windows[i].errorRatio;
            return source.window(minutes).errorRatio;
        },
        slo.objective, row.table);
    return row;
}

std::vector<SloSnapshotRow> sloStatusRows(
    const SloDefinition& slo, const LabeledSource& source, qint64 atMinute, PeriodMode mode)
{
    std::vector<qint64> probes(kStatusWindows.begin(), kStatusWindows.end());
    if (const qint64 period = sloParams(slo, mode).periodElapsedMinutes(atMinute); period > 0)
        probes.push_back(period);
    std::vector<SloSnapshotRow> rows;
    for (const InstanceSource& instance : splitInstances(source, probes)) {
        SloDefinition d = slo;
        d.name = instanceName(slo.name, instance.labels);
        d.instanceLabels = instanceLabelsText(instance.labels);
        rows.push_back(sloStatusRow(d, instance.source, atMinute, mode));
    }
    return rows;
}

SloSnapshot computeSloSnapshot(const SloRepository& repo, const MetricSeriesStore& series, qint64 atMs, PeriodMode mode)
{
    SloSnapshot snap;
    snap.atMs = atMs;
    snap.atMinute = floorMinute(atMs);
    const bool imported = series.seriesCount() > 0;
    const QList<SloDefinition> slos = repo.slos();
    QSet<qint64> withInstances;
    for (const SloDefinition& d : slos)
        if (d.instanceOf > 0)
            withInstances.insert(d.instanceOf);
    for (const SloDefinition& d : slos) {
        const std::optional<SloSliQuery> query = imported ? repo.sliQuery(d.id) : std::nullopt;
        if (!query || repo.bucketCount(d.id) > 0) {
            // A per-label SLO refreshed from Prometheus has its buckets in its instances.
            if (!withInstances.contains(d.id) || repo.bucketCount(d.id) > 0)
                snap.rows.push_back(bucketRow(repo, d, snap.atMinute, mode));
            continue;
        }
        const LocalSli sli(d.name, *query, series);
        for (SloSnapshotRow& row : sloStatusRows(d, sli.source(atMs, 1.0 - d.objective), snap.atMinute, mode)) {
            row.source = QStringLiteral("imported");
            snap.rows.push_back(std::move(row));
        }
    }
    return snap;
}

} // namespace traceo::slo
