#pragma once

#include <QString>
#include <QUrl>

namespace traceo {

/// Where a Traceo database lives: an SQLite file (the default) or a PostgreSQL server.
struct DatabaseLocation
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite: absolute file path
    QUrl url; ///< PostgreSQL: postgresql://user[:password]@host[:port]/dbname

    /// Parses what a user types after --db: a `postgresql://` (or `postgres://`) URL, or a file path.
    /// Throws traceo::Error on a malformed URL.
    static DatabaseLocation parse(const QString& spec);
    /// What --db means in both front ends: the default location when `spec` is empty, else parse(spec).
    static DatabaseLocation fromOption(const QString& spec);
    /// The default file in QStandardPaths::AppDataLocation (the file and folder appear on first write).
    static DatabaseLocation defaultLocation();

    /// For messages and the status bar: the path, or the URL without its password.
    QString display() const;
    QString driverName() const;
};

} // namespace traceo
