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

slo::LabeledValues PrometheusSli::instant(const QString& expr, qint64 atMs) const
{
    const PromResult r = m_client->instantQueryBlocking(expr, instantOf(atMs));
    if (!r.ok())
        fail(expr, r.error.message);
    slo::LabeledValues out;
    for (const PromSample& sample : r.samples)
        if (!sample.points.isEmpty())
            slo::addLabeledValue(out, sample.labels, sample.points.front().second);
    return out;
}

std::map<QString, std::pair<slo::InstanceLabels, QMap<qint64, double>>> PrometheusSli::range(
    const QString& expr, qint64 fromMs, qint64 toMs) const
{
    const PromResult r = m_client->rangeQueryBlocking(expr, instantOf(fromMs), instantOf(toMs), 60s);
    if (!r.ok())
        fail(expr, r.error.message);
    std::map<QString, std::pair<slo::InstanceLabels, QMap<qint64, double>>> out;
    for (const PromSample& sample : r.samples) {
        auto& [labels, points] = out[slo::instanceLabelsText(sample.labels)];
        labels = sample.labels;
        for (const auto& [t, v] : sample.points)
            points.insert(t, v);
    }
    return out;
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

slo::LabeledWindows PrometheusSli::windows(qint64 atMs, qint64 minutes, double budgetRatio) const
{
    const QString win = slo::promDuration(minutes);
    if (m_sli.kind == QLatin1String("events"))
        return slo::eventWindows(minutes, budgetRatio, instant(slo::renderWindowTemplate(m_sli.errorQuery, win), atMs),
            eventsPerValue(m_sli.errorQuery, minutes), instant(slo::renderWindowTemplate(m_sli.totalQuery, win), atMs),
            eventsPerValue(m_sli.totalQuery, minutes));
    slo::LabeledWindows out;
    const QString expr = QLatin1Char('(') + slo::renderWindowTemplate(m_sli.errorRatioQuery, win) + QLatin1Char(')');
    for (const auto& [key, v] : instant(expr, atMs))
        out[key] = { v.labels, { minutes, kNaN, kNaN, v.value, v.value / budgetRatio } };
    return out;
}

slo::LabeledValues PrometheusSli::slothMeanRatios(qint64 atMs, qint64 periodMinutes) const
{
    const QString five = slo::promDuration(slo::kCurrentBurnWindow);
    const QString ratio = m_sli.kind == QLatin1String("events")
        ? QStringLiteral("(%1)\n/\n(%2)")
              .arg(slo::renderWindowTemplate(m_sli.errorQuery, five), slo::renderWindowTemplate(m_sli.totalQuery, five))
        : slo::renderWindowTemplate(m_sli.errorRatioQuery, five);
    return instant(QStringLiteral("avg_over_time((%1)[%2:1m])").arg(ratio, slo::promDuration(periodMinutes)), atMs);
}

slo::LabeledSource PrometheusSli::source(qint64 atMs, double budgetRatio) const
{
    return { [this, atMs, budgetRatio](qint64 minutes) { return windows(atMs, minutes, budgetRatio); },
        [this, atMs](qint64 period) { return slothMeanRatios(atMs, period); } };
}

std::map<QString, PrometheusSli::LabeledBuckets> PrometheusSli::buckets(
    qint64 fromMinute, qint64 toMinute, int* skippedNaN) const
{
    if (m_sli.kind != QLatin1String("events"))
        throw Error(tr("SLO %1: a raw SLI (“%2”) has no event counts to fill SLI buckets; use an events SLI")
                        .arg(m_slo, m_sli.errorRatioQuery.trimmed()));
    const QString one = QStringLiteral("1m");
    const QString errExpr = slo::renderWindowTemplate(m_sli.errorQuery, one);
    const QString totalExpr = slo::renderWindowTemplate(m_sli.totalQuery, one);
    const double errScale = eventsPerValue(m_sli.errorQuery, 1);
    const double totalScale = eventsPerValue(m_sli.totalQuery, 1);
    std::map<QString, LabeledBuckets> out;
    int nan = 0;
    constexpr qint64 kChunk = 10'000; // below Prometheus's 11 000 points per series
    for (qint64 from = fromMinute; from < toMinute; from += kChunk) {
        const qint64 to = std::min(toMinute, from + kChunk);
        // The bucket of minute m is the 1-minute value at the end of that minute.
        const qint64 startMs = (from + 1) * 60'000;
        const qint64 endMs = to * 60'000;
        const auto errors = range(errExpr, startMs, endMs);
        for (const auto& [key, total] : range(totalExpr, startMs, endMs)) {
            const auto e = errors.find(key); // label sets matched as `(error) / (total)` matches them
            LabeledBuckets& b = out[key];
            b.labels = total.first;
            for (auto it = total.second.cbegin(); it != total.second.cend(); ++it) {
                const double bad = (e != errors.end() ? e->second.second.value(it.key(), 0.0) : 0.0) * errScale;
                const double tot = it.value() * totalScale;
                if (!std::isfinite(bad) || !std::isfinite(tot)) {
                    ++nan;
                    continue;
                }
                b.buckets.append({ it.key() / 60'000 - 1, tot - bad, tot }); // ascending: QMap is ordered
            }
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
    const auto perLabels = source.buckets(result.fromMinute, toMinute, &result.skippedNaN);
    // The mark stops after the last minute with data: minutes Prometheus has not seen yet (scrape lag, a
    // source that is down) are asked for again next time.
    result.toMinute = result.fromMinute;
    Transaction tx(repo.database()->connection());
    for (const auto& [key, b] : perLabels) {
        if (b.buckets.isEmpty())
            continue;
        result.buckets += int(b.buckets.size());
        ++result.instances;
        result.toMinute = std::max(result.toMinute, b.buckets.back().minute + 1);
        repo.storeBuckets(b.labels.isEmpty() ? slo.id : repo.ensureInstance(slo, b.labels), b.buckets);
    }
    marks.setRefreshedUntil(slo.id, result.toMinute, client->baseUrl().toString(QUrl::RemoveUserInfo));
    tx.commit();
    return result;
}

} // namespace traceo
