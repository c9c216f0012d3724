#include "costanomaly.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace traceo::cost {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

Severity SeverityThresholds::of(double impact) const
{
    const double a = std::abs(impact);
    if (a >= critical)
        return Severity::Critical;
    if (a >= high)
        return Severity::High;
    if (a >= medium)
        return Severity::Medium;
    return Severity::Low;
}

bool DeviationRule::matches(double expected, double actual) const
{
    const double impact = std::abs(actual - expected);
    // Cost appearing from nothing is an infinite relative deviation.
    const double percent = expected > 0 ? impact / expected * 100 : (impact > 0 ? HUGE_VAL : 0);
    const bool byPercent = percent >= minPercent;
    const bool byImpact = impact >= minImpact && impact > 0;
    return combine == Combine::And ? byPercent && byImpact : byPercent || byImpact;
}

namespace {

// log(1 + a) − log(1 + b): a ratio that stays finite at zero cost; no change when b is unknown.
double logRatio(double a, double b)
{
    return std::isnan(b) ? 0.0 : std::log1p(a) - std::log1p(b);
}

std::vector<RootCause> rootCauses(const DailyCostSeries& series, std::size_t t, double impact, const AnomalyParams& p)
{
    std::vector<RootCause> all;
    for (const CostContribution& c : series.contributions) {
        if (t >= c.cost.size())
            continue;
        const double expected = weekdayBaselineAt(c.cost, t, p.weeks);
        const double delta = c.cost[t] - (std::isnan(expected) ? 0.0 : expected);
        if (delta * impact <= 0) // only parts that moved the way the total moved
            continue;
        all.push_back({ c.kind, c.key, c.cost[t] - delta, c.cost[t], delta, delta / impact });
    }
    std::stable_sort(all.begin(), all.end(), [](const RootCause& a, const RootCause& b) {
        return a.kind != b.kind ? a.kind < b.kind : std::abs(a.delta) > std::abs(b.delta);
    });
    std::vector<RootCause> kept;
    int inKind = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        inKind = (i > 0 && all[i].kind == all[i - 1].kind) ? inKind + 1 : 0;
        if (inKind < p.topCauses)
            kept.push_back(all[i]);
    }
    return kept;
}

} // namespace

FeatureMatrix dailyFeatures(const std::vector<double>& cost, const std::vector<double>& baseline)
{
    const std::vector<double> median7 = trailingMedian(cost, 7);
    const std::vector<double> median28 = trailingMedian(cost, 28);
    FeatureMatrix m;
    m.cols = 6;
    m.values.reserve(cost.size() * 6);
    for (std::size_t t = 0; t < cost.size(); ++t) {
        const double nan = std::nan("");
        const double c = cost[t];
        m.values.insert(m.values.end(),
            { std::log1p(c), logRatio(c, t >= 1 ? cost[t - 1] : nan), logRatio(c, t >= 7 ? cost[t - 7] : nan),
                logRatio(c, median7[t]), logRatio(c, median28[t]), logRatio(c, baseline[t]) });
    }
    return m;
}

std::vector<CostAnomaly> detectAnomalies(const DailyCostSeries& series, const AnomalyParams& params)
{
    std::vector<CostAnomaly> out;
    if (series.cost.size() < 2)
        return out;
    const std::vector<double> baseline = weekdayBaseline(series.cost, params.weeks);
    const FeatureMatrix features = dailyFeatures(series.cost, baseline);
    const std::vector<double> scores = IsolationForest::fit(features, params.forest).score(features, 1);
    for (std::size_t t = std::size_t(std::max(1, params.minHistoryDays)); t < series.cost.size(); ++t) {
        const double expected = baseline[t], actual = series.cost[t];
        if (scores[t] < params.minScore || !params.deviation.matches(expected, actual))
            continue;
        CostAnomaly a;
        a.dims = series.dims;
        a.day = series.day(t);
        a.expected = expected;
        a.actual = actual;
        a.impact = actual - expected;
        a.impactPercent = expected > 0 ? a.impact / expected * 100 : HUGE_VAL;
        a.score = scores[t];
        a.severity = params.severity.of(a.impact);
        a.rootCauses = rootCauses(series, t, a.impact, params);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<CostAnomaly> detectAnomalies(const std::vector<DailyCostSeries>& series, const AnomalyParams& params)
{
    std::vector<CostAnomaly> out;
    for (const DailyCostSeries& s : series) {
        std::vector<CostAnomaly> found = detectAnomalies(s, params);
        std::move(found.begin(), found.end(), std::back_inserter(out));
    }
    std::stable_sort(out.begin(), out.end(), [](const CostAnomaly& a, const CostAnomaly& b) {
        return a.day != b.day ? a.day > b.day : std::abs(a.impact) > std::abs(b.impact);
    });
    return out;
}

} // namespace traceo::cost
