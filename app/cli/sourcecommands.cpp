#include "commands.h"

#include "store/settingsrepository.h"

namespace traceo::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("traceo::cli::source", text);
}

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
        throw UsageError(tr("traceo source add needs --kind and --url"));
    SettingsRepository(ctx.database()).saveDataSource(s);
    ctx.out << tr("Saved data source %1").arg(s.name) << Qt::endl;
    return ExitOk;
}

int remove(Context& ctx)
{
    const QString name = ctx.positional(0, QStringLiteral("NAME"));
    SettingsRepository(ctx.database()).removeDataSource(name);
    ctx.out << tr("Removed data source %1").arg(name) << Qt::endl;
    return ExitOk;
}
} // namespace

std::vector<Command> sourceCommands()
{
    const QString group = QStringLiteral("source");
    return {
        { group, QStringLiteral("list"), tr("List the data sources (Prometheus, OpenCost, Redis)."), true, {}, list },
        { group, QStringLiteral("add"), tr("Add or update a data source: NAME --kind KIND --url URL [--auth AUTH]."), false,
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("NAME"), tr("The source's name."));
                p.addOption({ QStringLiteral("kind"), tr("prometheus, opencost or redis."), tr("KIND") });
                p.addOption({ QStringLiteral("url"), tr("The source's URL."), tr("URL") });
                p.addOption({ QStringLiteral("auth"), tr("none, bearer, basic or password; secrets go to the keychain."),
                    tr("AUTH"), QStringLiteral("none") });
            },
            add },
        { group, QStringLiteral("remove"), tr("Remove a data source by name."), false,
            [](QCommandLineParser& p) { p.addPositionalArgument(QStringLiteral("NAME"), tr("The source's name.")); }, remove },
    };
}

} // namespace traceo::cli
