#include "localsli.h"

#include "core/error.h"

#include <cmath>

namespace traceo::slo {

LocalSli::LocalSli(const QString& sloName, const SloSliQuery& sli, const MetricSeriesStore& store)
    : m_slo(sloName)
{
    if (sli.kind != QLatin1String("events"))
        throw Error(tr("SLO %1: the raw SLI query “%2” cannot be evaluated over imported series; use a Prometheus "
                       "source (--prometheus URL)")
                        .arg(sloName, sli.errorRatioQuery.trimmed()));
    m_error = side(sli.errorQuery, store);
    m_total = side(sli.totalQuery, store);
}

LocalSli::Side LocalSli::side(const QString& text, const MetricSeriesStore& store) const
{
    Side s;
    s.text = text.trimmed();
    s.templated = s.text.contains(QLatin1String("{{"));
    try {
        s.query = promql::parseEventsQuery(renderWindowTemplate(s.text, QStringLiteral("5m")));
    } catch (const Error& e) {
        throw Error(tr("SLO %1: the query “%2” is not in the subset evaluated over imported series "
                       "(sum(rate|increase(metric{matchers}[{{.window}}])) [by (labels)]): %3; use a Prometheus "
                       "source (--prometheus URL)")
                        .arg(m_slo, s.text, e.message()));
    }
    s.series = store.seriesOf(s.query.metric);
    return s;
}

LabeledValues LocalSli::values(const Side& s, qint64 atMs, qint64 minutes) const
{
    promql::EventsQuery q = s.query;
    if (s.templated)
        q.rangeMs = minutes * 60'000;
    LabeledValues out;
    for (const promql::VectorElement& e : promql::evaluate(q, s.series, atMs))
        addLabeledValue(out, e.labels, e.value);
    return out;
}

LabeledWindows LocalSli::windows(qint64 atMs, qint64 minutes, double budgetRatio) const
{
    const auto events = [&](const Side& s) {
        return s.query.function == promql::EventsQuery::Function::Rate ? double(minutes * 60) : 1.0;
    };
    return eventWindows(minutes, budgetRatio, values(m_error, atMs, minutes), events(m_error),
        values(m_total, atMs, minutes), events(m_total));
}

LabeledValues LocalSli::slothMeanRatios(qint64 atMs, qint64 periodMinutes) const
{
    std::map<QString, std::pair<double, qint64>> sums;
    LabeledValues out;
    for (qint64 k = 0; k < periodMinutes; ++k) {
        for (const auto& [key, w] : windows(atMs - k * 60'000, kCurrentBurnWindow, 1)) {
            if (!std::isfinite(w.status.errorRatio))
                continue;
            auto& [sum, n] = sums[key];
            sum += w.status.errorRatio;
            ++n;
            out.try_emplace(key, LabeledValue { w.labels, 0 });
        }
    }
    for (auto& [key, v] : out)
        v.value = sums[key].first / double(sums[key].second);
    return out;
}

LabeledSource LocalSli::source(qint64 atMs, double budgetRatio) const
{
    return { [this, atMs, budgetRatio](qint64 minutes) { return windows(atMs, minutes, budgetRatio); },
        [this, atMs](qint64 period) { return slothMeanRatios(atMs, period); } };
}

} // namespace traceo::slo
