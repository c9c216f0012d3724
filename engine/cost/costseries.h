#pragma once

#include <QDate>
#include <QStringList>
#include <vector>

namespace traceo::cost {

/// The cost of one part of a series, day by day: a resource type, a resource or a tag value.
struct CostContribution
{
    QString kind; ///< "resourceType", "resource" or "tag:<key>" (e.g. "tag:team")
    QString key; ///< the resource type, the resource id or the tag value
    std::vector<double> cost; ///< aligned with DailyCostSeries::cost (same start, same length)
};

/// The daily cost of one slice of the bill, the input of anomaly detection.
struct DailyCostSeries
{
    QStringList dims; ///< "name=value" pairs in a fixed order, e.g. service=Compute, account=111, region=eu-west-1
    QDate start; ///< the day of cost[0]
    std::vector<double> cost; ///< one value per day, no gaps (days without cost are 0)
    std::vector<CostContribution> contributions; ///< optional, for the root-cause breakdown

    QDate day(std::size_t i) const { return start.addDays(qint64(i)); }
    /// The value of dimension `name`, or an empty string.
    QString dim(const QString& name) const;
};

/// Sums series that agree on the dimensions named in `keep` (e.g. {"service"} for one series per
/// service), over the union of their days; contributions of the same kind and key are summed too.
/// The result is ordered by its dimensions.
std::vector<DailyCostSeries> rollUp(const std::vector<DailyCostSeries>& series, const QStringList& keep);

/// The median of the values (NaN when empty).
double median(std::vector<double> values);

/// The expected cost of each day: the median of the same weekday over the previous `weeks` weeks, or,
/// in the first week, the median of the days before it. NaN for the first day, which has no history.
std::vector<double> weekdayBaseline(const std::vector<double>& cost, int weeks = 4);
/// weekdayBaseline(cost, weeks)[t], without computing the other days.
double weekdayBaselineAt(const std::vector<double>& cost, std::size_t t, int weeks = 4);

/// The median of the `window` days before each day (fewer at the start; NaN for the first day).
std::vector<double> trailingMedian(const std::vector<double>& cost, int window);

} // namespace traceo::cost
