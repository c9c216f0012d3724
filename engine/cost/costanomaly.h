#pragma once

#include "costseries.h"
#include "isolationforest.h"

namespace traceo::cost {

enum class Severity
{
    Low,
    Medium,
    High,
    Critical
};
QString severityName(Severity s); ///< "low", "medium", "high", "critical"

/// Severity by absolute impact (in the bill's currency per day).
struct SeverityThresholds
{
    double medium = 100;
    double high = 1000;
    double critical = 10000;

    Severity of(double impact) const;
};

/// The default minimum absolute impact of an anomaly, in the bill's currency per day.
inline constexpr double kDefaultMinImpact = 10;

/// When a deviation from the expected cost counts: by relative deviation, by absolute impact, or both.
struct DeviationRule
{
    enum class Combine
    {
        And,
        Or
    };
    double minPercent = 15; ///< |actual − expected| / expected × 100
    /// |actual − expected| in the bill's currency per day: by default 10, so that series of cents and
    /// fractions of a cent (where any change is a large percentage) do not alarm.
    double minImpact = kDefaultMinImpact;
    Combine combine = Combine::And;

    bool matches(double expected, double actual) const;
};

struct AnomalyParams
{
    IsolationForestParams forest;
    double minScore = 0.6; ///< Isolation Forest score a day needs to be an anomaly
    DeviationRule deviation;
    int weeks = 4; ///< same-weekday history of the baseline
    int minHistoryDays = 14; ///< no anomaly is reported before this many days of history
    int topCauses = 3; ///< root causes kept per kind (resource type, resource, tag)
    SeverityThresholds severity;
};

/// One part of the bill that moved on the day of an anomaly.
struct RootCause
{
    QString kind; ///< as CostContribution::kind
    QString key;
    double expected = 0;
    double actual = 0;
    double delta = 0; ///< actual − expected
    double share = 0; ///< delta / the anomaly's impact
};

struct CostAnomaly
{
    QStringList dims;
    QDate day;
    double expected = 0;
    double actual = 0;
    double impact = 0; ///< actual − expected (negative for a drop)
    double impactPercent = 0; ///< impact / expected × 100
    double score = 0; ///< Isolation Forest score, 0..1
    Severity severity = Severity::Low;
    std::vector<RootCause> rootCauses; ///< per kind, the largest movers in the direction of the impact
};

/// Per-day features of a series for the Isolation Forest, one row per day: level (log cost), change
/// from the day before, change from the same weekday a week before, and the ratio (as a log) to the
/// trailing 7-day median, the trailing 28-day median and the weekday baseline. Missing history counts
/// as no change.
FeatureMatrix dailyFeatures(const std::vector<double>& cost, const std::vector<double>& baseline);

/// The anomalies of one series, oldest first: days whose Isolation Forest score reaches `minScore`
/// and whose deviation from the weekday baseline matches the deviation rule.
std::vector<CostAnomaly> detectAnomalies(const DailyCostSeries& series, const AnomalyParams& params = {});

/// The anomalies of many series, newest first, then by largest absolute impact.
std::vector<CostAnomaly> detectAnomalies(const std::vector<DailyCostSeries>& series, const AnomalyParams& params = {});

} // namespace traceo::cost
