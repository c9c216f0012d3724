#include "settingsrepository.h"

#include "core/error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace traceo {

std::vector<Migration> SettingsRepository::migrations()
{
    return { { 1, QStringLiteral("store"), QStringLiteral("bookkeeping, settings and data sources"),
        {
            QStringLiteral("CREATE TABLE traceo_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO traceo_meta (key, value) VALUES ('application', 'traceo')"),
            QStringLiteral("CREATE TABLE traceo_schema (version INTEGER PRIMARY KEY, domain TEXT NOT NULL, "
                           "description TEXT NOT NULL, applied_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE data_source (id ${ID}, kind TEXT NOT NULL, name TEXT NOT NULL UNIQUE, "
                           "url TEXT NOT NULL, auth TEXT NOT NULL DEFAULT 'none', created_at TEXT NOT NULL)"),
        },
        {} } };
}

QStringList SettingsRepository::knownKinds()
{
    return { QStringLiteral("prometheus"), QStringLiteral("opencost"), QStringLiteral("redis") };
}

std::optional<QString> SettingsRepository::value(const QString& key) const
{
    QSqlQuery q = execSql(m_db->connection(), QStringLiteral("SELECT value FROM setting WHERE key = ?"), { key });
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    execSql(m_db->connection(),
        QStringLiteral(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

QList<DataSource> SettingsRepository::dataSources() const
{
    QSqlQuery q = execSql(
        m_db->connection(), QStringLiteral("SELECT id, kind, name, url, auth FROM data_source ORDER BY kind, name"));
    QList<DataSource> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString() });
    return list;
}

qint64 SettingsRepository::saveDataSource(const DataSource& source)
{
    if (!knownKinds().contains(source.kind))
        throw Error(QCoreApplication::translate(
            "traceo::SettingsRepository", "Unknown data source kind \"%1\" (expected one of %2)")
                        .arg(source.kind, knownKinds().join(QStringLiteral(", "))));
    if (source.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("traceo::SettingsRepository", "A data source needs a name"));
    QSqlDatabase db = m_db->connection();
    execSql(db,
        QStringLiteral(
            "INSERT INTO data_source (kind, name, url, auth, created_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, url = excluded.url, auth = excluded.auth"),
        { source.kind, source.name, source.url, source.auth.isEmpty() ? QStringLiteral("none") : source.auth,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    QSqlQuery q = execSql(db, QStringLiteral("SELECT id FROM data_source WHERE name = ?"), { source.name });
    return q.next() ? q.value(0).toLongLong() : 0;
}

void SettingsRepository::removeDataSource(const QString& name)
{
    execSql(m_db->connection(), QStringLiteral("DELETE FROM data_source WHERE name = ?"), { name });
}

void SettingsRepository::applyDataSources(const QList<DataSource>& sources, const QStringList& removed)
{
    Transaction tx(m_db->connection());
    for (const QString& name : removed)
        removeDataSource(name);
    for (const DataSource& s : sources)
        saveDataSource(s);
    tx.commit();
}

} // namespace traceo
