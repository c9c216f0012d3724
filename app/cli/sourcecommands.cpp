#include "commands.h"
#include "store/settingsrepository.h"

namespace traceo::cli {

namespace {

int list(Context& ctx)
{
    SettingsRepository repo(ctx.database(Database::Mode::ReadOnly));
    Output o;
    o.columns = { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("auth") };
    for (const DataSource& s : repo.dataSources())
        o.rows.append({ s.kind, s.name, s.url, s.auth });
    ctx.print(o);
    return ExitOk;
}

int add(Context& ctx)
{
    DataSource s;
    s.kind = ctx.parser.value(QStringLiteral("kind"));
    s.name = ctx.positional(0, QStringLiteral("NAME"));
    s.url = ctx.parser.value(QStringLiteral("url"));
    s.auth = ctx.parser.value(QStringLiteral("auth"));
    if (s.kind.isEmpty() || s.url.isEmpty())
        throw UsageError(
            QCoreApplication::translate("traceo::cli::source", "traceo source add needs --kind and --url"));
    SettingsRepository(ctx.database()).saveDataSource(s);
    ctx.out << QCoreApplication::translate("traceo::cli::source", "Saved data source %1").arg(s.name) << Qt::endl;
    return ExitOk;
}

int remove(Context& ctx)
{
    const QString name = ctx.positional(0, QStringLiteral("NAME"));
    SettingsRepository(ctx.database()).removeDataSource(name);
    ctx.out << QCoreApplication::translate("traceo::cli::source", "Removed data source %1").arg(name) << Qt::endl;
    return ExitOk;
}
} // namespace

std::vector<Command> sourceCommands()
{
    const QString group = QStringLiteral("source");
    return {
        { group, QStringLiteral("list"),
            QCoreApplication::translate("traceo::cli::source", "List the data sources (Prometheus, OpenCost, Redis)."),
            true, {}, list },
        { group, QStringLiteral("add"),
            QCoreApplication::translate(
                "traceo::cli::source", "Add or update a data source: NAME --kind KIND --url URL [--auth AUTH]."),
            false,
            [](QCommandLineParser& p) {
                p.addPositionalArgument(
                    QStringLiteral("NAME"), QCoreApplication::translate("traceo::cli::source", "The source's name."));
                p.addOption({ QStringLiteral("kind"),
                    QCoreApplication::translate("traceo::cli::source", "prometheus, opencost or redis."),
                    QCoreApplication::translate("traceo::cli::source", "KIND") });
                p.addOption(
                    { QStringLiteral("url"), QCoreApplication::translate("traceo::cli::source", "The source's URL."),
                        QCoreApplication::translate("traceo::cli::source", "URL") });
                p.addOption({ QStringLiteral("auth"),
                    QCoreApplication::translate(
                        "traceo::cli::source", "none, bearer, basic or password; secrets go to the keychain."),
                    QCoreApplication::translate("traceo::cli::source", "AUTH"), QStringLiteral("none") });
            },
            add },
        { group, QStringLiteral("remove"),
            QCoreApplication::translate("traceo::cli::source", "Remove a data source by name."), false,
            [](QCommandLineParser& p) {
                p.addPositionalArgument(
                    QStringLiteral("NAME"), QCoreApplication::translate("traceo::cli::source", "The source's name."));
            },
            remove },
    };
}

} // namespace traceo::cli
