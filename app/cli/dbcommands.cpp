#include "commands.h"
#include "core/error.h"

#include <QFileInfo>
#include <QJsonObject>

namespace traceo::cli {

namespace {

int info(Context& ctx)
{
    auto db = ctx.database(Database::Mode::ReadOnly);
    const int version = db->schemaVersion();
    const QString integrity = db->integrityCheck();
    Output o;
    o.columns = { QCoreApplication::translate("traceo::cli::db", "property"),
        QCoreApplication::translate("traceo::cli::db", "value") };
    o.rows = {
        { QStringLiteral("path"), db->location().display() },
        { QStringLiteral("driver"), db->location().driverName() },
        { QStringLiteral("engine"), db->engineVersion() },
        { QStringLiteral("schema_version"), version },
        { QStringLiteral("latest_schema_version"), latestSchemaVersion() },
        { QStringLiteral("integrity"), integrity },
    };
    QJsonObject json;
    for (const QVariantList& row : o.rows)
        json.insert(row[0].toString(), QJsonValue::fromVariant(row[1]));
    o.json = json;
    ctx.print(o);
    return integrity.startsWith(u"ok") ? ExitOk : ExitFailure;
}

int migrate(Context& ctx)
{
    const DatabaseLocation loc = ctx.location();
    const bool exists = loc.kind == DatabaseLocation::Kind::Postgres || QFileInfo(loc.path).size() > 0;
    const int before = exists ? ctx.database(Database::Mode::ReadOnly)->schemaVersion() : 0;
    auto db = ctx.database(Database::Mode::ReadWrite);
    ctx.out << QCoreApplication::translate("traceo::cli::db", "%1: schema version %2 -> %3")
                   .arg(db->location().display())
                   .arg(before)
                   .arg(db->schemaVersion())
            << Qt::endl;
    return ExitOk;
}
} // namespace

std::vector<Command> dbCommands()
{
    return {
        { QStringLiteral("db"), QStringLiteral("info"),
            QCoreApplication::translate(
                "traceo::cli::db", "Print the database's path, driver, schema version and integrity."),
            true, {}, info },
        { QStringLiteral("db"), QStringLiteral("migrate"),
            QCoreApplication::translate("traceo::cli::db", "Create the database or bring its schema up to date."),
            false, {}, migrate },
    };
}

} // namespace traceo::cli
