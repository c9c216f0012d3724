#include "cacherepository.h"

#include "store/sqlquery.h"

namespace traceo {

std::vector<Migration> CacheRepository::migrations()
{
    return { { 6, QStringLiteral("cache"), QStringLiteral("query cache, SQLite tier"),
        {
            QStringLiteral("CREATE TABLE cache_entry (key TEXT PRIMARY KEY, value ${BLOB} NOT NULL, "
                           "stored_at ${BIGINT} NOT NULL, expires_at ${BIGINT} NOT NULL)"),
        },
        {} } };
}

void CacheRepository::put(const CacheEntry& e)
{
    execSql(m_db->connection(),
        QStringLiteral("INSERT INTO cache_entry (key, value, stored_at, expires_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, stored_at = excluded.stored_at, "
                       "expires_at = excluded.expires_at"),
        { e.key, e.value, e.storedAt.toMSecsSinceEpoch(), e.expiresAt.toMSecsSinceEpoch() });
}

namespace {
CacheEntry entryFrom(const QSqlQuery& q)
{
    return CacheEntry { q.value(0).toString(), q.value(1).toByteArray(),
        QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC) };
}
} // namespace

std::optional<CacheEntry> CacheRepository::get(const QString& key) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral("SELECT key, value, stored_at, expires_at FROM cache_entry WHERE key = ?"), { key });
    if (!q.next())
        return std::nullopt;
    return entryFrom(q);
}

QList<CacheEntry> CacheRepository::entries(int limit) const
{
    QSqlQuery q = execSql(m_db->connection(),
        QStringLiteral(
            "SELECT key, value, stored_at, expires_at FROM cache_entry ORDER BY stored_at DESC, key LIMIT ?"),
        { limit });
    QList<CacheEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

qint64 CacheRepository::count() const
{
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM cache_entry"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace traceo
