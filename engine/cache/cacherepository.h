#pragma once

#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace traceo {

struct CacheEntry
{
    QString key;
    QByteArray value;
    QDateTime storedAt;
    QDateTime expiresAt;
};

/// The SQLite tier of the query cache (schema version 6): last good answers kept for offline use.
class CacheRepository
{
public:
    explicit CacheRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    void put(const CacheEntry& entry);
    std::optional<CacheEntry> get(const QString& key) const;
    qint64 count() const;
    /// The newest `limit` entries, newest first.
    QList<CacheEntry> entries(int limit) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
