#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <vector>

namespace traceo {

enum class SqlDialect { Sqlite, Postgres };

/// One step of the schema. Versions are global and strictly increasing; each domain owns the
/// migrations that create and change its tables. A migration runs in one transaction together with
/// the row that records it, so a killed process leaves the schema before it or after it.
///
/// Statements may use dialect placeholders: ${ID} (auto-increment integer primary key), ${BLOB},
/// ${REAL} (double precision) and ${BIGINT}.
struct Migration
{
    int version = 0;
    QString domain;
    QString description;
    QStringList statements;
    /// Optional data step after the statements, in the same transaction. Throws traceo::Error on failure.
    std::function<void(QSqlDatabase&, SqlDialect)> run;
};

/// Replaces the dialect placeholders of a statement.
QString translateSql(QString statement, SqlDialect dialect);

/// All migrations of all domains, ordered by version; checks versions are unique and increasing.
const std::vector<Migration>& allMigrations();
int latestSchemaVersion();

} // namespace traceo
