#pragma once

#include <QtGlobal>
#include <span>
#include <vector>

namespace traceo {
struct SliBucket;
}

namespace traceo::slo {

/// Good/bad/total event counts summed over a range of buckets.
struct EventSums
{
    double bad = 0;
    double total = 0;
    double good() const { return total - bad; }
};

/// One SLO's SLI as contiguous 1-minute buckets with prefix sums, so that the sum over any window is
/// O(1). Bucket `i` holds the events of the minute starting at Unix minute `startMinute() + i`, i.e. the
/// half-open interval [m·60 s, (m+1)·60 s). Minutes without data count as no traffic (0 good, 0 total).
///
/// Memory: two cumulative `double` arrays (bad, total) of count()+1 entries: 16 bytes per bucket. Bad
/// rather than good is accumulated so that error ratios do not come from a difference of two large sums.
class SliSeries
{
public:
    SliSeries() = default;
    /// Buckets in any order; several buckets for the same minute are added up. Negative counts and
    /// good > total are clamped (bad = max(0, total − good)).
    static SliSeries fromBuckets(std::span<const SliBucket> buckets);
    /// Dense form: good[i], total[i] for minute start + i.
    static SliSeries fromDense(qint64 startMinute, std::span<const double> good, std::span<const double> total);

    qint64 startMinute() const { return m_start; }
    /// One past the last bucket's minute.
    qint64 endMinute() const { return m_start + count(); }
    qint64 count() const { return m_cumTotal.empty() ? 0 : qint64(m_cumTotal.size()) - 1; }
    bool isEmpty() const { return count() == 0; }

    /// Sums of the buckets of minutes [fromMinute, toMinute), clamped to the data (outside = no traffic).
    EventSums sum(qint64 fromMinute, qint64 toMinute) const
    {
        const qint64 a = clampIndex(fromMinute);
        const qint64 b = clampIndex(toMinute);
        if (b <= a)
            return {};
        return { m_cumBad[size_t(b)] - m_cumBad[size_t(a)], m_cumTotal[size_t(b)] - m_cumTotal[size_t(a)] };
    }

    /// The raw prefix sums (count() + 1 entries; entry i sums buckets [0, i)) for tight loops.
    const double* cumulativeBad() const { return m_cumBad.data(); }
    const double* cumulativeTotal() const { return m_cumTotal.data(); }

    /// Bytes held by the bucket arrays (for the memory-per-bucket benchmark).
    size_t memoryBytes() const { return (m_cumBad.capacity() + m_cumTotal.capacity()) * sizeof(double); }

private:
    qint64 clampIndex(qint64 minute) const
    {
        const qint64 i = minute - m_start;
        return i < 0 ? 0 : (i > count() ? count() : i);
    }

    qint64 m_start = 0;
    std::vector<double> m_cumBad; ///< m_cumBad[i] = bad events of buckets [0, i)
    std::vector<double> m_cumTotal;
};

} // namespace traceo::slo
