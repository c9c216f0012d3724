#include "slorepository.h"

#include "store/sqlquery.h"

#include <QDateTime>

namespace traceo {

std::vector<Migration> SloRepository::migrations()
{
    Migration v2;
    v2.version = 2;
    v2.domain = QStringLiteral("slo");
    v2.description = QStringLiteral("SLO definitions and per-minute SLI buckets");
    v2.statements = {
        QStringLiteral("CREATE TABLE slo (id ${ID}, service TEXT NOT NULL, name TEXT NOT NULL, "
                       "objective ${REAL} NOT NULL CHECK (objective > 0 AND objective < 1), "
                       "period_days INTEGER NOT NULL CHECK (period_days > 0), created_at TEXT NOT NULL, "
                       "UNIQUE (service, name))"),
        QStringLiteral("CREATE TABLE slo_bucket (slo_id ${BIGINT} NOT NULL REFERENCES slo (id) ON DELETE CASCADE, "
                       "minute ${BIGINT} NOT NULL, good ${REAL} NOT NULL, total ${REAL} NOT NULL, "
                       "PRIMARY KEY (slo_id, minute))"),
    };
    return { v2 };
}

qint64 SloRepository::addSlo(const SloDefinition& slo)
{
    QSqlDatabase db = m_db->connection();
    execSql(db, QStringLiteral("INSERT INTO slo (service, name, objective, period_days, created_at) VALUES (?, ?, ?, ?, ?)"),
        { slo.service, slo.name, slo.objective, slo.periodDays, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    QSqlQuery q = execSql(db, QStringLiteral("SELECT id FROM slo WHERE service = ? AND name = ?"), { slo.service, slo.name });
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<SloDefinition> SloRepository::slos() const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT id, service, name, objective, period_days FROM slo ORDER BY service, name"));
    QList<SloDefinition> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
            q.value(4).toInt() });
    return list;
}

void SloRepository::storeBuckets(qint64 sloId, const QList<SliBucket>& buckets)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO slo_bucket (slo_id, minute, good, total) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (slo_id, minute) DO UPDATE SET good = excluded.good, total = excluded.total"));
    for (const SliBucket& b : buckets) {
        q.bindValue(0, sloId);
        q.bindValue(1, b.minute);
        q.bindValue(2, b.good);
        q.bindValue(3, b.total);
        if (!q.exec())
            execSql(db, q.lastQuery(), { sloId, b.minute, b.good, b.total }); // rethrows with the driver's message
    }
    tx.commit();
}

qint64 SloRepository::bucketCount(qint64 sloId) const
{
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM slo_bucket WHERE slo_id = ?"), { sloId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace traceo
