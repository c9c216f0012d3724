#include "syntheticcheckrepository.h"

#include "core/error.h"
#include "store/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace traceo {

namespace {

const QString kColumns = QStringLiteral("id, slo_id, name, url, method, expect_status, latency_ms, timeout_ms, "
                                        "interval_s, body_contains, enabled");

SyntheticCheck readCheck(const QSqlQuery& q)
{
    SyntheticCheck c;
    c.id = q.value(0).toLongLong();
    c.sloId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.url = q.value(3).toString();
    c.method = q.value(4).toString();
    c.expect = StatusRanges::parse(q.value(5).toString(), QStringLiteral("slo_synthetic_check.expect_status"));
    c.latencyThresholdMs = q.value(6).toInt();
    c.timeoutMs = q.value(7).toInt();
    c.intervalSeconds = q.value(8).toInt();
    c.bodyContains = q.value(9).toString();
    c.enabled = q.value(10).toInt() != 0;
    return c;
}

} // namespace

std::vector<Migration> SyntheticCheckRepository::migrations()
{
    return {
        { 13, QStringLiteral("slo"), QStringLiteral("synthetic HTTP checks, each feeding one SLO"),
            {
                QStringLiteral(
                    "CREATE TABLE slo_synthetic_check (id ${ID}, "
                    "slo_id ${BIGINT} NOT NULL UNIQUE REFERENCES slo (id) ON DELETE CASCADE, "
                    "name TEXT NOT NULL UNIQUE, url TEXT NOT NULL, method TEXT NOT NULL, expect_status TEXT NOT NULL, "
                    "latency_ms INTEGER NOT NULL CHECK (latency_ms > 0), "
                    "timeout_ms INTEGER NOT NULL CHECK (timeout_ms > 0), "
                    "interval_s INTEGER NOT NULL CHECK (interval_s > 0), body_contains TEXT NOT NULL, "
                    "enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)), created_at TEXT NOT NULL)"),
            },
            {} },
    };
}

SyntheticCheck SyntheticCheckRepository::addCheck(SyntheticCheck check, const SloDefinition& slo)
{
    if (const QString problem = syntheticCheckProblem(check); !problem.isEmpty())
        throw Error(QCoreApplication::translate("traceo::Synthetic", "Check “%1”: %2").arg(check.name, problem));
    if (!(slo.objective > 0 && slo.objective < 1) || slo.periodDays <= 0 || slo.service.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("traceo::Synthetic",
            "Check “%1”: its SLO needs a service, an objective between 0 and 100 % and a positive period")
                        .arg(check.name));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (this->check(check.name))
        throw Error(QCoreApplication::translate("traceo::Synthetic", "A synthetic check named “%1” exists already")
                        .arg(check.name));
    if (execSql(db, QStringLiteral("SELECT 1 FROM slo WHERE service = ? AND name = ?"), { slo.service, slo.name })
            .next())
        throw Error(
            QCoreApplication::translate("traceo::Synthetic", "The SLO %1/%2 exists already: choose another name")
                .arg(slo.service, slo.name));
    check.sloId = SloRepository(m_db).addSlo(slo);
    execSql(db,
        QStringLiteral("INSERT INTO slo_synthetic_check (slo_id, name, url, method, expect_status, latency_ms, "
                       "timeout_ms, interval_s, body_contains, enabled, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { check.sloId, check.name, check.url, check.method, check.expect.toString(), check.latencyThresholdMs,
            check.timeoutMs, check.intervalSeconds,
            check.bodyContains.isNull() ? QStringLiteral("") : check.bodyContains, check.enabled ? 1 : 0,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    check.id = this->check(check.name).value_or(SyntheticCheck {}).id;
    tx.commit();
    return check;
}

QList<SyntheticCheck> SyntheticCheckRepository::checks() const
{
    QSqlQuery q
        = execSql(m_db->connection(), QStringLiteral("SELECT %1 FROM slo_synthetic_check ORDER BY name").arg(kColumns));
    QList<SyntheticCheck> list;
    while (q.next())
        list.append(readCheck(q));
    return list;
}

std::optional<SyntheticCheck> SyntheticCheckRepository::check(const QString& name) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT %1 FROM slo_synthetic_check WHERE name = ?").arg(kColumns), { name });
    if (!q.next())
        return std::nullopt;
    return readCheck(q);
}

bool SyntheticCheckRepository::removeCheck(const QString& name)
{
    QSqlQuery q
        = execSql(m_db->connection(), QStringLiteral("DELETE FROM slo_synthetic_check WHERE name = ?"), { name });
    return q.numRowsAffected() > 0;
}

void SyntheticCheckRepository::recordBuckets(const QHash<qint64, QList<SliBucket>>& bucketsBySlo)
{
    if (bucketsBySlo.isEmpty())
        return;
    Transaction tx(m_db->connection());
    SloRepository slos(m_db);
    for (auto it = bucketsBySlo.cbegin(); it != bucketsBySlo.cend(); ++it)
        slos.storeBuckets(it.key(), it.value(), SloRepository::BucketMerge::Add);
    tx.commit();
}

} // namespace traceo
