#pragma once

#include "alerting.h"
#include "slomath.h"

#include <vector>

namespace traceo::slo {

/// One line of a chart: values at the sample instants of SloCharts::minutes (NaN where undefined).
struct ChartLine
{
    qint64 windowMinutes = 0; ///< the burn-rate window; 0 for the budget line
    std::vector<double> values;
};

/// What the detail charts of one SLO show over a time range, sampled at no more than `maxPoints`
/// instants: the remaining budget over time, burn rates over a few windows, the alert tiers'
/// thresholds and the intervals in which a page or ticket alert fired.
struct SloCharts
{
    qint64 fromMinute = 0;
    qint64 toMinute = 0;
    qint64 stepMinutes = 1;
    std::vector<qint64> minutes; ///< sample instants, ascending, the last one is toMinute
    /// SloStatus::budgetRemainingRatio at each instant: exactly what `traceo slo status --at` prints.
    ChartLine budgetRemaining;
    std::vector<ChartLine> burnRates; ///< one per window of kChartBurnWindows
    AlertTable table;
    std::vector<FiringInterval> firing; ///< merged by severity (mergeBySeverity), minute resolution
};

/// The burn-rate windows the detail chart draws: 1h, 6h and 3d (the long windows of three tiers).
inline constexpr std::array<qint64, 3> kChartBurnWindows = { 60, 360, 4320 };

/// How far before `fromMinute` a series must reach for sloCharts() (the period, the longest window).
qint64 chartLookbackMinutes(const SloParams& params, const AlertTable& table);

/// The chart data of instants fromMinute … toMinute (inclusive); `series` should cover
/// [fromMinute − chartLookbackMinutes(), toMinute).
SloCharts sloCharts(const SliSeries& series, const SloParams& params, const AlertTable& table, qint64 fromMinute,
    qint64 toMinute, int maxPoints = 1000);

} // namespace traceo::slo
