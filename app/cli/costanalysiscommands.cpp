#include "commands.h"
#include "core/error.h"
#include "cost/costalerts.h"
#include "cost/costanalysis.h"
#include "cost/costreport.h"
#include "cost/coststore.h"
#include "costreportpdf.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace traceo::cli {

namespace {

using namespace traceo::cost;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cli::cost)
};

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject anomalyJson(const CostAnomaly& a)
{
    QJsonArray causes;
    for (const RootCause& c : a.rootCauses)
        causes.append(QJsonObject { { QStringLiteral("kind"), c.kind }, { QStringLiteral("key"), c.key },
            { QStringLiteral("expected"), c.expected }, { QStringLiteral("actual"), c.actual },
            { QStringLiteral("delta"), c.delta }, { QStringLiteral("share"), c.share } });
    return QJsonObject { { QStringLiteral("day"), a.day.toString(Qt::ISODate) },
        { QStringLiteral("dims"), QJsonArray::fromStringList(a.dims) }, { QStringLiteral("expected"), a.expected },
        { QStringLiteral("actual"), a.actual }, { QStringLiteral("impact"), a.impact },
        { QStringLiteral("impact_percent"), number(a.impactPercent) }, { QStringLiteral("score"), a.score },
        { QStringLiteral("severity"), severityName(a.severity) }, { QStringLiteral("root_causes"), causes } };
}

QJsonObject alertJson(const CostAlert& alert)
{
    QJsonObject o = anomalyJson(alert.anomaly);
    o.insert(QStringLiteral("id"), alert.id);
    o.insert(QStringLiteral("raised_at"), alert.raisedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("acknowledged"), alert.acknowledged);
    o.insert(QStringLiteral("acknowledged_at"),
        alert.acknowledged ? QJsonValue(alert.acknowledgedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
    return o;
}

/// The anomaly's columns in table and CSV output.
QVariantList anomalyCells(const CostAnomaly& a)
{
    const QString cause
        = a.rootCauses.empty() ? QString() : a.rootCauses.front().kind + u'=' + a.rootCauses.front().key;
    return { a.day.toString(Qt::ISODate), a.dims.join(u','), QString::number(a.expected, 'f', 2),
        QString::number(a.actual, 'f', 2), QString::number(a.impact, 'f', 2),
        std::isfinite(a.impactPercent) ? QString::number(a.impactPercent, 'f', 1) : QString(),
        QString::number(a.score, 'f', 3), severityName(a.severity), cause };
}

const QStringList& anomalyColumns()
{
    static const QStringList columns { QStringLiteral("day"), QStringLiteral("dims"), QStringLiteral("expected"),
        QStringLiteral("actual"), QStringLiteral("impact"), QStringLiteral("impact_percent"), QStringLiteral("score"),
        QStringLiteral("severity"), QStringLiteral("top_cause") };
    return columns;
}

std::optional<QDate> dayOption(Context& ctx, const char* option)
{
    const QString name = QLatin1String(option);
    if (!ctx.parser.isSet(name))
        return std::nullopt;
    const QDate d = QDate::fromString(ctx.parser.value(name), Qt::ISODate);
    if (!d.isValid())
        throw UsageError(Tr::tr("--%1 expects a date (2026-09-01), not “%2”").arg(name, ctx.parser.value(name)));
    return d;
}

/// A non-negative number option, or `fallback` when it is not given.
double amountOption(Context& ctx, const char* option, double fallback)
{
    const QString name = QLatin1String(option);
    if (!ctx.parser.isSet(name))
        return fallback;
    bool ok = false;
    const double v = ctx.parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        throw UsageError(Tr::tr("--%1 expects a non-negative number, not “%2”").arg(name, ctx.parser.value(name)));
    return v;
}

int anomalies(Context& ctx)
{
    const std::optional<QDate> from = dayOption(ctx, "from");
    const std::optional<QDate> to = dayOption(ctx, "to");
    AnomalyParams params;
    params.deviation.minImpact = amountOption(ctx, "min-impact", params.deviation.minImpact);
    params.deviation.minPercent = amountOption(ctx, "min-percent", params.deviation.minPercent);
    AlertRule rule;
    rule.deviation = params.deviation;
    const std::shared_ptr<Database> db = ctx.database();
    const std::shared_ptr<const CostTable> table = CostStore(db).load();
    const std::vector<CostAnomaly> found
        = findAnomalies(*table, params, from, to, ctx.parser.values(QStringLiteral("tag")));
    const QList<CostAlert> raised = CostAlertRepository(db).raise(found, rule, QDateTime::currentDateTimeUtc());
    Output o;
    o.columns = anomalyColumns();
    QJsonArray json;
    for (const CostAnomaly& a : found) {
        o.rows.append(anomalyCells(a));
        json.append(anomalyJson(a));
    }
    o.json = json;
    ctx.print(o);
    ctx.err << Tr::tr("%1 anomalies, %2 new alerts.").arg(found.size()).arg(raised.size()) << Qt::endl;
    return ExitOk;
}

int recommendations(Context& ctx)
{
    const std::shared_ptr<Database> db = ctx.database(Database::Mode::ReadOnly);
    const std::shared_ptr<const CostTable> table = CostStore(db).load(utilizationColumns());
    const RecommendationReport report
        = recommend(resourceUsage(*table), recommendationSettings(SettingsRepository(db)));
    Output o;
    o.columns = { QStringLiteral("priority"), QStringLiteral("strategy"), QStringLiteral("resources"),
        QStringLiteral("eligible_monthly"), QStringLiteral("savings_rate"), QStringLiteral("monthly_savings"),
        QStringLiteral("annual_savings"), QStringLiteral("implementation_cost"), QStringLiteral("roi"),
        QStringLiteral("payback_months"), QStringLiteral("evidence") };
    QJsonArray json;
    for (const Recommendation& r : report.recommendations) {
        o.rows.append({ r.priority, strategyName(r.strategy), qlonglong(r.evidence.size()),
            QString::number(r.eligibleMonthly, 'f', 2), QString::number(r.savingsRate * 100, 'f', 0),
            QString::number(r.monthlySavings, 'f', 2), QString::number(r.annualSavings, 'f', 2),
            QString::number(r.implementationCost, 'f', 2),
            std::isfinite(r.roi) ? QString::number(r.roi, 'f', 2) : QString(), QString::number(r.paybackMonths, 'f', 1),
            r.evidence.front().pattern });
        QJsonArray evidence;
        for (const Evidence& e : r.evidence)
            evidence.append(QJsonObject { { QStringLiteral("resource"), e.resourceId },
                { QStringLiteral("pattern"), e.pattern }, { QStringLiteral("monthly_cost"), e.monthlyCost } });
        json.append(QJsonObject { { QStringLiteral("priority"), r.priority },
            { QStringLiteral("strategy"), strategyName(r.strategy) },
            { QStringLiteral("title"), strategyTitle(r.strategy) },
            { QStringLiteral("eligible_monthly"), r.eligibleMonthly },
            { QStringLiteral("savings_rate"), r.savingsRate }, { QStringLiteral("monthly_savings"), r.monthlySavings },
            { QStringLiteral("annual_savings"), r.annualSavings },
            { QStringLiteral("implementation_cost"), r.implementationCost }, { QStringLiteral("roi"), number(r.roi) },
            { QStringLiteral("payback_months"), number(r.paybackMonths) }, { QStringLiteral("evidence"), evidence } });
    }
    o.json = json;
    ctx.print(o);
    for (const QString& note : report.notes)
        ctx.err << note << Qt::endl;
    return ExitOk;
}

int report(Context& ctx)
{
    const auto [from, to] = CostReport::parsePeriod(ctx.parser.value(QStringLiteral("period")));
    CostReportRequest request { from, to };
    if (ctx.parser.isSet(QStringLiteral("group-by")))
        request.groupBy = ctx.parser.value(QStringLiteral("group-by")).split(u',', Qt::SkipEmptyParts);
    const QString format = ctx.parser.value(QStringLiteral("format"));
    if (format != u"html" && format != u"csv" && format != u"pdf")
        throw UsageError(Tr::tr("--format expects html, csv or pdf, not “%1”").arg(format));
    const QString path = ctx.parser.value(QStringLiteral("out"));
    const bool toStdout = path.isEmpty() || path == u"-";
    if (format == u"pdf" && toStdout)
        throw UsageError(Tr::tr("--format pdf needs --out FILE"));
    const std::shared_ptr<Database> db = ctx.database(Database::Mode::ReadOnly);
    QStringList extra = utilizationColumns();
    for (const QString& d : request.groupBy) {
        const QString column = CostBreakdown::columnOf(d);
        if (!column.isEmpty() && !focus::coreColumns().contains(column))
            extra << column;
    }
    const std::shared_ptr<const CostTable> table = CostStore(db).load(extra);
    const CostReport r = CostReport::build(*table, request, recommendationSettings(SettingsRepository(db)));
    const QByteArray data = format == u"html" ? r.toHtml().toUtf8()
        : format == u"csv"                    ? r.toCsv()
                                              : render::CostReportPdf::render(r);
    if (toStdout) {
        ctx.out << QString::fromUtf8(data) << Qt::flush;
        return ExitOk;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        throw Error(Tr::tr("%1: cannot write the report: %2").arg(path, file.errorString()));
    ctx.err << Tr::tr("Report written to %1.").arg(path) << Qt::endl;
    return ExitOk;
}

int alerts(Context& ctx)
{
    if (ctx.parser.isSet(QStringLiteral("ack"))) {
        bool ok = false;
        const qint64 id = ctx.parser.value(QStringLiteral("ack")).toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError(
                Tr::tr("--ack expects the id of an alert, not “%1”").arg(ctx.parser.value(QStringLiteral("ack"))));
        CostAlertRepository(ctx.database()).acknowledge(id, QDateTime::currentDateTimeUtc());
        ctx.out << Tr::tr("Cost alert %1 acknowledged.").arg(id) << Qt::endl;
        return ExitOk;
    }
    const QList<CostAlert> list
        = CostAlertRepository(ctx.database(Database::Mode::ReadOnly)).alerts(ctx.parser.isSet(QStringLiteral("open")));
    Output o;
    o.columns = { QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("dims"), QStringLiteral("expected"),
        QStringLiteral("actual"), QStringLiteral("impact"), QStringLiteral("impact_percent"), QStringLiteral("score"),
        QStringLiteral("severity"), QStringLiteral("top_cause"), QStringLiteral("raised_at"),
        QStringLiteral("acknowledged_at") };
    QJsonArray json;
    for (const CostAlert& alert : list) {
        QVariantList row = anomalyCells(alert.anomaly);
        row.prepend(alert.id);
        row << alert.raisedAt.toString(Qt::ISODate)
            << (alert.acknowledged ? alert.acknowledgedAt.toString(Qt::ISODate) : QString());
        o.rows.append(row);
        json.append(alertJson(alert));
    }
    o.json = json;
    ctx.print(o);
    return ExitOk;
}

} // namespace

std::vector<Command> costAnalysisCommands()
{
    return {
        { QStringLiteral("cost"), QStringLiteral("alerts"),
            Tr::tr("List cost anomaly alerts, newest first, or acknowledge one with --ack."), true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("ack"), Tr::tr("Acknowledge the alert with this id."), Tr::tr("ID") });
                p.addOption({ QStringLiteral("open"), Tr::tr("Only alerts not yet acknowledged.") });
            },
            alerts },
        { QStringLiteral("cost"), QStringLiteral("anomalies"),
            Tr::tr("Detect cost anomalies per service, account and region and per service; raise alerts for new ones."),
            true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("from"), Tr::tr("Only anomalies on or after this day."), Tr::tr("DATE") });
                p.addOption({ QStringLiteral("to"), Tr::tr("Only anomalies before this day."), Tr::tr("DATE") });
                p.addOption({ QStringLiteral("tag"), Tr::tr("Also find root causes by this tag key."), Tr::tr("KEY") });
                p.addOption({ QStringLiteral("min-impact"),
                    Tr::tr("Only deviations of at least this amount a day from the expected cost (default: %1).")
                        .arg(kDefaultMinImpact),
                    Tr::tr("AMOUNT") });
                p.addOption({ QStringLiteral("min-percent"),
                    Tr::tr("Only deviations of at least this percentage of the expected cost (default: 15)."),
                    Tr::tr("PERCENT") });
            },
            anomalies },
        { QStringLiteral("cost"), QStringLiteral("recommend"),
            Tr::tr("Savings recommendations from resource usage, by priority."), true, [](QCommandLineParser&) {},
            recommendations },
        { QStringLiteral("cost"), QStringLiteral("report"),
            Tr::tr("Write a cost report of a period: totals, breakdown, charts, anomalies, recommendations."), false,
            [](QCommandLineParser& p) {
                p.addOption(
                    { QStringLiteral("period"), Tr::tr("A month (2026-09) or FROM..TO days."), Tr::tr("PERIOD") });
                p.addOption({ QStringLiteral("group-by"),
                    Tr::tr("Breakdown dimensions, comma-separated (default: service)."), Tr::tr("DIMS") });
                p.addOption({ QStringLiteral("format"), Tr::tr("html, csv or pdf."), Tr::tr("FORMAT"),
                    QStringLiteral("html") });
                p.addOption({ QStringLiteral("out"),
                    Tr::tr("The file to write (default: standard output; pdf needs a file)."), Tr::tr("FILE") });
            },
            report, true },
    };
}

} // namespace traceo::cli
