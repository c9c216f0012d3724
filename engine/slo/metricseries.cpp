#include "metricseries.h"

namespace traceo::slo {

QString MetricSeries::key() const
{
    QString k = name + QLatin1Char('{');
    bool first = true;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QString v = it.value();
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        k += (first ? QString() : QStringLiteral(",")) + it.key() + QStringLiteral("=\"") + v + QLatin1Char('"');
        first = false;
    }
    return k + QLatin1Char('}');
}

QMap<QString, QString> MetricSeries::allLabels() const
{
    QMap<QString, QString> all = labels;
    all.insert(QStringLiteral("__name__"), name);
    return all;
}

void mergeSamples(MetricSeries& into, const MetricSeries& incoming)
{
    std::vector<qint64> t;
    std::vector<double> v;
    t.reserve(into.size() + incoming.size());
    v.reserve(into.size() + incoming.size());
    size_t i = 0, j = 0;
    while (i < into.size() || j < incoming.size()) {
        if (j == incoming.size() || (i < into.size() && into.timesMs[i] < incoming.timesMs[j])) {
            t.push_back(into.timesMs[i]);
            v.push_back(into.values[i++]);
        } else {
            if (i < into.size() && into.timesMs[i] == incoming.timesMs[j])
                ++i; // replaced by the incoming sample
            t.push_back(incoming.timesMs[j]);
            v.push_back(incoming.values[j++]);
        }
    }
    into.timesMs = std::move(t);
    into.values = std::move(v);
    if (into.type.isEmpty() || into.type == QLatin1String("unknown"))
        into.type = incoming.type;
}

} // namespace traceo::slo
