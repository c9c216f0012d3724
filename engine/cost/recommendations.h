#pragma once

#include <QDate>
#include <QMap>
#include <QStringList>
#include <array>
#include <vector>

namespace traceo::cost {

/// One resource's daily cost and usage over the analysed period, the input of the recommendations.
/// Resources whose charges come in different units (a bucket's storage and its requests) appear once
/// per unit, with the same resourceId.
struct ResourceUsage
{
    QString resourceId;
    QString resourceType;
    QString service;
    QString serviceCategory; ///< FOCUS ServiceCategory: "Compute", "Storage", "Networking", "Databases"…
    QString chargeCategory; ///< FOCUS ChargeCategory: "Usage", "Purchase", "Tax", "Credit", "Adjustment"
    QString pricingCategory; ///< FOCUS PricingCategory: "Standard" (on-demand), "Committed", "Dynamic" (spot)
    QString region;
    QString account;
    QMap<QString, QString> tags;
    QDate start; ///< the day of dailyCost[0]
    std::vector<double> dailyCost; ///< one value per day, 0 when the resource did not run
    std::vector<double> dailyQuantity; ///< FOCUS ConsumedQuantity per day
    QString quantityUnit; ///< FOCUS ConsumedUnit: "Hours", "GB", "GB-Mo", "Requests"…
    /// Daily mean CPU utilization, 0..1, aligned with dailyCost (NaN on days without a value), from
    /// x_CpuUtilizationAvg; empty when the resource has none.
    std::vector<double> dailyUtilization;
    /// Daily 95th percentile of the CPU utilization, 0..1, from x_CpuUtilizationP95; empty when unknown
    /// (the daily mean then stands for the peak).
    std::vector<double> dailyPeakUtilization;
};

enum class Strategy
{
    Commitment, ///< reserved instances or savings plans for steady compute
    Spot, ///< spot capacity for interruptible workloads
    Compression, ///< compression of heavy data transfer
    RightSizing, ///< smaller instances for under-used compute
    AutoScaling, ///< scaling with a cyclic demand instead of paying for the peak
    DataTiering, ///< a colder storage class for data nobody reads
};
constexpr std::size_t kStrategyCount = 6;
QString strategyName(Strategy s); ///< "commitment", "spot", "compression", "rightsizing", "autoscaling", "tiering"
QString strategyTitle(Strategy s); ///< translated, e.g. "Reserved instances or savings plans for steady compute"

struct StrategySettings
{
    double savingsRate = 0; ///< share of the eligible spend saved, 0..1
    double implementationCost = 0; ///< one-off cost of putting it in place
};

struct RecommendationSettings
{
    /// By Strategy: rates 25 %, 60 %, 50 %, 20 %, 25 %, 40 %.
    std::array<StrategySettings, kStrategyCount> strategies
        = { { { 0.25, 500 }, { 0.60, 3000 }, { 0.50, 2000 }, { 0.20, 1500 }, { 0.25, 4000 }, { 0.40, 1000 } } };
    int minDays = 14; ///< history a pattern needs
    double maxSteadyCv = 0.15; ///< steady: coefficient of variation of the daily cost at most this
    double maxShortLivedRunDays = 3; ///< short-lived: runs of at most this many days on average…
    double maxShortLivedActiveShare = 0.5; ///< …on at most this share of the days
    double minTransferShare = 0.05; ///< compression: data transfer is at least this share of the bill
    double maxMeanUtilization = 0.4; ///< right-sizing: mean utilization below this…
    double maxPeakUtilization = 0.6; ///< …and the daily peak (95th percentile) below this on every day
    double maxTroughToPeak = 0.5; ///< auto-scaling: weekly demand trough at most this share of the peak…
    double maxMeanToPeak = 0.5; ///< …or, on the median day, the mean at most this share of the daily peak
    double maxRequestRatio = 0.01; ///< tiering: request charges at most this share of the storage charges
    double maxStorageGrowth = 0.25; ///< tiering: flat growth, last week at most this much above the first

    StrategySettings& of(Strategy s) { return strategies[std::size_t(s)]; }
    const StrategySettings& of(Strategy s) const { return strategies[std::size_t(s)]; }
};

/// Why a resource qualifies: which row, which pattern.
struct Evidence
{
    QString resourceId;
    QString pattern; ///< e.g. "on-demand Compute running 30 of 30 days, $101.20 a day, CV 0.03"
    double monthlyCost = 0;
};

struct Recommendation
{
    Strategy strategy = Strategy::Commitment;
    int priority = 0; ///< 1 is the first to do
    std::vector<Evidence> evidence; ///< never empty
    double eligibleMonthly = 0; ///< monthly spend of the evidence resources (30-day months)
    double savingsRate = 0;
    double monthlySavings = 0;
    double annualSavings = 0;
    double implementationCost = 0;
    double roi = 0; ///< (annual savings − implementation cost) / implementation cost; +inf when it costs nothing
    double paybackMonths = 0; ///< implementation cost / monthly savings
};

struct RecommendationReport
{
    std::vector<Recommendation> recommendations; ///< by priority: largest first-year net saving first
    QStringList notes; ///< strategies that could not be evaluated, and why
};

/// Evaluates the six strategies over the resources; a strategy is recommended only with evidence.
RecommendationReport recommend(
    const std::vector<ResourceUsage>& resources, const RecommendationSettings& settings = {});

} // namespace traceo::cost
