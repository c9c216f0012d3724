#include "labeledsli.h"

#include <limits>
#include <memory>

namespace traceo::slo {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

QString instanceLabelsText(const InstanceLabels& labels)
{
    if (labels.isEmpty())
        return {};
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QString v = it.value();
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        parts << it.key() + QLatin1String("=\"") + v + QLatin1Char('"');
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString instanceName(const QString& sloName, const InstanceLabels& labels)
{
    return sloName + instanceLabelsText(labels);
}

void addLabeledValue(LabeledValues& values, const InstanceLabels& labels, double value)
{
    values[instanceLabelsText(labels)] = { labels, value };
}

LabeledWindows eventWindows(qint64 minutes, double budgetRatio, const LabeledValues& errors, double errorEvents,
    const LabeledValues& totals, double totalEvents)
{
    LabeledWindows out;
    const auto entry = [&](const QString& key, const InstanceLabels& labels) -> WindowStatus& {
        return out.try_emplace(key, LabeledWindow { labels, { minutes, 0, 0, kNaN, kNaN } }).first->second.status;
    };
    for (const auto& [key, e] : errors)
        entry(key, e.labels).bad = e.value * errorEvents;
    for (const auto& [key, t] : totals) {
        WindowStatus& w = entry(key, t.labels);
        w.total = t.value * totalEvents;
        if (const auto e = errors.find(key); e != errors.end()) {
            w.errorRatio = e->second.value / t.value; // as the rule's `(error) / (total)` divides
            w.burnRate = w.errorRatio / budgetRatio;
        }
    }
    return out;
}

std::vector<InstanceSource> splitInstances(const LabeledSource& source, const std::vector<qint64>& probeWindows)
{
    struct Cache
    {
        LabeledSource source;
        std::map<qint64, LabeledWindows> windows;
        std::map<qint64, LabeledValues> means;
        const LabeledWindows& at(qint64 minutes)
        {
            auto it = windows.find(minutes);
            if (it == windows.end())
                it = windows.emplace(minutes, source.windows(minutes)).first;
            return it->second;
        }
        const LabeledValues& mean(qint64 period)
        {
            auto it = means.find(period);
            if (it == means.end())
                it = means.emplace(period, source.slothMeanRatios(period)).first;
            return it->second;
        }
    };
    const auto cache = std::make_shared<Cache>(Cache { source, {}, {} });
    std::map<QString, InstanceLabels> seen;
    for (const qint64 minutes : probeWindows)
        for (const auto& [key, w] : cache->at(minutes))
            seen.emplace(key, w.labels);
    if (seen.empty())
        seen.emplace(QString(), InstanceLabels {});
    std::vector<InstanceSource> out;
    for (const auto& entry : seen) {
        const QString key = entry.first; // clang 14 cannot capture a structured binding
        WindowSource s {
            [cache, key](qint64 minutes) {
                const LabeledWindows& all = cache->at(minutes);
                const auto it = all.find(key);
                return it != all.end() ? it->second.status : WindowStatus { minutes, 0, 0, kNaN, kNaN };
            },
            [cache, key](qint64 period) {
                const LabeledValues& all = cache->mean(period);
                const auto it = all.find(key);
                return it != all.end() ? it->second.value : kNaN;
            },
        };
        out.push_back({ entry.second, std::move(s) });
    }
    return out;
}

} // namespace traceo::slo
