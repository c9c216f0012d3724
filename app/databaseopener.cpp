#include "databaseopener.h"

#include "core/error.h"

#include <QCoreApplication>

namespace traceo {

DatabaseInfo openDatabase(const QString& spec)
{
    DatabaseInfo info;
    try {
        const DatabaseLocation location = DatabaseLocation::fromOption(spec);
        info.display = location.display();
        info.db = Database::open(location);
        info.schemaVersion = info.db->schemaVersion();
        info.engineVersion = info.db->engineVersion();
        info.sources = SettingsRepository(info.db).dataSources();
    } catch (const Error& e) {
        info.db.reset();
        info.error = e.message();
    } catch (const std::exception& e) {
        info.db.reset();
        info.error = QCoreApplication::translate("traceo::DatabaseOpener", "Cannot open %1: %2")
                         .arg(info.display.isEmpty() ? spec : info.display, QString::fromLocal8Bit(e.what()));
    }
    return info;
}

QList<DataSource> loadDataSources(const std::shared_ptr<Database>& db)
{
    try {
        return db ? SettingsRepository(db).dataSources() : QList<DataSource>();
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace traceo
