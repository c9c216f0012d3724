#include "costanalysis.h"

#include "core/error.h"
#include "costbreakdown.h"
#include "costdimension.h"
#include "store/settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <map>
#include <numeric>

namespace traceo::cost {

namespace {

const QStringList& seriesDims()
{
    static const QStringList dims { QStringLiteral("service"), QStringLiteral("account"), QStringLiteral("region") };
    return dims;
}

/// Adds one contribution kind: the daily series of the dims plus `dimension`, summed into `out`.
void addContributions(const CostTable& table, const QString& dimension, const QString& kind,
    std::map<QStringList, DailyCostSeries>& out, bool addCost)
{
    const DailySeries daily = CostBreakdown::dailySeries(table, QStringList(seriesDims()) << dimension);
    for (const DailySeries::Series& s : daily.series) {
        const QStringList base = s.key.mid(0, seriesDims().size());
        DailyCostSeries& series = out[base];
        if (series.dims.isEmpty()) {
            for (qsizetype i = 0; i < base.size(); ++i)
                series.dims << seriesDims()[i] + u'=' + base[i];
            series.start = daily.firstDay;
            series.cost.assign(std::size_t(daily.days), 0.0);
        }
        if (addCost)
            for (std::size_t d = 0; d < s.values.size(); ++d)
                series.cost[d] += s.values[d];
        if (!s.key.last().isEmpty())
            series.contributions.push_back({ kind, s.key.last(), s.values });
    }
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::CostAnalysis)
};

/// Row `i` of a utilization column as a fraction (NaN when null). Numbers are percentages 0–100; a
/// column stored as text (by an import older than the column's type) is parsed.
double percentAt(const CostColumn& c, std::size_t i, const QString& resource, QDate day)
{
    double v = std::nan("");
    bool ok = true;
    if (c.kind == ColumnKind::Number)
        v = c.numbers[i];
    else if (const QString text = c.text(i); !text.isEmpty())
        v = text.toDouble(&ok);
    if (!ok || v < 0 || v > 100)
        throw Error(Tr::tr("column %1: “%2” of resource %3 on %4 is not a percentage (0–100)")
                        .arg(c.name, c.text(i), resource, day.toString(Qt::ISODate)));
    return v / 100;
}

/// Fills dailyUtilization (the mean of the day's x_CpuUtilizationAvg values) and dailyPeakUtilization
/// (the highest x_CpuUtilizationP95 of the day) of each resource's largest usage entry.
void addUtilization(const CostTable& table, std::vector<ResourceUsage>& usage)
{
    const CostColumn* avg = table.column(focus::CpuUtilizationAvg);
    const CostColumn* p95 = table.column(focus::CpuUtilizationP95);
    const CostColumn* ids = table.column(focus::ResourceId);
    const CostColumn* start = table.column(focus::ChargePeriodStart);
    if ((!avg && !p95) || !ids || !start || usage.empty())
        return;
    std::vector<double> totals(usage.size(), 0.0);
    QHash<QString, std::size_t> owner;
    for (std::size_t i = 0; i < usage.size(); ++i) {
        totals[i] = std::accumulate(usage[i].dailyCost.begin(), usage[i].dailyCost.end(), 0.0);
        const auto it = owner.constFind(usage[i].resourceId);
        if (it == owner.constEnd() || totals[*it] < totals[i])
            owner.insert(usage[i].resourceId, i);
    }
    std::vector<std::ptrdiff_t> ownerOfCode(ids->dictionary.size(), -1);
    for (std::size_t code = 1; code < ids->dictionary.size(); ++code)
        ownerOfCode[code] = std::ptrdiff_t(owner.value(ids->dictionary[code], std::size_t(-1)));
    const QDate first = usage.front().start;
    const std::size_t days = usage.front().dailyCost.size();
    std::vector<std::vector<double>> counts(usage.size());
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        const std::ptrdiff_t o = ownerOfCode[ids->codes[r]];
        if (o < 0 || start->hours[r] == kNullHour)
            continue;
        const QDate day = QDate(1970, 1, 1).addDays(qint64(std::floor(start->hours[r] / 24.0)));
        const qint64 d = first.daysTo(day);
        if (d < 0 || std::size_t(d) >= days)
            continue;
        ResourceUsage& u = usage[std::size_t(o)];
        if (const double v = avg ? percentAt(*avg, r, u.resourceId, day) : std::nan(""); !std::isnan(v)) {
            if (u.dailyUtilization.empty()) {
                u.dailyUtilization.assign(days, 0.0);
                counts[std::size_t(o)].assign(days, 0.0);
            }
            u.dailyUtilization[std::size_t(d)] += v;
            counts[std::size_t(o)][std::size_t(d)] += 1;
        }
        if (const double v = p95 ? percentAt(*p95, r, u.resourceId, day) : std::nan(""); !std::isnan(v)) {
            if (u.dailyPeakUtilization.empty())
                u.dailyPeakUtilization.assign(days, std::nan(""));
            double& peak = u.dailyPeakUtilization[std::size_t(d)];
            peak = std::isnan(peak) ? v : std::max(peak, v);
        }
    }
    for (std::size_t i = 0; i < usage.size(); ++i)
        for (std::size_t d = 0; d < usage[i].dailyUtilization.size(); ++d)
            usage[i].dailyUtilization[d]
                = counts[i][d] > 0 ? usage[i].dailyUtilization[d] / counts[i][d] : std::nan("");
}

} // namespace

const QStringList& utilizationColumns()
{
    static const QStringList columns { focus::CpuUtilizationAvg, focus::CpuUtilizationP95 };
    return columns;
}

std::vector<DailyCostSeries> costSeries(const CostTable& table, const QStringList& tagKeys)
{
    std::map<QStringList, DailyCostSeries> bySlice;
    addContributions(table, QStringLiteral("resource-type"), QStringLiteral("resourceType"), bySlice, true);
    addContributions(table, QStringLiteral("resource"), QStringLiteral("resource"), bySlice, false);
    for (const QString& key : tagKeys)
        addContributions(table, u"tag:"_qs + key, u"tag:"_qs + key, bySlice, false);
    std::vector<DailyCostSeries> out;
    out.reserve(bySlice.size());
    for (auto& [key, series] : bySlice)
        out.push_back(std::move(series));
    return out;
}

std::vector<ResourceUsage> resourceUsage(const CostTable& table)
{
    const QStringList wanted { QStringLiteral("resource"), QStringLiteral("resource-type"), QStringLiteral("service"),
        QStringLiteral("service-category"), QStringLiteral("charge-category"), QStringLiteral("pricing-category"),
        QStringLiteral("region"), QStringLiteral("account"), focus::ConsumedUnit, focus::Tags };
    // Only the resource is needed: exports without the other (optional) FOCUS columns leave them empty.
    QStringList by;
    std::vector<qsizetype> slot;
    for (const QString& d : wanted) {
        const bool present = table.column(dimensionColumn(d)) != nullptr;
        slot.push_back(present ? by.size() : -1);
        if (present)
            by << d;
    }
    if (slot[0] < 0)
        return {};
    const DailySeries cost = CostBreakdown::dailySeries(table, by, Metric::Billed);
    const DailySeries quantity = CostBreakdown::dailySeries(table, by, Metric::Quantity);
    std::vector<ResourceUsage> out;
    for (std::size_t i = 0; i < cost.series.size(); ++i) {
        const QStringList& key = cost.series[i].key;
        const auto k
            = [&](int field) { return slot[std::size_t(field)] < 0 ? QString() : key[slot[std::size_t(field)]]; };
        if (k(0).isEmpty())
            continue; // charges without a resource (taxes, support) have no usage to act on
        ResourceUsage r { k(0), k(1), k(2), k(3), k(4), k(5), k(6), k(7), {}, cost.firstDay, cost.series[i].values,
            quantity.series[i].values, k(8), {}, {} };
        const QJsonObject tags = QJsonDocument::fromJson(k(9).toUtf8()).object();
        for (auto it = tags.begin(); it != tags.end(); ++it)
            r.tags.insert(it.key(), it.value().toVariant().toString());
        out.push_back(std::move(r));
    }
    addUtilization(table, out);
    return out;
}

std::vector<CostAnomaly> findAnomalies(const CostTable& table, const AnomalyParams& params, std::optional<QDate> from,
    std::optional<QDate> to, const QStringList& tagKeys)
{
    std::vector<DailyCostSeries> series = costSeries(table, tagKeys);
    std::vector<DailyCostSeries> perService = rollUp(series, { QStringLiteral("service") });
    series.insert(series.end(), std::make_move_iterator(perService.begin()), std::make_move_iterator(perService.end()));
    std::vector<CostAnomaly> all = detectAnomalies(series, params);
    std::erase_if(all, [&](const CostAnomaly& a) { return (from && a.day < *from) || (to && a.day >= *to); });
    return all;
}

RecommendationSettings recommendationSettings(const SettingsRepository& settings)
{
    RecommendationSettings s;
    for (std::size_t i = 0; i < kStrategyCount; ++i) {
        const Strategy strategy = Strategy(i);
        const QString prefix = u"cost.recommend."_qs + strategyName(strategy);
        const auto read = [&](const QString& key, double& target, double scale) {
            const std::optional<QString> v = settings.value(key);
            if (!v)
                return;
            bool ok = false;
            const double d = v->toDouble(&ok);
            if (!ok || d < 0)
                throw Error(QCoreApplication::translate(
                    "traceo::cost::CostAnalysis", "setting %1: “%2” is not a non-negative number")
                                .arg(key, *v));
            target = d * scale;
        };
        read(prefix + u".rate"_qs, s.of(strategy).savingsRate, 0.01);
        read(prefix + u".cost"_qs, s.of(strategy).implementationCost, 1.0);
    }
    return s;
}

} // namespace traceo::cost
