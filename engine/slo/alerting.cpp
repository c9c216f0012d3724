#include "alerting.h"

#include <algorithm>
#include <cmath>

namespace traceo::slo {

namespace {

// Go's time.Duration.Hours(): whole hours plus the remainder, so whole-hour windows stay exact.
double goHours(qint64 minutes)
{
    return double(minutes / 60) + double((minutes % 60) * 60) / 3600.0;
}

// bad / total > threshold, as Prometheus compares the ratio, but without dividing unless the two sides are
// within rounding of each other (the history loop runs this millions of times).
inline bool ratioExceeds(double bad, double total, double threshold)
{
    if (!(total > 0))
        return false;
    const double rhs = threshold * total;
    if (bad > rhs * (1 + 1e-12))
        return true;
    if (bad < rhs * (1 - 1e-12))
        return false;
    return bad / total > threshold;
}

bool exceeds(const SliSeries& series, qint64 at, qint64 window, double threshold, double* ratio)
{
    const EventSums s = series.sum(at - window, at);
    if (!(s.total > 0)) {
        *ratio = std::nan("");
        return false;
    }
    *ratio = s.bad / s.total;
    return ratioExceeds(s.bad, s.total, threshold);
}

bool tierFiresAt(const SliSeries& series, const AlertTier& tier, double threshold, qint64 at)
{
    const EventSums l = series.sum(at - tier.longMinutes, at);
    if (!ratioExceeds(l.bad, l.total, threshold))
        return false;
    const EventSums s = series.sum(at - tier.shortMinutes, at);
    return ratioExceeds(s.bad, s.total, threshold);
}

} // namespace

QString severityName(Severity s)
{
    return s == Severity::Page ? QStringLiteral("page") : QStringLiteral("ticket");
}

double slothBurnFactor(qint64 periodMinutes, double budgetPercent, qint64 longMinutes)
{
    const double hoursRequired = budgetPercent * goHours(periodMinutes) / 100;
    return hoursRequired / goHours(longMinutes);
}

AlertTable AlertTable::slothDefault(int periodDays)
{
    return fromWindows(qint64(periodDays) * 1440, { 2, 5, 60 }, { 5, 30, 360 }, { 10, 120, 1440 }, { 10, 360, 4320 });
}

AlertTable AlertTable::fromWindows(
    qint64 periodMinutes, WindowSpec pageQuick, WindowSpec pageSlow, WindowSpec ticketQuick, WindowSpec ticketSlow)
{
    AlertTable t;
    t.periodMinutes = periodMinutes;
    const auto add = [&](Severity sev, const char* name, WindowSpec w) {
        t.tiers.push_back({ sev, QLatin1String(name), w.budgetPercent, w.shortMinutes, w.longMinutes,
            slothBurnFactor(periodMinutes, w.budgetPercent, w.longMinutes) });
    };
    add(Severity::Page, "page-quick", pageQuick);
    add(Severity::Page, "page-slow", pageSlow);
    add(Severity::Ticket, "ticket-quick", ticketQuick);
    add(Severity::Ticket, "ticket-slow", ticketSlow);
    return t;
}

AlertState evaluateAlerts(const SliSeries& series, double objective, const AlertTable& table, qint64 atMinute)
{
    AlertState state;
    state.tiers.reserve(table.tiers.size());
    for (const AlertTier& tier : table.tiers) {
        TierState ts;
        ts.threshold = tier.burnRate * (1.0 - objective);
        const bool s = exceeds(series, atMinute, tier.shortMinutes, ts.threshold, &ts.shortRatio);
        const bool l = exceeds(series, atMinute, tier.longMinutes, ts.threshold, &ts.longRatio);
        ts.firing = s && l;
        if (ts.firing)
            (tier.severity == Severity::Page ? state.page : state.ticket) = true;
        state.tiers.push_back(ts);
    }
    return state;
}

AlertState evaluateAlerts(
    const std::function<double(qint64 minutes)>& ratioOf, double objective, const AlertTable& table)
{
    AlertState state;
    for (const AlertTier& tier : table.tiers) {
        TierState ts;
        ts.threshold = tier.burnRate * (1.0 - objective);
        ts.shortRatio = ratioOf(tier.shortMinutes);
        ts.longRatio = ratioOf(tier.longMinutes);
        ts.firing = ts.shortRatio > ts.threshold && ts.longRatio > ts.threshold; // false for NaN
        if (ts.firing)
            (tier.severity == Severity::Page ? state.page : state.ticket) = true;
        state.tiers.push_back(ts);
    }
    return state;
}

std::vector<FiringInterval> firingIntervals(
    const SliSeries& series, double objective, const AlertTable& table, qint64 fromMinute, qint64 toMinute)
{
    std::vector<FiringInterval> out;
    for (size_t i = 0; i < table.tiers.size(); ++i) {
        const AlertTier& tier = table.tiers[i];
        const double threshold = tier.burnRate * (1.0 - objective);
        // Nothing can fire once the long window has left the data entirely.
        const qint64 last = std::min(toMinute, series.endMinute() + tier.shortMinutes - 1);
        qint64 open = -1;
        bool inRun = false;
        // Instants whose two windows lie inside the data read the prefix sums directly.
        const qint64 first = std::max(fromMinute, series.startMinute() + 1);
        const qint64 fastFrom = std::max(first, series.startMinute() + tier.longMinutes);
        const qint64 fastTo = std::min(last, series.endMinute()); // inclusive
        const double* cb = series.cumulativeBad();
        const double* ct = series.cumulativeTotal();
        for (qint64 t = first; t <= last; ++t) {
            bool f;
            if (t >= fastFrom && t <= fastTo) {
                const size_t i = size_t(t - series.startMinute());
                const size_t l = i - size_t(tier.longMinutes);
                const size_t s = i - size_t(tier.shortMinutes);
                f = ratioExceeds(cb[i] - cb[l], ct[i] - ct[l], threshold)
                    && ratioExceeds(cb[i] - cb[s], ct[i] - ct[s], threshold);
            } else {
                f = tierFiresAt(series, tier, threshold, t);
            }
            if (f && !inRun) {
                open = t;
                inRun = true;
            } else if (!f && inRun) {
                out.push_back({ int(i), tier.severity, open, t });
                inRun = false;
            }
        }
        if (inRun)
            out.push_back({ int(i), tier.severity, open, last + 1 });
    }
    return out;
}

std::vector<FiringInterval> mergeBySeverity(const std::vector<FiringInterval>& perTier)
{
    std::vector<FiringInterval> out;
    for (const Severity sev : { Severity::Page, Severity::Ticket }) {
        std::vector<FiringInterval> v;
        for (const FiringInterval& f : perTier)
            if (f.severity == sev)
                v.push_back({ -1, sev, f.fromMinute, f.toMinute });
        std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.fromMinute < b.fromMinute; });
        for (const FiringInterval& f : v) {
            if (!out.empty() && out.back().severity == sev && f.fromMinute <= out.back().toMinute)
                out.back().toMinute = std::max(out.back().toMinute, f.toMinute);
            else
                out.push_back(f);
        }
    }
    return out;
}

} // namespace traceo::slo
