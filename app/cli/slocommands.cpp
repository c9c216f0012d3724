#include "commands.h"
#include "core/error.h"
#include "slo/alerting.h"
#include "slo/metricseriesstore.h"
#include "slo/openslospec.h"
#include "slo/sloimport.h"
#include "slo/slomath.h"
#include "slo/slorepository.h"
#include "slo/slosnapshot.h"
#include "slo/slothrules.h"
#include "slosources.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace traceo::cli {

namespace {

using namespace traceo::slo;

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

int importSpec(Context& ctx)
{
    const QString file = ctx.positional(0, QStringLiteral("FILE"));
    // OpenSLO SLOs carry their period (timeWindow); --period-days applies to Sloth specs.
    const int periodDays = ctx.parser.value(QStringLiteral("period-days")).toInt();
    if (periodDays <= 0)
        throw UsageError(
            QCoreApplication::translate("traceo::cli::slo", "--period-days expects a positive number of days"));
    const PeriodKind kind
        = ctx.parser.isSet(QStringLiteral("calendar-month")) ? PeriodKind::CalendarMonth : PeriodKind::Rolling;
    SloRepository repo(ctx.database());
    const SloImportCounts counts = importSloSpecFile(repo, file, periodDays, kind);
    ctx.out << QCoreApplication::translate("traceo::cli::slo", "%1: %2 SLOs added, %3 updated")
                   .arg(file)
                   .arg(counts.added)
                   .arg(counts.updated)
            << Qt::endl;
    return ExitOk;
}

int rules(Context& ctx)
{
    const QString file = ctx.parser.value(QStringLiteral("spec"));
    std::vector<SlothSpec> specs;
    if (!file.isEmpty()) {
        specs = readSlothSpecFile(file);
    } else {
        // The SLOs imported earlier keep their spec document in the store.
        specs = storedSlothSpecs(SloRepository(ctx.database(Database::Mode::ReadOnly)));
        if (specs.empty())
            throw Error(QCoreApplication::translate("traceo::cli::slo",
                "No SLO in the database was imported from a Sloth spec; name one with --spec FILE."));
    }
    SlothRulesOptions options;
    if (const QString windows = ctx.parser.value(QStringLiteral("windows")); !windows.isEmpty()) {
        QFile f(windows);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(QCoreApplication::translate("traceo::cli::slo", "%1: cannot read the file: %2")
                            .arg(windows, f.errorString()));
        options.windows = parseSlothAlertWindows(f.readAll(), windows);
    } else {
        const int days = ctx.parser.value(QStringLiteral("period-days")).toInt();
        if (days <= 0)
            throw UsageError(
                QCoreApplication::translate("traceo::cli::slo", "--period-days expects a positive number of days"));
        options.windows = AlertTable::slothDefault(days);
    }
    for (const QString& label : ctx.parser.values(QStringLiteral("extra-label"))) {
        const qsizetype eq = label.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError(
                QCoreApplication::translate("traceo::cli::slo", "--extra-label expects NAME=VALUE, not “%1”")
                    .arg(label));
        options.extraLabels.insert(label.left(eq), label.mid(eq + 1));
    }
    ctx.out << QString::fromUtf8(slothRulesYaml(specs, options));
    return ExitOk;
}

int exportOpenSlo(Context& ctx)
{
    const QByteArray out = storedOpenSloYaml(SloRepository(ctx.database(Database::Mode::ReadOnly)));
    if (out.isEmpty())
        throw Error(QCoreApplication::translate(
            "traceo::cli::slo", "No SLO in the database was imported from a spec; there is nothing to export."));
    ctx.out << QString::fromUtf8(out);
    return ExitOk;
}

int list(Context& ctx)
{
    SloRepository repo(ctx.database(Database::Mode::ReadOnly));
    Output o;
    o.columns = { QStringLiteral("service"), QStringLiteral("slo"), QStringLiteral("objective"),
        QStringLiteral("period_days"), QStringLiteral("buckets"), QStringLiteral("period") };
    for (const SloDefinition& d : repo.slos()) {
        const bool month = d.periodKind == PeriodKind::CalendarMonth; // its length depends on the month
        o.rows.append({ d.service, d.name, d.objective, month ? QVariant() : QVariant(d.periodDays),
            repo.bucketCount(d.id), periodKindName(d.periodKind) });
    }
    ctx.print(o);
    return ExitOk;
}

QJsonObject windowJson(const WindowStatus& w)
{
    return { { QStringLiteral("error_ratio"), number(w.errorRatio) },
        { QStringLiteral("burn_rate"), number(w.burnRate) }, { QStringLiteral("bad"), number(w.bad) },
        { QStringLiteral("total"), number(w.total) } };
}

int status(Context& ctx)
{
    const qint64 atMs = instantOption(ctx, "at").toMSecsSinceEpoch();
    const QString modeName = ctx.parser.value(QStringLiteral("period-mode"));
    if (modeName != QLatin1String("traffic") && modeName != QLatin1String("sloth"))
        throw UsageError(QCoreApplication::translate("traceo::cli::slo", "--period-mode expects traffic or sloth"));
    const PeriodMode mode = modeName == QLatin1String("sloth") ? PeriodMode::SlothMean5m : PeriodMode::TrafficWeighted;
    if (ctx.parser.isSet(QStringLiteral("spec")) && !ctx.parser.isSet(QStringLiteral("prometheus")))
        throw UsageError(QCoreApplication::translate("traceo::cli::slo", "--spec needs --prometheus URL"));
    const auto fromDatabase = [&] {
        auto db = ctx.database(Database::Mode::ReadOnly);
        return computeSloSnapshot(SloRepository(db), MetricSeriesStore(db), atMs, mode);
    };
    const SloSnapshot snap
        = ctx.parser.isSet(QStringLiteral("prometheus")) ? prometheusSnapshot(ctx, atMs, mode) : fromDatabase();
    Output o;
    o.columns = { QStringLiteral("service"), QStringLiteral("slo"), QStringLiteral("objective"),
        QStringLiteral("burn_1h"), QStringLiteral("burn_6h"), QStringLiteral("burn_1d"), QStringLiteral("burn_3d"),
        QStringLiteral("budget_remaining"), QStringLiteral("alerts"), QStringLiteral("exhaustion_hours"),
        QStringLiteral("period") };
    QJsonArray json;
    for (const SloSnapshotRow& row : snap.rows) {
        const SloDefinition& d = row.slo;
        const SloStatus& st = row.status;
        const AlertTable& table = row.table;
        const AlertState& alerts = row.alerts;
        // Buckets are evaluated at the whole minute, the other sources at the exact instant.
        const QDateTime at
            = QDateTime::fromMSecsSinceEpoch(row.source == u"buckets" ? snap.atMinute * 60'000 : snap.atMs, Qt::UTC);
        const SloParams params = sloParams(d, mode);
        const qint64 periodMinutes = params.periodMinutes(st.atMinute);
        const qint64 periodStart = st.atMinute - params.periodElapsedMinutes(st.atMinute);
        QJsonObject windows;
        for (size_t i = 0; i < kStatusWindows.size(); ++i)
            windows.insert(promDuration(kStatusWindows[i]), windowJson(st.windows[i]));
        windows.insert(QStringLiteral("period"), windowJson(st.period));
        QJsonArray firing;
        QStringList firingNames;
        for (size_t i = 0; i < table.tiers.size(); ++i)
            if (alerts.tiers[i].firing) {
                firing.append(table.tiers[i].name);
                firingNames << table.tiers[i].name;
            }
        const double hours = st.minutesToExhaustion / 60;
        json.append(QJsonObject {
            { QStringLiteral("service"), d.service },
            { QStringLiteral("slo"), d.name },
            { QStringLiteral("objective"), d.objective },
            { QStringLiteral("period"), periodKindName(d.periodKind) },
            { QStringLiteral("period_days"), periodMinutes / 1440 },
            { QStringLiteral("period_start"),
                QDateTime::fromSecsSinceEpoch(periodStart * 60, Qt::UTC).toString(Qt::ISODate) },
            { QStringLiteral("at"), at.toString(at.time().msec() ? Qt::ISODateWithMs : Qt::ISODate) },
            { QStringLiteral("source"), row.source },
            { QStringLiteral("windows"), windows },
            { QStringLiteral("current_burn_rate"), number(st.currentBurnRate) },
            { QStringLiteral("budget"),
                QJsonObject { { QStringLiteral("total_events"), number(st.budgetTotalEvents) },
                    { QStringLiteral("consumed_events"), number(st.budgetConsumedEvents) },
                    { QStringLiteral("remaining_events"), number(st.budgetRemainingEvents) },
                    { QStringLiteral("consumed_ratio"), number(st.budgetConsumedRatio) },
                    { QStringLiteral("remaining_ratio"), number(st.budgetRemainingRatio) } } },
            { QStringLiteral("time_to_exhaustion_hours"), number(hours) },
            { QStringLiteral("firing"), firing },
        });
        o.rows.append({ d.service, d.name, d.objective, st.windows[2].burnRate, st.windows[4].burnRate,
            st.windows[5].burnRate, st.windows[6].burnRate, st.budgetRemainingRatio, firingNames.join(QLatin1Char(' ')),
            std::isfinite(hours) ? QVariant(hours) : QVariant(QStringLiteral("inf")), periodKindName(d.periodKind) });
    }
    o.json = json;
    ctx.print(o);
    return ExitOk;
}

int alertHistory(Context& ctx)
{
    const qint64 to = minuteOf(instantOption(ctx, "to"));
    const qint64 from = ctx.parser.isSet(QStringLiteral("from"))
        ? minuteOf(parseInstant(ctx.parser.value(QStringLiteral("from")), "from"))
        : to - 1440;
    if (from > to)
        throw UsageError(QCoreApplication::translate("traceo::cli::slo", "--from must not be after --to"));
    SloRepository repo(ctx.database(Database::Mode::ReadOnly));
    Output o;
    o.columns = { QStringLiteral("service"), QStringLiteral("slo"), QStringLiteral("tier"), QStringLiteral("severity"),
        QStringLiteral("from"), QStringLiteral("to") };
    const auto iso
        = [](qint64 minute) { return QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC).toString(Qt::ISODate); };
    for (const SloDefinition& d : repo.slos()) {
        const AlertTable table = alertTableAt(sloParams(d), to); // a calendar month: the month of --to
        qint64 longest = 0;
        for (const AlertTier& t : table.tiers)
            longest = std::max(longest, t.longMinutes);
        const SliSeries series = loadSliSeries(repo, d.id, from - longest, to);
        for (const FiringInterval& f : firingIntervals(series, d.objective, table, from, to))
            o.rows.append({ d.service, d.name, table.tiers[size_t(f.tier)].name, severityName(f.severity),
                iso(f.fromMinute), iso(f.toMinute) });
    }
    ctx.print(o);
    return ExitOk;
}

} // namespace

std::vector<Command> sloCommands()
{
    const QString group = QStringLiteral("slo");
    const auto periodDays = [](QCommandLineParser& p) {
        p.addOption({ QStringLiteral("period-days"),
            QCoreApplication::translate("traceo::cli::slo", "The SLO period in days (default 30)."),
            QCoreApplication::translate("traceo::cli::slo", "DAYS"), QStringLiteral("30") });
    };
    std::vector<Command> commands = {
        { group, QStringLiteral("import-spec"),
            QCoreApplication::translate("traceo::cli::slo",
                "Add the SLOs of a Sloth prometheus/v1 or OpenSLO v1 spec file: FILE [--period-days N | "
                "--calendar-month]."),
            false,
            [periodDays](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("FILE"),
                    QCoreApplication::translate("traceo::cli::slo", "The Sloth or OpenSLO spec (YAML)."));
                periodDays(p);
                p.addOption({ QStringLiteral("calendar-month"),
                    QCoreApplication::translate("traceo::cli::slo",
                        "Sloth SLOs get the calendar month (UTC) as their period instead of --period-days.") });
            },
            importSpec },
        { group, QStringLiteral("export-openslo"),
            QCoreApplication::translate(
                "traceo::cli::slo", "Print the imported SLOs as OpenSLO v1 SLO documents (YAML)."),
            true, {}, exportOpenSlo },
        { group, QStringLiteral("rules"),
            QCoreApplication::translate("traceo::cli::slo",
                "Print the Prometheus rules Sloth generates for a spec: [--spec FILE] (default: the imported SLOs)."),
            false,
            [periodDays](QCommandLineParser& p) {
                p.addOption(
                    { QStringLiteral("spec"), QCoreApplication::translate("traceo::cli::slo", "The Sloth spec (YAML)."),
                        QCoreApplication::translate("traceo::cli::slo", "FILE") });
                p.addOption({ QStringLiteral("windows"),
                    QCoreApplication::translate("traceo::cli::slo", "A Sloth AlertWindows file (sets the period)."),
                    QCoreApplication::translate("traceo::cli::slo", "FILE") });
                p.addOption({ QStringLiteral("extra-label"),
                    QCoreApplication::translate("traceo::cli::slo", "A label added to every SLO (repeatable)."),
                    QCoreApplication::translate("traceo::cli::slo", "NAME=VALUE") });
                periodDays(p);
            },
            rules },
        { group, QStringLiteral("list"),
            QCoreApplication::translate("traceo::cli::slo", "List the SLOs with their objective and bucket count."),
            true, {}, list },
        { group, QStringLiteral("status"),
            QCoreApplication::translate("traceo::cli::slo",
                "Burn rates, error budget and firing alerts of every SLO: [--at RFC3339] [--prometheus URL [--spec "
                "FILE]]."),
            true,
            [periodDays](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("at"),
                    QCoreApplication::translate("traceo::cli::slo", "The instant (default now)."),
                    QCoreApplication::translate("traceo::cli::slo", "RFC3339") });
                p.addOption({ QStringLiteral("period-mode"),
                    QCoreApplication::translate(
                        "traceo::cli::slo", "traffic (bad/total, default) or sloth (mean of 5-minute ratios)."),
                    QCoreApplication::translate("traceo::cli::slo", "MODE"), QStringLiteral("traffic") });
                p.addOption({ QStringLiteral("prometheus"),
                    QCoreApplication::translate(
                        "traceo::cli::slo", "Evaluate the SLI queries on this Prometheus server."),
                    QCoreApplication::translate("traceo::cli::slo", "URL") });
                p.addOption({ QStringLiteral("spec"),
                    QCoreApplication::translate(
                        "traceo::cli::slo", "With --prometheus: the SLOs of this spec instead of the imported ones."),
                    QCoreApplication::translate("traceo::cli::slo", "FILE") });
                periodDays(p);
            },
            status },
        { group, QStringLiteral("alerts"),
            QCoreApplication::translate(
                "traceo::cli::slo", "Alert firing intervals per SLO and tier: [--from RFC3339] [--to RFC3339]."),
            true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("from"),
                    QCoreApplication::translate("traceo::cli::slo", "Start (default a day before --to)."),
                    QCoreApplication::translate("traceo::cli::slo", "RFC3339") });
                p.addOption(
                    { QStringLiteral("to"), QCoreApplication::translate("traceo::cli::slo", "End (default now)."),
                        QCoreApplication::translate("traceo::cli::slo", "RFC3339") });
            },
            alertHistory },
    };
    for (Command& c : sloSourceCommands())
        commands.push_back(std::move(c));
    return commands;
}

} // namespace traceo::cli
