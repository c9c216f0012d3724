#include "prometheussli.h"

#include "core/error.h"
#include "slo/promql/promqlquery.h"
#include "store/sqlquery.h"

#include <cmath>
#include <limits>

using namespace std::chrono_literals;

namespace traceo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QDateTime instantOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

PrometheusSli::PrometheusSli(PrometheusClient* client, QString sloName, SloSliQuery sli)
    : m_client(client)
    , m_slo(std::move(sloName))
    , m_sli(std::move(sli))
{ }

void PrometheusSli::fail(const QString& expr, const QString& problem) const
{
    throw Error(tr("SLO %1: the query “%2”: %3").arg(m_slo, expr.trimmed(), problem));
}

bool PrometheusSli::instant(const QString& expr, qint64 atMs, double* out) const
{
    const PromResult r = m_client->instantQueryBlocking(expr, instantOf(atMs));
    if (!r.ok())
        fail(expr, r.error.message);
    if (r.samples.isEmpty())
        return false;
    if (r.samples.size() > 1)
        fail(expr,
            tr("Prometheus returned %1 series; a status needs one (aggregate them with sum)").arg(r.samples.size()));
    if (r.samples.front().points.isEmpty())
        return false;
    *out = r.samples.front().points.front().second;
    return true;
}

QMap<qint64, double> PrometheusSli::range(const QString& expr, qint64 fromMs, qint64 toMs) const
{
    const PromResult r = m_client->rangeQueryBlocking(expr, instantOf(fromMs), instantOf(toMs), 60s);
    if (!r.ok())
        fail(expr, r.error.message);
    if (r.samples.size() > 1)
        fail(expr,
            tr("Prometheus returned %1 series; SLI buckets need one (aggregate them with sum)").arg(r.samples.size()));
    QMap<qint64, double> points;
    if (!r.samples.isEmpty())
        for (const auto& [t, v] : r.samples.front().points)
            points.insert(t, v);
    return points;
}

double PrometheusSli::eventsPerValue(const QString& query, qint64 minutes) const
{
    // A query of the locally known form says whether it is a rate (per second) or an increase; anything
    // else is taken as a rate, Sloth's convention. Ratios do not depend on this, event counts do.
    try {
        const slo::promql::EventsQuery q
            = slo::promql::parseEventsQuery(slo::renderWindowTemplate(query, QStringLiteral("1m")));
        if (q.function == slo::promql::EventsQuery::Function::Increase)
            return 1;
    } catch (const Error&) { }
    return double(minutes * 60);
}

slo::WindowStatus PrometheusSli::window(qint64 atMs, qint64 minutes, double budgetRatio) const
{
    slo::WindowStatus w;
    w.minutes = minutes;
    const QString win = slo::promDuration(minutes);
    if (m_sli.kind != QLatin1String("events")) {
        w.bad = w.total = kNaN;
        if (!instant(QLatin1Char('(') + slo::renderWindowTemplate(m_sli.errorRatioQuery, win) + QLatin1Char(')'), atMs,
                &w.errorRatio))
            w.errorRatio = kNaN;
    } else {
        double err = 0, total = 0;
        const bool hasErr = instant(slo::renderWindowTemplate(m_sli.errorQuery, win), atMs, &err);
        const bool hasTotal = instant(slo::renderWindowTemplate(m_sli.totalQuery, win), atMs, &total);
        w.bad = hasErr ? err * eventsPerValue(m_sli.errorQuery, minutes) : 0;
        w.total = hasTotal ? total * eventsPerValue(m_sli.totalQuery, minutes) : 0;
        w.errorRatio = hasErr && hasTotal ? err / total : kNaN; // as the rule's `(error) / (total)` divides
    }
    w.burnRate = w.errorRatio / budgetRatio;
    return w;
}

double PrometheusSli::slothMeanRatio(qint64 atMs, qint64 periodMinutes) const
{
    const QString five = slo::promDuration(slo::kCurrentBurnWindow);
    const QString ratio = m_sli.kind == QLatin1String("events")
        ? QStringLiteral("(%1)\n/\n(%2)")
              .arg(slo::renderWindowTemplate(m_sli.errorQuery, five), slo::renderWindowTemplate(m_sli.totalQuery, five))
        : slo::renderWindowTemplate(m_sli.errorRatioQuery, five);
    const QString expr = QStringLiteral("avg_over_time((%1)[%2:1m])").arg(ratio, slo::promDuration(periodMinutes));
    double v = kNaN;
    return instant(expr, atMs, &v) ? v : kNaN;
}

slo::WindowSource PrometheusSli::source(qint64 atMs, double budgetRatio) const
{
    return { [this, atMs, budgetRatio](qint64 minutes) { return window(atMs, minutes, budgetRatio); },
        [this, atMs](qint64 period) { return slothMeanRatio(atMs, period); } };
}

QList<SliBucket> PrometheusSli::buckets(qint64 fromMinute, qint64 toMinute, int* skippedNaN) const
{
    if (m_sli.kind != QLatin1String("events"))
        throw Error(tr("SLO %1: a raw SLI (“%2”) has no event counts to fill SLI buckets; use an events SLI")
                        .arg(m_slo, m_sli.errorRatioQuery.trimmed()));
    const QString one = QStringLiteral("1m");
    const QString errExpr = slo::renderWindowTemplate(m_sli.errorQuery, one);
    const QString totalExpr = slo::renderWindowTemplate(m_sli.totalQuery, one);
    const double errScale = eventsPerValue(m_sli.errorQuery, 1);
    const double totalScale = eventsPerValue(m_sli.totalQuery, 1);
    QList<SliBucket> out;
    int nan = 0;
    constexpr qint64 kChunk = 10'000; // below Prometheus's 11 000 points per series
    for (qint64 from = fromMinute; from < toMinute; from += kChunk) {
        const qint64 to = std::min(toMinute, from + kChunk);
        // The bucket of minute m is the 1-minute value at the end of that minute.
        const qint64 startMs = (from + 1) * 60'000;
        const qint64 endMs = to * 60'000;
        const QMap<qint64, double> err = range(errExpr, startMs, endMs);
        const QMap<qint64, double> total = range(totalExpr, startMs, endMs);
        for (auto it = total.cbegin(); it != total.cend(); ++it) {
            const double bad = err.value(it.key(), 0.0) * errScale;
            const double tot = it.value() * totalScale;
            if (!std::isfinite(bad) || !std::isfinite(tot)) {
                ++nan;
                continue;
            }
            out.append({ it.key() / 60'000 - 1, tot - bad, tot }); // ascending: QMap is ordered
        }
    }
    if (skippedNaN)
        *skippedNaN = nan;
    return out;
}

SloRefreshResult refreshSloBuckets(PrometheusClient* client, SloRepository& repo, slo::MetricSeriesStore& marks,
    const SloDefinition& slo, qint64 toMinute, qint64 backfillMinutes)
{
    const std::optional<SloSliQuery> sli = repo.sliQuery(slo.id);
    if (!sli)
        throw Error(PrometheusSli::tr("SLO %1 has no SLI queries (it was not imported from a spec); nothing to "
                                      "refresh from Prometheus")
                        .arg(slo.name));
    SloRefreshResult result;
    result.fromMinute = marks.refreshedUntil(slo.id).value_or(toMinute - backfillMinutes);
    const PrometheusSli source(client, slo.name, *sli);
    const QList<SliBucket> buckets = source.buckets(result.fromMinute, toMinute, &result.skippedNaN);
    result.buckets = int(buckets.size());
    // The mark stops after the last minute with data: minutes Prometheus has not seen yet (scrape lag, a
    // source that is down) are asked for again next time.
    result.toMinute = buckets.isEmpty() ? result.fromMinute : std::max(result.fromMinute, buckets.back().minute + 1);
    Transaction tx(repo.database()->connection());
    repo.storeBuckets(slo.id, buckets);
    marks.setRefreshedUntil(slo.id, result.toMinute, client->baseUrl().toString(QUrl::RemoveUserInfo));
    tx.commit();
    return result;
}

} // namespace traceo
