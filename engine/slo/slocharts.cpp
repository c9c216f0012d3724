#include "slocharts.h"

#include <algorithm>

namespace traceo::slo {

qint64 chartLookbackMinutes(const SloParams& params, const AlertTable& table)
{
    qint64 reach = params.longestPeriodMinutes() + kCurrentBurnWindow;
    for (const AlertTier& t : table.tiers)
        reach = std::max(reach, t.longMinutes);
    for (const qint64 w : kChartBurnWindows)
        reach = std::max(reach, w);
    return reach;
}

SloCharts sloCharts(const SliSeries& series, const SloParams& params, const AlertTable& table, qint64 fromMinute,
    qint64 toMinute, int maxPoints)
{
    SloCharts c;
    c.fromMinute = fromMinute;
    c.toMinute = std::max(fromMinute, toMinute);
    c.table = table;
    const qint64 span = c.toMinute - c.fromMinute;
    const qint64 intervals = std::max(1, maxPoints - 1);
    c.stepMinutes = std::max<qint64>(1, (span + intervals - 1) / intervals);
    // Sampled back from the end so that the newest instant is always drawn.
    for (qint64 t = c.toMinute; t >= c.fromMinute; t -= c.stepMinutes)
        c.minutes.push_back(t);
    std::reverse(c.minutes.begin(), c.minutes.end());

    c.budgetRemaining.values.reserve(c.minutes.size());
    for (const qint64 w : kChartBurnWindows) {
        ChartLine line { w, {} };
        line.values.reserve(c.minutes.size());
        c.burnRates.push_back(std::move(line));
    }
    for (const qint64 t : c.minutes) {
        c.budgetRemaining.values.push_back(sloStatus(series, params, t).budgetRemainingRatio);
        for (ChartLine& line : c.burnRates)
            line.values.push_back(windowStatus(series, t, line.windowMinutes, params.budgetRatio()).burnRate);
    }
    c.firing = mergeBySeverity(firingIntervals(series, params.objective, table, c.fromMinute, c.toMinute));
    return c;
}

} // namespace traceo::slo
