#include "consolesettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <memory>

namespace traceo {

namespace {
// Shares the "traceo" folder with the CLI's data without needing an organization name, which would
// move the default database.
std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QCoreApplication::applicationName(), QStringLiteral("console"));
}

const QString kTeamUrl = QStringLiteral("database/teamUrl");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
} // namespace

QString ConsoleSettings::teamDatabaseUrl()
{
    return settings()->value(kTeamUrl).toString();
}

void ConsoleSettings::setTeamDatabaseUrl(const QString& url)
{
    const auto s = settings();
    if (url.isEmpty())
        s->remove(kTeamUrl);
    else
        s->setValue(kTeamUrl, url);
}

QByteArray ConsoleSettings::windowGeometry()
{
    return settings()->value(kGeometry).toByteArray();
}

QByteArray ConsoleSettings::windowState()
{
    return settings()->value(kState).toByteArray();
}

void ConsoleSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state)
{
    const auto s = settings();
    s->setValue(kGeometry, geometry);
    s->setValue(kState, state);
}

} // namespace traceo
