#include "recommendations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace traceo::cost {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::Recommendations)
};

bool is(const QString& value, QLatin1String name)
{
    return value.compare(name, Qt::CaseInsensitive) == 0;
}

QString money(double v)
{
    return u'$' + QString::number(v, 'f', 2);
}

double mean(const std::vector<double>& v)
{
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double monthly(const ResourceUsage& r)
{
    return mean(r.dailyCost) * 30;
}

// The days from the first to the last with cost: the resource's lifetime within the period.
std::vector<double> lifetime(const std::vector<double>& cost)
{
    const auto first = std::find_if(cost.begin(), cost.end(), [](double c) { return c > 0; });
    const auto last = std::find_if(cost.rbegin(), cost.rend(), [](double c) { return c > 0; }).base();
    return first < last ? std::vector<double>(first, last) : std::vector<double>();
}

double coefficientOfVariation(const std::vector<double>& v)
{
    const double m = mean(v);
    if (v.size() < 2 || m <= 0)
        return HUGE_VAL;
    double ss = 0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return std::sqrt(ss / double(v.size() - 1)) / m;
}

bool isCompute(const ResourceUsage& r)
{
    return is(r.serviceCategory, QLatin1String("Compute"));
}

bool onDemandUsage(const ResourceUsage& r)
{
    const bool usage = r.chargeCategory.isEmpty() || is(r.chargeCategory, QLatin1String("Usage"));
    const bool onDemand = r.pricingCategory.isEmpty() || is(r.pricingCategory, QLatin1String("Standard"))
        || is(r.pricingCategory, QLatin1String("On-Demand"));
    return usage && onDemand;
}

bool isDataTransfer(const ResourceUsage& r)
{
    static const QRegularExpression transfer(
        QStringLiteral("data ?transfer|egress|bandwidth"), QRegularExpression::CaseInsensitiveOption);
    return is(r.serviceCategory, QLatin1String("Networking"))
        && (transfer.match(r.service).hasMatch() || transfer.match(r.resourceType).hasMatch()
            || r.quantityUnit.contains(QLatin1String("GB"), Qt::CaseInsensitive));
}

struct Context
{
    const std::vector<ResourceUsage>& resources;
    const RecommendationSettings& s;
    QStringList& notes;
};

std::vector<Evidence> steadyCompute(const Context& c)
{
    std::vector<Evidence> out;
    for (const ResourceUsage& r : c.resources) {
        const std::vector<double> life = lifetime(r.dailyCost);
        if (!isCompute(r) || !onDemandUsage(r) || int(life.size()) < c.s.minDays || r.dailyCost.back() <= 0)
            continue;
        const double cv = coefficientOfVariation(life);
        if (cv <= c.s.maxSteadyCv)
            out.push_back({ r.resourceId,
                Tr::tr("on-demand compute running %1 of %2 days at %3 a day, coefficient of variation %4")
                    .arg(life.size())
                    .arg(r.dailyCost.size())
                    .arg(money(mean(life)))
                    .arg(cv, 0, 'f', 3),
                monthly(r) });
    }
    return out;
}

std::vector<Evidence> interruptible(const Context& c)
{
    static const QRegularExpression batch(
        QStringLiteral("^(batch|ci|cd|build|job|jobs|spot|interruptible|preemptible)$|^ci[-_]|[-_](batch|ci)$"),
        QRegularExpression::CaseInsensitiveOption);
    std::vector<Evidence> out;
    for (const ResourceUsage& r : c.resources) {
        if (!isCompute(r) || !onDemandUsage(r) || r.dailyCost.empty())
            continue;
        QString tag;
        for (auto it = r.tags.begin(); it != r.tags.end() && tag.isEmpty(); ++it)
            if (batch.match(it.value()).hasMatch() || batch.match(it.key()).hasMatch())
                tag = it.key() + u'=' + it.value();
        int active = 0, runs = 0;
        for (std::size_t i = 0; i < r.dailyCost.size(); ++i)
            if (r.dailyCost[i] > 0) {
                ++active;
                runs += (i == 0 || r.dailyCost[i - 1] <= 0);
            }
        const double runLength = runs ? double(active) / runs : 0;
        const bool shortLived = int(r.dailyCost.size()) >= c.s.minDays && runs > 0
            && runLength <= c.s.maxShortLivedRunDays
            && double(active) <= c.s.maxShortLivedActiveShare * double(r.dailyCost.size());
        if (!tag.isEmpty())
            out.push_back({ r.resourceId, Tr::tr("on-demand compute tagged %1, an interruptible workload").arg(tag),
                monthly(r) });
        else if (shortLived)
            out.push_back({ r.resourceId,
                Tr::tr("short-lived on-demand compute: %1 runs of %2 days on average, %3 of %4 days")
                    .arg(runs)
                    .arg(runLength, 0, 'f', 1)
                    .arg(active)
                    .arg(r.dailyCost.size()),
                monthly(r) });
    }
    return out;
}

std::vector<Evidence> heavyTransfer(const Context& c)
{
    double total = 0, transfer = 0;
    for (const ResourceUsage& r : c.resources) {
        total += monthly(r);
        transfer += isDataTransfer(r) ? monthly(r) : 0;
    }
    std::vector<Evidence> out;
    if (total <= 0 || transfer < c.s.minTransferShare * total)
        return out;
    for (const ResourceUsage& r : c.resources)
        if (isDataTransfer(r) && monthly(r) > 0)
            out.push_back({ r.resourceId,
                Tr::tr("data transfer of %1 %2 a day; all data transfer is %3 % of the bill")
                    .arg(mean(r.dailyQuantity), 0, 'f', 1)
                    .arg(r.quantityUnit)
                    .arg(transfer / total * 100, 0, 'f', 1),
                monthly(r) });
    return out;
}

// The days with a utilization value: the mean and the peak (the 95th percentile, else the mean) of each.
struct UtilizationDays
{
    std::vector<double> mean;
    std::vector<double> peak;
    std::vector<int> weekday; ///< 0 Monday … 6 Sunday
};

UtilizationDays utilizationDays(const ResourceUsage& r)
{
    UtilizationDays d;
    for (std::size_t i = 0; i < r.dailyUtilization.size(); ++i) {
        const double u = r.dailyUtilization[i];
        if (std::isnan(u))
            continue;
        const double p = i < r.dailyPeakUtilization.size() ? r.dailyPeakUtilization[i] : std::nan("");
        d.mean.push_back(u);
        d.peak.push_back(std::isnan(p) ? u : std::max(p, u));
        d.weekday.push_back(r.start.addDays(qint64(i)).dayOfWeek() - 1);
    }
    return d;
}

double maximum(const std::vector<double>& v)
{
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return std::nan("");
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// Right-sizing: low mean utilization and a daily peak that stays low on every day with data.
bool underUsedDays(const UtilizationDays& d, const RecommendationSettings& s)
{
    return int(d.mean.size()) >= s.minDays && mean(d.mean) < s.maxMeanUtilization
        && maximum(d.peak) < s.maxPeakUtilization;
}

std::vector<Evidence> underUsed(const Context& c)
{
    std::vector<Evidence> out;
    bool anyUtilization = false;
    for (const ResourceUsage& r : c.resources) {
        if (!isCompute(r))
            continue;
        const UtilizationDays d = utilizationDays(r);
        anyUtilization = anyUtilization || !d.mean.empty();
        if (underUsedDays(d, c.s))
            out.push_back({ r.resourceId,
                Tr::tr("compute used %1 % on average and at most %2 % at its daily peak, over %3 days")
                    .arg(mean(d.mean) * 100, 0, 'f', 0)
                    .arg(maximum(d.peak) * 100, 0, 'f', 0)
                    .arg(d.mean.size()),
                monthly(r) });
    }
    if (!anyUtilization)
        c.notes << Tr::tr("Right-sizing and auto-scaling were not evaluated: no compute resource has utilization data "
                          "(the x_CpuUtilizationAvg and x_CpuUtilizationP95 columns).");
    return out;
}

// Auto-scaling: the cost stays flat while the demand swings by the week (a weekday's mean at most half
// another's) or by the day (on the median day, the mean at most half the daily peak). Resources that
// never get busy are right-sizing's.
std::vector<Evidence> cyclicDemand(const Context& c)
{
    std::vector<Evidence> out;
    for (const ResourceUsage& r : c.resources) {
        const UtilizationDays d = utilizationDays(r);
        const double cv = coefficientOfVariation(r.dailyCost);
        if (!isCompute(r) || int(d.mean.size()) < c.s.minDays || cv > c.s.maxSteadyCv || underUsedDays(d, c.s))
            continue;
        std::array<double, 7> sum {}, count {};
        std::vector<double> ratios;
        for (std::size_t i = 0; i < d.mean.size(); ++i) {
            sum[std::size_t(d.weekday[i])] += d.mean[i];
            count[std::size_t(d.weekday[i])] += 1;
            if (d.peak[i] > 0)
                ratios.push_back(d.mean[i] / d.peak[i]);
        }
        std::array<double, 7> profile {};
        for (std::size_t w = 0; w < 7; ++w)
            profile[w] = count[w] > 0 ? sum[w] / count[w] : std::nan("");
        std::array<double, 7> known = profile;
        const auto end = std::remove_if(known.begin(), known.end(), [](double v) { return std::isnan(v); });
        const double peak = *std::max_element(known.begin(), end), trough = *std::min_element(known.begin(), end);
        const double dayRatio = medianOf(ratios);
        if (peak > 0 && trough <= c.s.maxTroughToPeak * peak) {
            const auto weekday = [&](double v) {
                return QLocale::c().dayName(int(std::find(profile.begin(), profile.end(), v) - profile.begin()) + 1);
            };
            out.push_back({ r.resourceId,
                Tr::tr("weekly demand cycle, %1 % used on %2 against %3 % on %4, while the cost stays flat "
                       "(coefficient of variation %5)")
                    .arg(trough * 100, 0, 'f', 0)
                    .arg(weekday(trough))
                    .arg(peak * 100, 0, 'f', 0)
                    .arg(weekday(peak))
                    .arg(cv, 0, 'f', 3),
                monthly(r) });
        } else if (dayRatio <= c.s.maxMeanToPeak) {
            out.push_back({ r.resourceId,
                Tr::tr("daily demand cycle, %1 % used on average against %2 % at the daily peak (medians over %3 "
                       "days), while the cost stays flat (coefficient of variation %4)")
                    .arg(medianOf(d.mean) * 100, 0, 'f', 0)
                    .arg(medianOf(d.peak) * 100, 0, 'f', 0)
                    .arg(d.mean.size())
                    .arg(cv, 0, 'f', 3),
                monthly(r) });
        }
    }
    return out;
}

std::vector<Evidence> coldStorage(const Context& c)
{
    std::vector<Evidence> out;
    for (const ResourceUsage& r : c.resources) {
        const bool bytes = r.quantityUnit.contains(QLatin1String("GB"), Qt::CaseInsensitive)
            || r.quantityUnit.contains(QLatin1String("Byte"), Qt::CaseInsensitive);
        if (!is(r.serviceCategory, QLatin1String("Storage")) || !bytes || int(r.dailyCost.size()) < c.s.minDays)
            continue;
        const std::vector<double> firstWeek(r.dailyCost.begin(), r.dailyCost.begin() + 7);
        const std::vector<double> lastWeek(r.dailyCost.end() - 7, r.dailyCost.end());
        const double growth = mean(firstWeek) > 0 ? mean(lastWeek) / mean(firstWeek) - 1 : HUGE_VAL;
        if (growth < 0 || growth > c.s.maxStorageGrowth)
            continue;
        double requests = 0;
        for (const ResourceUsage& other : c.resources)
            if (other.resourceId == r.resourceId
                && other.quantityUnit.contains(QLatin1String("Request"), Qt::CaseInsensitive))
                requests += monthly(other);
        const double ratio = requests / monthly(r);
        if (ratio <= c.s.maxRequestRatio)
            out.push_back({ r.resourceId,
                Tr::tr("storage growing %1 % over %2 days with request charges at %3 % of its storage charges")
                    .arg(growth * 100, 0, 'f', 1)
                    .arg(r.dailyCost.size())
                    .arg(ratio * 100, 0, 'f', 2),
                monthly(r) });
    }
    return out;
}

} // namespace

QString strategyName(Strategy s)
{
    static const char* const names[] = { "commitment", "spot", "compression", "rightsizing", "autoscaling", "tiering" };
    return QString::fromLatin1(names[std::size_t(s)]);
}

QString strategyTitle(Strategy s)
{
    switch (s) {
    case Strategy::Commitment:
        return Tr::tr("Reserved instances or savings plans for steady compute");
    case Strategy::Spot:
        return Tr::tr("Spot capacity for interruptible workloads");
    case Strategy::Compression:
        return Tr::tr("Compression of heavy data transfer");
    case Strategy::RightSizing:
        return Tr::tr("Right-sizing of under-used compute");
    case Strategy::AutoScaling:
        return Tr::tr("Auto-scaling for cyclic demand");
    case Strategy::DataTiering:
        return Tr::tr("Data tiering for cold storage");
    }
    return {};
}

RecommendationReport recommend(const std::vector<ResourceUsage>& resources, const RecommendationSettings& settings)
{
    RecommendationReport report;
    const Context context { resources, settings, report.notes };
    const std::pair<Strategy, std::vector<Evidence> (*)(const Context&)> finders[]
        = { { Strategy::Commitment, steadyCompute }, { Strategy::Spot, interruptible },
              { Strategy::Compression, heavyTransfer }, { Strategy::RightSizing, underUsed },
              { Strategy::AutoScaling, cyclicDemand }, { Strategy::DataTiering, coldStorage } };
    for (const auto& [strategy, find] : finders) {
        std::vector<Evidence> evidence = find(context);
        if (evidence.empty())
            continue;
        Recommendation rec;
        rec.strategy = strategy;
        for (const Evidence& e : evidence)
            rec.eligibleMonthly += e.monthlyCost;
        rec.evidence = std::move(evidence);
        const StrategySettings& s = settings.of(strategy);
        rec.savingsRate = s.savingsRate;
        rec.monthlySavings = rec.eligibleMonthly * s.savingsRate;
        rec.annualSavings = rec.monthlySavings * 12;
        rec.implementationCost = s.implementationCost;
        rec.roi
            = s.implementationCost > 0 ? (rec.annualSavings - s.implementationCost) / s.implementationCost : HUGE_VAL;
        rec.paybackMonths = rec.monthlySavings > 0 ? s.implementationCost / rec.monthlySavings : HUGE_VAL;
        report.recommendations.push_back(std::move(rec));
    }
    std::stable_sort(report.recommendations.begin(), report.recommendations.end(),
        [](const Recommendation& a, const Recommendation& b) {
            return a.annualSavings - a.implementationCost > b.annualSavings - b.implementationCost;
        });
    for (std::size_t i = 0; i < report.recommendations.size(); ++i)
        report.recommendations[i].priority = int(i) + 1;
    return report;
}

} // namespace traceo::cost
