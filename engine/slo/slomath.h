#pragma once

#include "sliseries.h"

#include <QString>
#include <array>
#include <functional>
#include <optional>

class QDateTime;

namespace traceo::slo {

/// How the whole-period error ratio is computed.
enum class PeriodMode
{
    /// bad events / total events over the period (the default: every request weighs the same).
    TrafficWeighted,
    /// Sloth's `slo:sli_error:ratio_rate<period>`: the mean of the 5-minute error ratio sampled once a
    /// minute over the period, i.e. `sum_over_time(ratio_rate5m[P]) / count_over_time(ratio_rate5m[P])`.
    /// Instants whose 5-minute window has no traffic are skipped (Prometheus would have no sample for an
    /// absent series; a present series with 0/0 would make the whole mean NaN — we do not copy that).
    SlothMean5m,
};

/// What an SLO's period is.
enum class PeriodKind
{
    /// The periodDays days before the instant.
    Rolling,
    /// The UTC calendar month containing the instant (its budget starts afresh on the 1st, 00:00 UTC).
    CalendarMonth,
};
/// "rolling" or "calendar-month", as stored and printed; periodKindFromName reads them (Rolling otherwise).
QString periodKindName(PeriodKind kind);
PeriodKind periodKindFromName(const QString& name);

/// The Unix minutes [from, to) of the UTC calendar month containing the Unix minute `atMinute`.
struct MinuteRange
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 minutes() const { return to - from; }
};
MinuteRange calendarMonthOf(qint64 atMinute);

struct SloParams
{
    double objective = 0.999; ///< as a ratio
    int periodDays = 30; ///< the rolling period; not used for calendar months
    PeriodMode periodMode = PeriodMode::TrafficWeighted;
    PeriodKind periodKind = PeriodKind::Rolling;
    /// The length of the period containing the instant: periodDays days, or the days of its month.
    qint64 periodMinutes(qint64 atMinute) const;
    /// The period's minutes up to the instant, whose events count: all of a rolling period, the minutes
    /// since the 1st 00:00 UTC for a calendar month (0 at the first minute of the month).
    qint64 periodElapsedMinutes(qint64 atMinute) const;
    /// The longest period any instant can have (31 days for calendar months), for look-backs.
    qint64 longestPeriodMinutes() const;
    double budgetRatio() const { return 1.0 - objective; }
};

/// The standard windows of a status, in minutes: 5m 30m 1h 2h 6h 1d 3d (then the period).
inline constexpr std::array<int, 7> kStatusWindows = { 5, 30, 60, 120, 360, 1440, 4320 };
/// Sloth's "current" burn rate window (`slo:current_burn_rate:ratio` uses `ratio_rate5m`).
inline constexpr int kCurrentBurnWindow = 5;

/// A duration as Prometheus prints it (`model.Duration.String()`): 5m, 1h, 1d, 30d, 1d12h; whole
/// weeks and years as 1w, 4w, 1y. This is how Sloth names windows (`ratio_rate30d`, `sloth_window`).
QString promDuration(qint64 minutes);

/// The Unix minute that an instant falls in, rounded down: evaluations are at whole minutes.
qint64 minuteOf(const QDateTime& t);
qint64 minuteOfSeconds(qint64 unixSeconds);

/// Figures of one window evaluated at one instant.
///
/// Alignment: at instant T (a whole minute, Unix minute `at`), a window of w minutes covers the seconds
/// (T − w, T], which with minute buckets are the buckets of minutes [at − w, at): the w minutes that
/// ended at T. A bucket therefore counts once its minute is over. Windows reaching before the first
/// bucket simply see less traffic (no extrapolation).
///
/// Against Prometheus, with counters sampled on minute boundaries and bucket m = counter(m + 1) − counter(m):
/// Prometheus 2.x (closed range [T − w, T], the Debian 12 server is 2.42) sees the samples T − w … T at a
/// minute-aligned T, so `rate(bad[w]) / rate(total[w])` equals our ratio exactly (no extrapolation is
/// needed). Prometheus 3 selects (T − w, T]: the increase spans w − 1 minutes, and so does a 2.x rule
/// evaluated between minute boundaries (rule groups run at a hashed offset); extrapolation scales error and
/// total alike and cancels in the ratio. Checked against Prometheus 2.42 with promtool-backfilled counters:
/// equal to 1 ulp at T = hh:mm:00, and equal to the [at − w + 1, at) ratio at hh:mm:20.
struct WindowStatus
{
    qint64 minutes = 0;
    double bad = 0;
    double total = 0;
    double errorRatio = 0; ///< bad / total; NaN when there was no traffic
    double burnRate = 0; ///< errorRatio / (1 − objective); NaN when there was no traffic
};

WindowStatus windowStatus(const SliSeries& series, qint64 atMinute, qint64 minutes, double budgetRatio);

/// Sloth's period error ratio (see PeriodMode::SlothMean5m); NaN when no instant had traffic.
double slothMeanRatio(const SliSeries& series, qint64 atMinute, qint64 periodMinutes, qint64 shortMinutes = 5);

/// Everything the status of one SLO at one instant needs.
///
/// Budget: total = (1 − objective) × period events; consumed = period bad events; remaining = total −
/// consumed (negative once overspent). The ratios are fractions of the budget: consumed ratio = period
/// burn rate (follows PeriodMode), remaining ratio = 1 − consumed ratio, as Sloth's
/// `slo:period_error_budget_remaining:ratio`. No traffic in the period means nothing consumed.
/// Time to exhaustion: at the current (5-minute, as Sloth) burn rate b the budget of a whole period
/// drains in period / b, so the remaining fraction r lasts r × period / b minutes: +inf when nothing
/// burns (b ≤ 0 or no traffic), 0 when the budget is already gone.
///
/// Calendar months (PeriodKind::CalendarMonth): `period` holds the events of the month so far (elapsed
/// minutes e of a month of M minutes). The month's budget is (1 − objective) × the month's events,
/// projected from the month so far at its average rate (total × M / e), so the consumed ratio is the
/// month-to-date burn rate × e / M: at a constant burn rate b the budget falls linearly from 1 on the
/// 1st to 1 − b at month end. Time to exhaustion is r × M / b as above, but +inf when that lies beyond
/// the month end (the budget starts afresh before it runs out).
struct SloStatus
{
    qint64 atMinute = 0;
    double objective = 0;
    double budgetRatio = 0;
    std::array<WindowStatus, kStatusWindows.size()> windows {};
    WindowStatus period;
    double currentBurnRate = 0;
    double budgetTotalEvents = 0;
    double budgetConsumedEvents = 0;
    double budgetRemainingEvents = 0;
    double budgetConsumedRatio = 0;
    double budgetRemainingRatio = 1;
    double minutesToExhaustion = 0;
};

/// `periodSums`: the period's event sums when `series` does not reach back a whole period (summed
/// elsewhere, e.g. by the database); used in PeriodMode::TrafficWeighted only.
SloStatus sloStatus(const SliSeries& series, const SloParams& params, qint64 atMinute,
    const std::optional<EventSums>& periodSums = std::nullopt);

/// Where a status reads its SLI when not from minute buckets (imported counters evaluated with PromQL's
/// rate, a Prometheus server): the figures of a window of `minutes` ending at the status instant, and
/// for PeriodMode::SlothMean5m the mean 5-minute error ratio over a period (NaN without traffic).
struct WindowSource
{
    std::function<WindowStatus(qint64 minutes)> window;
    std::function<double(qint64 periodMinutes)> slothMeanRatio;
};
SloStatus sloStatus(const WindowSource& source, const SloParams& params, qint64 atMinute);

} // namespace traceo::slo
