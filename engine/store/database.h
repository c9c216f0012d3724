#pragma once

#include "databaselocation.h"
#include "migration.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace traceo {

/// An open Traceo database: validated, migrated, and handing out one connection per thread.
///
/// Opening never modifies a file that is not a Traceo database, is corrupt, or was written by a newer
/// program: those are checked on a read-only connection first, and the error names the file.
class Database
{
public:
    enum class Mode {
        ReadWrite, ///< create the file if missing and run pending migrations
        ReadOnly   ///< never create, migrate or write
    };

    /// Throws traceo::Error with a message naming the location.
    static std::shared_ptr<Database> open(const DatabaseLocation& location, Mode mode = Mode::ReadWrite);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The connection of the calling thread, opened on first use.
    QSqlDatabase connection() const;

    const DatabaseLocation& location() const { return m_location; }
    SqlDialect dialect() const;
    Mode mode() const { return m_mode; }
    int schemaVersion() const;
    /// SQLite: the result of PRAGMA integrity_check ("ok" or the problems found). PostgreSQL: the
    /// server version, since the server keeps its own files consistent.
    QString integrityCheck() const;
    /// "SQLite 3.40.1" or "PostgreSQL 15.x".
    QString engineVersion() const;

private:
    Database(DatabaseLocation location, Mode mode);
    QSqlDatabase openConnection(const QString& name) const;
    void migrate();

    DatabaseLocation m_location;
    Mode m_mode;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};

} // namespace traceo
