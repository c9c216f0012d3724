#include "slorepository.h"

#include "core/error.h"
#include "metricseriesstore.h"
#include "store/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <algorithm>
#include <optional>

namespace traceo {

std::vector<Migration> SloRepository::migrations()
{
    return {
        { 2, QStringLiteral("slo"), QStringLiteral("SLO definitions and per-minute SLI buckets"),
            {
                QStringLiteral("CREATE TABLE slo (id ${ID}, service TEXT NOT NULL, name TEXT NOT NULL, "
                               "objective ${REAL} NOT NULL CHECK (objective > 0 AND objective < 1), "
                               "period_days INTEGER NOT NULL CHECK (period_days > 0), created_at TEXT NOT NULL, "
                               "UNIQUE (service, name))"),
                QStringLiteral(
                    "CREATE TABLE slo_bucket (slo_id ${BIGINT} NOT NULL REFERENCES slo (id) ON DELETE CASCADE, "
                    "minute ${BIGINT} NOT NULL, good ${REAL} NOT NULL, total ${REAL} NOT NULL, "
                    "PRIMARY KEY (slo_id, minute))"),
            },
            {} },
        { 7, QStringLiteral("slo"), QStringLiteral("SLI queries of SLOs imported from Sloth specs"),
            {
                QStringLiteral("CREATE TABLE slo_sli_query (slo_id ${BIGINT} PRIMARY KEY REFERENCES slo (id) "
                               "ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('events', 'raw')), "
                               "error_query TEXT NOT NULL, total_query TEXT NOT NULL, error_ratio_query TEXT NOT NULL, "
                               "source TEXT NOT NULL, spec_yaml TEXT NOT NULL)"),
            },
            {} },
        slo::MetricSeriesStore::migrations().front(),
        { 14, QStringLiteral("slo"),
            QStringLiteral("SLO periods (rolling days or the calendar month) and per-label SLO instances"),
            {
                QStringLiteral("ALTER TABLE slo ADD COLUMN period_kind TEXT NOT NULL DEFAULT 'rolling' "
                               "CHECK (period_kind IN ('rolling', 'calendar-month'))"),
                QStringLiteral(
                    "ALTER TABLE slo ADD COLUMN instance_of ${BIGINT} REFERENCES slo (id) ON DELETE CASCADE"),
                QStringLiteral("ALTER TABLE slo ADD COLUMN instance_labels TEXT NOT NULL DEFAULT ''"),
            },
            {} },
    };
}

qint64 SloRepository::addSlo(const SloDefinition& slo)
{
    QSqlDatabase db = m_db->connection();
    execSql(db,
        QStringLiteral("INSERT INTO slo (service, name, objective, period_days, period_kind, instance_of, "
                       "instance_labels, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { slo.service, slo.name, slo.objective, slo.periodDays, slo::periodKindName(slo.periodKind),
            slo.instanceOf > 0 ? QVariant(slo.instanceOf) : QVariant(QMetaType::fromType<qint64>()),
            slo.instanceLabels.isNull() ? QStringLiteral("") : slo.instanceLabels,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    QSqlQuery q
        = execSql(db, QStringLiteral("SELECT id FROM slo WHERE service = ? AND name = ?"), { slo.service, slo.name });
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<SloDefinition> SloRepository::slos() const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT id, service, name, objective, period_days, period_kind, instance_of, instance_labels "
                       "FROM slo ORDER BY service, name"));
    QList<SloDefinition> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
            q.value(4).toInt(), slo::periodKindFromName(q.value(5).toString()), q.value(6).toLongLong(),
            q.value(7).toString() });
    return list;
}

qint64 SloRepository::ensureInstance(const SloDefinition& parent, const slo::InstanceLabels& labels)
{
    SloDefinition instance = parent;
    instance.name = slo::instanceName(parent.name, labels);
    instance.instanceOf = parent.id;
    instance.instanceLabels = slo::instanceLabelsText(labels);
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT id FROM slo WHERE service = ? AND name = ?"),
        { instance.service, instance.name });
    return q.next() ? q.value(0).toLongLong() : addSlo(instance);
}

void SloRepository::storeBuckets(qint64 sloId, const QList<SliBucket>& buckets, BucketMerge merge)
{
    // Many rows a statement: the driver's cost per statement dominates one-row inserts, and a month of
    // minutes is 43,200 rows. 256 rows × 4 values stay far below the bind limits of SQLite (32,766) and
    // PostgreSQL (65,535). One statement must not name a minute twice (PostgreSQL's ON CONFLICT refuses
    // that), so a minute given twice keeps its last bucket (BucketMerge::Replace) or their sum (Add).
    constexpr size_t kRowsPerStatement = 256;
    std::vector<SliBucket> rows(buckets.begin(), buckets.end());
    std::stable_sort(
        rows.begin(), rows.end(), [](const SliBucket& a, const SliBucket& b) { return a.minute < b.minute; });
    if (merge == BucketMerge::Add) { // a minute given twice adds up, as the stored minute does
        std::vector<SliBucket> summed;
        for (const SliBucket& b : rows) {
            if (!summed.empty() && summed.back().minute == b.minute) {
                summed.back().good += b.good;
                summed.back().total += b.total;
            } else {
                summed.push_back(b);
            }
        }
        rows = std::move(summed);
    } else {
        const auto last = std::unique(rows.rbegin(), rows.rend(), [](const SliBucket& a, const SliBucket& b) {
            return a.minute == b.minute;
        }); // from the back: the last of equal minutes stays
        rows.erase(rows.begin(), last.base());
    }

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    const auto prepare = [&](size_t count) {
        QString sql = QStringLiteral("INSERT INTO slo_bucket (slo_id, minute, good, total) VALUES (?, ?, ?, ?)");
        for (size_t i = 1; i < count; ++i)
            sql += QStringLiteral(", (?, ?, ?, ?)");
        sql += QStringLiteral(" ON CONFLICT (slo_id, minute) DO UPDATE SET ")
            + (merge == BucketMerge::Add ? QStringLiteral(
                   "good = slo_bucket.good + excluded.good, total = slo_bucket.total + excluded.total")
                                         : QStringLiteral("good = excluded.good, total = excluded.total"));
        QSqlQuery q(db);
        if (!q.prepare(sql))
            execSql(db, sql, { sloId }); // throws with the driver's message
        return q;
    };
    std::optional<QSqlQuery> full;
    for (size_t from = 0; from < rows.size(); from += kRowsPerStatement) {
        const size_t count = std::min(kRowsPerStatement, rows.size() - from);
        std::optional<QSqlQuery> rest;
        if (count < kRowsPerStatement)
            rest = prepare(count);
        else if (!full)
            full = prepare(count);
        QSqlQuery& q = rest ? *rest : *full;
        for (size_t i = 0; i < count; ++i) {
            const SliBucket& b = rows[from + i];
            q.bindValue(int(i * 4), sloId);
            q.bindValue(int(i * 4 + 1), b.minute);
            q.bindValue(int(i * 4 + 2), b.good);
            q.bindValue(int(i * 4 + 3), b.total);
        }
        if (!q.exec())
            throw Error(
                QCoreApplication::translate("traceo::SloRepository", "Database %1: storing SLI buckets failed: %2")
                    .arg(db.databaseName(), q.lastError().text()));
    }
    tx.commit();
}

qint64 SloRepository::bucketCount(qint64 sloId) const
{
    QSqlQuery q
        = execSql(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM slo_bucket WHERE slo_id = ?"), { sloId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

slo::EventSums SloRepository::bucketSums(qint64 sloId, qint64 fromMinute, qint64 toMinute) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT SUM(CASE WHEN total <= 0 OR good >= total THEN 0 WHEN good <= 0 THEN total "
                       "ELSE total - good END), SUM(CASE WHEN total > 0 THEN total ELSE 0 END) "
                       "FROM slo_bucket WHERE slo_id = ? AND minute >= ? AND minute < ?"),
        { sloId, fromMinute, toMinute });
    if (!q.next())
        return {};
    return { q.value(0).toDouble(), q.value(1).toDouble() }; // NULL sums (no rows) read as 0
}

QList<SliBucket> SloRepository::buckets(qint64 sloId, qint64 fromMinute, qint64 toMinute) const
{
    const QString sql = QStringLiteral(
        "SELECT minute, good, total FROM slo_bucket WHERE slo_id = ? AND minute >= ? AND minute < ? ORDER BY minute");
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true); // no row cache: a month of buckets is 43,200 rows
    bool ok = q.prepare(sql);
    if (ok) {
        q.addBindValue(sloId);
        q.addBindValue(fromMinute);
        q.addBindValue(toMinute);
        ok = q.exec();
    }
    if (!ok)
        execSql(m_db->connection(), sql, { sloId, fromMinute, toMinute }); // throws with the driver's message
    QList<SliBucket> list;
    list.reserve(qsizetype(std::clamp<qint64>(toMinute - fromMinute, 0, 100'000)));
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble() });
    return list;
}

std::optional<SloSliQuery> SloRepository::sliQuery(qint64 sloId) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT kind, error_query, total_query, error_ratio_query, source, spec_yaml FROM slo_sli_query "
                       "WHERE slo_id = ?"),
        { sloId });
    if (!q.next())
        return std::nullopt;
    return SloSliQuery { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString().toUtf8() };
}

SloImportCounts SloRepository::importSloth(
    const std::vector<slo::SlothSpec>& specs, int periodDays, slo::PeriodKind kind)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    SloImportCounts counts;
    const auto text
        = [](const QString& t) { return t.isNull() ? QStringLiteral("") : t; }; // a null QString binds as NULL
    for (const slo::SlothSpec& spec : specs) {
        for (const slo::SlothSlo& s : spec.slos) {
            const bool ownPeriod = s.periodDays > 0 || s.periodKind == slo::PeriodKind::CalendarMonth;
            const int days = s.periodDays > 0 ? s.periodDays : periodDays;
            const slo::PeriodKind periodKind = ownPeriod ? s.periodKind : kind;
            QSqlQuery found = execSql(
                db, QStringLiteral("SELECT id FROM slo WHERE service = ? AND name = ?"), { spec.service, s.name });
            qint64 id = 0;
            if (found.next()) {
                id = found.value(0).toLongLong();
                execSql(db,
                    QStringLiteral("UPDATE slo SET objective = ?, period_days = ?, period_kind = ? "
                                   "WHERE id = ? OR instance_of = ?"), // its per-label instances follow
                    { s.objective / 100, days, slo::periodKindName(periodKind), id, id });
                ++counts.updated;
            } else {
                id = addSlo({ 0, spec.service, s.name, s.objective / 100, days, periodKind });
                ++counts.added;
            }
            slo::SlothSpec one = spec;
            one.slos = { s };
            const bool events = s.sliKind == slo::SlothSlo::SliKind::Events;
            execSql(db, QStringLiteral("DELETE FROM slo_sli_query WHERE slo_id = ?"), { id });
            execSql(db,
                QStringLiteral("INSERT INTO slo_sli_query (slo_id, kind, error_query, total_query, error_ratio_query, "
                               "source, spec_yaml) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { id, events ? QStringLiteral("events") : QStringLiteral("raw"), text(s.errorQuery), text(s.totalQuery),
                    text(s.errorRatioQuery), text(spec.file), QString::fromUtf8(slo::slothSpecYaml(one)) });
        }
    }
    tx.commit();
    return counts;
}

} // namespace traceo
