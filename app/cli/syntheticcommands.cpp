#include "commands.h"
#include "core/error.h"
#include "slo/syntheticcheckrepository.h"
#include "synthetic/syntheticrunner.h"

#include <QEventLoop>
#include <QTimer>

namespace traceo::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cli::synthetic)
};

int positiveOption(Context& ctx, const QString& name)
{
    bool ok = false;
    const int value = ctx.parser.value(name).toInt(&ok);
    if (!ok || value <= 0)
        throw UsageError(
            QCoreApplication::translate("traceo::cli::synthetic", "--%1 expects a positive whole number, not “%2”")
                .arg(name, ctx.parser.value(name)));
    return value;
}

QString requiredOption(Context& ctx, const QString& name)
{
    const QString value = ctx.parser.value(name);
    if (value.trimmed().isEmpty())
        throw UsageError(
            QCoreApplication::translate("traceo::cli::synthetic", "traceo slo check add needs --%1").arg(name));
    return value;
}

int add(Context& ctx)
{
    SyntheticCheck check;
    check.name = requiredOption(ctx, QStringLiteral("name"));
    check.url = requiredOption(ctx, QStringLiteral("url"));
    check.method = ctx.parser.value(QStringLiteral("method")).toUpper();
    try {
        check.expect = StatusRanges::parse(ctx.parser.value(QStringLiteral("expect")), QStringLiteral("--expect"));
    } catch (const Error& e) {
        throw UsageError(e.message());
    }
    check.latencyThresholdMs = positiveOption(ctx, QStringLiteral("latency-ms"));
    check.timeoutMs = positiveOption(ctx, QStringLiteral("timeout-ms"));
    check.intervalSeconds = positiveOption(ctx, QStringLiteral("interval"));
    check.bodyContains = ctx.parser.value(QStringLiteral("body-contains"));
    if (const QString problem = syntheticCheckProblem(check); !problem.isEmpty())
        throw UsageError(problem);
    SloDefinition slo;
    slo.service = requiredOption(ctx, QStringLiteral("service"));
    slo.name = check.name;
    bool ok = false;
    const double objective = requiredOption(ctx, QStringLiteral("objective")).toDouble(&ok);
    if (!ok || !(objective > 0 && objective < 100))
        throw UsageError(QCoreApplication::translate(
            "traceo::cli::synthetic", "--objective expects a percentage above 0 and below 100, such as 99.9, not “%1”")
                             .arg(ctx.parser.value(QStringLiteral("objective"))));
    slo.objective = objective / 100;
    slo.periodDays = positiveOption(ctx, QStringLiteral("period-days"));
    const SyntheticCheck added = SyntheticCheckRepository(ctx.database()).addCheck(check, slo);
    ctx.out << QCoreApplication::translate(
        "traceo::cli::synthetic", "Added check %1 (%2 %3 every %n s) with SLO %4/%5", nullptr, added.intervalSeconds)
                   .arg(added.name, added.method, added.url, slo.service, slo.name)
            << Qt::endl;
    return ExitOk;
}

int list(Context& ctx)
{
    auto db = ctx.database(Database::Mode::ReadOnly);
    SloRepository slos(db);
    QHash<qint64, SloDefinition> sloById;
    for (const SloDefinition& s : slos.slos())
        sloById.insert(s.id, s);
    Output o;
    o.columns = { QStringLiteral("name"), QStringLiteral("method"), QStringLiteral("url"), QStringLiteral("expect"),
        QStringLiteral("latency_ms"), QStringLiteral("timeout_ms"), QStringLiteral("interval_s"),
        QStringLiteral("body_contains"), QStringLiteral("enabled"), QStringLiteral("service"), QStringLiteral("slo"),
        QStringLiteral("objective"), QStringLiteral("buckets") };
    for (const SyntheticCheck& c : SyntheticCheckRepository(db).checks()) {
        const SloDefinition slo = sloById.value(c.sloId);
        o.rows.append(
            { c.name, c.method, c.url, c.expect.toString(), c.latencyThresholdMs, c.timeoutMs, c.intervalSeconds,
                c.bodyContains, c.enabled, slo.service, slo.name, slo.objective, slos.bucketCount(c.sloId) });
    }
    ctx.print(o);
    return ExitOk;
}

int remove(Context& ctx)
{
    const QString name = ctx.positional(0, QStringLiteral("NAME"));
    if (!SyntheticCheckRepository(ctx.database()).removeCheck(name))
        throw Error(
            QCoreApplication::translate("traceo::cli::synthetic", "There is no synthetic check named “%1”").arg(name));
    ctx.out << QCoreApplication::translate(
        "traceo::cli::synthetic", "Removed check %1; its SLO and the history recorded so far stay")
                   .arg(name)
            << Qt::endl;
    return ExitOk;
}

QString statusLine(const SyntheticStatus& s)
{
    const QString verdict = s.good ? Tr::tr("good") : Tr::tr("bad");
    const QString http = s.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(s.httpStatus) : QStringLiteral("-");
    QString line = QCoreApplication::translate("traceo::cli::synthetic", "%1 %2 %3 %4 %5 ms")
                       .arg(s.startedAt.toString(Qt::ISODate), s.name, verdict, http)
                       .arg(s.latencyMs);
    if (!s.error.isEmpty())
        line += QStringLiteral(": ") + s.error;
    return line;
}

int run(Context& ctx)
{
    const bool once = ctx.parser.isSet(QStringLiteral("once"));
    const bool timed = ctx.parser.isSet(QStringLiteral("duration"));
    if (once && timed)
        throw UsageError(Tr::tr("--once and --duration exclude each other"));
    const int duration = timed ? positiveOption(ctx, QStringLiteral("duration")) : 0;

    SyntheticRunner runner;
    QEventLoop loop;
    QString error;
    int probes = 0;
    QObject::connect(&runner, &SyntheticRunner::probeFinished, &loop, [&](const SyntheticStatus& s) {
        ++probes;
        ctx.out << statusLine(s) << Qt::endl;
    });
    QObject::connect(&runner, &SyntheticRunner::failed, &loop, [&](const QString& message) {
        error = message;
        loop.quit();
    });
    QObject::connect(&runner, &SyntheticRunner::checksLoaded, &loop, [&](int count) {
        if (count == 0) {
            error = Tr::tr("There is no enabled synthetic check: add one with traceo slo check add");
            loop.quit();
        }
    });
    QObject::connect(&runner, &SyntheticRunner::roundFinished, &loop, &QEventLoop::quit);
    if (timed)
        QTimer::singleShot(std::chrono::seconds(duration), &loop, &QEventLoop::quit);
    auto db = ctx.database();
    runner.start(db, once ? SyntheticRunner::Schedule::Once : SyntheticRunner::Schedule::Repeat);
    loop.exec();
    QFuture<QString> written = runner.stop();
    written.waitForFinished();
    if (error.isEmpty())
        error = written.result();
    if (!error.isEmpty())
        throw Error(error);
    ctx.out << QCoreApplication::translate("traceo::cli::synthetic", "Recorded %n probe(s) into %1", nullptr, probes)
                   .arg(db->location().display())
            << Qt::endl;
    return ExitOk;
}

} // namespace

std::vector<Command> syntheticCommands()
{
    const QString group = QStringLiteral("slo");
    const auto option = [](QCommandLineParser& p, const char* name, const char* help, const char* value,
                            const QString& defaultValue = {}) {
        p.addOption({ QLatin1String(name), Tr::tr(help), Tr::tr(value), defaultValue });
    };
    return {
        { group, QStringLiteral("check add"),
            Tr::tr("Add a synthetic HTTP check and its SLO: --name N --url U --service S --objective PERCENT."), false,
            [option](QCommandLineParser& p) {
                option(p, "name",
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "The check's name (also its SLO's name)."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "NAME"));
                option(p, "url", QT_TRANSLATE_NOOP("traceo::cli::synthetic", "The http:// or https:// URL to probe."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "URL"));
                option(p, "method", QT_TRANSLATE_NOOP("traceo::cli::synthetic", "The HTTP method (default GET)."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "METHOD"), QStringLiteral("GET"));
                option(p, "expect",
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "Good statuses, e.g. 200-299 (default) or 200,204."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "STATUSES"), QStringLiteral("200-299"));
                option(p, "latency-ms",
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "A slower answer counts as bad (default 500)."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "MS"), QStringLiteral("500"));
                option(p, "timeout-ms", QT_TRANSLATE_NOOP("traceo::cli::synthetic", "Give up after (default 5000)."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "MS"), QStringLiteral("5000"));
                option(p, "interval",
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "Seconds between probes (default 30)."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "SECONDS"), QStringLiteral("30"));
                option(p, "body-contains",
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "A good answer's body contains this text."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "TEXT"));
                option(p, "service", QT_TRANSLATE_NOOP("traceo::cli::synthetic", "The SLO's service."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "SERVICE"));
                option(p, "objective",
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "The SLO's objective in %, e.g. 99.9."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "PERCENT"));
                option(p, "period-days", QT_TRANSLATE_NOOP("traceo::cli::synthetic", "The SLO period (default 30)."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "DAYS"), QStringLiteral("30"));
            },
            add },
        { group, QStringLiteral("check list"), Tr::tr("List the synthetic checks with their SLO and bucket count."),
            true, {}, list },
        { group, QStringLiteral("check run"),
            Tr::tr("Probe the enabled checks and record their SLI: [--once | --duration SECONDS] (default: until "
                   "killed)."),
            false,
            [option](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("once"), Tr::tr("Probe each check once, record, and exit.") });
                option(p, "duration",
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "Run for this long, record, and exit."),
                    QT_TRANSLATE_NOOP("traceo::cli::synthetic", "SECONDS"));
            },
            run },
        { group, QStringLiteral("check remove"), Tr::tr("Remove a synthetic check: NAME (its SLO and history stay)."),
            false,
            [](QCommandLineParser& p) { p.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The check's name.")); },
            remove },
    };
}

} // namespace traceo::cli
