#include "settingsdemo.h"

#include "settingsrepository.h"

namespace traceo {

DemoSeeder settingsDemoSeeder()
{
    return { QStringLiteral("settings"), [](const std::shared_ptr<Database>& db, std::mt19937_64&) {
                SettingsRepository repo(db);
                repo.setValue(QStringLiteral("demo"), QStringLiteral("true"));
                repo.setValue(QStringLiteral("ui/timeWindow"), QStringLiteral("1d"));
                repo.saveDataSource({ 0, QStringLiteral("prometheus"), QStringLiteral("local-prometheus"),
                    QStringLiteral("http://127.0.0.1:9090"), QStringLiteral("none") });
                repo.saveDataSource({ 0, QStringLiteral("opencost"), QStringLiteral("local-opencost"),
                    QStringLiteral("http://127.0.0.1:9003"), QStringLiteral("none") });
                repo.saveDataSource({ 0, QStringLiteral("redis"), QStringLiteral("local-redis"),
                    QStringLiteral("redis://127.0.0.1:6379"), QStringLiteral("password") });
            } };
}

} // namespace traceo
