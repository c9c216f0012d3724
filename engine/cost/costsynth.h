#pragma once

#include "costseries.h"

#include <QByteArray>
#include <cmath>
#include <cstdint>
#include <random>

namespace traceo::cost {

/// Portable random draws for the generators (the standard distributions differ between libraries, so
/// the same seed gives the same data everywhere).
class SynthRandom
{
public:
    explicit SynthRandom(std::uint64_t seed)
        : m_rng(seed)
    { }
    double uniform() { return double(m_rng() >> 11) * 0x1.0p-53; } ///< in [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return int(m_rng() % std::uint64_t(n)); }
    double normal(); ///< standard normal
    std::uint64_t bits() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
};

/// Realistic synthetic daily costs for tests, benchmarks and demos: per (service, account, region)
/// a level between ~$50 and ~$5,000 a day, a weekly cycle (cheaper weekends), a slow trend and
/// multiplicative noise, spread over resources of a few resource types, each tagged with a team.
struct SyntheticCostParams
{
    QDate start = QDate(2026, 1, 1);
    int days = 120;
    int services = 4;
    int accounts = 2;
    int regions = 2;
    int resourcesPerSeries = 6;
    double noise = 0.08; ///< standard deviation of the daily multiplicative noise of each resource
    int anomalies = 12;
    int firstAnomalyDay = 35; ///< anomalies are injected on this day or later
    std::uint64_t seed = 7;
};

/// One injected anomaly: on `day`, resource `resource` of the series `dims` cost `extra` more (or,
/// with a negative `extra`, less) than it would have.
struct InjectedAnomaly
{
    QStringList dims;
    QDate day;
    QString resource;
    double extra = 0;
};

struct SyntheticCostData
{
    std::vector<DailyCostSeries>
        series; ///< dims service, account, region; contributions by resource type, resource, tag:team
    std::vector<InjectedAnomaly> injected; ///< one entry per anomalous day
};

/// Half the anomalies are spikes of one resource (the series costs 40 % to 250 % more that day, for one
/// or two days), a quarter are the largest resource stopping for a day, a quarter a runaway resource
/// doubling its cost for three days. The same seed gives the same data.
SyntheticCostData generateCostData(const SyntheticCostParams& params = {});

} // namespace traceo::cost

namespace traceo::cost {

/// One daily line item of a synthetic FOCUS export. Text fields are written as given (no commas or
/// quotes, except `tags`, a JSON object); NaN numbers are written as empty (null) fields.
struct FocusLine
{
    QByteArray billingAccount;
    QByteArray provider;
    QByteArray service;
    QByteArray serviceCategory;
    QByteArray region;
    QByteArray subAccount;
    QByteArray resourceId;
    QByteArray resourceType;
    QByteArray chargeCategory = "Usage";
    QByteArray pricingCategory = "Standard";
    QByteArray unit;
    QByteArray tags;
    QDate day;
    double billed = 0;
    double effective = 0;
    double list = 0;
    double quantity = std::nan("");
    double cpuAvg = std::nan(""); ///< x_CpuUtilizationAvg, percent
    double cpuP95 = std::nan(""); ///< x_CpuUtilizationP95, percent
};

/// Writes FocusLine items as a FOCUS CSV (billing period: the month of each day; currency USD).
class FocusCsvWriter
{
public:
    FocusCsvWriter();
    void add(const FocusLine& line);
    const QByteArray& csv() const { return m_csv; }

private:
    QByteArray m_csv;
};

/// The data as a FOCUS CSV export, one line item per resource and day (billing period: the month of
/// each day), so tests and the demo reach anomaly detection through the real import.
QByteArray syntheticFocusCsv(const SyntheticCostData& data);

} // namespace traceo::cost
