#pragma once

#include <QByteArray>
#include <QString>

namespace traceo {

/// The console's own preferences, kept in QSettings (~/.config/traceo/console.conf). Never secrets.
class ConsoleSettings
{
public:
    /// The team PostgreSQL URL; when set it selects the database unless --db names another.
    static QString teamDatabaseUrl();
    static void setTeamDatabaseUrl(const QString& url);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray& geometry, const QByteArray& state);
};

} // namespace traceo
