#include "commands.h"

#include "demo/demobuilder.h"

namespace traceo::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("traceo::cli::demo", text);
}

int demo(Context& ctx)
{
    const QString path = ctx.parser.value(QStringLiteral("db"));
    if (path.isEmpty() || path.startsWith(u"postgres"))
        throw UsageError(tr("traceo demo needs --db FILE: the SQLite file to create"));
    bool ok = false;
    const quint64 seed = ctx.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError(tr("--seed takes a whole number, not \"%1\"").arg(ctx.parser.value(QStringLiteral("seed"))));
    buildDemoDatabase(path, seed, ctx.parser.isSet(QStringLiteral("force")), [&](int done, int total, const QString& domain) {
        if (!domain.isEmpty())
            ctx.err << tr("[%1/%2] %3").arg(done + 1).arg(total).arg(domain) << Qt::endl;
    });
    ctx.out << tr("Demo database written to %1 (seed %2)").arg(path).arg(seed) << Qt::endl;
    return ExitOk;
}
} // namespace

std::vector<Command> demoCommands()
{
    return {
        { QStringLiteral("demo"), QString(), tr("Build a demo database: traceo demo --db FILE [--seed N] [--force]."), false,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."), tr("N"),
                    QStringLiteral("1") });
                p.addOption({ QStringLiteral("force"), tr("Replace FILE if it exists.") });
            },
            demo },
    };
}

} // namespace traceo::cli
