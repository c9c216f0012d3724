#pragma once

#include "database.h"

#include <QList>
#include <QString>
#include <optional>

namespace traceo {

/// A remote source the console reads: Prometheus, OpenCost or Redis. Secrets are not stored here:
/// they live in the system keychain under the source's name.
struct DataSource
{
    qint64 id = 0;
    QString kind; ///< "prometheus", "opencost", "redis"
    QString name;
    QString url;
    QString auth = QStringLiteral("none"); ///< "none", "bearer", "basic", "password"
};

/// Owns the store's own tables: settings and data sources (schema version 1).
class SettingsRepository
{
public:
    explicit SettingsRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

    QList<DataSource> dataSources() const;
    /// Inserts, or updates the source with the same name; returns its id.
    qint64 saveDataSource(const DataSource& source);
    void removeDataSource(const QString& name);
    /// Removes `removed` and saves `sources` in one transaction (what the settings dialog applies).
    void applyDataSources(const QList<DataSource>& sources, const QStringList& removed);

    static QStringList knownKinds();

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
