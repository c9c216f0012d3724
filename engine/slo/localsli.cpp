#include "localsli.h"

#include "core/error.h"

#include <cmath>
#include <limits>

namespace traceo::slo {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

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

bool LocalSli::value(const Side& s, qint64 atMs, qint64 minutes, double* out) const
{
    promql::EventsQuery q = s.query;
    if (s.templated)
        q.rangeMs = minutes * 60'000;
    const promql::Vector v = promql::evaluate(q, s.series, atMs);
    if (v.empty())
        return false;
    if (v.size() > 1)
        throw Error(tr("SLO %1: the query “%2” gives %3 series; a status needs one (aggregate them with sum)")
                        .arg(m_slo, s.text)
                        .arg(v.size()));
    *out = v.front().value;
    return true;
}

WindowStatus LocalSli::window(qint64 atMs, qint64 minutes, double budgetRatio) const
{
    WindowStatus w;
    w.minutes = minutes;
    double err = 0, total = 0;
    const bool hasErr = value(m_error, atMs, minutes, &err);
    const bool hasTotal = value(m_total, atMs, minutes, &total);
    const auto events = [&](const Side& s, double v) {
        return s.query.function == promql::EventsQuery::Function::Rate ? v * double(minutes * 60) : v;
    };
    w.bad = hasErr ? events(m_error, err) : 0;
    w.total = hasTotal ? events(m_total, total) : 0;
    w.errorRatio = hasErr && hasTotal ? err / total : kNaN;
    w.burnRate = w.errorRatio / budgetRatio;
    return w;
}

double LocalSli::slothMeanRatio(qint64 atMs, qint64 periodMinutes) const
{
    double sum = 0;
    qint64 n = 0;
    for (qint64 k = 0; k < periodMinutes; ++k) {
        const double r = window(atMs - k * 60'000, kCurrentBurnWindow, 1).errorRatio;
        if (std::isfinite(r)) {
            sum += r;
            ++n;
        }
    }
    return n > 0 ? sum / double(n) : kNaN;
}

WindowSource LocalSli::source(qint64 atMs, double budgetRatio) const
{
    return { [this, atMs, budgetRatio](qint64 minutes) { return window(atMs, minutes, budgetRatio); },
        [this, atMs](qint64 period) { return slothMeanRatio(atMs, period); } };
}

} // namespace traceo::slo
