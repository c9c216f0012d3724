#include "costalerts.h"

#include "core/error.h"
#include "store/sqlquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace traceo::cost {

namespace {

const QList<Severity> kSeverities = { Severity::Low, Severity::Medium, Severity::High, Severity::Critical };

Severity severityFromName(const QString& name)
{
    for (Severity s : kSeverities)
        if (severityName(s) == name)
            return s;
    return Severity::Low;
}

QString toJson(const QJsonArray& list)
{
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QString causesJson(const std::vector<RootCause>& causes)
{
    QJsonArray list;
    for (const RootCause& c : causes)
        list.append(QJsonObject { { QStringLiteral("kind"), c.kind }, { QStringLiteral("key"), c.key },
            { QStringLiteral("expected"), c.expected }, { QStringLiteral("actual"), c.actual },
            { QStringLiteral("delta"), c.delta }, { QStringLiteral("share"), c.share } });
    return toJson(list);
}

std::vector<RootCause> causesFromJson(const QString& text)
{
    std::vector<RootCause> causes;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        causes.push_back({ o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("key")).toString(),
            o.value(QStringLiteral("expected")).toDouble(), o.value(QStringLiteral("actual")).toDouble(),
            o.value(QStringLiteral("delta")).toDouble(), o.value(QStringLiteral("share")).toDouble() });
    }
    return causes;
}

QVariant finiteOrNull(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

} // namespace

std::vector<CostAnomaly> alertingAnomalies(const std::vector<CostAnomaly>& anomalies, const AlertRule& rule)
{
    std::vector<CostAnomaly> out;
    for (const CostAnomaly& a : anomalies) {
        if (!rule.deviation.matches(a.expected, a.actual))
            continue;
        out.push_back(a);
        out.back().severity = rule.severity.of(a.impact);
    }
    return out;
}

std::vector<Migration> CostAlertRepository::migrations()
{
    return { { 10, QStringLiteral("cost"), QStringLiteral("cost anomaly alerts"),
        {
            QStringLiteral("CREATE TABLE cost_alert (id ${ID}, day TEXT NOT NULL, dims TEXT NOT NULL, "
                           "expected ${REAL} NOT NULL, actual ${REAL} NOT NULL, impact ${REAL} NOT NULL, "
                           "impact_percent ${REAL}, score ${REAL} NOT NULL, severity TEXT NOT NULL CHECK (severity "
                           "IN ('low', 'medium', 'high', 'critical')), root_causes TEXT NOT NULL, "
                           "raised_at TEXT NOT NULL, acknowledged INTEGER NOT NULL DEFAULT 0, acknowledged_at TEXT, "
                           "UNIQUE (day, dims))"),
            QStringLiteral("CREATE INDEX cost_alert_raised ON cost_alert (raised_at, day)"),
        },
        {} } };
}

QList<CostAlert> CostAlertRepository::raise(
    const std::vector<CostAnomaly>& anomalies, const AlertRule& rule, const QDateTime& now)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    const QString raisedAt = now.toUTC().toString(Qt::ISODateWithMs);
    qint64 before = 0;
    {
        QSqlQuery q = execSql(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM cost_alert"));
        before = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
    }
    for (const CostAnomaly& a : alertingAnomalies(anomalies, rule))
        execSql(db,
            QStringLiteral(
                "INSERT INTO cost_alert (day, dims, expected, actual, impact, impact_percent, score, severity, "
                "root_causes, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (day, dims) DO NOTHING"),
            { a.day.toString(Qt::ISODate), toJson(QJsonArray::fromStringList(a.dims)), a.expected, a.actual, a.impact,
                finiteOrNull(a.impactPercent), a.score, severityName(a.severity), causesJson(a.rootCauses), raisedAt });
    tx.commit();
    QList<CostAlert> raised;
    for (const CostAlert& alert : alerts())
        if (alert.id > before)
            raised.append(alert);
    return raised;
}

QList<CostAlert> CostAlertRepository::alerts(bool unacknowledgedOnly) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT id, day, dims, expected, actual, impact, impact_percent, score, severity, root_causes, "
                       "raised_at, acknowledged, acknowledged_at FROM cost_alert %1 "
                       "ORDER BY raised_at DESC, day DESC, id DESC")
            .arg(unacknowledgedOnly ? QStringLiteral("WHERE acknowledged = 0") : QString()));
    QList<CostAlert> list;
    while (q.next()) {
        CostAlert alert;
        alert.id = q.value(0).toLongLong();
        CostAnomaly& a = alert.anomaly;
        a.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        for (const QJsonValue& d : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
            a.dims << d.toString();
        a.expected = q.value(3).toDouble();
        a.actual = q.value(4).toDouble();
        a.impact = q.value(5).toDouble();
        a.impactPercent = q.value(6).isNull() ? HUGE_VAL : q.value(6).toDouble();
        a.score = q.value(7).toDouble();
        a.severity = severityFromName(q.value(8).toString());
        a.rootCauses = causesFromJson(q.value(9).toString());
        alert.raisedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        alert.acknowledged = q.value(11).toInt() != 0;
        alert.acknowledgedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        list.append(alert);
    }
    return list;
}

void CostAlertRepository::acknowledge(qint64 id, const QDateTime& at)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    QSqlQuery q = execSql(db, QStringLiteral("SELECT acknowledged FROM cost_alert WHERE id = ?"), { id });
    const bool exists = q.next();
    const bool acknowledged = exists && q.value(0).toInt() != 0;
    q.finish();
    if (!exists)
        throw Error(
            QCoreApplication::translate("traceo::cost::CostAlertRepository", "There is no cost alert with id %1.")
                .arg(id));
    if (!acknowledged)
        execSql(db, QStringLiteral("UPDATE cost_alert SET acknowledged = 1, acknowledged_at = ? WHERE id = ?"),
            { at.toUTC().toString(Qt::ISODateWithMs), id });
    tx.commit();
}

} // namespace traceo::cost
