#include "costanalysis.h"

#include "core/error.h"
#include "costbreakdown.h"
#include "costdimension.h"
#include "store/settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <map>

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

} // namespace

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
            quantity.series[i].values, k(8), {} };
        const QJsonObject tags = QJsonDocument::fromJson(k(9).toUtf8()).object();
        for (auto it = tags.begin(); it != tags.end(); ++it)
            r.tags.insert(it.key(), it.value().toVariant().toString());
        out.push_back(std::move(r));
    }
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
