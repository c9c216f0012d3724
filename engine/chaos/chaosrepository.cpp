#include "chaosrepository.h"

#include "store/sqlquery.h"

#include <QDateTime>

namespace traceo {

std::vector<Migration> ChaosRepository::migrations()
{
    return { { 5, QStringLiteral("chaos"), QStringLiteral("chaos experiments"),
        {
            QStringLiteral("CREATE TABLE chaos_experiment (id ${ID}, name TEXT NOT NULL UNIQUE, target TEXT NOT NULL, "
                           "fault TEXT NOT NULL, blast_radius_percent INTEGER NOT NULL "
                           "CHECK (blast_radius_percent BETWEEN 0 AND 100), guard_slo TEXT NOT NULL, "
                           "status TEXT NOT NULL, created_at TEXT NOT NULL)"),
        },
        {} } };
}

qint64 ChaosRepository::addExperiment(const ChaosExperiment& e)
{
    QSqlDatabase db = m_db->connection();
    execSql(db,
        QStringLiteral("INSERT INTO chaos_experiment (name, target, fault, blast_radius_percent, guard_slo, status, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { e.name, e.target, e.fault, e.blastRadiusPercent, e.guardSlo, e.status,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    QSqlQuery q = execSql(db, QStringLiteral("SELECT id FROM chaos_experiment WHERE name = ?"), { e.name });
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<ChaosExperiment> ChaosRepository::experiments() const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT id, name, target, fault, blast_radius_percent, guard_slo, status FROM chaos_experiment "
                       "ORDER BY name"));
    QList<ChaosExperiment> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt(), q.value(5).toString(), q.value(6).toString() });
    return list;
}

} // namespace traceo
