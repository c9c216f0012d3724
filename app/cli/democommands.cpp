#include "commands.h"
#include "demo/demobuilder.h"

namespace traceo::cli {

namespace {

int demo(Context& ctx)
{
    const QString path = ctx.parser.value(QStringLiteral("db"));
    if (path.isEmpty() || path.startsWith(u"postgres"))
        throw UsageError(
            QCoreApplication::translate("traceo::cli::demo", "traceo demo needs --db FILE: the SQLite file to create"));
    bool ok = false;
    const quint64 seed = ctx.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError(QCoreApplication::translate("traceo::cli::demo", "--seed takes a whole number, not \"%1\"")
                             .arg(ctx.parser.value(QStringLiteral("seed"))));
    buildDemoDatabase(
        path, seed, ctx.parser.isSet(QStringLiteral("force")), [&](int done, int total, const QString& domain) {
            if (!domain.isEmpty())
                ctx.err << QCoreApplication::translate("traceo::cli::demo", "[%1/%2] %3")
                               .arg(done + 1)
                               .arg(total)
                               .arg(domain)
                        << Qt::endl;
        });
    ctx.out
        << QCoreApplication::translate("traceo::cli::demo", "Demo database written to %1 (seed %2)").arg(path).arg(seed)
        << Qt::endl;
    return ExitOk;
}
} // namespace

std::vector<Command> demoCommands()
{
    return {
        { QStringLiteral("demo"), QString(),
            QCoreApplication::translate(
                "traceo::cli::demo", "Build a demo database: traceo demo --db FILE [--seed N] [--force]."),
            false,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("seed"),
                    QCoreApplication::translate("traceo::cli::demo", "Random seed; the same seed gives the same data."),
                    QCoreApplication::translate("traceo::cli::demo", "N"), QStringLiteral("1") });
                p.addOption({ QStringLiteral("force"),
                    QCoreApplication::translate("traceo::cli::demo", "Replace FILE if it exists.") });
            },
            demo },
    };
}

} // namespace traceo::cli
