#include "core/error.h"
#include "http/httpclient.h"
#include "prometheus/prometheussli.h"
#include "slo/metricseriesstore.h"
#include "slo/openmetricsreader.h"
#include "slo/sloimport.h"
#include "slosources.h"

namespace traceo::cli {

using namespace traceo::slo;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cli::slo)
};

QUrl prometheusUrl(Context& ctx)
{
    const QString text = ctx.parser.value(QStringLiteral("prometheus"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        throw UsageError(Tr::tr("--prometheus expects the server's http:// or https:// URL, not “%1”").arg(text));
    return url;
}

int importMetrics(Context& ctx)
{
    const QString file = ctx.positional(0, QStringLiteral("FILE"));
    const MetricFile parsed = OpenMetricsReader::readFile(file);
    const MetricImportCounts counts = MetricSeriesStore(ctx.database()).importSeries(parsed.series);
    ctx.out << Tr::tr("%1: %2 samples read; %3 series added, %4 updated (%5 samples stored)")
                   .arg(file)
                   .arg(parsed.samples)
                   .arg(counts.seriesAdded)
                   .arg(counts.seriesUpdated)
                   .arg(counts.samples)
            << Qt::endl;
    return ExitOk;
}

bool sloMatches(const SloDefinition& d, const QString& wanted)
{
    return wanted.isEmpty() || wanted == QString::number(d.id) || wanted == d.name
        || wanted == d.service + QLatin1Char('-') + d.name || wanted == d.service + QLatin1Char('/') + d.name;
}

int refresh(Context& ctx)
{
    const QUrl url = prometheusUrl(ctx);
    const qint64 toMinute = minuteOf(instantOption(ctx, "to"));
    const QString wanted = ctx.parser.value(QStringLiteral("slo"));
    const int backfillDays = ctx.parser.value(QStringLiteral("backfill-days")).toInt();
    if (backfillDays <= 0)
        throw UsageError(Tr::tr("--backfill-days expects a positive number of days"));
    auto db = ctx.database();
    SloRepository repo(db);
    MetricSeriesStore marks(db);
    HttpClient http;
    PrometheusClient prom(&http, url);
    Output o;
    o.columns = { QStringLiteral("service"), QStringLiteral("slo"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("buckets"), QStringLiteral("nan_skipped"), QStringLiteral("instances") };
    const auto iso
        = [](qint64 minute) { return QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC).toString(Qt::ISODate); };
    for (const SloDefinition& d : repo.slos()) {
        if (!sloMatches(d, wanted) || (wanted.isEmpty() && !repo.sliQuery(d.id)))
            continue;
        const SloRefreshResult r = refreshSloBuckets(&prom, repo, marks, d, toMinute, qint64(backfillDays) * 1440);
        o.rows.append({ d.service, d.name, iso(r.fromMinute), iso(r.toMinute), r.buckets, r.skippedNaN, r.instances });
    }
    if (o.rows.isEmpty())
        throw Error(wanted.isEmpty() ? Tr::tr("No SLO in the database has SLI queries; import a spec first")
                                     : Tr::tr("No SLO “%1” with SLI queries in the database").arg(wanted));
    ctx.print(o);
    return ExitOk;
}

} // namespace

QDateTime parseInstant(const QString& text, const char* option)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        throw UsageError(Tr::tr("--%1 expects an RFC 3339 time such as 2026-11-27T12:00:00Z, not “%2”")
                             .arg(QLatin1String(option), text));
    return t;
}

QDateTime instantOption(Context& ctx, const char* option)
{
    const QString name = QLatin1String(option);
    return ctx.parser.isSet(name) ? parseInstant(ctx.parser.value(name), option) : QDateTime::currentDateTimeUtc();
}

SloSnapshot prometheusSnapshot(Context& ctx, qint64 atMs, PeriodMode mode)
{
    // The SLOs with their queries: from the spec file, or those imported into the database.
    std::vector<std::pair<SloDefinition, SloSliQuery>> slos;
    if (const QString file = ctx.parser.value(QStringLiteral("spec")); !file.isEmpty()) {
        const int days = ctx.parser.value(QStringLiteral("period-days")).toInt();
        if (days <= 0)
            throw UsageError(Tr::tr("--period-days expects a positive number of days"));
        for (const SlothSpec& spec : readSloSpecFile(file))
            for (const SlothSlo& s : spec.slos)
                slos.push_back({ { 0, spec.service, s.name, s.objective / 100, s.periodDays > 0 ? s.periodDays : days,
                                     s.periodKind },
                    { s.sliKind == SlothSlo::SliKind::Events ? QStringLiteral("events") : QStringLiteral("raw"),
                        s.errorQuery, s.totalQuery, s.errorRatioQuery, file, {} } });
    } else {
        SloRepository repo(ctx.database(Database::Mode::ReadOnly));
        for (const SloDefinition& d : repo.slos())
            if (const std::optional<SloSliQuery> q = repo.sliQuery(d.id))
                slos.push_back({ d, *q });
        if (slos.empty())
            throw Error(Tr::tr("No SLO in the database has SLI queries; name a spec with --spec FILE"));
    }
    std::stable_sort(slos.begin(), slos.end(), [](const auto& a, const auto& b) {
        return std::pair(a.first.service, a.first.name) < std::pair(b.first.service, b.first.name);
    });
    HttpClient http;
    PrometheusClient prom(&http, prometheusUrl(ctx));
    SloSnapshot snap;
    snap.atMs = atMs;
    snap.atMinute = minuteOfSeconds(atMs >= 0 ? atMs / 1000 : (atMs - 999) / 1000);
    for (const auto& [def, query] : slos) {
        const PrometheusSli sli(&prom, def.name, query);
        for (SloSnapshotRow& row : sloStatusRows(def, sli.source(atMs, 1.0 - def.objective), snap.atMinute, mode)) {
            row.source = QStringLiteral("prometheus");
            snap.rows.push_back(std::move(row));
        }
    }
    return snap;
}

std::vector<Command> sloSourceCommands()
{
    const QString group = QStringLiteral("slo");
    return {
        { group, QStringLiteral("import-metrics"),
            Tr::tr("Import counter series from an OpenMetrics or Prometheus text file with timestamps: FILE."), false,
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("FILE"),
                    Tr::tr("The exposition file (as promtool tsdb create-blocks-from openmetrics reads)."));
            },
            importMetrics },
        { group, QStringLiteral("refresh"),
            Tr::tr("Fill SLI buckets from Prometheus since the last refresh: --prometheus URL [--slo ID]."), true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("prometheus"), Tr::tr("The Prometheus server."), Tr::tr("URL") });
                p.addOption({ QStringLiteral("slo"), Tr::tr("One SLO: its id, name or service-name (default: all)."),
                    Tr::tr("ID") });
                p.addOption(
                    { QStringLiteral("to"), Tr::tr("Refresh up to this instant (default now)."), Tr::tr("RFC3339") });
                p.addOption(
                    { QStringLiteral("backfill-days"), Tr::tr("How far back the first refresh reaches (default 30)."),
                        Tr::tr("DAYS"), QStringLiteral("30") });
            },
            refresh },
    };
}

} // namespace traceo::cli
