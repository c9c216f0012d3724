#include "commands.h"
#include "core/error.h"
#include "policy/cedar/authorizer.h"
#include "policy/cedar/parser.h"
#include "policy/cedar/testrunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <optional>

namespace traceo::cli {

namespace {

using namespace traceo::cedar;

QByteArray readOrThrow(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("traceo::cli::policy", "Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

QStringList positionals(const Context& ctx, const QString& name)
{
    const QStringList args = ctx.parser.positionalArguments().mid(ctx.commandWords);
    if (args.isEmpty())
        throw UsageError(QCoreApplication::translate("traceo::cli", "Missing argument %1").arg(name));
    return args;
}

int runTests(Context& ctx)
{
    QStringList files;
    for (const QString& arg : positionals(ctx, QStringLiteral("TEST.json"))) {
        if (!QFileInfo(arg).isDir()) {
            files << arg;
            continue;
        }
        QStringList inDir;
        QDirIterator it(arg, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.endsWith(QLatin1String(".entities.json")))
                inDir << f;
        }
        inDir.sort();
        files << inDir;
    }
    const TestRunner runner(ctx.parser.value(QStringLiteral("data")));
    int passed = 0;
    int failed = 0;
    int requestsPassed = 0;
    int requestsFailed = 0;
    for (const QString& file : files) {
        const TestFileResult r = runner.runFile(file);
        requestsPassed += r.passed;
        requestsFailed += r.failed;
        (r.failed ? failed : passed) += 1;
        for (const QString& line : r.failures)
            ctx.out << line << '\n';
    }
    ctx.out << QCoreApplication::translate("traceo::cli::policy", "requests: %1 passed, %2 failed")
                   .arg(requestsPassed)
                   .arg(requestsFailed)
            << '\n';
    ctx.out << QCoreApplication::translate("traceo::cli::policy", "%1 passed, %2 failed").arg(passed).arg(failed)
            << Qt::endl;
    return failed ? ExitFailure : ExitOk;
}

int check(Context& ctx)
{
    const QString path = ctx.positional(0, QStringLiteral("FILE.cedar"));
    const QByteArray text = readOrThrow(path);
    const ParseResult result = parsePolicies(view(text));
    for (const Diagnostic& d : result.diagnostics)
        ctx.err << QStringLiteral("%1:%2:%3: %4").arg(path).arg(d.pos.line).arg(d.pos.column).arg(d.message) << '\n';
    ctx.out << QCoreApplication::translate("traceo::cli::policy", "%1: %2 policies, %3 errors")
                   .arg(path)
                   .arg(result.policies.size())
                   .arg(result.diagnostics.size())
            << Qt::endl;
    return result.ok() ? ExitOk : ExitFailure;
}

int authorizeCommand(Context& ctx)
{
    auto required = [&](const char* name) {
        const QString v = ctx.parser.value(QLatin1String(name));
        if (v.isEmpty())
            throw UsageError(
                QCoreApplication::translate("traceo::cli::policy", "--%1 is required").arg(QLatin1String(name)));
        return v;
    };
    const QString policiesPath = required("policies");
    const QString entitiesPath = required("entities");
    const QString requestPath = required("request");
    const QByteArray policyText = readOrThrow(policiesPath);
    const ParseResult parsed = parsePolicies(view(policyText));
    if (!parsed.ok()) {
        const Diagnostic& d = parsed.diagnostics.front();
        throw Error(QStringLiteral("%1:%2:%3: %4").arg(policiesPath).arg(d.pos.line).arg(d.pos.column).arg(d.message));
    }
    std::optional<Schema> schema;
    if (const QString schemaPath = ctx.parser.value(QStringLiteral("schema")); !schemaPath.isEmpty())
        schema = Schema::parse(view(readOrThrow(schemaPath)), schemaPath);
    std::string error;
    auto parseJson = [&](const QString& path) {
        Json j;
        if (!Json::parse(view(readOrThrow(path)), j, error))
            throw Error(QStringLiteral("%1: %2").arg(path, QString::fromStdString(error)));
        return j;
    };
    Entities entities;
    if (!entities.load(parseJson(entitiesPath), schema ? &*schema : nullptr, error))
        throw Error(QStringLiteral("%1: %2").arg(entitiesPath, QString::fromStdString(error)));
    const Json rq = parseJson(requestPath);
    Request request;
    const Json* p = rq.find("principal");
    const Json* a = rq.find("action");
    const Json* r = rq.find("resource");
    if (!p || !a || !r || !jsonToUid(*p, request.principal, error) || !jsonToUid(*a, request.action, error)
        || !jsonToUid(*r, request.resource, error))
        throw Error(QCoreApplication::translate(
            "traceo::cli::policy", "%1: the request needs principal, action and resource entities %2")
                        .arg(requestPath, QString::fromStdString(error)));
    if (const Json* c = rq.find("context")) {
        if (!jsonToValue(*c, schema ? schema->actionContext(request.action) : nullptr, request.context, error)
            || !request.context.isRecord())
            throw Error(QStringLiteral("%1: context: %2").arg(requestPath, QString::fromStdString(error)));
    }
    const Response response = authorize(parsed.policies, request, entities);
    Json out;
    out.type = Json::Type::Object;
    Json decision;
    decision.type = Json::Type::String;
    decision.s = response.allow ? "allow" : "deny";
    Json reason;
    reason.type = Json::Type::Array;
    for (const std::string& id : response.reason) {
        Json s;
        s.type = Json::Type::String;
        s.s = id;
        reason.items.push_back(s);
    }
    Json errors;
    errors.type = Json::Type::Array;
    for (const PolicyError& e : response.errors) {
        Json item;
        item.type = Json::Type::Object;
        Json id;
        id.type = Json::Type::String;
        id.s = e.policyId;
        Json msg = id;
        msg.s = e.message;
        item.members = { { "policy", id }, { "message", msg } };
        errors.items.push_back(item);
    }
    out.members = { { "decision", decision }, { "reason", reason }, { "errors", errors } };
    ctx.out << QString::fromStdString(out.dump()) << Qt::endl;
    return ExitOk;
}

} // namespace

std::vector<Command> policyCommands()
{
    return {
        { QStringLiteral("policy"), QStringLiteral("run-tests"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Run Cedar integration tests: traceo policy run-tests TEST.json|DIR…"),
            false,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("data"),
                    QCoreApplication::translate("traceo::cli::policy",
                        "The folder that paths inside the tests are relative to (default: found from the test file)."),
                    QCoreApplication::translate("traceo::cli::policy", "DIR") });
            },
            runTests },
        { QStringLiteral("policy"), QStringLiteral("check"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Check a Cedar policy file: prints file:line:column: message for each problem."),
            false, {}, check },
        { QStringLiteral("policy"), QStringLiteral("authorize"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Decide one request: prints {decision, reason, errors} as JSON."),
            false,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("policies"),
                    QCoreApplication::translate("traceo::cli::policy", "The Cedar policy file."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                p.addOption({ QStringLiteral("entities"),
                    QCoreApplication::translate("traceo::cli::policy", "The entities JSON file."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                p.addOption({ QStringLiteral("request"),
                    QCoreApplication::translate(
                        "traceo::cli::policy", "The request JSON file: {principal, action, resource, context}."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                p.addOption({ QStringLiteral("schema"),
                    QCoreApplication::translate("traceo::cli::policy", "A .cedarschema file that types the data."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
            },
            authorizeCommand },
    };
}

} // namespace traceo::cli
