#include "promqleval.h"

#include <algorithm>
#include <map>

namespace traceo::slo::promql {

bool extrapolatedRate(const MetricSeries& series, qint64 atMs, qint64 rangeMs, bool isRate, double* result)
{
    const qint64 rangeStart = atMs - rangeMs;
    const qint64 rangeEnd = atMs;
    const auto& t = series.timesMs;
    const size_t first = size_t(std::lower_bound(t.begin(), t.end(), rangeStart) - t.begin());
    const size_t end = size_t(std::upper_bound(t.begin(), t.end(), rangeEnd) - t.begin());
    if (end < first + 2)
        return false;
    const double* v = series.values.data();
    const size_t last = end - 1;

    // The statements below follow Prometheus 2.42 promql/functions.go, in its order of operations.
    double resultValue = v[last] - v[first];
    double lastValue = 0;
    for (size_t i = first; i < end; ++i) {
        if (v[i] < lastValue)
            resultValue += lastValue;
        lastValue = v[i];
    }
    double durationToStart = double(t[first] - rangeStart) / 1000;
    const double durationToEnd = double(rangeEnd - t[last]) / 1000;
    const double sampledInterval = double(t[last] - t[first]) / 1000;
    const double averageDurationBetweenSamples = sampledInterval / double(last - first);

    if (resultValue > 0 && v[first] >= 0) {
        const double durationToZero = sampledInterval * (v[first] / resultValue);
        if (durationToZero < durationToStart)
            durationToStart = durationToZero;
    }
    const double extrapolationThreshold = averageDurationBetweenSamples * 1.1;
    double extrapolateToInterval = sampledInterval;
    extrapolateToInterval
        += durationToStart < extrapolationThreshold ? durationToStart : averageDurationBetweenSamples / 2;
    extrapolateToInterval += durationToEnd < extrapolationThreshold ? durationToEnd : averageDurationBetweenSamples / 2;
    double factor = extrapolateToInterval / sampledInterval;
    if (isRate)
        factor /= double(rangeMs) / 1000; // Go's Duration.Seconds(): whole seconds plus the remainder
    *result = resultValue * factor;
    return true;
}

Vector evaluate(const EventsQuery& query, const std::vector<MetricSeries>& series, qint64 atMs)
{
    std::map<QString, VectorElement> groups; // by the labels' text, so ordered by labels
    for (const MetricSeries& s : series) {
        if (s.name != query.metric)
            continue;
        const QMap<QString, QString> labels = s.allLabels();
        const bool match = std::all_of(query.matchers.begin(), query.matchers.end(),
            [&](const LabelMatcher& m) { return m.matches(labels.value(m.name)); });
        double value = 0;
        if (!match || !extrapolatedRate(s, atMs, query.rangeMs, query.function == EventsQuery::Function::Rate, &value))
            continue;
        QMap<QString, QString> key;
        switch (query.grouping) {
        case EventsQuery::Grouping::None:
        case EventsQuery::Grouping::SumWithout:
            key = s.labels;
            for (const QString& l : query.groupLabels)
                key.remove(l);
            break;
        case EventsQuery::Grouping::SumBy:
            for (const QString& l : query.groupLabels)
                if (s.labels.contains(l))
                    key.insert(l, s.labels.value(l));
            break;
        case EventsQuery::Grouping::Sum:
            break;
        }
        QString text;
        for (auto l = key.cbegin(); l != key.cend(); ++l)
            text += l.key() + QChar(0x1f) + l.value() + QChar(0x1e);
        const auto [it, added] = groups.try_emplace(text, VectorElement { key, value });
        if (!added)
            it->second.value += value; // without aggregation keys are unique: each series has its own labels
    }
    Vector out;
    for (auto& [text, element] : groups)
        out.push_back(std::move(element));
    return out;
}

Vector divide(const Vector& lhs, const Vector& rhs)
{
    Vector out;
    for (const VectorElement& l : lhs) {
        const auto r
            = std::find_if(rhs.begin(), rhs.end(), [&](const VectorElement& e) { return e.labels == l.labels; });
        if (r != rhs.end())
            out.push_back({ l.labels, l.value / r->value });
    }
    return out;
}

} // namespace traceo::slo::promql
