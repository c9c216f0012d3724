#include "commands.h"
#include "core/error.h"
#include "cost/costalerts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace traceo::cli {

namespace {

using namespace traceo::cost;

QString tr(const char* text)
{
    return QCoreApplication::translate("traceo::cli::cost", text);
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject alertJson(const CostAlert& alert)
{
    const CostAnomaly& a = alert.anomaly;
    QJsonArray causes;
    for (const RootCause& c : a.rootCauses)
        causes.append(QJsonObject { { QStringLiteral("kind"), c.kind }, { QStringLiteral("key"), c.key },
            { QStringLiteral("expected"), c.expected }, { QStringLiteral("actual"), c.actual },
            { QStringLiteral("delta"), c.delta }, { QStringLiteral("share"), c.share } });
    return QJsonObject { { QStringLiteral("id"), alert.id }, { QStringLiteral("day"), a.day.toString(Qt::ISODate) },
        { QStringLiteral("dims"), QJsonArray::fromStringList(a.dims) }, { QStringLiteral("expected"), a.expected },
        { QStringLiteral("actual"), a.actual }, { QStringLiteral("impact"), a.impact },
        { QStringLiteral("impact_percent"), number(a.impactPercent) }, { QStringLiteral("score"), a.score },
        { QStringLiteral("severity"), severityName(a.severity) }, { QStringLiteral("root_causes"), causes },
        { QStringLiteral("raised_at"), alert.raisedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("acknowledged"), alert.acknowledged },
        { QStringLiteral("acknowledged_at"),
            alert.acknowledged ? QJsonValue(alert.acknowledgedAt.toString(Qt::ISODateWithMs)) : QJsonValue() } };
}

int alerts(Context& ctx)
{
    if (ctx.parser.isSet(QStringLiteral("ack"))) {
        bool ok = false;
        const qint64 id = ctx.parser.value(QStringLiteral("ack")).toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError(
                tr("--ack expects the id of an alert, not “%1”").arg(ctx.parser.value(QStringLiteral("ack"))));
        CostAlertRepository(ctx.database()).acknowledge(id, QDateTime::currentDateTimeUtc());
        ctx.out << tr("Cost alert %1 acknowledged.").arg(id) << Qt::endl;
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
        const CostAnomaly& a = alert.anomaly;
        const QString cause
            = a.rootCauses.empty() ? QString() : a.rootCauses.front().kind + u'=' + a.rootCauses.front().key;
        o.rows.append({ alert.id, a.day.toString(Qt::ISODate), a.dims.join(u','), QString::number(a.expected, 'f', 2),
            QString::number(a.actual, 'f', 2), QString::number(a.impact, 'f', 2),
            std::isfinite(a.impactPercent) ? QString::number(a.impactPercent, 'f', 1) : QString(),
            QString::number(a.score, 'f', 3), severityName(a.severity), cause, alert.raisedAt.toString(Qt::ISODate),
            alert.acknowledged ? alert.acknowledgedAt.toString(Qt::ISODate) : QString() });
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
            tr("List cost anomaly alerts, newest first, or acknowledge one with --ack."), true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("ack"), tr("Acknowledge the alert with this id."), tr("ID") });
                p.addOption({ QStringLiteral("open"), tr("Only alerts not yet acknowledged.") });
            },
            alerts },
    };
}

} // namespace traceo::cli
