#include "commands.h"
#include "core/error.h"
#include "costcli.h"
#include "opencost/opencostclient.h"
#include "store/settingsrepository.h"

namespace traceo::cli {

namespace {

using namespace traceo::cost;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cli::cost)
};

// --url, or the URL of a saved `opencost` data source (traceo source add NAME --kind opencost --url URL).
QUrl serverUrl(Context& ctx)
{
    QString text = ctx.parser.value(QStringLiteral("url"));
    if (const QString name = ctx.parser.value(QStringLiteral("source")); !name.isEmpty()) {
        if (!text.isEmpty())
            throw UsageError(Tr::tr("Give --url or --source, not both"));
        const QList<DataSource> sources = SettingsRepository(ctx.database(Database::Mode::ReadOnly)).dataSources();
        const auto it = std::find_if(sources.begin(), sources.end(),
            [&](const DataSource& s) { return s.name == name && s.kind == u"opencost"; });
        if (it == sources.end())
            throw Error(Tr::tr("No OpenCost data source named “%1” (traceo source list)").arg(name));
        if (it->auth != u"none")
            ctx.err << Tr::tr("traceo: the CLI does not read keychain secrets: %1 is asked without authentication")
                           .arg(name)
                    << Qt::endl;
        text = it->url;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        throw UsageError(Tr::tr("--url expects the OpenCost API's http:// or https:// URL, not “%1”").arg(text));
    return url;
}

QDateTime instant(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() || text.size() < 19) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        t = d.isValid() && text.size() == 10 ? d.startOfDay(Qt::UTC) : QDateTime();
    }
    return t;
}

// --window: "Nd" (the last N UTC days, today included) or "FROM,TO" (dates or RFC 3339 times).
std::pair<QDateTime, QDateTime> window(Context& ctx)
{
    const QString text = ctx.parser.value(QStringLiteral("window")).trimmed();
    if (text.endsWith(u'd') && !text.contains(u',')) {
        bool ok = false;
        const int days = text.chopped(1).toInt(&ok);
        if (ok && days > 0 && days <= 3660)
            return openCostLastDays(days, QDateTime::currentDateTimeUtc());
    } else if (const QStringList parts = text.split(u','); parts.size() == 2) {
        const QDateTime from = instant(parts[0].trimmed());
        const QDateTime to = instant(parts[1].trimmed());
        if (from.isValid() && to.isValid() && from < to)
            return { from, to };
    }
    throw UsageError(Tr::tr("--window expects a number of days (30d) or FROM,TO (2026-09-01,2026-10-01 or RFC 3339 "
                            "times, FROM before TO), not “%1”")
                         .arg(text));
}

QList<OpenCostKind> kinds(Context& ctx)
{
    const QString kind = ctx.parser.value(QStringLiteral("kind"));
    if (kind == u"allocation")
        return { OpenCostKind::Allocation };
    if (kind == u"cloudcost")
        return { OpenCostKind::CloudCost };
    if (kind == u"both")
        return { OpenCostKind::Allocation, OpenCostKind::CloudCost };
    throw UsageError(Tr::tr("--kind expects allocation, cloudcost or both, not “%1”").arg(kind));
}

int importOpenCost(Context& ctx)
{
    const QUrl url = serverUrl(ctx);
    const auto [from, to] = window(ctx);
    const QList<OpenCostKind> wanted = kinds(ctx);
    OpenCostReadOptions options;
    options.currency = ctx.parser.value(QStringLiteral("currency"));
    options.defaultCluster = ctx.parser.value(QStringLiteral("cluster"));
    HttpClient http;
    OpenCostClient client(&http, url, options);
    // Everything is fetched before anything is stored: one failed request stores nothing.
    std::vector<std::pair<QString, FocusReadResult>> reads;
    for (const OpenCostKind kind : wanted) {
        const OpenCostFetch fetch
            = client.fetchBlocking({ kind, from, to, ctx.parser.value(QStringLiteral("aggregate")) });
        if (!fetch.ok())
            throw Error(fetch.error);
        reads.emplace_back(fetch.url.toDisplayString(QUrl::RemoveUserInfo), fetch.read);
    }
    printImportReports(ctx, CostStore(ctx.database()).storeAll(reads));
    return ExitOk;
}

} // namespace

std::vector<Command> openCostCommands()
{
    return {
        { QStringLiteral("cost"), QStringLiteral("import-opencost"),
            Tr::tr("Import Kubernetes allocations and cloud costs from an OpenCost server: --url URL|--source NAME "
                   "[--window 30d]."),
            true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("url"),
                    Tr::tr("The OpenCost API (e.g. http://opencost.opencost:9003, or https://HOST/model behind its "
                           "UI)."),
                    Tr::tr("URL") });
                p.addOption({ QStringLiteral("source"),
                    Tr::tr("A saved data source of kind opencost, instead of --url."), Tr::tr("NAME") });
                p.addOption({ QStringLiteral("window"),
                    Tr::tr("The last N days (today included) or FROM,TO; read in daily steps, each replacing the "
                           "same day of an earlier import."),
                    Tr::tr("WINDOW"), QStringLiteral("7d") });
                p.addOption({ QStringLiteral("kind"),
                    Tr::tr("allocation (Kubernetes workloads), cloudcost (the cloud bill) or both."), Tr::tr("KIND"),
                    QStringLiteral("allocation") });
                p.addOption({ QStringLiteral("aggregate"),
                    Tr::tr("OpenCost's aggregation of allocations, e.g. namespace or cluster,namespace,controller "
                           "(default: per container)."),
                    Tr::tr("PROPS") });
                p.addOption({ QStringLiteral("currency"),
                    Tr::tr("The currency of the OpenCost server (OpenCost does not name it)."), Tr::tr("CODE"),
                    QStringLiteral("USD") });
                p.addOption({ QStringLiteral("cluster"),
                    Tr::tr("The billing account of allocations whose properties name no cluster."), Tr::tr("NAME"),
                    QStringLiteral("default-cluster") });
            },
            importOpenCost },
    };
}

} // namespace traceo::cli
