#pragma once

#include "store/settingsrepository.h"

#include <memory>

namespace traceo {

/// An opened database with what the window shows about it.
struct DatabaseInfo
{
    std::shared_ptr<Database> db;
    QString display;
    int schemaVersion = 0;
    QString engineVersion;
    QList<DataSource> sources;
    QString error; ///< set when opening failed; names the file or URL
};

/// Opens (and migrates) the database `spec` names: a file path or a PostgreSQL URL; empty means the
/// default location. Blocking: call it off the GUI thread once a window is up. Never throws.
DatabaseInfo openDatabase(const QString& spec);

/// Reads the data sources again, e.g. after the settings changed. Blocking; never throws.
QList<DataSource> loadDataSources(const std::shared_ptr<Database>& db);

} // namespace traceo
