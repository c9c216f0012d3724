#include "databaselocation.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace traceo {

DatabaseLocation DatabaseLocation::parse(const QString& spec)
{
    DatabaseLocation loc;
    const QString trimmed = spec.trimmed();
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            throw Error(QCoreApplication::translate("traceo::DatabaseLocation",
                "Malformed PostgreSQL URL \"%1\": expected postgresql://user@host:port/database")
                            .arg(trimmed));
        const QString dbName = url.path().mid(1);
        if (dbName.isEmpty() || dbName.contains(u'/'))
            throw Error(QCoreApplication::translate(
                "traceo::DatabaseLocation", "PostgreSQL URL \"%1\" names no database: add /DATABASE after the host")
                            .arg(url.toDisplayString(QUrl::RemovePassword)));
        loc.kind = Kind::Postgres;
        loc.url = url;
        return loc;
    }
    if (trimmed.isEmpty())
        throw Error(QCoreApplication::translate("traceo::DatabaseLocation", "The database path is empty"));
    loc.path = QFileInfo(trimmed).absoluteFilePath();
    return loc;
}

DatabaseLocation DatabaseLocation::fromOption(const QString& spec)
{
    return spec.isEmpty() ? defaultLocation() : parse(spec);
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    // No folder is created here: Database::open creates the parent of a new file when it writes one.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    DatabaseLocation loc;
    loc.path = QDir(dir).filePath(QStringLiteral("traceo.sqlite"));
    return loc;
}

QString DatabaseLocation::display() const
{
    return kind == Kind::Sqlite ? path : url.toDisplayString(QUrl::RemovePassword);
}

QString DatabaseLocation::driverName() const
{
    return kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

} // namespace traceo
