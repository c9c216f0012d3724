#include "metricseriesstore.h"

#include "core/error.h"
#include "store/sqlquery.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QtEndian>
#include <cstring>

namespace traceo::slo {

namespace {

QString labelsJson(const QMap<QString, QString>& labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> labelsFromJson(const QString& json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

std::vector<Migration> MetricSeriesStore::migrations()
{
    return {
        { 11, QStringLiteral("slo"), QStringLiteral("Imported metric series and SLI refresh high-water marks"),
            {
                QStringLiteral("CREATE TABLE metric_series (id ${ID}, series_key TEXT NOT NULL UNIQUE, "
                               "name TEXT NOT NULL, labels TEXT NOT NULL, type TEXT NOT NULL, "
                               "sample_count ${BIGINT} NOT NULL, first_ms ${BIGINT} NOT NULL, "
                               "last_ms ${BIGINT} NOT NULL, samples ${BLOB} NOT NULL)"),
                QStringLiteral("CREATE INDEX metric_series_name ON metric_series (name)"),
                QStringLiteral("CREATE TABLE slo_refresh (slo_id ${BIGINT} PRIMARY KEY REFERENCES slo (id) "
                               "ON DELETE CASCADE, end_minute ${BIGINT} NOT NULL, source TEXT NOT NULL, "
                               "refreshed_at TEXT NOT NULL)"),
            },
            {} },
    };
}

QByteArray MetricSeriesStore::encodeSamples(const MetricSeries& s)
{
    QByteArray blob(qsizetype(s.size() * 16), Qt::Uninitialized);
    char* p = blob.data();
    for (size_t i = 0; i < s.size(); ++i, p += 16) {
        qToLittleEndian<qint64>(s.timesMs[i], p);
        quint64 bits;
        std::memcpy(&bits, &s.values[i], 8);
        qToLittleEndian<quint64>(bits, p + 8);
    }
    return blob;
}

void MetricSeriesStore::decodeSamples(const QByteArray& blob, MetricSeries* s)
{
    const size_t n = size_t(blob.size()) / 16;
    s->timesMs.resize(n);
    s->values.resize(n);
    const char* p = blob.constData();
    for (size_t i = 0; i < n; ++i, p += 16) {
        s->timesMs[i] = qFromLittleEndian<qint64>(p);
        const quint64 bits = qFromLittleEndian<quint64>(p + 8);
        std::memcpy(&s->values[i], &bits, 8);
    }
}

MetricImportCounts MetricSeriesStore::importSeries(const std::vector<MetricSeries>& series)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    MetricImportCounts counts;
    for (const MetricSeries& incoming : series) {
        if (incoming.size() == 0)
            continue;
        const QString key = incoming.key();
        QSqlQuery found
            = execSql(db, QStringLiteral("SELECT type, samples FROM metric_series WHERE series_key = ?"), { key });
        MetricSeries merged = incoming;
        const bool exists = found.next();
        if (exists) {
            merged.type = found.value(0).toString();
            decodeSamples(found.value(1).toByteArray(), &merged);
            mergeSamples(merged, incoming);
            ++counts.seriesUpdated;
        } else {
            ++counts.seriesAdded;
        }
        const QVariantList values { merged.name, labelsJson(merged.labels), merged.type, qint64(merged.size()),
            merged.timesMs.front(), merged.timesMs.back(), encodeSamples(merged), key };
        QSqlQuery q(db);
        q.prepare(exists ? QStringLiteral("UPDATE metric_series SET name = ?, labels = ?, type = ?, sample_count = ?, "
                                          "first_ms = ?, last_ms = ?, samples = ? WHERE series_key = ?")
                         : QStringLiteral("INSERT INTO metric_series (name, labels, type, sample_count, first_ms, "
                                          "last_ms, samples, series_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values[i]);
        if (!q.exec())
            throw Error(tr("Cannot store the series %1: %2").arg(key, q.lastError().text()));
        counts.samples += qint64(merged.size());
    }
    tx.commit();
    return counts;
}

std::vector<MetricSeries> MetricSeriesStore::seriesOf(const QString& metric) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT labels, type, samples FROM metric_series WHERE name = ? ORDER BY series_key"),
        { metric });
    std::vector<MetricSeries> out;
    while (q.next()) {
        MetricSeries s;
        s.name = metric;
        s.labels = labelsFromJson(q.value(0).toString());
        s.type = q.value(1).toString();
        decodeSamples(q.value(2).toByteArray(), &s);
        out.push_back(std::move(s));
    }
    return out;
}

qint64 MetricSeriesStore::seriesCount() const
{
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM metric_series"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<qint64> MetricSeriesStore::refreshedUntil(qint64 sloId) const
{
    QSqlQuery q
        = execSql(m_db->connection(), QStringLiteral("SELECT end_minute FROM slo_refresh WHERE slo_id = ?"), { sloId });
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void MetricSeriesStore::setRefreshedUntil(qint64 sloId, qint64 endMinute, const QString& source)
{
    execSql(m_db->connection(),
        QStringLiteral("INSERT INTO slo_refresh (slo_id, end_minute, source, refreshed_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (slo_id) DO UPDATE SET end_minute = excluded.end_minute, source = excluded.source, "
                       "refreshed_at = excluded.refreshed_at"),
        { sloId, endMinute, source, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
}

} // namespace traceo::slo
