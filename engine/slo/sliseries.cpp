#include "sliseries.h"

#include "slorepository.h"

#include <algorithm>
#include <limits>

namespace traceo::slo {

namespace {

double badOf(double good, double total)
{
    total = std::max(total, 0.0);
    return std::clamp(total - good, 0.0, total);
}

} // namespace

SliSeries SliSeries::fromBuckets(std::span<const SliBucket> buckets)
{
    SliSeries s;
    if (buckets.empty())
        return s;
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const SliBucket& b : buckets) {
        lo = std::min(lo, b.minute);
        hi = std::max(hi, b.minute);
    }
    const size_t n = size_t(hi - lo + 1);
    // First the per-minute counts in the cumulative arrays (shifted by one), then the running sums.
    s.m_start = lo;
    s.m_cumBad.assign(n + 1, 0.0);
    s.m_cumTotal.assign(n + 1, 0.0);
    for (const SliBucket& b : buckets) {
        const size_t i = size_t(b.minute - lo) + 1;
        s.m_cumBad[i] += badOf(b.good, b.total);
        s.m_cumTotal[i] += std::max(b.total, 0.0);
    }
    for (size_t i = 1; i <= n; ++i) {
        s.m_cumBad[i] += s.m_cumBad[i - 1];
        s.m_cumTotal[i] += s.m_cumTotal[i - 1];
    }
    return s;
}

SliSeries SliSeries::fromDense(qint64 startMinute, std::span<const double> good, std::span<const double> total)
{
    SliSeries s;
    const size_t n = std::min(good.size(), total.size());
    s.m_start = startMinute;
    s.m_cumBad.resize(n + 1);
    s.m_cumTotal.resize(n + 1);
    s.m_cumBad[0] = s.m_cumTotal[0] = 0;
    for (size_t i = 0; i < n; ++i) {
        s.m_cumBad[i + 1] = s.m_cumBad[i] + badOf(good[i], total[i]);
        s.m_cumTotal[i + 1] = s.m_cumTotal[i] + std::max(total[i], 0.0);
    }
    return s;
}

} // namespace traceo::slo
