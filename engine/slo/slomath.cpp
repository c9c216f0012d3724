#include "slomath.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>

namespace traceo::slo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

QString promDuration(qint64 minutes)
{
    if (minutes <= 0)
        return QStringLiteral("0s");
    QString r;
    qint64 rest = minutes;
    const auto unit = [&](const char* name, qint64 mult, bool exact) {
        if (exact && rest % mult != 0)
            return;
        if (const qint64 v = rest / mult; v > 0) {
            r += QString::number(v) + QLatin1String(name);
            rest -= v * mult;
        }
    };
    unit("y", 365 * 1440, true);
    unit("w", 7 * 1440, true);
    unit("d", 1440, false);
    unit("h", 60, false);
    unit("m", 1, false);
    return r;
}

QString periodKindName(PeriodKind kind)
{
    return kind == PeriodKind::CalendarMonth ? QStringLiteral("calendar-month") : QStringLiteral("rolling");
}

PeriodKind periodKindFromName(const QString& name)
{
    return name == QLatin1String("calendar-month") ? PeriodKind::CalendarMonth : PeriodKind::Rolling;
}

MinuteRange calendarMonthOf(qint64 atMinute)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(atMinute * 60, Qt::UTC).date();
    const QDate first(day.year(), day.month(), 1);
    const auto minuteOfDate = [](QDate d) { return QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60; };
    return { minuteOfDate(first), minuteOfDate(first.addMonths(1)) };
}

qint64 SloParams::periodMinutes(qint64 atMinute) const
{
    return periodKind == PeriodKind::CalendarMonth ? calendarMonthOf(atMinute).minutes() : qint64(periodDays) * 1440;
}

qint64 SloParams::periodElapsedMinutes(qint64 atMinute) const
{
    return periodKind == PeriodKind::CalendarMonth ? atMinute - calendarMonthOf(atMinute).from
                                                   : qint64(periodDays) * 1440;
}

qint64 SloParams::longestPeriodMinutes() const
{
    return periodKind == PeriodKind::CalendarMonth ? 31 * 1440 : qint64(periodDays) * 1440;
}

qint64 minuteOfSeconds(qint64 unixSeconds)
{
    return floorDiv(unixSeconds, 60);
}

qint64 minuteOf(const QDateTime& t)
{
    return minuteOfSeconds(t.toSecsSinceEpoch());
}

WindowStatus windowStatus(const SliSeries& series, qint64 atMinute, qint64 minutes, double budgetRatio)
{
    const EventSums s = series.sum(atMinute - minutes, atMinute);
    WindowStatus w;
    w.minutes = minutes;
    w.bad = s.bad;
    w.total = s.total;
    w.errorRatio = s.total > 0 ? s.bad / s.total : kNaN;
    w.burnRate = w.errorRatio / budgetRatio;
    return w;
}

double slothMeanRatio(const SliSeries& series, qint64 atMinute, qint64 periodMinutes, qint64 shortMinutes)
{
    // Samples at the instants (T − P, T]; the data only exist for [start, end + shortMinutes).
    const qint64 first = std::max(atMinute - periodMinutes + 1, series.startMinute() + 1);
    const qint64 last = std::min(atMinute, series.endMinute() + shortMinutes - 1);
    double sum = 0;
    qint64 n = 0;
    const auto add = [&](double bad, double total) {
        if (total > 0) {
            sum += bad / total;
            ++n;
        }
    };
    // Instants whose short window lies inside the data read the prefix sums directly (the hot loop).
    const qint64 fastFrom = std::max(first, series.startMinute() + shortMinutes);
    const qint64 fastTo = std::min(last, series.endMinute());
    const double* cb = series.cumulativeBad();
    const double* ct = series.cumulativeTotal();
    for (qint64 t = first; t <= last; ++t) {
        if (t == fastFrom && fastFrom <= fastTo) {
            const size_t k = size_t(shortMinutes);
            for (size_t i = size_t(fastFrom - series.startMinute()), end = size_t(fastTo - series.startMinute());
                 i <= end; ++i)
                add(cb[i] - cb[i - k], ct[i] - ct[i - k]);
            t = fastTo;
            continue;
        }
        const EventSums s = series.sum(t - shortMinutes, t);
        add(s.bad, s.total);
    }
    return n > 0 ? sum / double(n) : kNaN;
}

SloStatus sloStatus(
    const SliSeries& series, const SloParams& params, qint64 atMinute, const std::optional<EventSums>& periodSums)
{
    const double budget = params.budgetRatio();
    const bool sumsForPeriod = periodSums && params.periodMode == PeriodMode::TrafficWeighted;
    const qint64 periodWindow = params.periodElapsedMinutes(atMinute);
    return sloStatus(WindowSource {
                         [&](qint64 minutes) {
                             WindowStatus w = windowStatus(series, atMinute, minutes, budget);
                             if (sumsForPeriod && minutes == periodWindow) {
                                 w.bad = periodSums->bad;
                                 w.total = periodSums->total;
                                 w.errorRatio = w.total > 0 ? w.bad / w.total : kNaN;
                                 w.burnRate = w.errorRatio / budget;
                             }
                             return w;
                         },
                         [&](qint64 period) { return slothMeanRatio(series, atMinute, period, kCurrentBurnWindow); },
                     },
        params, atMinute);
}

SloStatus sloStatus(const WindowSource& source, const SloParams& params, qint64 atMinute)
{
    SloStatus st;
    st.atMinute = atMinute;
    st.objective = params.objective;
    st.budgetRatio = params.budgetRatio();
    for (size_t i = 0; i < kStatusWindows.size(); ++i)
        st.windows[i] = source.window(kStatusWindows[i]);
    const qint64 periodMinutes = params.periodMinutes(atMinute);
    const qint64 elapsed = params.periodElapsedMinutes(atMinute); // < periodMinutes in a calendar month only
    if (elapsed > 0) {
        st.period = source.window(elapsed);
        if (params.periodMode == PeriodMode::SlothMean5m) {
            st.period.errorRatio = source.slothMeanRatio(elapsed);
            st.period.burnRate = st.period.errorRatio / st.budgetRatio;
        }
    } else { // the first minute of a month: nothing counted yet
        st.period = { 0, 0, 0, kNaN, kNaN };
    }
    st.currentBurnRate = st.windows[0].burnRate;

    // The share of the period behind the instant: the month-to-date events are projected to the month.
    const double share = double(elapsed) / double(periodMinutes);
    st.budgetTotalEvents = share > 0 ? st.budgetRatio * st.period.total / share : 0.0;
    st.budgetConsumedEvents = st.period.bad;
    st.budgetRemainingEvents = st.budgetTotalEvents - st.budgetConsumedEvents;
    st.budgetConsumedRatio = std::isnan(st.period.burnRate) ? 0.0 : st.period.burnRate * share;
    st.budgetRemainingRatio = 1.0 - st.budgetConsumedRatio;

    if (st.budgetRemainingRatio <= 0)
        st.minutesToExhaustion = 0;
    else if (!(st.currentBurnRate > 0))
        st.minutesToExhaustion = kInf;
    else
        st.minutesToExhaustion = st.budgetRemainingRatio * double(periodMinutes) / st.currentBurnRate;
    if (st.minutesToExhaustion > double(periodMinutes - elapsed) && elapsed < periodMinutes)
        st.minutesToExhaustion = kInf; // a calendar month ends (and its budget starts afresh) first
    return st;
}

} // namespace traceo::slo
