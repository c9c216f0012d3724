#pragma once

#include "sliseries.h"

#include <QString>
#include <functional>
#include <vector>

namespace traceo::slo {

enum class Severity
{
    Page,
    Ticket
};
QString severityName(Severity s); ///< "page" / "ticket", as Sloth's `sloth_severity`

/// One multi-window multi-burn-rate tier: fires when the error ratio over both windows exceeds
/// burnRate × (1 − objective).
struct AlertTier
{
    Severity severity = Severity::Page;
    QString name; ///< "page-quick", "page-slow", "ticket-quick", "ticket-slow" for Sloth's tiers
    double budgetPercent = 0; ///< share of the period's budget the tier guards (Sloth's errorBudgetPercent)
    qint64 shortMinutes = 0;
    qint64 longMinutes = 0;
    double burnRate = 0;
};

/// Sloth's burn factor: the speed that spends `budgetPercent` % of a period's budget within the long
/// window, `budgetPercent × periodHours / 100 / longHours` (evaluated in that order, as Sloth does, so
/// the numbers print the same: 14.4, 6, 3, 1 for 30 days).
double slothBurnFactor(qint64 periodMinutes, double budgetPercent, qint64 longMinutes);

/// A tier table for one SLO period. Tiers in Sloth's order: page quick, page slow, ticket quick, ticket slow.
struct AlertTable
{
    qint64 periodMinutes = 30 * 1440;
    std::vector<AlertTier> tiers;

    /// Sloth's defaults (the SRE workbook's): 2 % on 1h & 5m, 5 % on 6h & 30m, 10 % on 1d & 2h,
    /// 10 % on 3d & 6h, burn factors scaled to the period: 14.4, 6, 3, 1 for 30 days.
    static AlertTable slothDefault(int periodDays = 30);
    /// Four tiers from Sloth's `AlertWindows` figures (see slothspec.h to read them from YAML).
    struct WindowSpec
    {
        double budgetPercent;
        qint64 shortMinutes;
        qint64 longMinutes;
    };
    static AlertTable fromWindows(
        qint64 periodMinutes, WindowSpec pageQuick, WindowSpec pageSlow, WindowSpec ticketQuick, WindowSpec ticketSlow);
};

struct TierState
{
    bool firing = false;
    double threshold = 0; ///< burnRate × (1 − objective)
    double shortRatio = 0; ///< NaN without traffic
    double longRatio = 0;
};

struct AlertState
{
    std::vector<TierState> tiers; ///< parallel to AlertTable::tiers
    bool page = false;
    bool ticket = false;
};

/// Alert state at the whole minute `atMinute` (windows aligned as in slomath.h: [at − w, at)).
/// Without traffic in a window its ratio is NaN and the tier does not fire (as in Prometheus).
AlertState evaluateAlerts(const SliSeries& series, double objective, const AlertTable& table, qint64 atMinute);
/// The same from the error ratios of the windows (`ratioOf(minutes)`, NaN without traffic), for SLIs that
/// are not minute buckets: a tier fires when both ratios exceed its threshold.
AlertState evaluateAlerts(
    const std::function<double(qint64 minutes)>& ratioOf, double objective, const AlertTable& table);

/// A run of instants at which an alert fires: the whole minutes fromMinute … toMinute − 1.
struct FiringInterval
{
    int tier = -1; ///< index into the table, −1 for a severity-level interval
    Severity severity = Severity::Page;
    qint64 fromMinute = 0;
    qint64 toMinute = 0; ///< exclusive
    bool operator==(const FiringInterval&) const = default;
};

/// Firing intervals per tier over the instants fromMinute … toMinute (inclusive), minute resolution,
/// adjacent firing minutes merged; sorted by tier then time.
std::vector<FiringInterval> firingIntervals(
    const SliSeries& series, double objective, const AlertTable& table, qint64 fromMinute, qint64 toMinute);

/// The union per severity (what a page or ticket alert rule does with its two tiers `or`-ed), sorted
/// by severity (page first) then time; `tier` is −1.
std::vector<FiringInterval> mergeBySeverity(const std::vector<FiringInterval>& perTier);

} // namespace traceo::slo
